export const backupUzLatn = {
  nav: 'Zaxira nusxalar',
};
