export const attendanceEn = {
  validation: {
    futureDate: 'Attendance can be marked for today and earlier days, not for a day still to come.',
    reasonRequired: 'Write the reason for an excused absence.',
    timeOnlyWhenAttended: 'Arrival and departure times are recorded only for someone who came.',
    departedBeforeArrived: 'The departure time is before the arrival time.',
    notOnSession: 'This person is not expected at this session.',
    endBeforeStart: 'The last day of the absence is before its first day.',
    month: 'Choose a month.',
    oneScope: 'Choose a group, a service or a specialist — only one of them.',
  },
  marks: {
    present: 'Present',
    late: 'Late',
    absent_excused: 'Absent, excused',
    absent_unexcused: 'Absent, unexcused',
    cancelled_by_centre: 'Cancelled by the centre',
  },
  /** One or two letters in a register cell. */
  letters: {
    present: '+',
    late: 'L',
    absent_excused: 'E',
    absent_unexcused: 'A',
    cancelled_by_centre: 'C',
    closed: 'H',
  },
};
