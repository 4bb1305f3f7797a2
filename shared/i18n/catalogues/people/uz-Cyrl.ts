import type { Catalogue } from '../types';

export const peopleUzCyrl: Catalogue['people'] = {
  title: 'Одамлар',
};
