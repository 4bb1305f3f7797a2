export const dataExportRu = {
  nav: 'Экспорт данных',
};
