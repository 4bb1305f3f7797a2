import { defineRegion } from './model';

export const SYRDARYA = defineRegion(
  'syrdarya',
  {
    'uz-Latn': 'Sirdaryo viloyati',
    'uz-Cyrl': 'Сирдарё вилояти',
    ru: 'Сырдарьинская область',
    en: 'Syrdarya Region',
  },
  {
    cities: [
      ['guliston-city', 'Guliston', 'Гулистон', 'Гулистан', 'Gulistan'],
      ['shirin-city', 'Shirin', 'Ширин', 'Ширин', 'Shirin'],
      ['yangiyer-city', 'Yangiyer', 'Янгиер', 'Янгиер', 'Yangiyer'],
    ],
    districts: [
      ['boyovut', 'Boyovut', 'Боёвут', 'Баяутский', 'Boyovut'],
      ['guliston', 'Guliston', 'Гулистон', 'Гулистанский', 'Gulistan'],
      ['mirzaobod', 'Mirzaobod', 'Мирзаобод', 'Мирзаабадский', 'Mirzaobod'],
      ['oqoltin', 'Oqoltin', 'Оқолтин', 'Акалтынский', 'Oqoltin'],
      ['sardoba', 'Sardoba', 'Сардоба', 'Сардобский', 'Sardoba'],
      ['sayxunobod', 'Sayxunobod', 'Сайхунобод', 'Сайхунабадский', 'Saykhunobod'],
      ['sirdaryo', 'Sirdaryo', 'Сирдарё', 'Сырдарьинский', 'Syrdarya'],
      ['xovos', 'Xovos', 'Ховос', 'Хавасский', 'Khovos'],
    ],
  },
);
