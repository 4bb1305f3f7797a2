import type { Catalogue } from '../types';

export const peopleRu: Catalogue['people'] = {
  title: 'Люди',
};
