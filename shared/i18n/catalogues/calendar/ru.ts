import type { Catalogue } from '../types';

export const calendarRu: Catalogue['calendar'] = {
  title: 'Календарь',
  toolbar: 'Управление календарём',
  previous: {
    day: 'Предыдущий день',
    week: 'Предыдущая неделя',
    month: 'Предыдущий месяц',
    list: 'Предыдущая неделя',
  },
  next: {
    day: 'Следующий день',
    week: 'Следующая неделя',
    month: 'Следующий месяц',
    list: 'Следующая неделя',
  },
  today: 'Сегодня',
  period: 'Период',
  periods: { day: 'День', week: 'Неделя', month: 'Месяц', list: 'Список' },
  columns: 'Колонки',
  columnModes: { centre: 'Весь центр', staff: 'По специалистам', rooms: 'По кабинетам' },
  columnsOnlyDayWeek: 'Колонки по специалистам и кабинетам показываются в видах «День» и «Неделя».',
  allDay: 'Весь день',
  noEvents: 'На этот период ничего не запланировано.',
  more: 'ещё {{count}}',
  noSpecialists: 'Активные специалисты и педагоги ещё не внесены.',
  noRooms: 'Используемые кабинеты ещё не внесены.',
};
