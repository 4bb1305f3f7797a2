import type { documentsEn } from './en';

export const documentsUzCyrl: typeof documentsEn = {
  page: '{{page}}-саҳифа, жами {{total}}',
  register: {
    title: 'Давомат табели',
    period: 'Давр: {{period}}',
    scope: {
      group: 'Гуруҳ: {{name}}',
      service: 'Хизмат: {{name}}',
      specialist: 'Мутахассис: {{name}}',
      centre: 'Бутун марказ',
    },
    number: '№',
    name: 'Фамилияси, исми, отасининг исми',
    days: 'Ой кунлари',
    attended: 'Келди',
    absentExcused: 'Сабабли келмади',
    absentUnexcused: 'Сабабсиз келмади',
    cancelled: 'Марказ бекор қилди',
    dayTotals: 'Келганлар',
    legend: 'Белгилар:',
    closedDay: 'дам олиш ёки байрам куни',
    responsible: 'Масъул мутахассис',
    head: 'Марказ раҳбари',
    signature: 'имзо',
    fullName: 'Ф. И. Ш.',
    empty: 'Бу даврда ҳеч кимда машғулот бўлмаган.',
  },
};
