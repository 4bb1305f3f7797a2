import { defineRegion } from './model';

export const SAMARKAND = defineRegion(
  'samarkand',
  {
    'uz-Latn': 'Samarqand viloyati',
    'uz-Cyrl': 'Самарқанд вилояти',
    ru: 'Самаркандская область',
    en: 'Samarkand Region',
  },
  {
    cities: [
      ['samarqand-city', 'Samarqand', 'Самарқанд', 'Самарканд', 'Samarkand'],
      ['kattaqorgon-city', 'Kattaqoʻrgʻon', 'Каттақўрғон', 'Каттакурган', 'Kattakurgan'],
    ],
    districts: [
      ['bulungur', 'Bulungʻur', 'Булунғур', 'Булунгурский', 'Bulungur'],
      ['ishtixon', 'Ishtixon', 'Иштихон', 'Иштыханский', 'Ishtikhon'],
      ['jomboy', 'Jomboy', 'Жомбой', 'Джамбайский', 'Jomboy'],
      ['kattaqorgon', 'Kattaqoʻrgʻon', 'Каттақўрғон', 'Каттакурганский', 'Kattakurgan'],
      ['narpay', 'Narpay', 'Нарпай', 'Нарпайский', 'Narpay'],
      ['nurobod', 'Nurobod', 'Нуробод', 'Нурабадский', 'Nurobod'],
      ['oqdaryo', 'Oqdaryo', 'Оқдарё', 'Акдарьинский', 'Oqdaryo'],
      ['pastdargom', 'Pastdargʻom', 'Пастдарғом', 'Пастдаргомский', 'Pastdargom'],
      ['paxtachi', 'Paxtachi', 'Пахтачи', 'Пахтачийский', 'Pakhtachi'],
      ['payariq', 'Payariq', 'Паяриқ', 'Пайарыкский', 'Payariq'],
      ['qoshrabot', 'Qoʻshrabot', 'Қўшработ', 'Кошрабадский', 'Qoshrabot'],
      ['samarqand', 'Samarqand', 'Самарқанд', 'Самаркандский', 'Samarkand'],
      ['tayloq', 'Tayloq', 'Тайлоқ', 'Тайлякский', 'Tayloq'],
      ['urgut', 'Urgut', 'Ургут', 'Ургутский', 'Urgut'],
    ],
  },
);
