import { defineRegion } from './model';

export const KARAKALPAKSTAN = defineRegion(
  'karakalpakstan',
  {
    'uz-Latn': 'Qoraqalpogʻiston Respublikasi',
    'uz-Cyrl': 'Қорақалпоғистон Республикаси',
    ru: 'Республика Каракалпакстан',
    en: 'Republic of Karakalpakstan',
  },
  {
    cities: [['nukus-city', 'Nukus', 'Нукус', 'Нукус', 'Nukus']],
    districts: [
      ['amudaryo', 'Amudaryo', 'Амударё', 'Амударьинский', 'Amudaryo'],
      ['beruniy', 'Beruniy', 'Беруний', 'Берунийский', 'Beruniy'],
      ['bozatov', 'Boʻzatov', 'Бўзатов', 'Бозатауский', 'Bozatov'],
      ['chimboy', 'Chimboy', 'Чимбой', 'Чимбайский', 'Chimboy'],
      ['ellikqala', 'Ellikqalʼa', 'Элликқалъа', 'Элликкалинский', 'Ellikqala'],
      ['kegeyli', 'Kegeyli', 'Кегейли', 'Кегейлийский', 'Kegeyli'],
      ['moynoq', 'Moʻynoq', 'Мўйноқ', 'Муйнакский', 'Moynoq'],
      ['nukus', 'Nukus', 'Нукус', 'Нукусский', 'Nukus'],
      ['qanlikol', 'Qanlikoʻl', 'Қанликўл', 'Канлыкульский', 'Qanlikol'],
      ['qoraozak', 'Qoraoʻzak', 'Қораўзак', 'Караузякский', 'Qoraozak'],
      ['qongirot', 'Qoʻngʻirot', 'Қўнғирот', 'Кунградский', 'Qongirot'],
      ['shumanay', 'Shumanay', 'Шуманай', 'Шуманайский', 'Shumanay'],
      ['taxiatosh', 'Taxiatosh', 'Тахиатош', 'Тахиаташский', 'Takhiatosh'],
      ['taxtakopir', 'Taxtakoʻpir', 'Тахтакўпир', 'Тахтакупырский', 'Takhtakopir'],
      ['tortkol', 'Toʻrtkoʻl', 'Тўрткўл', 'Турткульский', 'Tortkol'],
      ['xojayli', 'Xoʻjayli', 'Хўжайли', 'Ходжейлийский', 'Khojayli'],
    ],
  },
);
