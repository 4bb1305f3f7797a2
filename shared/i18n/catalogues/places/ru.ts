import type { Catalogue } from '../types';

export const placesRu: Catalogue['places'] = {
  title: 'Сотрудники и помещения',
};
