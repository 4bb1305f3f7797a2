import type { Catalogue } from '../types';

export const peopleImportRu: Catalogue['peopleImport'] = {
  title: 'Импорт списка',
};
