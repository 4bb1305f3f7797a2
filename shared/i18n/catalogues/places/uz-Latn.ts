import type { Catalogue } from '../types';

export const placesUzLatn: Catalogue['places'] = {
  title: 'Xodimlar va xonalar',
};
