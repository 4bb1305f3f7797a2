import type { Catalogue } from '../types';

export const scheduleUzLatn: Catalogue['schedule'] = {
  clashes: {
    specialist_busy: 'Mutaxassisning bu vaqtda boshqa mashgʻuloti bor.',
    beneficiary_busy: 'Bu kishining bu vaqtda boshqa mashgʻuloti bor.',
    mother_busy: 'Ona bu vaqtda boshqa mashgʻulotda qatnashadi.',
    room_over_capacity: 'Xonada {{capacity}} ta joy bor; bu mashgʻulot uchun {{needed}} ta kerak.',
    closed_day: '{{date}} kuni markaz yopiq.',
    on_leave: '{{date}} kuni mutaxassis ishda emas.',
    outside_working_hours: 'Mashgʻulot ({{startTime}}–{{endTime}}) mutaxassisning ish vaqtidan tashqarida.',
    outside_age_band: 'Kishining yoshi ({{ageMonths}} oy) xizmatning yosh chegarasiga toʻgʻri kelmaydi.',
    not_eligible: 'Kishi xizmatdan foydalanish shartlariga javob bermaydi.',
  },
  severity: {
    hard: 'Band qilib boʻlmaydi',
    soft: 'Rahbar sababini koʻrsatib ruxsat berishi mumkin',
  },
  decisions: {
    closure: 'Markaz yopiq kunga toʻgʻri keladi',
    absence: 'Mutaxassisning taʼtiliga toʻgʻri keladi',
    skip: 'Bu mashgʻulotni oʻtkazib yuborish',
    move: 'Boshqa kunga koʻchirish',
    keep: 'Rejadagidek qoldirish',
  },
  cancelReasons: {
    family: 'Oila tomonidan bekor qilingan',
    centre: 'Markaz tomonidan bekor qilingan',
    illness: 'Kasallik',
  },
  validation: {
    startDate: 'Birinchi mashgʻulot sanasini kiriting.',
    startTime: 'Vaqtni SS:DD koʻrinishida kiriting, masalan 10:00.',
    durationMinutes: 'Davomiylikni 1 daqiqadan 12 soatgacha kiriting.',
    weekdays: 'Kamida bitta hafta kunini tanlang, har birini bir martadan.',
    intervalWeeks: 'Takrorlash oraligʻi 1 haftadan 52 haftagacha boʻlsin.',
    end: 'Seriya birinchi mashgʻulotdan oldin tugamasin yoki kamida bitta mashgʻulotdan iborat boʻlsin.',
    tooManySessions: 'Seriyada koʻpi bilan 400 ta mashgʻulot boʻladi; tugash sanasini oldinroq tanlang.',
    motherGuardianId: 'Shu bolaning vasiylaridan birini tanlang.',
    decisionDate: 'Bu seriyada shu sanada mashgʻulot yoʻq.',
    notSeries: 'Bu mashgʻulot seriyaga kirmaydi.',
    weekdaysOfSeries:
      'Hafta kunlarini faqat shu va keyingi mashgʻulotlar yoki barchasi uchun oʻzgartirish mumkin.',
  },
};
