import { describe, expect, it } from 'vitest';
import type { DayPerson, DaySession, MarkView } from '../../../shared/contract/attendance';
import {
  dayCounts,
  filterSessions,
  nameMatches,
  sessionTimes,
  shownMark,
  singleMatch,
  timeOfDayIn,
  withMark,
} from '../../../renderer/src/features/today/board';
import type { Mark } from '../../../shared/domain/attendance';

function view(mark: Mark, arrivedAt: string | null = null): MarkView {
  return {
    mark,
    arrivedAt,
    departedAt: null,
    reason: '',
    note: '',
    markedAt: '2026-03-17T04:00:00.000Z',
    markedBy: null,
  };
}

function person(beneficiaryId: number, name: string, mark: Mark | null = null): DayPerson {
  return { beneficiaryId, name, mark: mark ? view(mark) : null, expected: null };
}

function session(
  sessionId: number,
  people: DayPerson[],
  status: DaySession['status'] = 'scheduled',
): DaySession {
  return {
    sessionId,
    startTime: '10:00',
    minutes: 45,
    serviceId: 1,
    dayCare: false,
    groupId: null,
    groupName: null,
    specialistId: 1,
    specialistName: 'Karimova D.',
    roomName: null,
    status,
    cancelReason: null,
    people,
  };
}

describe('the Today board', () => {
  it('shows the recorded mark, else the pre-filled one, else nothing', () => {
    const planned: DayPerson = {
      ...person(1, 'Aliyev Sardor'),
      expected: { mark: 'absent_excused', reason: 'Kasal', plannedAbsenceId: 3 },
    };
    expect(shownMark(planned)).toBe('absent_excused');
    expect(shownMark({ ...planned, mark: view('present') })).toBe('present');
    expect(shownMark(person(2, 'Usmonova Malika'))).toBeNull();
  });

  it('counts the expected, who came and who is absent, leaving out cancelled sessions', () => {
    const sessions = [
      session(1, [person(1, 'A', 'present'), person(2, 'B', 'late'), person(3, 'C', 'absent_unexcused')]),
      session(2, [person(4, 'D', 'absent_excused'), person(5, 'E'), person(6, 'F', 'cancelled_by_centre')]),
      session(3, [person(7, 'G')], 'cancelled'),
    ];
    expect(dayCounts(sessions)).toEqual({ expected: 6, arrived: 2, absent: 2 });
  });

  it('finds a name typed in either script', () => {
    expect(nameMatches('Rahimov Jasur', 'Раҳимов')).toBe(true);
    expect(nameMatches('Rahimov Jasur', 'рахимов жас')).toBe(true);
    expect(nameMatches('Oʻrinboyev Gʻayrat', "o'rinb")).toBe(true);
    expect(nameMatches('Rahimov Jasur', 'Aliyev')).toBe(false);
  });

  it('filters the board to matching people and drops sessions left empty', () => {
    const sessions = [
      session(1, [person(1, 'Aliyev Sardor'), person(2, 'Usmonova Malika')]),
      session(2, [person(3, 'Rahimov Jasur')]),
    ];
    expect(filterSessions(sessions, '  ')).toHaveLength(2);
    const found = filterSessions(sessions, 'usmon');
    expect(found.map((s) => s.sessionId)).toEqual([1]);
    expect(found[0]!.people.map((p) => p.name)).toEqual(['Usmonova Malika']);
  });

  it('checks in by Enter only when exactly one person on a held session matches', () => {
    const sessions = [
      session(1, [person(1, 'Aliyev Sardor'), person(2, 'Usmonova Malika')]),
      session(2, [person(1, 'Aliyev Sardor')]),
      session(3, [person(3, 'Rahimov Jasur')], 'cancelled'),
    ];
    expect(singleMatch(sessions, 'usmonova')).toEqual({ sessionId: 1, person: sessions[0]!.people[1] });
    expect(singleMatch(sessions, 'aliyev')).toBeNull();
    expect(singleMatch(sessions, 'rahimov')).toBeNull();
    expect(singleMatch(sessions, 'nobody')).toBeNull();
  });

  it('puts a saved mark in place without touching the others', () => {
    const sessions = [session(1, [person(1, 'A'), person(2, 'B')]), session(2, [person(1, 'A')])];
    const next = withMark(sessions, 1, 1, view('present', '09:02'));
    expect(next[0]!.people[0]!.mark?.arrivedAt).toBe('09:02');
    expect(next[0]!.people[1]!.mark).toBeNull();
    expect(next[1]!.people[0]!.mark).toBeNull();
  });

  it('gives the time in the centre’s zone and a session’s span', () => {
    expect(timeOfDayIn(new Date('2026-03-17T03:30:00Z'), 'Asia/Tashkent')).toBe('08:30');
    expect(timeOfDayIn(new Date('2026-03-17T19:05:00Z'), 'Asia/Tashkent')).toBe('00:05');
    expect(sessionTimes('10:00', 45)).toBe('10:00–10:45');
    expect(sessionTimes('16:30', 90)).toBe('16:30–18:00');
  });
});
