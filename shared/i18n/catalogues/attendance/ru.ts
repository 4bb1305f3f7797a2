import type { attendanceEn } from './en';

export const attendanceRu: typeof attendanceEn = {
  validation: {
    futureDate: 'Посещаемость отмечают за сегодня и прошедшие дни, но не за день, который ещё не наступил.',
    reasonRequired: 'Укажите причину пропуска по уважительной причине.',
    timeOnlyWhenAttended: 'Время прихода и ухода записывают только для тех, кто пришёл.',
    departedBeforeArrived: 'Время ухода раньше времени прихода.',
    notOnSession: 'Этого человека на этом занятии не ждут.',
    endBeforeStart: 'Последний день отсутствия раньше первого.',
    month: 'Выберите месяц.',
    oneScope: 'Выберите группу, услугу или специалиста — что-то одно.',
  },
  marks: {
    present: 'Присутствовал',
    late: 'Опоздал',
    absent_excused: 'Отсутствовал по уважительной причине',
    absent_unexcused: 'Отсутствовал без уважительной причины',
    cancelled_by_centre: 'Отменено центром',
  },
  letters: {
    present: '+',
    late: 'ОП',
    absent_excused: 'У',
    absent_unexcused: 'Н',
    cancelled_by_centre: 'ОТ',
    closed: 'В',
  },
};
