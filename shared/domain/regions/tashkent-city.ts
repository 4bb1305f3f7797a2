import { defineRegion } from './model';

export const TASHKENT_CITY = defineRegion(
  'tashkentcity',
  { 'uz-Latn': 'Toshkent shahri', 'uz-Cyrl': 'Тошкент шаҳри', ru: 'город Ташкент', en: 'Tashkent city' },
  {
    cities: [],
    districts: [
      ['bektemir', 'Bektemir', 'Бектемир', 'Бектемирский', 'Bektemir'],
      ['chilonzor', 'Chilonzor', 'Чилонзор', 'Чиланзарский', 'Chilonzor'],
      ['mirobod', 'Mirobod', 'Миробод', 'Мирабадский', 'Mirobod'],
      ['mirzo-ulugbek', 'Mirzo Ulugʻbek', 'Мирзо Улуғбек', 'Мирзо-Улугбекский', 'Mirzo Ulugbek'],
      ['olmazor', 'Olmazor', 'Олмазор', 'Алмазарский', 'Olmazor'],
      ['sergeli', 'Sergeli', 'Сергели', 'Сергелийский', 'Sergeli'],
      ['shayxontohur', 'Shayxontohur', 'Шайхонтоҳур', 'Шайхантахурский', 'Shaykhontohur'],
      ['uchtepa', 'Uchtepa', 'Учтепа', 'Учтепинский', 'Uchtepa'],
      ['yakkasaroy', 'Yakkasaroy', 'Яккасарой', 'Яккасарайский', 'Yakkasaroy'],
      ['yangihayot', 'Yangihayot', 'Янгиҳаёт', 'Янгихаётский', 'Yangihayot'],
      ['yashnobod', 'Yashnobod', 'Яшнобод', 'Яшнабадский', 'Yashnobod'],
      ['yunusobod', 'Yunusobod', 'Юнусобод', 'Юнусабадский', 'Yunusobod'],
    ],
  },
);
