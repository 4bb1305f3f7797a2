import { programmesUzLatn } from './programmes/uz-Latn';
import { notesUzLatn } from './notes/uz-Latn';
import { authUzLatn } from './auth/uz-Latn';
import { auditUzLatn } from './audit/uz-Latn';
import { backupUzLatn } from './backup/uz-Latn';
import { dataExportUzLatn } from './dataExport/uz-Latn';
import { reportsUzLatn } from './reports/uz-Latn';
import { documentsUzLatn } from './documents/uz-Latn';
import { attendanceUzLatn } from './attendance/uz-Latn';
import { groupsUzLatn } from './groups/uz-Latn';
import { peopleUzLatn } from './people/uz-Latn';
import { calendarUzLatn } from './calendar/uz-Latn';
import { scheduleUzLatn } from './schedule/uz-Latn';
import { sessionActionsUzLatn } from './sessionActions/uz-Latn';
import { bookingUzLatn } from './booking/uz-Latn';
import { placesUzLatn } from './places/uz-Latn';
import { peopleImportUzLatn } from './peopleImport/uz-Latn';
import type { Catalogue } from './types';

export const uzLatn: Catalogue = {
  app: {
    name: 'Imkon',
    tagline: 'Ijtimoiy xizmatlar markazi',
    skipToContent: 'Asosiy qismga oʻtish',
    loading: 'Yuklanmoqda…',
  },
  nav: {
    label: 'Asosiy menyu',
    today: 'Bugun',
    calendar: 'Taqvim',
    people: 'Odamlar',
    groups: 'Guruhlar',
    plans: 'Dasturlar',
    notes: 'Mashgʻulot qaydlari',
    reports: 'Hisobotlar',
    settings: 'Sozlamalar',
  },
  language: {
    label: 'Interfeys tili',
    uzLatn: 'Oʻzbekcha',
    uzCyrl: 'Ўзбекча',
    ru: 'Русский',
    en: 'English',
  },
  actions: {
    retry: 'Qayta urinib koʻrish',
  },
  today: {
    title: 'Bugun',
    date: 'Bugun {{date}}',
  },
  comingSoon: {
    title: 'Hali tayyor emas',
    body: 'Dasturning bu qismi hali ishlab chiqilmoqda. U keyingi versiyalardan birida paydo boʻladi.',
  },
  settings: {
    title: 'Markaz sozlamalari',
    intro: 'Bu maʼlumotlar chop etiladigan hujjatlarda koʻrinadi va markazning ish haftasini belgilaydi.',
    name: 'Markaz nomi',
    address: 'Manzil',
    timeZone: 'Vaqt mintaqasi',
    workingDays: 'Ish kunlari',
    dayStart: 'Ish boshlanishi',
    dayEnd: 'Ish tugashi',
    defaultLanguage: 'Asosiy til',
    defaultLanguageHint:
      'Yangi foydalanuvchilar va chop etiladigan hujjatlar uchun, boshqa til tanlanmagan boʻlsa, shu til ishlatiladi.',
    save: 'Sozlamalarni saqlash',
    readOnly: 'Bu sozlamalarni faqat administrator oʻzgartiradi.',
    saved: 'Sozlamalar saqlandi.',
    fixErrors: 'Baʼzi maydonlarni tuzatish kerak. Hech narsa saqlanmadi.',
    about: 'Ushbu oʻrnatma haqida',
    version: 'Dastur versiyasi: {{version}}',
    schema: 'Maʼlumotlar bazasi versiyasi: {{schema}} / {{latest}}',
    dataDir: 'Maʼlumotlar papkasi: {{dir}}',
  },
  validation: {
    required: 'Bu maydon toʻldirilishi shart.',
    tooShort: 'Kamida {{min}} ta belgi kiriting.',
    tooLong: 'Koʻpi bilan {{max}} ta belgi kiriting.',
    tooSmall: '{{min}} yoki undan koʻp qiymat kiriting.',
    tooBig: '{{max}} yoki undan kam qiymat kiriting.',
    tooMany: 'Koʻpi bilan {{max}} tasini tanlang.',
    invalid: 'Bu qiymat notoʻgʻri.',
    invalidChoice: 'Taklif qilingan variantlardan birini tanlang.',
    unknownField: 'Kutilmagan maydon: {{keys}}.',
    timeZone: 'Bunday vaqt mintaqasi yoʻq (masalan, Asia/Tashkent).',
    timeOfDay: 'Vaqtni SS:DD koʻrinishida kiriting, masalan 08:30.',
    dayEndBeforeStart: 'Ish tugash vaqti boshlanish vaqtidan keyin boʻlishi kerak.',
    workingDaysRequired: 'Kamida bitta ish kunini tanlang.',
    date: 'Sanani KK.OO.YYYY koʻrinishida kiriting.',
    dateInFuture: 'Bu sana kelajakda boʻlishi mumkin emas.',
    dateRange: 'Tugash sanasi boshlanish sanasidan oldin boʻlmasligi kerak.',
    timeRange: 'Tugash vaqti boshlanish vaqtidan keyin boʻlishi kerak.',
    phone: 'Oʻzbekiston telefon raqamini kiriting: +998 va 9 ta raqam, masalan +998 90 123 45 67.',
    pinflFormat: 'JShShIR 14 ta raqamdan iborat, birinchisi 1 dan 6 gacha.',
    pinflDate: 'Ushbu JShShIR ichidagi tugʻilgan sana (2–7-raqamlar) haqiqiy sana emas.',
    pinflChecksum: 'Ushbu JShShIRning nazorat raqami notoʻgʻri: yozishda xato yoʻqligini tekshiring.',
    colour: 'Rangni tanlang, masalan #3b82f6.',
    ageRange: 'Yuqori yosh quyi yoshdan kichik boʻlmasligi kerak.',
  },
  startup: {
    failedTitle: 'Imkon ishga tushmadi',
    databaseTooNew:
      'Markaz maʼlumotlari Imkonning yangiroq versiyasida saqlangan. Ushbu kompyuterga oʻsha (yoki undan yangi) versiyani oʻrnating; bu versiya maʼlumotlarga zarar yetmasligi uchun ularni ochmaydi.',
    failed: 'Dastur markaz maʼlumotlarini ocha olmadi. Hech narsa oʻzgartirilmadi. Tafsilotlar: {{detail}}',
  },
  errors: {
    VALIDATION: 'Baʼzi maʼlumotlar notoʻgʻri. Hech narsa saqlanmadi.',
    CONFLICT: 'Bu avval yozilgan maʼlumot bilan toʻqnashadi.',
    NOT_FOUND: 'Yozuv topilmadi. U oʻchirilgan boʻlishi mumkin.',
    FORBIDDEN: 'Bu amalni bajarishga ruxsatingiz yoʻq.',
    CLOSED_DAY: 'Bu kuni markaz yopiq.',
    CAPACITY: 'Boʻsh joy qolmagan.',
    UNKNOWN_CHANNEL: 'Dastur ushbu versiya bilmaydigan amalni soʻradi.',
    INTERNAL: 'Nimadir notoʻgʻri ketdi. Hech narsa saqlanmadi, qaytadan urinib koʻring.',
    STORAGE_FULL:
      'Diskda joy qolmadi. Hech narsa saqlanmadi. Diskda joy boʻshating (yoki administratorga murojaat qiling) va qayta urinib koʻring.',
    READ_ONLY:
      'Markaz maʼlumotlari shikastlangan, shuning uchun zaxira nusxa tiklanmaguncha hech narsa saqlanmaydi.',
    DATABASE_DAMAGED:
      'Maʼlumotlar fayli shikastlangan. Hech narsa saqlanmadi. Sozlamalar → Zaxira nusxalar boʻlimida nusxani tiklang.',
    BACKUP_FAILED: 'Zaxira nusxa bilan ishlash yakunlanmadi.',
    unreachable: 'Dasturning maʼlumotlar xizmati javob bermadi.',
  },
  people: peopleUzLatn,
  places: placesUzLatn,
  peopleImport: peopleImportUzLatn,
  calendar: calendarUzLatn,
  schedule: scheduleUzLatn,
  sessionActions: sessionActionsUzLatn,
  booking: bookingUzLatn,
  groups: groupsUzLatn,
  attendance: attendanceUzLatn,
  documents: documentsUzLatn,
  programmes: programmesUzLatn,
  notes: notesUzLatn,
  auth: authUzLatn,
  audit: auditUzLatn,
  backup: backupUzLatn,
  dataExport: dataExportUzLatn,
  reports: reportsUzLatn,
};
