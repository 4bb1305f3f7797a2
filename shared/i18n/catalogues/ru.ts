import { programmesRu } from './programmes/ru';
import { notesRu } from './notes/ru';
import { authRu } from './auth/ru';
import { auditRu } from './audit/ru';
import { backupRu } from './backup/ru';
import { dataExportRu } from './dataExport/ru';
import { reportsRu } from './reports/ru';
import { documentsRu } from './documents/ru';
import { attendanceRu } from './attendance/ru';
import { groupsRu } from './groups/ru';
import { peopleRu } from './people/ru';
import { calendarRu } from './calendar/ru';
import { scheduleRu } from './schedule/ru';
import { sessionActionsRu } from './sessionActions/ru';
import { bookingRu } from './booking/ru';
import { placesRu } from './places/ru';
import { peopleImportRu } from './peopleImport/ru';
import type { Catalogue } from './types';

export const ru: Catalogue = {
  app: {
    name: 'Имкон',
    tagline: 'Центр социальных услуг',
    skipToContent: 'Перейти к содержимому',
    loading: 'Загрузка…',
  },
  nav: {
    label: 'Главное меню',
    today: 'Сегодня',
    calendar: 'Календарь',
    people: 'Люди',
    groups: 'Группы',
    plans: 'Программы',
    notes: 'Записи о занятиях',
    reports: 'Отчёты',
    settings: 'Настройки',
  },
  language: {
    label: 'Язык интерфейса',
    uzLatn: 'Oʻzbekcha',
    uzCyrl: 'Ўзбекча',
    ru: 'Русский',
    en: 'English',
  },
  actions: {
    retry: 'Повторить',
  },
  today: {
    title: 'Сегодня',
    date: 'Сегодня {{date}}',
  },
  comingSoon: {
    title: 'Пока недоступно',
    body: 'Этот раздел приложения ещё в разработке. Он появится в одной из следующих версий.',
  },
  settings: {
    title: 'Настройки центра',
    intro: 'Эти сведения печатаются на документах и задают рабочую неделю центра.',
    name: 'Название центра',
    address: 'Адрес',
    timeZone: 'Часовой пояс',
    workingDays: 'Рабочие дни',
    dayStart: 'Начало работы',
    dayEnd: 'Окончание работы',
    defaultLanguage: 'Язык по умолчанию',
    defaultLanguageHint:
      'Используется для новых пользователей и для печатных документов, если не выбран другой язык.',
    save: 'Сохранить настройки',
    readOnly: 'Эти настройки меняет только администратор.',
    saved: 'Настройки сохранены.',
    fixErrors: 'Некоторые поля нужно исправить. Ничего не сохранено.',
    about: 'Об этой установке',
    version: 'Версия приложения: {{version}}',
    schema: 'Версия базы данных: {{schema}} из {{latest}}',
    dataDir: 'Папка данных: {{dir}}',
  },
  validation: {
    required: 'Это поле обязательно.',
    tooShort: 'Введите не менее {{min}} символов.',
    tooLong: 'Введите не более {{max}} символов.',
    tooSmall: 'Введите {{min}} или больше.',
    tooBig: 'Введите {{max}} или меньше.',
    tooMany: 'Выберите не более {{max}}.',
    invalid: 'Недопустимое значение.',
    invalidChoice: 'Выберите один из предложенных вариантов.',
    unknownField: 'Неожиданное поле: {{keys}}.',
    timeZone: 'Неизвестный часовой пояс (например, Asia/Tashkent).',
    timeOfDay: 'Введите время в виде ЧЧ:ММ, например 08:30.',
    dayEndBeforeStart: 'Время окончания должно быть позже времени начала.',
    workingDaysRequired: 'Выберите хотя бы один рабочий день.',
    date: 'Введите дату в виде ДД.ММ.ГГГГ.',
    dateInFuture: 'Эта дата не может быть в будущем.',
    dateRange: 'Дата окончания не может быть раньше даты начала.',
    timeRange: 'Время окончания должно быть позже времени начала.',
    phone: 'Введите узбекский номер телефона: +998 и 9 цифр, например +998 90 123 45 67.',
    pinflFormat: 'ПИНФЛ состоит из 14 цифр, первая — от 1 до 6.',
    pinflDate: 'Дата рождения внутри этого ПИНФЛ (цифры 2–7) не является реальной датой.',
    pinflChecksum: 'У этого ПИНФЛ неверная контрольная цифра: проверьте, нет ли опечатки.',
    colour: 'Выберите цвет, например #3b82f6.',
    ageRange: 'Верхний возраст не может быть меньше нижнего.',
  },
  startup: {
    failedTitle: 'Не удалось запустить Имкон',
    databaseTooNew:
      'Данные центра сохранены более новой версией Имкона. Установите на этот компьютер ту же или более новую версию; эта версия не откроет данные, чтобы ничего в них не повредить.',
    failed: 'Приложение не смогло открыть данные центра. Ничего не изменено. Подробности: {{detail}}',
  },
  errors: {
    VALIDATION: 'Некоторые данные неверны. Ничего не сохранено.',
    CONFLICT: 'Это пересекается с уже записанными данными.',
    NOT_FOUND: 'Запись не найдена. Возможно, она была удалена.',
    FORBIDDEN: 'У вас нет прав на это действие.',
    CLOSED_DAY: 'В этот день центр закрыт.',
    CAPACITY: 'Свободных мест нет.',
    UNKNOWN_CHANNEL: 'Приложение запросило действие, неизвестное этой версии.',
    INTERNAL: 'Что-то пошло не так. Ничего не сохранено, попробуйте ещё раз.',
    STORAGE_FULL:
      'На диске закончилось место. Ничего не сохранено. Освободите место на диске (или обратитесь к администратору) и попробуйте снова.',
    READ_ONLY:
      'Данные центра повреждены, поэтому ничего не сохраняется, пока не будет восстановлена резервная копия.',
    DATABASE_DAMAGED:
      'Файл данных повреждён. Ничего не сохранено. Восстановите копию в разделе «Настройки → Резервные копии».',
    BACKUP_FAILED: 'Не удалось завершить работу с резервной копией.',
    unreachable: 'Служба данных приложения не ответила.',
  },
  people: peopleRu,
  places: placesRu,
  peopleImport: peopleImportRu,
  calendar: calendarRu,
  schedule: scheduleRu,
  sessionActions: sessionActionsRu,
  booking: bookingRu,
  groups: groupsRu,
  attendance: attendanceRu,
  documents: documentsRu,
  programmes: programmesRu,
  notes: notesRu,
  auth: authRu,
  audit: auditRu,
  backup: backupRu,
  dataExport: dataExportRu,
  reports: reportsRu,
};
