export const dataExportUzCyrl = {
  nav: 'Маълумотлар экспорти',
};
