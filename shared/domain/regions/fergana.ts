import { defineRegion } from './model';

export const FERGANA = defineRegion(
  'fergana',
  {
    'uz-Latn': 'Fargʻona viloyati',
    'uz-Cyrl': 'Фарғона вилояти',
    ru: 'Ферганская область',
    en: 'Fergana Region',
  },
  {
    cities: [
      ['fargona-city', 'Fargʻona', 'Фарғона', 'Фергана', 'Fergana'],
      ['margilon-city', 'Margʻilon', 'Марғилон', 'Маргилан', 'Margilan'],
      ['qoqon-city', 'Qoʻqon', 'Қўқон', 'Коканд', 'Kokand'],
      ['quvasoy-city', 'Quvasoy', 'Қувасой', 'Кувасай', 'Kuvasay'],
    ],
    districts: [
      ['bagdod', 'Bagʻdod', 'Бағдод', 'Багдадский', 'Bagdod'],
      ['beshariq', 'Beshariq', 'Бешариқ', 'Бешарыкский', 'Beshariq'],
      ['buvayda', 'Buvayda', 'Бувайда', 'Бувайдинский', 'Buvayda'],
      ['dangara', 'Dangʻara', 'Данғара', 'Дангаринский', 'Dangara'],
      ['fargona', 'Fargʻona', 'Фарғона', 'Ферганский', 'Fergana'],
      ['furqat', 'Furqat', 'Фурқат', 'Фуркатский', 'Furqat'],
      ['oltiariq', 'Oltiariq', 'Олтиариқ', 'Алтыарыкский', 'Oltiariq'],
      ['ozbekiston', 'Oʻzbekiston', 'Ўзбекистон', 'Узбекистанский', 'Uzbekistan'],
      ['qoshtepa', 'Qoʻshtepa', 'Қўштепа', 'Куштепинский', 'Qoshtepa'],
      ['quva', 'Quva', 'Қува', 'Кувинский', 'Quva'],
      ['rishton', 'Rishton', 'Риштон', 'Риштанский', 'Rishton'],
      ['sox', 'Soʻx', 'Сўх', 'Сохский', 'Sokh'],
      ['toshloq', 'Toshloq', 'Тошлоқ', 'Ташлакский', 'Toshloq'],
      ['uchkoprik', 'Uchkoʻprik', 'Учкўприк', 'Учкуприкский', 'Uchkoprik'],
      ['yozyovon', 'Yozyovon', 'Ёзёвон', 'Язъяванский', 'Yozyovon'],
    ],
  },
);
