import type { Catalogue } from '../types';

export const sessionActionsUzCyrl: Catalogue['sessionActions'] = {
  close: 'Ёпиш',
  back: 'Орқага',
  filters: {
    label: 'Тақвим филтрлари',
    any: 'Ҳаммаси',
    service: 'Хизмат',
    specialist: 'Мутахассис',
    room: 'Хона',
    person: 'Шахс',
    personPlaceholder: 'ФИШ, ЖШШИР ёки телефон',
    nobody: 'Ҳеч ким топилмади',
    showCancelled: 'Бекор қилинганларни кўрсатиш',
    clear: 'Филтрларни тозалаш',
  },
  details: {
    title: 'Машғулот',
    when: 'Вақти',
    whenValue: '{{date}}, {{start}}–{{end}} ({{minutes}} дақ.)',
    people: 'Қатнашади',
    mother: 'Онаси',
    specialist: 'Мутахассис',
    room: 'Хона',
    status: 'Ҳолати',
    notes: 'Изоҳ',
    series: 'Серия',
  },
  status: {
    scheduled: 'Режада',
    cancelled: 'Бекор қилинган',
  },
  /** Under a cancelled session's name in the calendar, where there is room for a word or two. */
  cancelledShort: {
    family: 'Оила бекор қилди',
    centre: 'Марказ бекор қилди',
    illness: 'Касаллик',
  },
  series: {
    weekly: 'ҳар ҳафта: {{days}}, соат {{time}}да',
    everyWeeks: 'ҳар {{weeks}} ҳафтада: {{days}}, соат {{time}}да',
    endCount: 'жами машғулотлар: {{count}}',
    endDate: 'тугаш санаси: {{date}}',
    counts: 'Ўтказилади: {{scheduled}}, олдинда: {{remaining}}',
    moved: 'Бу машғулот кўчирилган (асл санаси: {{date}}).',
    changed: 'Бу машғулотнинг хонаси ёки мутахассиси бошқа.',
  },
  fields: {
    date: 'Сана',
    startTime: 'Бошланиш вақти',
    minutes: 'Давомийлиги, дақиқа',
    specialist: 'Мутахассис',
    room: 'Хона',
    noRoom: 'Хонасиз',
    weekdays: 'Ҳафта кунлари',
  },
  scope: {
    label: 'Қайси машғулотлар',
    cancel: {
      this: 'Фақат шу машғулот',
      following: 'Шу ва кейинги машғулотлар',
      all: 'Сериянинг бугундан бошлаб барча машғулотлари',
    },
    edit: {
      this: 'Фақат шу машғулот',
      following: 'Шу ва кейинги машғулотлар',
      all: 'Сериянинг бугундан бошлаб барча машғулотлари',
    },
  },
  move: {
    open: 'Кўчириш…',
    title: 'Машғулотни кўчириш',
    onlyThis: 'Фақат шу машғулот кўчирилади; сериянинг қолгани ўзгармайди.',
    submit: 'Кўчириш',
    anyway: 'Барибир кўчириш',
  },
  cancel: {
    open: 'Бекор қилиш…',
    title: 'Машғулотни бекор қилиш',
    reason: 'Сабаби',
    note: 'Изоҳ',
    submit: 'Машғулотни бекор қилиш',
  },
  edit: {
    open: 'Серияни таҳрирлаш…',
    title: 'Серияни таҳрирлаш',
    weekdaysNotThis:
      'Ҳафта кунлари бутун серияга тегишли, шунинг учун уларни фақат битта машғулот учун ўзгартириб бўлмайди.',
    nothingChanged: 'Ҳали ҳеч нарса ўзгартирилмади.',
    submit: 'Ўзгаришларни сақлаш',
    anyway: 'Барибир сақлаш',
  },
  drag: {
    title: 'Машғулотни кўчириб бўлмади',
    keep: 'Жойида қолдириш',
    reasonRequired: 'Барибир кўчириш сабабини кўрсатинг.',
  },
};
