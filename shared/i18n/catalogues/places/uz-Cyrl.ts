import type { Catalogue } from '../types';

export const placesUzCyrl: Catalogue['places'] = {
  title: 'Ходимлар ва хоналар',
};
