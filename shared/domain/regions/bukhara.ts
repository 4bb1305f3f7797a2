import { defineRegion } from './model';

export const BUKHARA = defineRegion(
  'bukhara',
  {
    'uz-Latn': 'Buxoro viloyati',
    'uz-Cyrl': 'Бухоро вилояти',
    ru: 'Бухарская область',
    en: 'Bukhara Region',
  },
  {
    cities: [
      ['buxoro-city', 'Buxoro', 'Бухоро', 'Бухара', 'Bukhara'],
      ['kogon-city', 'Kogon', 'Когон', 'Каган', 'Kagan'],
    ],
    districts: [
      ['buxoro', 'Buxoro', 'Бухоро', 'Бухарский', 'Bukhara'],
      ['gijduvon', 'Gʻijduvon', 'Ғиждувон', 'Гиждуванский', 'Gijduvon'],
      ['jondor', 'Jondor', 'Жондор', 'Жондорский', 'Jondor'],
      ['kogon', 'Kogon', 'Когон', 'Каганский', 'Kagan'],
      ['olot', 'Olot', 'Олот', 'Алатский', 'Olot'],
      ['peshku', 'Peshku', 'Пешку', 'Пешкунский', 'Peshku'],
      ['qorakol', 'Qorakoʻl', 'Қоракўл', 'Каракульский', 'Qorakol'],
      ['qorovulbozor', 'Qorovulbozor', 'Қоровулбозор', 'Караулбазарский', 'Qorovulbozor'],
      ['romitan', 'Romitan', 'Ромитан', 'Ромитанский', 'Romitan'],
      ['shofirkon', 'Shofirkon', 'Шофиркон', 'Шафирканский', 'Shofirkon'],
      ['vobkent', 'Vobkent', 'Вобкент', 'Вабкентский', 'Vobkent'],
    ],
  },
);
