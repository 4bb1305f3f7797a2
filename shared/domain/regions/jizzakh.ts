import { defineRegion } from './model';

export const JIZZAKH = defineRegion(
  'jizzakh',
  {
    'uz-Latn': 'Jizzax viloyati',
    'uz-Cyrl': 'Жиззах вилояти',
    ru: 'Джизакская область',
    en: 'Jizzakh Region',
  },
  {
    cities: [['jizzax-city', 'Jizzax', 'Жиззах', 'Джизак', 'Jizzakh']],
    districts: [
      ['arnasoy', 'Arnasoy', 'Арнасой', 'Арнасайский', 'Arnasoy'],
      ['baxmal', 'Baxmal', 'Бахмал', 'Бахмальский', 'Bakhmal'],
      ['dostlik', 'Doʻstlik', 'Дўстлик', 'Дустликский', 'Dostlik'],
      ['forish', 'Forish', 'Фориш', 'Фаришский', 'Forish'],
      ['gallaorol', 'Gʻallaorol', 'Ғаллаорол', 'Галляаральский', 'Gallaorol'],
      ['mirzachol', 'Mirzachoʻl', 'Мирзачўл', 'Мирзачульский', 'Mirzachol'],
      ['paxtakor', 'Paxtakor', 'Пахтакор', 'Пахтакорский', 'Pakhtakor'],
      // Formerly Jizzax tumani.
      ['sharof-rashidov', 'Sharof Rashidov', 'Шароф Рашидов', 'Шароф-Рашидовский', 'Sharof Rashidov'],
      ['yangiobod', 'Yangiobod', 'Янгиобод', 'Янгиабадский', 'Yangiobod'],
      ['zafarobod', 'Zafarobod', 'Зафаробод', 'Зафарабадский', 'Zafarobod'],
      ['zarbdor', 'Zarbdor', 'Зарбдор', 'Зарбдарский', 'Zarbdor'],
      ['zomin', 'Zomin', 'Зомин', 'Зааминский', 'Zomin'],
    ],
  },
);
