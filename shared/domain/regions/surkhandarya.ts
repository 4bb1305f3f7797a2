import { defineRegion } from './model';

export const SURKHANDARYA = defineRegion(
  'surkhandarya',
  {
    'uz-Latn': 'Surxondaryo viloyati',
    'uz-Cyrl': 'Сурхондарё вилояти',
    ru: 'Сурхандарьинская область',
    en: 'Surkhandarya Region',
  },
  {
    cities: [['termiz-city', 'Termiz', 'Термиз', 'Термез', 'Termez']],
    districts: [
      ['angor', 'Angor', 'Ангор', 'Ангорский', 'Angor'],
      ['bandixon', 'Bandixon', 'Бандихон', 'Бандихонский', 'Bandikhon'],
      ['boysun', 'Boysun', 'Бойсун', 'Байсунский', 'Boysun'],
      ['denov', 'Denov', 'Денов', 'Денауский', 'Denov'],
      ['jarqorgon', 'Jarqoʻrgʻon', 'Жарқўрғон', 'Джаркурганский', 'Jarqorgon'],
      ['muzrabot', 'Muzrabot', 'Музработ', 'Музрабадский', 'Muzrabot'],
      ['oltinsoy', 'Oltinsoy', 'Олтинсой', 'Алтынсайский', 'Oltinsoy'],
      ['qiziriq', 'Qiziriq', 'Қизириқ', 'Кизирикский', 'Qiziriq'],
      ['qumqorgon', 'Qumqoʻrgʻon', 'Қумқўрғон', 'Кумкурганский', 'Qumqorgon'],
      ['sariosiyo', 'Sariosiyo', 'Сариосиё', 'Сариасийский', 'Sariosiyo'],
      ['sherobod', 'Sherobod', 'Шеробод', 'Шерабадский', 'Sherobod'],
      ['shorchi', 'Shoʻrchi', 'Шўрчи', 'Шурчинский', 'Shorchi'],
      ['termiz', 'Termiz', 'Термиз', 'Термезский', 'Termez'],
      ['uzun', 'Uzun', 'Узун', 'Узунский', 'Uzun'],
    ],
  },
);
