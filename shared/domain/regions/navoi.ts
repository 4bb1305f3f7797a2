import { defineRegion } from './model';

export const NAVOI = defineRegion(
  'navoi',
  { 'uz-Latn': 'Navoiy viloyati', 'uz-Cyrl': 'Навоий вилояти', ru: 'Навоийская область', en: 'Navoi Region' },
  {
    cities: [
      ['navoiy-city', 'Navoiy', 'Навоий', 'Навои', 'Navoi'],
      ['zarafshon-city', 'Zarafshon', 'Зарафшон', 'Зарафшан', 'Zarafshan'],
      ['gozgon-city', 'Gʻozgʻon', 'Ғозғон', 'Газган', 'Gozgon'],
    ],
    districts: [
      ['karmana', 'Karmana', 'Кармана', 'Карманинский', 'Karmana'],
      ['konimex', 'Konimex', 'Конимех', 'Канимехский', 'Konimekh'],
      ['navbahor', 'Navbahor', 'Навбаҳор', 'Навбахорский', 'Navbahor'],
      ['nurota', 'Nurota', 'Нурота', 'Нуратинский', 'Nurota'],
      ['qiziltepa', 'Qiziltepa', 'Қизилтепа', 'Кызылтепинский', 'Qiziltepa'],
      ['tomdi', 'Tomdi', 'Томди', 'Тамдынский', 'Tomdi'],
      ['uchquduq', 'Uchquduq', 'Учқудуқ', 'Учкудукский', 'Uchquduq'],
      ['xatirchi', 'Xatirchi', 'Хатирчи', 'Хатырчинский', 'Khatirchi'],
    ],
  },
);
