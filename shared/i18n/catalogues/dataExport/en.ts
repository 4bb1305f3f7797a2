export const dataExportEn = {
  nav: 'Data export',
};
