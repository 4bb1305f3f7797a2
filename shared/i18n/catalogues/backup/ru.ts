export const backupRu = {
  nav: 'Резервные копии',
};
