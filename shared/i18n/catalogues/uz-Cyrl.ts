import { programmesUzCyrl } from './programmes/uz-Cyrl';
import { notesUzCyrl } from './notes/uz-Cyrl';
import { authUzCyrl } from './auth/uz-Cyrl';
import { auditUzCyrl } from './audit/uz-Cyrl';
import { backupUzCyrl } from './backup/uz-Cyrl';
import { dataExportUzCyrl } from './dataExport/uz-Cyrl';
import { reportsUzCyrl } from './reports/uz-Cyrl';
import { documentsUzCyrl } from './documents/uz-Cyrl';
import { attendanceUzCyrl } from './attendance/uz-Cyrl';
import { groupsUzCyrl } from './groups/uz-Cyrl';
import { peopleUzCyrl } from './people/uz-Cyrl';
import { calendarUzCyrl } from './calendar/uz-Cyrl';
import { scheduleUzCyrl } from './schedule/uz-Cyrl';
import { sessionActionsUzCyrl } from './sessionActions/uz-Cyrl';
import { bookingUzCyrl } from './booking/uz-Cyrl';
import { placesUzCyrl } from './places/uz-Cyrl';
import { peopleImportUzCyrl } from './peopleImport/uz-Cyrl';
import type { Catalogue } from './types';

export const uzCyrl: Catalogue = {
  app: {
    name: 'Имкон',
    tagline: 'Ижтимоий хизматлар маркази',
    skipToContent: 'Асосий қисмга ўтиш',
    loading: 'Юкланмоқда…',
  },
  nav: {
    label: 'Асосий меню',
    today: 'Бугун',
    calendar: 'Тақвим',
    people: 'Одамлар',
    groups: 'Гуруҳлар',
    plans: 'Дастурлар',
    notes: 'Машғулот қайдлари',
    reports: 'Ҳисоботлар',
    settings: 'Созламалар',
  },
  language: {
    label: 'Интерфейс тили',
    uzLatn: 'Oʻzbekcha',
    uzCyrl: 'Ўзбекча',
    ru: 'Русский',
    en: 'English',
  },
  actions: {
    retry: 'Қайта уриниб кўриш',
  },
  today: {
    title: 'Бугун',
    date: 'Бугун {{date}}',
  },
  comingSoon: {
    title: 'Ҳали тайёр эмас',
    body: 'Дастурнинг бу қисми ҳали ишлаб чиқилмоқда. У кейинги версиялардан бирида пайдо бўлади.',
  },
  settings: {
    title: 'Марказ созламалари',
    intro: 'Бу маълумотлар чоп этиладиган ҳужжатларда кўринади ва марказнинг иш ҳафтасини белгилайди.',
    name: 'Марказ номи',
    address: 'Манзил',
    timeZone: 'Вақт минтақаси',
    workingDays: 'Иш кунлари',
    dayStart: 'Иш бошланиши',
    dayEnd: 'Иш тугаши',
    defaultLanguage: 'Асосий тил',
    defaultLanguageHint:
      'Янги фойдаланувчилар ва чоп этиладиган ҳужжатлар учун, бошқа тил танланмаган бўлса, шу тил ишлатилади.',
    save: 'Созламаларни сақлаш',
    readOnly: 'Бу созламаларни фақат администратор ўзгартиради.',
    saved: 'Созламалар сақланди.',
    fixErrors: 'Баъзи майдонларни тузатиш керак. Ҳеч нарса сақланмади.',
    about: 'Ушбу ўрнатма ҳақида',
    version: 'Дастур версияси: {{version}}',
    schema: 'Маълумотлар базаси версияси: {{schema}} / {{latest}}',
    dataDir: 'Маълумотлар папкаси: {{dir}}',
  },
  validation: {
    required: 'Бу майдон тўлдирилиши шарт.',
    tooShort: 'Камида {{min}} та белги киритинг.',
    tooLong: 'Кўпи билан {{max}} та белги киритинг.',
    tooSmall: '{{min}} ёки ундан кўп қиймат киритинг.',
    tooBig: '{{max}} ёки ундан кам қиймат киритинг.',
    tooMany: 'Кўпи билан {{max}} тасини танланг.',
    invalid: 'Бу қиймат нотўғри.',
    invalidChoice: 'Таклиф қилинган вариантлардан бирини танланг.',
    unknownField: 'Кутилмаган майдон: {{keys}}.',
    timeZone: 'Бундай вақт минтақаси йўқ (масалан, Asia/Tashkent).',
    timeOfDay: 'Вақтни СС:ДД кўринишида киритинг, масалан 08:30.',
    dayEndBeforeStart: 'Иш тугаш вақти бошланиш вақтидан кейин бўлиши керак.',
    workingDaysRequired: 'Камида битта иш кунини танланг.',
    date: 'Санани КК.ОО.ЙЙЙЙ кўринишида киритинг.',
    dateInFuture: 'Бу сана келажакда бўлиши мумкин эмас.',
    dateRange: 'Тугаш санаси бошланиш санасидан олдин бўлмаслиги керак.',
    timeRange: 'Тугаш вақти бошланиш вақтидан кейин бўлиши керак.',
    phone: 'Ўзбекистон телефон рақамини киритинг: +998 ва 9 та рақам, масалан +998 90 123 45 67.',
    pinflFormat: 'ЖШШИР 14 та рақамдан иборат, биринчиси 1 дан 6 гача.',
    pinflDate: 'Ушбу ЖШШИР ичидаги туғилган сана (2–7-рақамлар) ҳақиқий сана эмас.',
    pinflChecksum: 'Ушбу ЖШШИРнинг назорат рақами нотўғри: ёзишда хато йўқлигини текширинг.',
    colour: 'Рангни танланг, масалан #3b82f6.',
    ageRange: 'Юқори ёш қуйи ёшдан кичик бўлмаслиги керак.',
  },
  startup: {
    failedTitle: 'Имкон ишга тушмади',
    databaseTooNew:
      'Марказ маълумотлари Имконнинг янгироқ версиясида сақланган. Ушбу компьютерга ўша (ёки ундан янги) версияни ўрнатинг; бу версия маълумотларга зарар етмаслиги учун уларни очмайди.',
    failed: 'Дастур марказ маълумотларини оча олмади. Ҳеч нарса ўзгартирилмади. Тафсилотлар: {{detail}}',
  },
  errors: {
    VALIDATION: 'Баъзи маълумотлар нотўғри. Ҳеч нарса сақланмади.',
    CONFLICT: 'Бу аввал ёзилган маълумот билан тўқнашади.',
    NOT_FOUND: 'Ёзув топилмади. У ўчирилган бўлиши мумкин.',
    FORBIDDEN: 'Бу амални бажаришга рухсатингиз йўқ.',
    CLOSED_DAY: 'Бу куни марказ ёпиқ.',
    CAPACITY: 'Бўш жой қолмаган.',
    UNKNOWN_CHANNEL: 'Дастур ушбу версия билмайдиган амални сўради.',
    INTERNAL: 'Нимадир нотўғри кетди. Ҳеч нарса сақланмади, қайтадан уриниб кўринг.',
    STORAGE_FULL:
      'Дискда жой қолмади. Ҳеч нарса сақланмади. Дискда жой бўшатинг (ёки администраторга мурожаат қилинг) ва қайта уриниб кўринг.',
    READ_ONLY:
      'Марказ маълумотлари шикастланган, шунинг учун захира нусха тикланмагунча ҳеч нарса сақланмайди.',
    DATABASE_DAMAGED:
      'Маълумотлар файли шикастланган. Ҳеч нарса сақланмади. Созламалар → Захира нусхалар бўлимида нусхани тикланг.',
    BACKUP_FAILED: 'Захира нусха билан ишлаш якунланмади.',
    unreachable: 'Дастурнинг маълумотлар хизмати жавоб бермади.',
  },
  people: peopleUzCyrl,
  places: placesUzCyrl,
  peopleImport: peopleImportUzCyrl,
  calendar: calendarUzCyrl,
  schedule: scheduleUzCyrl,
  sessionActions: sessionActionsUzCyrl,
  booking: bookingUzCyrl,
  groups: groupsUzCyrl,
  attendance: attendanceUzCyrl,
  documents: documentsUzCyrl,
  programmes: programmesUzCyrl,
  notes: notesUzCyrl,
  auth: authUzCyrl,
  audit: auditUzCyrl,
  backup: backupUzCyrl,
  dataExport: dataExportUzCyrl,
  reports: reportsUzCyrl,
};
