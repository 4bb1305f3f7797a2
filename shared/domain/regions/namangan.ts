import { defineRegion } from './model';

export const NAMANGAN = defineRegion(
  'namangan',
  {
    'uz-Latn': 'Namangan viloyati',
    'uz-Cyrl': 'Наманган вилояти',
    ru: 'Наманганская область',
    en: 'Namangan Region',
  },
  {
    cities: [['namangan-city', 'Namangan', 'Наманган', 'Наманган', 'Namangan']],
    districts: [
      ['chortoq', 'Chortoq', 'Чортоқ', 'Чартакский', 'Chortoq'],
      ['chust', 'Chust', 'Чуст', 'Чустский', 'Chust'],
      // Davlatobod and Yangi Namangan were formed out of Namangan city, each with its own hokimiyat.
      ['davlatobod', 'Davlatobod', 'Давлатобод', 'Давлатабадский', 'Davlatobod'],
      ['kosonsoy', 'Kosonsoy', 'Косонсой', 'Касансайский', 'Kosonsoy'],
      ['mingbuloq', 'Mingbuloq', 'Мингбулоқ', 'Мингбулакский', 'Mingbuloq'],
      ['namangan', 'Namangan', 'Наманган', 'Наманганский', 'Namangan'],
      ['norin', 'Norin', 'Норин', 'Нарынский', 'Norin'],
      ['pop', 'Pop', 'Поп', 'Папский', 'Pop'],
      ['toraqorgon', 'Toʻraqoʻrgʻon', 'Тўрақўрғон', 'Туракурганский', 'Toraqorgon'],
      ['uchqorgon', 'Uchqoʻrgʻon', 'Учқўрғон', 'Учкурганский', 'Uchqorgon'],
      ['uychi', 'Uychi', 'Уйчи', 'Уйчинский', 'Uychi'],
      ['yangi-namangan', 'Yangi Namangan', 'Янги Наманган', 'Янгинаманганский', 'Yangi Namangan'],
      ['yangiqorgon', 'Yangiqoʻrgʻon', 'Янгиқўрғон', 'Янгикурганский', 'Yangiqorgon'],
    ],
  },
);
