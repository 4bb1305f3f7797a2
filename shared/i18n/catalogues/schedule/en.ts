export const scheduleEn = {
  clashes: {
    specialist_busy: 'The specialist already has a session at this time.',
    beneficiary_busy: 'This person already has a session at this time.',
    mother_busy: 'The mother already attends another session at this time.',
    room_over_capacity: 'Places in the room: {{capacity}}; this session would need {{needed}}.',
    closed_day: 'The centre is closed on {{date}}.',
    on_leave: 'The specialist is away on {{date}}.',
    outside_working_hours:
      'The session ({{startTime}}–{{endTime}}) is outside the specialist’s working hours.',
    outside_age_band: 'The person’s age ({{ageMonths}} months) is outside the service’s age band.',
    not_eligible: 'The person does not meet the service’s eligibility criteria.',
  },
  severity: {
    hard: 'Cannot be booked',
    soft: 'A manager may allow this with a reason',
  },
  decisions: {
    closure: 'Falls on a closure',
    absence: 'Falls on the specialist’s leave',
    skip: 'Skip this session',
    move: 'Move it to another day',
    keep: 'Keep it as planned',
  },
  cancelReasons: {
    family: 'Cancelled by the family',
    centre: 'Cancelled by the centre',
    illness: 'Illness',
  },
  validation: {
    startDate: 'Enter the date of the first session.',
    startTime: 'Enter a time as HH:MM, for example 10:00.',
    durationMinutes: 'Enter a length from 1 minute to 12 hours.',
    weekdays: 'Choose at least one weekday, each only once.',
    intervalWeeks: 'Repeat every 1 to 52 weeks.',
    end: 'The series must end on or after its first session, or after at least one session.',
    tooManySessions: 'A series can have at most 400 sessions; choose an earlier end.',
    motherGuardianId: 'Choose one of this child’s guardians.',
    decisionDate: 'This series has no session on that date.',
    notSeries: 'This session is not part of a series.',
    weekdaysOfSeries: 'Weekdays can only be changed for this and the following sessions, or for all.',
  },
};
