import { programmesEn } from './programmes/en';
import { notesEn } from './notes/en';
import { authEn } from './auth/en';
import { auditEn } from './audit/en';
import { backupEn } from './backup/en';
import { dataExportEn } from './dataExport/en';
import { reportsEn } from './reports/en';
import { documentsEn } from './documents/en';
import { attendanceEn } from './attendance/en';
import { groupsEn } from './groups/en';
import { peopleEn } from './people/en';
import { calendarEn } from './calendar/en';
import { scheduleEn } from './schedule/en';
import { sessionActionsEn } from './sessionActions/en';
import { bookingEn } from './booking/en';
import { placesEn } from './places/en';
import { peopleImportEn } from './peopleImport/en';

export const en = {
  app: {
    name: 'Imkon',
    tagline: 'Social services centre',
    skipToContent: 'Skip to content',
    loading: 'Loading…',
  },
  nav: {
    label: 'Main navigation',
    today: 'Today',
    calendar: 'Calendar',
    people: 'People',
    groups: 'Groups',
    plans: 'Programmes',
    notes: 'Session notes',
    reports: 'Reports',
    settings: 'Settings',
  },
  language: {
    label: 'Interface language',
    uzLatn: 'Oʻzbekcha',
    uzCyrl: 'Ўзбекча',
    ru: 'Русский',
    en: 'English',
  },
  actions: {
    retry: 'Try again',
  },
  today: {
    title: 'Today',
    date: 'Today is {{date}}',
  },
  comingSoon: {
    title: 'Not here yet',
    body: 'This part of the app is still being built. It will appear in a later version.',
  },
  settings: {
    title: 'Centre settings',
    intro: 'These details appear on printed documents and set the centre’s working week.',
    name: 'Centre name',
    address: 'Address',
    timeZone: 'Time zone',
    workingDays: 'Working days',
    dayStart: 'Opens at',
    dayEnd: 'Closes at',
    defaultLanguage: 'Default language',
    defaultLanguageHint: 'Used for new users and for printed documents unless another language is chosen.',
    save: 'Save settings',
    readOnly: 'Only an administrator changes these settings.',
    saved: 'Settings saved.',
    fixErrors: 'Some fields need correcting. Nothing was saved.',
    about: 'About this installation',
    version: 'App version: {{version}}',
    schema: 'Database version: {{schema}} of {{latest}}',
    dataDir: 'Data folder: {{dir}}',
  },
  validation: {
    required: 'This field is required.',
    tooShort: 'Enter at least {{min}} characters.',
    tooLong: 'Enter no more than {{max}} characters.',
    tooSmall: 'Enter {{min}} or more.',
    tooBig: 'Enter {{max}} or less.',
    tooMany: 'Choose no more than {{max}}.',
    invalid: 'This value is not valid.',
    invalidChoice: 'Choose one of the offered options.',
    unknownField: 'Unexpected field: {{keys}}.',
    timeZone: 'Not a known time zone (for example Asia/Tashkent).',
    timeOfDay: 'Enter a time as HH:MM, for example 08:30.',
    dayEndBeforeStart: 'The closing time must be later than the opening time.',
    workingDaysRequired: 'Choose at least one working day.',
    date: 'Enter a date as DD.MM.YYYY.',
    dateInFuture: 'This date cannot be in the future.',
    dateRange: 'The end date must not be before the start date.',
    timeRange: 'The end time must be later than the start time.',
    phone: 'Enter an Uzbek phone number: +998 and 9 digits, for example +998 90 123 45 67.',
    pinflFormat: 'A PINFL has 14 digits, the first from 1 to 6.',
    pinflDate: 'The birth date inside this PINFL (digits 2–7) is not a real date.',
    pinflChecksum: 'This PINFL has a wrong check digit: check it for a typing mistake.',
    colour: 'Choose a colour such as #3b82f6.',
    ageRange: 'The upper age must not be below the lower age.',
  },
  startup: {
    failedTitle: 'Imkon cannot start',
    databaseTooNew:
      'The centre’s data was saved by a newer version of Imkon. Install that version (or newer) on this computer; this version will not open the data, so that nothing in it is damaged.',
    failed: 'The app could not open the centre’s data. Nothing was changed. Details: {{detail}}',
  },
  errors: {
    VALIDATION: 'Some of the data is not valid. Nothing was saved.',
    CONFLICT: 'This clashes with something already recorded.',
    NOT_FOUND: 'The record was not found. It may have been deleted.',
    FORBIDDEN: 'You do not have permission to do this.',
    CLOSED_DAY: 'The centre is closed on that day.',
    CAPACITY: 'There are no free places.',
    UNKNOWN_CHANNEL: 'The app asked for something this version does not know.',
    INTERNAL: 'Something went wrong. Nothing was saved; please try again.',
    STORAGE_FULL:
      'The disk is full. Nothing was saved. Free some space on the disk (or ask the administrator) and try again.',
    READ_ONLY: 'The centre’s data was found damaged, so nothing can be saved until a backup is restored.',
    DATABASE_DAMAGED: 'The data file is damaged. Nothing was saved. Restore a backup in Settings → Backups.',
    BACKUP_FAILED: 'The backup could not be completed.',
    unreachable: 'The app’s data service did not answer.',
  },
  people: peopleEn,
  places: placesEn,
  peopleImport: peopleImportEn,
  calendar: calendarEn,
  schedule: scheduleEn,
  sessionActions: sessionActionsEn,
  booking: bookingEn,
  groups: groupsEn,
  attendance: attendanceEn,
  documents: documentsEn,
  programmes: programmesEn,
  notes: notesEn,
  auth: authEn,
  audit: auditEn,
  backup: backupEn,
  dataExport: dataExportEn,
  reports: reportsEn,
} as const;
