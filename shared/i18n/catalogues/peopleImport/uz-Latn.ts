import type { Catalogue } from '../types';

export const peopleImportUzLatn: Catalogue['peopleImport'] = {
  title: 'Roʻyxatni import qilish',
};
