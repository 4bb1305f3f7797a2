import type { Catalogue } from '../types';

export const sessionActionsUzLatn: Catalogue['sessionActions'] = {
  close: 'Yopish',
  back: 'Orqaga',
  filters: {
    label: 'Taqvim filtrlari',
    any: 'Hammasi',
    service: 'Xizmat',
    specialist: 'Mutaxassis',
    room: 'Xona',
    person: 'Shaxs',
    personPlaceholder: 'FISh, JShShIR yoki telefon',
    nobody: 'Hech kim topilmadi',
    showCancelled: 'Bekor qilinganlarni koʻrsatish',
    clear: 'Filtrlarni tozalash',
  },
  details: {
    title: 'Mashgʻulot',
    when: 'Vaqti',
    whenValue: '{{date}}, {{start}}–{{end}} ({{minutes}} daq.)',
    people: 'Qatnashadi',
    mother: 'Onasi',
    specialist: 'Mutaxassis',
    room: 'Xona',
    status: 'Holati',
    notes: 'Izoh',
    series: 'Seriya',
  },
  status: {
    scheduled: 'Rejada',
    cancelled: 'Bekor qilingan',
  },
  /** Under a cancelled session's name in the calendar, where there is room for a word or two. */
  cancelledShort: {
    family: 'Oila bekor qildi',
    centre: 'Markaz bekor qildi',
    illness: 'Kasallik',
  },
  series: {
    weekly: 'har hafta: {{days}}, soat {{time}}da',
    everyWeeks: 'har {{weeks}} haftada: {{days}}, soat {{time}}da',
    endCount: 'jami mashgʻulotlar: {{count}}',
    endDate: 'tugash sanasi: {{date}}',
    counts: 'Oʻtkaziladi: {{scheduled}}, oldinda: {{remaining}}',
    moved: 'Bu mashgʻulot koʻchirilgan (asl sanasi: {{date}}).',
    changed: 'Bu mashgʻulotning xonasi yoki mutaxassisi boshqa.',
  },
  fields: {
    date: 'Sana',
    startTime: 'Boshlanish vaqti',
    minutes: 'Davomiyligi, daqiqa',
    specialist: 'Mutaxassis',
    room: 'Xona',
    noRoom: 'Xonasiz',
    weekdays: 'Hafta kunlari',
  },
  scope: {
    label: 'Qaysi mashgʻulotlar',
    cancel: {
      this: 'Faqat shu mashgʻulot',
      following: 'Shu va keyingi mashgʻulotlar',
      all: 'Seriyaning bugundan boshlab barcha mashgʻulotlari',
    },
    edit: {
      this: 'Faqat shu mashgʻulot',
      following: 'Shu va keyingi mashgʻulotlar',
      all: 'Seriyaning bugundan boshlab barcha mashgʻulotlari',
    },
  },
  move: {
    open: 'Koʻchirish…',
    title: 'Mashgʻulotni koʻchirish',
    onlyThis: 'Faqat shu mashgʻulot koʻchiriladi; seriyaning qolgani oʻzgarmaydi.',
    submit: 'Koʻchirish',
    anyway: 'Baribir koʻchirish',
  },
  cancel: {
    open: 'Bekor qilish…',
    title: 'Mashgʻulotni bekor qilish',
    reason: 'Sababi',
    note: 'Izoh',
    submit: 'Mashgʻulotni bekor qilish',
  },
  edit: {
    open: 'Seriyani tahrirlash…',
    title: 'Seriyani tahrirlash',
    weekdaysNotThis:
      'Hafta kunlari butun seriyaga tegishli, shuning uchun ularni faqat bitta mashgʻulot uchun oʻzgartirib boʻlmaydi.',
    nothingChanged: 'Hali hech narsa oʻzgartirilmadi.',
    submit: 'Oʻzgarishlarni saqlash',
    anyway: 'Baribir saqlash',
  },
  drag: {
    title: 'Mashgʻulotni koʻchirib boʻlmadi',
    keep: 'Joyida qoldirish',
    reasonRequired: 'Baribir koʻchirish sababini koʻrsating.',
  },
};
