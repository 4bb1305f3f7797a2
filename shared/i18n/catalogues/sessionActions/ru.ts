import type { Catalogue } from '../types';

export const sessionActionsRu: Catalogue['sessionActions'] = {
  close: 'Закрыть',
  back: 'Назад',
  filters: {
    label: 'Фильтры календаря',
    any: 'Все',
    service: 'Услуга',
    specialist: 'Специалист',
    room: 'Помещение',
    person: 'Получатель',
    personPlaceholder: 'ФИО, ПИНФЛ или телефон',
    nobody: 'Никого не найдено',
    showCancelled: 'Показывать отменённые',
    clear: 'Сбросить фильтры',
  },
  details: {
    title: 'Занятие',
    when: 'Когда',
    whenValue: '{{date}}, {{start}}–{{end}} ({{minutes}} мин)',
    people: 'Участники',
    mother: 'Мать',
    specialist: 'Специалист',
    room: 'Помещение',
    status: 'Состояние',
    notes: 'Примечание',
    series: 'Серия',
  },
  status: {
    scheduled: 'Запланировано',
    cancelled: 'Отменено',
  },
  /** Under a cancelled session's name in the calendar, where there is room for a word or two. */
  cancelledShort: {
    family: 'Отменила семья',
    centre: 'Отменил центр',
    illness: 'Болезнь',
  },
  series: {
    weekly: 'каждую неделю: {{days}}, в {{time}}',
    everyWeeks: 'раз в {{weeks}} нед.: {{days}}, в {{time}}',
    endCount: 'всего занятий: {{count}}',
    endDate: 'до {{date}}',
    counts: 'Состоится: {{scheduled}}, впереди: {{remaining}}',
    moved: 'Это занятие перенесено (исходная дата: {{date}}).',
    changed: 'У этого занятия своё помещение или специалист.',
  },
  fields: {
    date: 'Дата',
    startTime: 'Начало',
    minutes: 'Длительность, минут',
    specialist: 'Специалист',
    room: 'Помещение',
    noRoom: 'Без помещения',
    weekdays: 'Дни недели',
  },
  scope: {
    label: 'Какие занятия',
    cancel: {
      this: 'Только это занятие',
      following: 'Это и следующие занятия',
      all: 'Все занятия серии начиная с сегодняшнего дня',
    },
    edit: {
      this: 'Только это занятие',
      following: 'Это и следующие занятия',
      all: 'Все занятия серии начиная с сегодняшнего дня',
    },
  },
  move: {
    open: 'Перенести…',
    title: 'Перенос занятия',
    onlyThis: 'Переносится только это занятие; остальные занятия серии не меняются.',
    submit: 'Перенести',
    anyway: 'Всё равно перенести',
  },
  cancel: {
    open: 'Отменить…',
    title: 'Отмена занятия',
    reason: 'Причина',
    note: 'Примечание',
    submit: 'Отменить занятие',
  },
  edit: {
    open: 'Изменить серию…',
    title: 'Изменение серии',
    weekdaysNotThis:
      'Дни недели относятся ко всей серии, поэтому их нельзя изменить только для одного занятия.',
    nothingChanged: 'Пока ничего не изменено.',
    submit: 'Сохранить изменения',
    anyway: 'Всё равно сохранить',
  },
  drag: {
    title: 'Занятие не удалось перенести',
    keep: 'Оставить на месте',
    reasonRequired: 'Укажите причину, по которой занятие всё равно переносится.',
  },
};
