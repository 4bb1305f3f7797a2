import type { attendanceEn } from './en';

export const attendanceUzCyrl: typeof attendanceEn = {
  validation: {
    futureDate: 'Давомат бугунги ва ўтган кунлар учун белгиланади, ҳали келмаган кун учун эмас.',
    reasonRequired: 'Сабабли қатнашмасликнинг сабабини ёзинг.',
    timeOnlyWhenAttended: 'Келиш ва кетиш вақти фақат келганлар учун ёзилади.',
    departedBeforeArrived: 'Кетиш вақти келиш вақтидан олдин.',
    notOnSession: 'Бу киши ушбу машғулотда кутилмайди.',
    endBeforeStart: 'Қатнашмасликнинг охирги куни биринчи кунидан олдин.',
    month: 'Ойни танланг.',
    oneScope: 'Гуруҳ, хизмат ёки мутахассисдан фақат биттасини танланг.',
  },
  marks: {
    present: 'Келди',
    late: 'Кечикди',
    absent_excused: 'Сабабли келмади',
    absent_unexcused: 'Сабабсиз келмади',
    cancelled_by_centre: 'Марказ томонидан бекор қилинди',
  },
  letters: {
    present: '+',
    late: 'К',
    absent_excused: 'С',
    absent_unexcused: 'Й',
    cancelled_by_centre: 'Б',
    closed: 'Д',
  },
};
