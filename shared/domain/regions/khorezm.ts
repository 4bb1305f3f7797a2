import { defineRegion } from './model';

export const KHOREZM = defineRegion(
  'khorezm',
  {
    'uz-Latn': 'Xorazm viloyati',
    'uz-Cyrl': 'Хоразм вилояти',
    ru: 'Хорезмская область',
    en: 'Khorezm Region',
  },
  {
    cities: [
      ['urganch-city', 'Urganch', 'Урганч', 'Ургенч', 'Urgench'],
      ['xiva-city', 'Xiva', 'Хива', 'Хива', 'Khiva'],
    ],
    districts: [
      ['bogot', 'Bogʻot', 'Боғот', 'Багатский', 'Bogot'],
      ['gurlan', 'Gurlan', 'Гурлан', 'Гурленский', 'Gurlan'],
      ['hazorasp', 'Hazorasp', 'Ҳазорасп', 'Хазараспский', 'Hazorasp'],
      ['qoshkopir', 'Qoʻshkoʻpir', 'Қўшкўпир', 'Кошкупырский', 'Qoshkopir'],
      ['shovot', 'Shovot', 'Шовот', 'Шаватский', 'Shovot'],
      ['tuproqqala', 'Tuproqqalʼa', 'Тупроққалъа', 'Тупроккалинский', 'Tuproqqala'],
      ['urganch', 'Urganch', 'Урганч', 'Ургенчский', 'Urgench'],
      ['xiva', 'Xiva', 'Хива', 'Хивинский', 'Khiva'],
      ['xonqa', 'Xonqa', 'Хонқа', 'Ханкинский', 'Khonqa'],
      ['yangiariq', 'Yangiariq', 'Янгиариқ', 'Янгиарыкский', 'Yangiariq'],
      ['yangibozor', 'Yangibozor', 'Янгибозор', 'Янгибазарский', 'Yangibozor'],
    ],
  },
);
