import type { ChannelInput } from '../../../shared/contract';
import type { StaffRole, WorkingHours } from '../../../shared/domain/staff';
import type { NamePair } from './names';

/** The demo centre's rooms: therapy rooms for one child (and the mother), classrooms, the gym, the pool, a hall. */
export const DEMO_ROOMS: readonly ChannelInput<'rooms.create'>[] = [
  ['Erta aralashuv xonasi', 'therapy', 3, 'Ona va bola uchun, oʻyinchoqlar va gilamcha bilan'],
  ['Reabilitatsiya kabineti 1', 'therapy', 2, ''],
  ['Reabilitatsiya kabineti 2', 'therapy', 2, ''],
  ['Reabilitatsiya kabineti 3', 'therapy', 2, ''],
  ['Logoped kabineti 1', 'therapy', 2, 'Oyna, artikulyatsiya qurollari'],
  ['Logoped kabineti 2', 'therapy', 2, ''],
  ['Defektolog kabineti', 'therapy', 3, ''],
  ['Psixolog kabineti', 'therapy', 3, 'Onalar bilan suhbat uchun ham'],
  ['Sensor xona', 'therapy', 4, 'Yorugʻlik va tovush bilan sensor integratsiya'],
  ['Massaj xonasi', 'therapy', 2, '2 ta kushetka'],
  ['Ergoterapiya xonasi', 'therapy', 3, 'Maishiy koʻnikmalar uchun oshxona burchagi'],
  ['DJT zali', 'gym', 8, 'Trenajyorlar, shved devori'],
  ['Adaptiv sport zali', 'gym', 12, ''],
  ['Suzish havzasi', 'pool', 12, '4 ta yoʻlak, chuqurligi 0,9–1,2 m'],
  ['Oʻquv xonasi 1', 'classroom', 12, 'Proyektor'],
  ['Oʻquv xonasi 2', 'classroom', 12, ''],
  ['Oʻquv xonasi 3', 'classroom', 10, ''],
  ['Hunarmandchilik ustaxonasi', 'classroom', 10, 'Tikuv mashinalari, kulolchilik charxi'],
  ['Kunduzgi parvarish guruhi', 'other', 15, 'Dam olish xonasi bilan'],
  ['Majlislar zali', 'hall', 40, ''],
].map(([name, kind, capacity, notes]) => ({
  name: name as string,
  kind: kind as ChannelInput<'rooms.create'>['kind'],
  capacity: capacity as number,
  notes: notes as string,
  active: true,
}));

const day = (
  weekday: WorkingHours['weekday'],
  start: string,
  end: string,
  breakStart: string | null = null,
  breakEnd: string | null = null,
): WorkingHours => ({ weekday, start, end, breakStart, breakEnd });

const week = (
  days: WorkingHours['weekday'][],
  start: string,
  end: string,
  breakStart?: string,
  breakEnd?: string,
) => days.map((weekday) => day(weekday, start, end, breakStart ?? null, breakEnd ?? null));

/** The working patterns of the demo centre (it is open Monday to Saturday, 08:00–18:00). */
export const SCHEDULES = {
  office: week([1, 2, 3, 4, 5], '08:00', '17:00', '12:00', '13:00'),
  late: week([1, 2, 3, 4, 5], '09:00', '18:00', '13:00', '14:00'),
  sixDays: week([1, 2, 3, 4, 5, 6], '08:00', '15:00', '12:00', '12:30'),
  reception: week([1, 2, 3, 4, 5, 6], '08:00', '18:00', '13:00', '14:00'),
  pool: week([1, 2, 3, 4, 5, 6], '08:00', '14:00', '11:00', '11:30'),
  afternoonsMwf: week([1, 3, 5], '14:00', '18:00'),
  afternoonsTts: week([2, 4, 6], '13:00', '18:00'),
  dayCare: week([1, 2, 3, 4, 5], '08:00', '17:00', '13:00', '14:00'),
} as const satisfies Record<string, WorkingHours[]>;
export type ScheduleName = keyof typeof SCHEDULES;

/** A job as the staff list writes it, in both scripts like the names. */
const job = (latin: string, cyrillic: string): NamePair => ({ latin, cyrillic });

export interface StaffPlan {
  count: number;
  roles: StaffRole[];
  position: NamePair;
  services: string[];
  schedules: ScheduleName[];
  /** Share of women in the job, as it is in Uzbek social services. */
  women: number;
}

/** About sixty people: reception, management, ~35 specialists across the services, teachers and instructors. */
export const STAFF_PLAN: readonly StaffPlan[] = [
  {
    count: 1,
    roles: ['manager'],
    position: job('Direktor', 'Директор'),
    services: [],
    schedules: ['office'],
    women: 0.5,
  },
  {
    count: 1,
    roles: ['manager', 'specialist'],
    position: job('Direktor oʻrinbosari', 'Директор ўринбосари'),
    services: ['psychologist'],
    schedules: ['office'],
    women: 0.7,
  },
  {
    count: 1,
    roles: ['manager', 'specialist'],
    position: job('Reabilitatsiya boʻlimi boshligʻi', 'Реабилитация бўлими бошлиғи'),
    services: ['physiotherapy', 'massage'],
    schedules: ['office'],
    women: 0.5,
  },
  {
    count: 1,
    roles: ['manager', 'teacher'],
    position: job('Taʼlim boʻlimi boshligʻi', 'Таълим бўлими бошлиғи'),
    services: ['english'],
    schedules: ['office'],
    women: 0.7,
  },
  {
    count: 1,
    roles: ['administrator'],
    position: job('Administrator', 'Администратор'),
    services: [],
    schedules: ['office'],
    women: 0.3,
  },
  {
    count: 4,
    roles: ['receptionist'],
    position: job('Registrator', 'Регистратор'),
    services: [],
    schedules: ['reception', 'sixDays'],
    women: 0.9,
  },
  {
    count: 4,
    roles: ['specialist'],
    position: job('Erta aralashuv mutaxassisi', 'Эрта аралашув мутахассиси'),
    services: ['early_intervention'],
    schedules: ['office', 'late'],
    women: 0.95,
  },
  {
    count: 4,
    roles: ['specialist'],
    position: job('DJT yoʻriqchisi', 'ДЖТ йўриқчиси'),
    services: ['physiotherapy'],
    schedules: ['office', 'sixDays'],
    women: 0.5,
  },
  {
    count: 5,
    roles: ['specialist'],
    position: job('Massajchi', 'Массажчи'),
    services: ['massage'],
    schedules: ['office', 'late'],
    women: 0.6,
  },
  {
    count: 5,
    roles: ['specialist'],
    position: job('Logoped', 'Логопед'),
    services: ['speech_therapy'],
    schedules: ['office', 'late', 'sixDays'],
    women: 0.95,
  },
  {
    count: 5,
    roles: ['specialist'],
    position: job('Defektolog', 'Дефектолог'),
    services: ['defectologist'],
    schedules: ['office', 'late'],
    women: 0.9,
  },
  {
    count: 3,
    roles: ['specialist'],
    position: job('Psixolog', 'Психолог'),
    services: ['psychologist'],
    schedules: ['office', 'late'],
    women: 0.8,
  },
  {
    count: 3,
    roles: ['specialist'],
    position: job('Ergoterapevt', 'Эрготерапевт'),
    services: ['occupational_therapy'],
    schedules: ['office'],
    women: 0.8,
  },
  {
    count: 6,
    roles: ['specialist'],
    position: job('Tarbiyachi', 'Тарбиячи'),
    services: ['day_care'],
    schedules: ['dayCare'],
    women: 0.95,
  },
  {
    count: 1,
    roles: ['specialist'],
    position: job('Kasbga yoʻnaltirish mutaxassisi', 'Касбга йўналтириш мутахассиси'),
    services: ['vocational_guidance'],
    schedules: ['office'],
    women: 0.6,
  },
  {
    count: 3,
    roles: ['teacher'],
    position: job('Suzish boʻyicha yoʻriqchi', 'Сузиш бўйича йўриқчи'),
    services: ['pool'],
    schedules: ['pool'],
    women: 0.4,
  },
  {
    count: 2,
    roles: ['teacher'],
    position: job('Adaptiv jismoniy tarbiya yoʻriqchisi', 'Адаптив жисмоний тарбия йўриқчиси'),
    services: ['adaptive_gym'],
    schedules: ['sixDays', 'late'],
    women: 0.3,
  },
  {
    count: 2,
    roles: ['teacher'],
    position: job('Ingliz tili oʻqituvchisi', 'Инглиз тили ўқитувчиси'),
    services: ['english'],
    schedules: ['afternoonsMwf', 'afternoonsTts'],
    women: 0.8,
  },
  {
    count: 2,
    roles: ['teacher'],
    position: job('Rus tili oʻqituvchisi', 'Рус тили ўқитувчиси'),
    services: ['russian'],
    schedules: ['afternoonsTts', 'afternoonsMwf'],
    women: 0.9,
  },
  {
    count: 1,
    roles: ['teacher'],
    position: job('Koreys tili oʻqituvchisi', 'Корейс тили ўқитувчиси'),
    services: ['korean'],
    schedules: ['afternoonsMwf'],
    women: 0.7,
  },
  {
    count: 4,
    roles: ['teacher'],
    position: job('Toʻgarak rahbari', 'Тўгарак раҳбари'),
    services: ['crafts'],
    schedules: ['afternoonsTts', 'sixDays'],
    women: 0.8,
  },
];

/** Centre closures entered by hand, as days relative to the demo's today. */
export const DEMO_CLOSURES: readonly { name: string; offset: number; days: number }[] = [
  { name: 'Sanitariya kuni: umumiy tozalash va dezinfeksiya', offset: 17, days: 1 },
  { name: 'Suzish havzasini taʼmirlash', offset: 45, days: 3 },
  { name: 'Xodimlarning malaka oshirish kuni', offset: -24, days: 1 },
];
