import { districtsOf } from '../../../shared/domain/regions';
import type { Random } from './random';

/**
 * Uzbek names for the demo centre. Every name exists in both scripts, because about a third of the people are
 * stored in Cyrillic, as some district centres still send their lists.
 */
export interface NamePair {
  readonly latin: string;
  readonly cyrillic: string;
}

export type DemoScript = 'latin' | 'cyrillic';
export type DemoSex = 'female' | 'male';

const CYRILLIC_LETTER = /[А-Яа-яЁёЎўҚқҒғҲҳ]/;

/** Reads "Latin Cyrillic, Latin Cyrillic, …": the Latin part ends where the first Cyrillic word begins. */
function pairs(list: string): readonly NamePair[] {
  return Object.freeze(
    list
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '')
      .map((entry) => {
        const start = entry.search(CYRILLIC_LETTER);
        if (start <= 0) throw new Error(`Demo name without both scripts: "${entry}"`);
        return Object.freeze({ latin: entry.slice(0, start).trim(), cyrillic: entry.slice(start).trim() });
      }),
  );
}

export const MALE_GIVEN_NAMES = pairs(`
  Abbos Аббос, Abdulla Абдулла, Abdurahmon Абдураҳмон, Akbar Акбар, Akmal Акмал, Alijon Алижон,
  Alisher Алишер, Anvar Анвар, Asadbek Асадбек, Azizbek Азизбек, Bahodir Баҳодир, Behruz Беҳруз,
  Bekzod Бекзод, Bobur Бобур, Botir Ботир, Davron Даврон, Dilshod Дилшод, Doniyor Дониёр, Eldor Элдор,
  Elyor Элёр, Farhod Фарҳод, Farrux Фаррух, Gʻayrat Ғайрат, Hasan Ҳасан, Husan Ҳусан, Ibrohim Иброҳим,
  Ikrom Икром, Ilhom Илҳом, Islom Ислом, Ismoil Исмоил, Jahongir Жаҳонгир, Jaloliddin Жалолиддин,
  Jamshid Жамшид, Jasur Жасур, Javohir Жавоҳир, Kamoliddin Камолиддин, Komil Комил, Laziz Лазиз,
  Lochin Лочин, Mansur Мансур, Mirjalol Миржалол, Muhammad Муҳаммад, Muhammadali Муҳаммадали,
  Muhammadyusuf Муҳаммадюсуф, Nodir Нодир, Nurbek Нурбек, Odil Одил, Otabek Отабек, Oybek Ойбек,
  Oʻktam Ўктам, Qodir Қодир, Ravshan Равшан, Rustam Рустам, Samandar Самандар, Sanjar Санжар,
  Sardor Сардор, Shahzod Шаҳзод, Shavkat Шавкат, Sherzod Шерзод, Shuhrat Шуҳрат, Sirojiddin Сирожиддин,
  Sobir Собир, Temur Темур, Tohir Тоҳир, Ulugʻbek Улуғбек, Umid Умид, Xurshid Хуршид, Yodgor Ёдгор,
  Yusuf Юсуф, Zafar Зафар, Zohid Зоҳид,
`);

export const FEMALE_GIVEN_NAMES = pairs(`
  Asal Асал, Aziza Азиза, Bahora Баҳора, Barno Барно, Charos Чарос, Dilafroʻz Дилафрўз, Dildora Дилдора,
  Dilnoza Дилноза, Dilorom Дилором, Diyora Диёра, Durdona Дурдона, Farida Фарида, Feruza Феруза,
  Fotima Фотима, Gavhar Гавҳар, Gulchehra Гулчеҳра, Gulnora Гулнора, Gulshan Гулшан, Hilola Ҳилола,
  Hulkar Ҳулкар, Iroda Ирода, Kamola Камола, Komila Комила, Latofat Латофат, Laylo Лайло, Lola Лола,
  Madina Мадина, Maftuna Мафтуна, Mahbuba Маҳбуба, Mahliyo Маҳлиё, Malika Малика, Marjona Маржона,
  Mastura Мастура, Mavluda Мавлуда, Mohira Моҳира, Moʻtabar Мўтабар, Muazzam Муаззам, Mukarram Мукаррам,
  Munisa Муниса, Nafisa Нафиса, Nargiza Наргиза, Nasiba Насиба, Nigora Нигора, Nilufar Нилуфар,
  Nodira Нодира, Nozima Нозима, Oʻgʻiloy Ўғилой, Oydin Ойдин, Oygul Ойгул, Oysha Ойша, Ozoda Озода,
  Rayhona Райҳона, Robiya Робия, Ruxsora Рухсора, Sabina Сабина, Saida Саида, Saodat Саодат,
  Sarvinoz Сарвиноз, Sevara Севара, Sevinch Севинч, Shahlo Шаҳло, Shahnoza Шаҳноза, Shirin Ширин,
  Shoira Шоира, Sitora Ситора, Sohiba Соҳиба, Umida Умида, Xurshida Хуршида, Yorqinoy Ёрқиной,
  Yulduz Юлдуз, Zarina Зарина, Zaynab Зайнаб, Zebo Зебо, Zilola Зилола, Zuhra Зуҳра, Zulfiya Зулфия,
`);

/** Family names in the male form; the female form adds "a" (Karimov, Karimova). */
export const FAMILY_NAMES = pairs(`
  Abdullayev Абдуллаев, Abdurahmonov Абдураҳмонов, Ahmedov Аҳмедов, Akbarov Акбаров, Aliyev Алиев,
  Azimov Азимов, Boboyev Бобоев, Boqiyev Боқиев, Egamberdiyev Эгамбердиев, Ergashev Эргашев,
  Eshmatov Эшматов, Fayzullayev Файзуллаев, Gʻaniyev Ғаниев, Gʻulomov Ғуломов, Hamidov Ҳамидов,
  Hasanov Ҳасанов, Haydarov Ҳайдаров, Husanov Ҳусанов, Ibrohimov Иброҳимов, Inomov Иномов,
  Islomov Исломов, Ismoilov Исмоилов, Jalilov Жалилов, Joʻrayev Жўраев, Jumayev Жумаев, Kamolov Камолов,
  Karimov Каримов, Kenjayev Кенжаев, Latipov Латипов, Madaminov Мадаминов, Mahmudov Маҳмудов,
  Mamajonov Мамажонов, Mirzayev Мирзаев, Moʻminov Мўминов, Murodov Муродов, Nazarov Назаров,
  Neʼmatov Неъматов, Normatov Норматов, Nurmatov Нурматов, Olimov Олимов, Oripov Орипов,
  Ortiqov Ортиқов, Otajonov Отажонов, Poʻlatov Пўлатов, Qodirov Қодиров, Qosimov Қосимов,
  Qurbonov Қурбонов, Rahimov Раҳимов, Rahmonov Раҳмонов, Rajabov Ражабов, Rasulov Расулов,
  Saʼdullayev Саъдуллаев, Safarov Сафаров, Saidov Саидов, Salimov Салимов, Sharipov Шарипов,
  Shukurov Шукуров, Sobirov Собиров, Sodiqov Содиқов, Soliyev Солиев, Sultonov Султонов,
  Tillayev Тиллаев, Tojiboyev Тожибоев, Toshmatov Тошматов, Toʻxtayev Тўхтаев, Tursunov Турсунов,
  Turgʻunov Турғунов, Umarov Умаров, Usmonov Усмонов, Valiyev Валиев, Xoliqov Холиқов, Xolmatov Холматов,
  Xudoyberdiyev Худойбердиев, Yoqubov Ёқубов, Yoʻldoshev Йўлдошев, Yusupov Юсупов, Zaripov Зарипов,
  Zokirov Зокиров,
`);

/** Common mahalla (neighbourhood community) names; many repeat from district to district. */
export const MAHALLA_NAMES = pairs(`
  Navroʻz Наврўз, Bogʻishamol Боғишамол, Mustaqillik Мустақиллик, Doʻstlik Дўстлик, Tinchlik Тинчлик,
  Istiqlol Истиқлол, Guliston Гулистон, Gulshan Гулшан, Gulzor Гулзор, Gulobod Гулобод, Gulbogʻ Гулбоғ,
  Chinor Чинор, Bahor Баҳор, Navbahor Навбаҳор, Yangi hayot Янги ҳаёт, Yangiobod Янгиобод, Obod Обод,
  Obod turmush Обод турмуш, Farovon Фаровон, Bunyodkor Бунёдкор, Yoshlik Ёшлик, Nurafshon Нурафшон,
  Oydin Ойдин, Mehnatobod Меҳнатобод, Paxtakor Пахтакор, Bogʻbon Боғбон, Saodat Саодат, Yuksalish Юксалиш,
  Hamkor Ҳамкор, Birlik Бирлик, Mehr Меҳр, Sharq Шарқ, Oqtepa Оқтепа, Qoratepa Қоратепа,
  Eski shahar Эски шаҳар, Shodlik Шодлик, Tongotar Тонготар, Chashma Чашма, Koʻkterak Кўктерак,
  Yangi asr Янги аср, Vatan Ватан, Ziyokor Зиёкор, Madaniyat Маданият, Maʼrifat Маърифат,
`);

/** A district "Inson" social service centre, the usual referrer, for each district and city of Andijan region. */
export interface InsonCentre {
  readonly districtCode: string;
  readonly name: NamePair;
}

export const INSON_CENTRES: readonly InsonCentre[] = Object.freeze(
  districtsOf('andijan').map((district) =>
    Object.freeze({
      districtCode: district.code,
      name: Object.freeze({
        latin: `${district.names['uz-Latn']} «Inson» ijtimoiy xizmatlar markazi`,
        cyrillic: `${district.names['uz-Cyrl']} «Инсон» ижтимоий хизматлар маркази`,
      }),
    }),
  ),
);

export function inScript(pair: NamePair, script: DemoScript): string {
  return script === 'latin' ? pair.latin : pair.cyrillic;
}

/** The family name as a woman or a man of the family bears it. */
export function familyNameFor(maleForm: NamePair, sex: DemoSex): NamePair {
  if (sex === 'male') return maleForm;
  return { latin: `${maleForm.latin}a`, cyrillic: `${maleForm.cyrillic}а` };
}

/**
 * The patronymic the way Uzbek documents write it, from the father's given name: "Akmal oʻgʻli" (son of Akmal),
 * "Akmal qizi" (daughter of Akmal); in Cyrillic "Акмал ўғли", "Акмал қизи".
 */
export function patronymicFor(fatherGivenName: NamePair, sex: DemoSex): NamePair {
  return sex === 'male'
    ? { latin: `${fatherGivenName.latin} oʻgʻli`, cyrillic: `${fatherGivenName.cyrillic} ўғли` }
    : { latin: `${fatherGivenName.latin} qizi`, cyrillic: `${fatherGivenName.cyrillic} қизи` };
}

export interface DemoPersonName {
  familyName: string;
  givenName: string;
  patronymic: string;
  /** What the name was made of, to name relatives: a child takes the father's family and given name. */
  source: { family: NamePair; given: NamePair; father: NamePair };
}

/**
 * A plausible full name in one script. Pass `family` (male form) and `father` to name someone into a family the
 * demo already has, e.g. a child after its father.
 */
export function demoPersonName(
  random: Random,
  sex: DemoSex,
  script: DemoScript,
  relatives: { family?: NamePair; father?: NamePair } = {},
): DemoPersonName {
  const family = relatives.family ?? random.pick(FAMILY_NAMES);
  let given = random.pick(sex === 'male' ? MALE_GIVEN_NAMES : FEMALE_GIVEN_NAMES);
  let father = relatives.father ?? random.pick(MALE_GIVEN_NAMES);
  // Sons are rarely named after their father; draw again rather than produce "Akmal Akmal oʻgʻli".
  while (sex === 'male' && given.latin === father.latin) {
    if (relatives.father) given = random.pick(MALE_GIVEN_NAMES);
    else father = random.pick(MALE_GIVEN_NAMES);
  }
  return {
    familyName: inScript(familyNameFor(family, sex), script),
    givenName: inScript(given, script),
    patronymic: inScript(patronymicFor(father, sex), script),
    source: { family, given, father },
  };
}
