import type { attendanceEn } from './en';

export const attendanceUzLatn: typeof attendanceEn = {
  validation: {
    futureDate: 'Davomat bugungi va oʻtgan kunlar uchun belgilanadi, hali kelmagan kun uchun emas.',
    reasonRequired: 'Sababli qatnashmaslikning sababini yozing.',
    timeOnlyWhenAttended: 'Kelish va ketish vaqti faqat kelganlar uchun yoziladi.',
    departedBeforeArrived: 'Ketish vaqti kelish vaqtidan oldin.',
    notOnSession: 'Bu kishi ushbu mashgʻulotda kutilmaydi.',
    endBeforeStart: 'Qatnashmaslikning oxirgi kuni birinchi kunidan oldin.',
    month: 'Oyni tanlang.',
    oneScope: 'Guruh, xizmat yoki mutaxassisdan faqat bittasini tanlang.',
  },
  marks: {
    present: 'Keldi',
    late: 'Kechikdi',
    absent_excused: 'Sababli kelmadi',
    absent_unexcused: 'Sababsiz kelmadi',
    cancelled_by_centre: 'Markaz tomonidan bekor qilindi',
  },
  letters: {
    present: '+',
    late: 'K',
    absent_excused: 'S',
    absent_unexcused: 'Y',
    cancelled_by_centre: 'B',
    closed: 'D',
  },
};
