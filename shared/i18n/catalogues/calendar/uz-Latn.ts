import type { Catalogue } from '../types';

export const calendarUzLatn: Catalogue['calendar'] = {
  title: 'Taqvim',
  toolbar: 'Taqvim boshqaruvi',
  previous: { day: 'Oldingi kun', week: 'Oldingi hafta', month: 'Oldingi oy', list: 'Oldingi hafta' },
  next: { day: 'Keyingi kun', week: 'Keyingi hafta', month: 'Keyingi oy', list: 'Keyingi hafta' },
  today: 'Bugun',
  period: 'Davr',
  periods: { day: 'Kun', week: 'Hafta', month: 'Oy', list: 'Roʻyxat' },
  columns: 'Ustunlar',
  columnModes: { centre: 'Butun markaz', staff: 'Mutaxassislar boʻyicha', rooms: 'Xonalar boʻyicha' },
  columnsOnlyDayWeek: 'Mutaxassis yoki xona boʻyicha ustunlar kun va hafta koʻrinishlarida chiqadi.',
  allDay: 'Kun boʻyi',
  noEvents: 'Bu davrda hech narsa rejalashtirilmagan.',
  more: 'yana {{count}} ta',
  noSpecialists: 'Hali faol mutaxassis yoki oʻqituvchi kiritilmagan.',
  noRooms: 'Hali foydalanishdagi xona kiritilmagan.',
};
