import { defineRegion } from './model';

export const ANDIJAN = defineRegion(
  'andijan',
  {
    'uz-Latn': 'Andijon viloyati',
    'uz-Cyrl': 'Андижон вилояти',
    ru: 'Андижанская область',
    en: 'Andijan Region',
  },
  {
    cities: [
      ['andijon-city', 'Andijon', 'Андижон', 'Андижан', 'Andijan'],
      ['xonobod-city', 'Xonobod', 'Хонобод', 'Ханабад', 'Khanabad'],
    ],
    districts: [
      ['andijon', 'Andijon', 'Андижон', 'Андижанский', 'Andijan'],
      ['asaka', 'Asaka', 'Асака', 'Асакинский', 'Asaka'],
      ['baliqchi', 'Baliqchi', 'Балиқчи', 'Балыкчинский', 'Baliqchi'],
      // Formerly Boʻz tumani: renamed Boʻston, the name the classifier and the hokimiyat use today.
      ['boston', 'Boʻston', 'Бўстон', 'Бустонский', 'Buston'],
      ['buloqboshi', 'Buloqboshi', 'Булоқбоши', 'Булакбашинский', 'Buloqboshi'],
      ['izboskan', 'Izboskan', 'Избоскан', 'Избасканский', 'Izboskan'],
      ['jalaquduq', 'Jalaquduq', 'Жалақудуқ', 'Жалакудукский', 'Jalaquduq'],
      ['marhamat', 'Marhamat', 'Марҳамат', 'Мархаматский', 'Marhamat'],
      ['oltinkol', 'Oltinkoʻl', 'Олтинкўл', 'Алтынкульский', 'Oltinkol'],
      ['paxtaobod', 'Paxtaobod', 'Пахтаобод', 'Пахтаабадский', 'Pakhtaobod'],
      ['qorgontepa', 'Qoʻrgʻontepa', 'Қўрғонтепа', 'Кургантепинский', 'Qorgontepa'],
      ['shahrixon', 'Shahrixon', 'Шаҳрихон', 'Шахриханский', 'Shahrikhon'],
      ['ulugnor', 'Ulugʻnor', 'Улуғнор', 'Улугнорский', 'Ulugnor'],
      ['xojaobod', 'Xoʻjaobod', 'Хўжаобод', 'Ходжаабадский', 'Khojaobod'],
    ],
  },
);
