import type { documentsEn } from './en';

export const documentsUzLatn: typeof documentsEn = {
  page: '{{page}}-sahifa, jami {{total}}',
  register: {
    title: 'Davomat tabeli',
    period: 'Davr: {{period}}',
    scope: {
      group: 'Guruh: {{name}}',
      service: 'Xizmat: {{name}}',
      specialist: 'Mutaxassis: {{name}}',
      centre: 'Butun markaz',
    },
    number: '№',
    name: 'Familiyasi, ismi, otasining ismi',
    days: 'Oy kunlari',
    attended: 'Keldi',
    absentExcused: 'Sababli kelmadi',
    absentUnexcused: 'Sababsiz kelmadi',
    cancelled: 'Markaz bekor qildi',
    dayTotals: 'Kelganlar',
    legend: 'Belgilar:',
    closedDay: 'dam olish yoki bayram kuni',
    responsible: 'Masʼul mutaxassis',
    head: 'Markaz rahbari',
    signature: 'imzo',
    fullName: 'F. I. Sh.',
    empty: 'Bu davrda hech kimda mashgʻulot boʻlmagan.',
  },
};
