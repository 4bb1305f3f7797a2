import type { Candidate, ClashContext, ExistingSession } from '../../shared/domain/scheduling';
import type { WorkingHours } from '../../shared/domain/staff';

/** Shared setting of the clash tests: a Tuesday in Tashkent, one specialist, two children. */

// Tuesday 2 September 2025 in Tashkent (UTC+5): 10:00 local is 05:00Z.
export const candidate: Candidate = {
  id: null,
  date: '2025-09-02',
  startTime: '10:00',
  durationMinutes: 45,
  serviceId: 3,
  specialistId: 5,
  roomId: 1,
  beneficiaryIds: [100],
  motherGuardianId: null,
};

export const weekday = (weekday: 1 | 2 | 3 | 4 | 5): WorkingHours => ({
  weekday,
  start: '08:00',
  end: '17:00',
  breakStart: '12:00',
  breakEnd: '13:00',
});
export const hours = [weekday(1), weekday(2), weekday(3), weekday(4), weekday(5)];

export const context = (overrides: Partial<ClashContext> = {}): ClashContext => ({
  timeZone: 'Asia/Tashkent',
  sessions: [],
  room: { id: 1, capacity: 1 },
  specialist: { hours, absences: [] },
  closures: [],
  service: { minAgeMonths: null, maxAgeMonths: null, eligibility: [] },
  beneficiaries: [
    { id: 100, birthDate: '2020-05-10', hasDisability: true, socialStatus: 'none' },
    { id: 101, birthDate: '2022-09-03', hasDisability: false, socialStatus: 'low_income' },
  ],
  ...overrides,
});

let nextId = 1;
/** An existing session from local times on 2 September (Tashkent). */
export const session = (from: string, to: string, fields: Partial<ExistingSession> = {}): ExistingSession => {
  const utc = (time: string) =>
    `2025-09-02T${String(Number(time.slice(0, 2)) - 5).padStart(2, '0')}:${time.slice(3)}:00.000Z`;
  return {
    id: nextId++,
    start: utc(from),
    end: utc(to),
    status: 'scheduled',
    serviceId: 4,
    specialistId: 8,
    roomId: 2,
    groupId: null,
    seriesId: null,
    beneficiaryIds: [200],
    motherGuardianId: null,
    ...fields,
  };
};
export const withOf = (s: ExistingSession) => ({
  id: s.id,
  start: s.start,
  end: s.end,
  serviceId: s.serviceId,
  specialistId: s.specialistId,
  roomId: s.roomId,
  groupId: s.groupId,
  seriesId: s.seriesId,
});
