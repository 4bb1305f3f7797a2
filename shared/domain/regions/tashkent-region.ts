import { defineRegion } from './model';

export const TASHKENT_REGION = defineRegion(
  'tashkentregion',
  {
    'uz-Latn': 'Toshkent viloyati',
    'uz-Cyrl': 'Тошкент вилояти',
    ru: 'Ташкентская область',
    en: 'Tashkent Region',
  },
  {
    cities: [
      ['nurafshon-city', 'Nurafshon', 'Нурафшон', 'Нурафшон', 'Nurafshon'],
      ['angren-city', 'Angren', 'Ангрен', 'Ангрен', 'Angren'],
      ['bekobod-city', 'Bekobod', 'Бекобод', 'Бекабад', 'Bekabad'],
      ['chirchiq-city', 'Chirchiq', 'Чирчиқ', 'Чирчик', 'Chirchiq'],
      ['ohangaron-city', 'Ohangaron', 'Оҳангарон', 'Ахангаран', 'Akhangaran'],
      ['olmaliq-city', 'Olmaliq', 'Олмалиқ', 'Алмалык', 'Almalyk'],
      ['yangiyol-city', 'Yangiyoʻl', 'Янгийўл', 'Янгиюль', 'Yangiyul'],
    ],
    districts: [
      ['bekobod', 'Bekobod', 'Бекобод', 'Бекабадский', 'Bekabad'],
      ['boka', 'Boʻka', 'Бўка', 'Букинский', 'Boka'],
      ['bostonliq', 'Boʻstonliq', 'Бўстонлиқ', 'Бостанлыкский', 'Bostonliq'],
      ['chinoz', 'Chinoz', 'Чиноз', 'Чиназский', 'Chinoz'],
      ['ohangaron', 'Ohangaron', 'Оҳангарон', 'Ахангаранский', 'Akhangaran'],
      ['oqqorgon', 'Oqqoʻrgʻon', 'Оққўрғон', 'Аккурганский', 'Oqqorgon'],
      ['ortachirchiq', 'Oʻrtachirchiq', 'Ўртачирчиқ', 'Уртачирчикский', 'Ortachirchiq'],
      ['parkent', 'Parkent', 'Паркент', 'Паркентский', 'Parkent'],
      ['piskent', 'Piskent', 'Пискент', 'Пскентский', 'Piskent'],
      ['qibray', 'Qibray', 'Қибрай', 'Кибрайский', 'Qibray'],
      ['quyichirchiq', 'Quyichirchiq', 'Қуйичирчиқ', 'Куйичирчикский', 'Quyichirchiq'],
      ['toshkent', 'Toshkent', 'Тошкент', 'Ташкентский', 'Tashkent'],
      ['yangiyol', 'Yangiyoʻl', 'Янгийўл', 'Янгиюльский', 'Yangiyul'],
      ['yuqorichirchiq', 'Yuqorichirchiq', 'Юқоричирчиқ', 'Юкоричирчикский', 'Yuqorichirchiq'],
      ['zangiota', 'Zangiota', 'Зангиота', 'Зангиатинский', 'Zangiota'],
    ],
  },
);
