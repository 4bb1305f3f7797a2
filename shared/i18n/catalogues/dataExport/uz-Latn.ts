export const dataExportUzLatn = {
  nav: 'Maʼlumotlar eksporti',
};
