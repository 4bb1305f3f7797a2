import type { documentsEn } from './en';

export const documentsRu: typeof documentsEn = {
  page: 'Страница {{page}} из {{total}}',
  register: {
    title: 'Табель учёта посещаемости',
    period: 'Период: {{period}}',
    scope: {
      group: 'Группа: {{name}}',
      service: 'Услуга: {{name}}',
      specialist: 'Специалист: {{name}}',
      centre: 'Весь центр',
    },
    number: '№',
    name: 'Фамилия, имя, отчество',
    days: 'Дни месяца',
    attended: 'Посещено',
    absentExcused: 'Пропуск по уваж. причине',
    absentUnexcused: 'Пропуск без уваж. причины',
    cancelled: 'Отменено центром',
    dayTotals: 'Присутствовало',
    legend: 'Обозначения:',
    closedDay: 'выходной или праздничный день',
    responsible: 'Ответственный специалист',
    head: 'Руководитель центра',
    signature: 'подпись',
    fullName: 'Ф. И. О.',
    empty: 'В этом периоде ни у кого не было занятий.',
  },
};
