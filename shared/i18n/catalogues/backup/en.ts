export const backupEn = {
  nav: 'Backups',
};
