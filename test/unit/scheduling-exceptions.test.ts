import { describe, expect, it } from 'vitest';
import { applyExceptions, exceptionFor, expandSeries, setException } from '../../shared/domain/scheduling';
import { cancel, move, room, speech } from './scheduling-series-fixtures';

describe('applying exceptions', () => {
  it('cancels, moves and changes single sessions and leaves the others as the rule gives them', () => {
    const occurrences = expandSeries({ ...speech, end: { kind: 'count', count: 5 } });
    const result = applyExceptions(occurrences, [
      cancel('2025-09-03'),
      move('2025-09-08', '2025-09-11', '14:00', 60),
      room('2025-09-10', 7),
    ]);
    expect(result).toEqual([
      {
        originalDate: '2025-09-01',
        date: '2025-09-01',
        startTime: '10:00',
        durationMinutes: 45,
        status: 'scheduled',
        cancelled: null,
        moved: false,
        changes: {},
        kept: false,
      },
      {
        originalDate: '2025-09-03',
        date: '2025-09-03',
        startTime: '10:00',
        durationMinutes: 45,
        status: 'cancelled',
        cancelled: { reason: 'family', note: 'wedding' },
        moved: false,
        changes: {},
        kept: false,
      },
      {
        originalDate: '2025-09-10',
        date: '2025-09-10',
        startTime: '10:00',
        durationMinutes: 45,
        status: 'scheduled',
        cancelled: null,
        moved: false,
        changes: { roomId: 7 },
        kept: false,
      },
      // Moved past the next session, it is listed where it now takes place.
      {
        originalDate: '2025-09-08',
        date: '2025-09-11',
        startTime: '14:00',
        durationMinutes: 60,
        status: 'scheduled',
        cancelled: null,
        moved: true,
        changes: {},
        kept: false,
      },
      {
        originalDate: '2025-09-15',
        date: '2025-09-15',
        startTime: '10:00',
        durationMinutes: 45,
        status: 'scheduled',
        cancelled: null,
        moved: false,
        changes: {},
        kept: false,
      },
    ]);
  });

  it('ignores exceptions for dates the rule does not give', () => {
    const occurrences = expandSeries({ ...speech, end: { kind: 'count', count: 2 } });
    expect(applyExceptions(occurrences, [cancel('2025-09-02')]).map((o) => o.status)).toEqual([
      'scheduled',
      'scheduled',
    ]);
  });
});

describe('"this occurrence"', () => {
  const occurrences = expandSeries(speech);

  it('adds an exception, then replaces it', () => {
    let exceptions = setException(occurrences, [], move('2025-09-08', '2025-09-09', '10:00'));
    exceptions = setException(occurrences, exceptions, cancel('2025-09-03'));
    expect(exceptions.map((e) => e.originalDate)).toEqual(['2025-09-03', '2025-09-08']);
    exceptions = setException(occurrences, exceptions, {
      ...exceptionFor(exceptions, '2025-09-08'),
      changes: { notes: 'bring shoes' },
    });
    expect(exceptionFor(exceptions, '2025-09-08')).toEqual({
      originalDate: '2025-09-08',
      cancelled: null,
      moved: { date: '2025-09-09', startTime: '10:00', durationMinutes: 45 },
      changes: { notes: 'bring shoes' },
      kept: null,
    });
  });

  it('drops an exception once the session is moved back to where the rule puts it', () => {
    const moved = setException(occurrences, [], move('2025-09-08', '2025-09-09', '10:00'));
    expect(setException(occurrences, moved, move('2025-09-08', '2025-09-08', '10:00'))).toEqual([]);
    // Back on its day but longer: still a change.
    expect(setException(occurrences, moved, move('2025-09-08', '2025-09-08', '10:00', 60))).toHaveLength(1);
  });

  it('refuses a date that is not a session of the series', () => {
    expect(() => setException(occurrences, [], cancel('2025-09-02'))).toThrow(RangeError);
  });
});
