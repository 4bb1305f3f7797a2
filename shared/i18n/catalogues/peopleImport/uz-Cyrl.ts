import type { Catalogue } from '../types';

export const peopleImportUzCyrl: Catalogue['peopleImport'] = {
  title: 'Рўйхатни импорт қилиш',
};
