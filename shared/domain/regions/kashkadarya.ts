import { defineRegion } from './model';

export const KASHKADARYA = defineRegion(
  'kashkadarya',
  {
    'uz-Latn': 'Qashqadaryo viloyati',
    'uz-Cyrl': 'Қашқадарё вилояти',
    ru: 'Кашкадарьинская область',
    en: 'Kashkadarya Region',
  },
  {
    cities: [
      ['qarshi-city', 'Qarshi', 'Қарши', 'Карши', 'Karshi'],
      ['shahrisabz-city', 'Shahrisabz', 'Шаҳрисабз', 'Шахрисабз', 'Shahrisabz'],
    ],
    districts: [
      ['chiroqchi', 'Chiroqchi', 'Чироқчи', 'Чиракчинский', 'Chiroqchi'],
      ['dehqonobod', 'Dehqonobod', 'Деҳқонобод', 'Дехканабадский', 'Dehqonobod'],
      ['guzor', 'Gʻuzor', 'Ғузор', 'Гузарский', 'Guzor'],
      ['kasbi', 'Kasbi', 'Касби', 'Касбинский', 'Kasbi'],
      ['kitob', 'Kitob', 'Китоб', 'Китабский', 'Kitob'],
      ['kokdala', 'Koʻkdala', 'Кўкдала', 'Кукдалинский', 'Kokdala'],
      ['koson', 'Koson', 'Косон', 'Касанский', 'Koson'],
      ['mirishkor', 'Mirishkor', 'Миришкор', 'Миришкорский', 'Mirishkor'],
      ['muborak', 'Muborak', 'Муборак', 'Мубарекский', 'Muborak'],
      ['nishon', 'Nishon', 'Нишон', 'Нишанский', 'Nishon'],
      ['qamashi', 'Qamashi', 'Қамаши', 'Камашинский', 'Qamashi'],
      ['qarshi', 'Qarshi', 'Қарши', 'Каршинский', 'Karshi'],
      ['shahrisabz', 'Shahrisabz', 'Шаҳрисабз', 'Шахрисабзский', 'Shahrisabz'],
      ['yakkabog', 'Yakkabogʻ', 'Яккабоғ', 'Яккабагский', 'Yakkabog'],
    ],
  },
);
