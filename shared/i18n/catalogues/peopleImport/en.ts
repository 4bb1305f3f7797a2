export const peopleImportEn = {
  title: 'Import a list',
} as const;
