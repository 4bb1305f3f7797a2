// The specialists the e2e specs seed: a speech therapist by default, working Monday to Friday 08:00–17:00.
import type { Call } from './fixtures';

const WEEKDAYS_8_TO_17 = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  start: '08:00',
  end: '17:00',
  breakStart: null,
  breakEnd: null,
}));

interface Specialist {
  familyName: string;
  givenName: string;
  patronymic?: string;
  serviceIds: number[];
  hours?: ReadonlyArray<(typeof WEEKDAYS_8_TO_17)[number]>;
}

/** A specialist (position Logoped) giving the services in the hours, Monday to Friday 08:00–17:00 unless told. */
export function addSpecialist(call: Call, specialist: Specialist) {
  return call('staff.create', {
    patronymic: '',
    hours: WEEKDAYS_8_TO_17,
    ...specialist,
    roles: ['specialist'],
    position: 'Logoped',
    phone: '',
    active: true,
  });
}
