export const backupUzCyrl = {
  nav: 'Захира нусхалар',
};
