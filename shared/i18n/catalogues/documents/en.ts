/** Printed documents: their text follows the language chosen for the document, not the interface. */
export const documentsEn = {
  page: 'Page {{page}} of {{total}}',
  register: {
    title: 'Attendance register',
    period: 'Period: {{period}}',
    scope: {
      group: 'Group: {{name}}',
      service: 'Service: {{name}}',
      specialist: 'Specialist: {{name}}',
      centre: 'Whole centre',
    },
    number: 'No.',
    name: 'Family name, given name, patronymic',
    days: 'Days of the month',
    attended: 'Attended',
    absentExcused: 'Absent, excused',
    absentUnexcused: 'Absent, unexcused',
    cancelled: 'Cancelled by centre',
    dayTotals: 'Present',
    legend: 'Marks:',
    closedDay: 'day off or holiday',
    responsible: 'Responsible specialist',
    head: 'Head of the centre',
    signature: 'signature',
    fullName: 'full name',
    empty: 'Nobody had sessions in this period.',
  },
};
