import type { Catalogue } from '../types';

export const calendarUzCyrl: Catalogue['calendar'] = {
  title: 'Тақвим',
  toolbar: 'Тақвим бошқаруви',
  previous: { day: 'Олдинги кун', week: 'Олдинги ҳафта', month: 'Олдинги ой', list: 'Олдинги ҳафта' },
  next: { day: 'Кейинги кун', week: 'Кейинги ҳафта', month: 'Кейинги ой', list: 'Кейинги ҳафта' },
  today: 'Бугун',
  period: 'Давр',
  periods: { day: 'Кун', week: 'Ҳафта', month: 'Ой', list: 'Рўйхат' },
  columns: 'Устунлар',
  columnModes: { centre: 'Бутун марказ', staff: 'Мутахассислар бўйича', rooms: 'Хоналар бўйича' },
  columnsOnlyDayWeek: 'Мутахассис ёки хона бўйича устунлар кун ва ҳафта кўринишларида чиқади.',
  allDay: 'Кун бўйи',
  noEvents: 'Бу даврда ҳеч нарса режалаштирилмаган.',
  more: 'яна {{count}} та',
  noSpecialists: 'Ҳали фаол мутахассис ёки ўқитувчи киритилмаган.',
  noRooms: 'Ҳали фойдаланишдаги хона киритилмаган.',
};
