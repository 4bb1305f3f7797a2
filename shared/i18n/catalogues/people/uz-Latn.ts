import type { Catalogue } from '../types';

export const peopleUzLatn: Catalogue['people'] = {
  title: 'Odamlar',
};
