import type { NamePair } from './names';

/** Texts of the demo centre's people records, each in both scripts like the names. */

const pair = (latin: string, cyrillic: string): NamePair => ({ latin, cyrillic });

export const STREETS: readonly NamePair[] = [
  pair('Navoiy koʻchasi', 'Навоий кўчаси'),
  pair('Bobur shoh koʻchasi', 'Бобур шоҳ кўчаси'),
  pair('Oltinkoʻl koʻchasi', 'Олтинкўл кўчаси'),
  pair('Mashrab koʻchasi', 'Машраб кўчаси'),
  pair('Fitrat koʻchasi', 'Фитрат кўчаси'),
  pair('Choʻlpon koʻchasi', 'Чўлпон кўчаси'),
  pair('Amir Temur koʻchasi', 'Амир Темур кўчаси'),
  pair('Istiqlol koʻchasi', 'Истиқлол кўчаси'),
  pair('Uzumzor koʻchasi', 'Узумзор кўчаси'),
  pair('Bogʻbon koʻchasi', 'Боғбон кўчаси'),
  pair('Yangi hayot koʻchasi', 'Янги ҳаёт кўчаси'),
  pair('Paxtakor koʻchasi', 'Пахтакор кўчаси'),
];

export function houseAddress(street: NamePair, house: number, latin: boolean): string {
  return latin ? `${street.latin}, ${house}-uy` : `${street.cyrillic}, ${house}-уй`;
}

/** How specialists describe a child's or adult's functioning, by the kind of need. */
export const FUNCTIONING = {
  earlyIntervention: [
    pair(
      'Boshini yaxshi tutmaydi, oʻtirishni oʻrganmoqda. Onasi bilan koʻz aloqasi bor.',
      'Бошини яхши тутмайди, ўтиришни ўрганмоқда. Онаси билан кўз алоқаси бор.',
    ),
    pair(
      'Emaklab yuradi, turishga urinadi. Tovushlarga javob beradi, soʻzlar hali yoʻq.',
      'Эмаклаб юради, туришга уринади. Товушларга жавоб беради, сўзлар ҳали йўқ.',
    ),
    pair(
      'Muddatidan oldin tugʻilgan; harakat rivojlanishi kuzatuvda.',
      'Муддатидан олдин туғилган; ҳаракат ривожланиши кузатувда.',
    ),
  ],
  child: [
    pair(
      'Yordam bilan yuradi. Nutqi alohida soʻzlardan iborat; kiyinishda yordam kerak.',
      'Ёрдам билан юради. Нутқи алоҳида сўзлардан иборат; кийинишда ёрдам керак.',
    ),
    pair(
      'Nogironlik aravachasida harakatlanadi, qoʻllari bilan mustaqil ovqatlanadi.',
      'Ногиронлик аравачасида ҳаракатланади, қўллари билан мустақил овқатланади.',
    ),
    pair(
      'Mustaqil yuradi, diqqatini qisqa vaqt jamlaydi; oddiy koʻrsatmalarni bajaradi.',
      'Мустақил юради, диққатини қисқа вақт жамлайди; оддий кўрсатмаларни бажаради.',
    ),
    pair(
      'Eshitishi past, eshitish apparatidan foydalanadi; imo-ishora va soʻzlar bilan muloqot qiladi.',
      'Эшитиши паст, эшитиш аппаратидан фойдаланади; имо-ишора ва сўзлар билан мулоқот қилади.',
    ),
    pair(
      'Nutqi kechikkan, jumlalar qisqa. Tengdoshlari bilan oʻynashga qiynaladi.',
      'Нутқи кечиккан, жумлалар қисқа. Тенгдошлари билан ўйнашга қийналади.',
    ),
  ],
  adult: [
    pair(
      'Tayoq bilan yuradi; uy yumushlarida qisman yordam kerak.',
      'Таёқ билан юради; уй юмушларида қисман ёрдам керак.',
    ),
    pair(
      'Koʻrishi past; tanish joyda mustaqil harakatlanadi.',
      'Кўриши паст; таниш жойда мустақил ҳаракатланади.',
    ),
    pair(
      'Oʻz-oʻziga xizmat qiladi, kasbiy koʻnikmalarni oʻrganishni xohlaydi.',
      'Ўз-ўзига хизмат қилади, касбий кўникмаларни ўрганишни хоҳлайди.',
    ),
  ],
} as const;

export const DISCHARGE_REASONS: readonly NamePair[] = [
  pair('Reabilitatsiya kursi yakunlandi', 'Реабилитация курси якунланди'),
  pair('Oila boshqa viloyatga koʻchib ketdi', 'Оила бошқа вилоятга кўчиб кетди'),
  pair('Maktabga qabul qilindi', 'Мактабга қабул қилинди'),
  pair('Ota-onasining arizasiga koʻra', 'Ота-онасининг аризасига кўра'),
];

/** The receptionists who take consents in the demo centre, as they sign: family name and initial. */
export const CONSENT_TAKERS: readonly NamePair[] = [
  pair('Yoʻldosheva M.', 'Йўлдошева М.'),
  pair('Qodirova N.', 'Қодирова Н.'),
  pair('Ergasheva D.', 'Эргашева Д.'),
];

export const NOTES: readonly NamePair[] = [
  pair(
    'Onasi ishlaydi: mashgʻulotlarni tushdan keyin qoʻyish soʻralgan.',
    'Онаси ишлайди: машғулотларни тушдан кейин қўйиш сўралган.',
  ),
  pair('Transport bilan muammo bor, avtobusda keladi.', 'Транспорт билан муаммо бор, автобусда келади.'),
  pair('Allergiyasi bor (yongʻoq).', 'Аллергияси бор (ёнғоқ).'),
];

/** Mobile operators' codes as Uzbek numbers start: +998 XX. */
export const PHONE_CODES = ['90', '91', '93', '94', '95', '97', '98', '99', '33', '88', '77', '50'] as const;
