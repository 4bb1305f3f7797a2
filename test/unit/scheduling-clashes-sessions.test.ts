import { describe, expect, it } from 'vitest';
import { candidateInstants, findClashes } from '../../shared/domain/scheduling';
import { candidate, context, session, withOf } from './scheduling-clash-fixtures';

describe('clashes between sessions', () => {
  it('finds nothing for a free slot and computes its instants in the centre’s zone', () => {
    expect(findClashes(candidate, context())).toEqual([]);
    expect(candidateInstants(candidate, 'Asia/Tashkent')).toEqual({
      start: '2025-09-02T05:00:00.000Z',
      end: '2025-09-02T05:45:00.000Z',
    });
  });

  it('finds the specialist already booked, naming the session', () => {
    const other = session('10:30', '11:15', { specialistId: 5 });
    expect(findClashes(candidate, context({ sessions: [other] }))).toEqual([
      { kind: 'specialist_busy', severity: 'hard', specialistId: 5, with: withOf(other) },
    ]);
  });

  it('lets back-to-back sessions be, and ignores cancelled sessions and the session being moved', () => {
    const before = session('09:15', '10:00', { specialistId: 5, roomId: 1, beneficiaryIds: [100] });
    const after = session('10:45', '11:30', { specialistId: 5, roomId: 1, beneficiaryIds: [100] });
    const cancelled = session('10:00', '10:45', {
      specialistId: 5,
      roomId: 1,
      beneficiaryIds: [100],
      status: 'cancelled',
    });
    const itself = session('10:15', '11:00', { specialistId: 5, roomId: 1, beneficiaryIds: [100] });
    expect(
      findClashes({ ...candidate, id: itself.id }, context({ sessions: [before, after, cancelled, itself] })),
    ).toEqual([]);
  });

  it('finds a beneficiary in a group session at the same time, once per person and session', () => {
    const group = session('09:30', '10:15', { groupId: 7, beneficiaryIds: [101, 100, 102] });
    const clashes = findClashes(
      { ...candidate, beneficiaryIds: [100, 101] },
      context({ room: null, sessions: [group] }),
    );
    expect(clashes).toEqual([
      { kind: 'beneficiary_busy', severity: 'hard', beneficiaryId: 100, with: withOf(group) },
      { kind: 'beneficiary_busy', severity: 'hard', beneficiaryId: 101, with: withOf(group) },
    ]);
  });

  it('finds the accompanying mother booked elsewhere', () => {
    const counselling = session('10:40', '11:40', { beneficiaryIds: [300], motherGuardianId: 55 });
    const clashes = findClashes({ ...candidate, motherGuardianId: 55 }, context({ sessions: [counselling] }));
    expect(clashes).toEqual([
      { kind: 'mother_busy', severity: 'hard', guardianId: 55, with: withOf(counselling) },
    ]);
    expect(findClashes({ ...candidate, motherGuardianId: 56 }, context({ sessions: [counselling] }))).toEqual(
      [],
    );
  });
});

describe('room capacity', () => {
  it('finds a therapy room for one already taken', () => {
    const other = session('09:30', '10:30', { roomId: 1 });
    expect(findClashes(candidate, context({ sessions: [other] }))).toEqual([
      {
        kind: 'room_over_capacity',
        severity: 'hard',
        roomId: 1,
        capacity: 1,
        needed: 2,
        with: [withOf(other)],
      },
    ]);
  });

  it('counts a pool group’s swimmers at the fullest moment', () => {
    const pool = { id: 9, capacity: 8 };
    const early = session('10:00', '10:45', { roomId: 9, groupId: 1, beneficiaryIds: [1, 2, 3, 4, 5] });
    const late = session('10:30', '11:15', { roomId: 9, groupId: 2, beneficiaryIds: [6, 7, 8] });
    const swimmer = { ...candidate, roomId: 9 };
    expect(findClashes(swimmer, context({ room: pool, sessions: [early, late] }))).toEqual([
      {
        kind: 'room_over_capacity',
        severity: 'hard',
        roomId: 9,
        capacity: 8,
        needed: 9,
        with: [withOf(early), withOf(late)],
      },
    ]);
    const smaller = { ...late, beneficiaryIds: [6, 7] };
    expect(findClashes(swimmer, context({ room: pool, sessions: [early, smaller] }))).toEqual([]);
  });

  it('does not add up groups that follow each other within the session', () => {
    const pool = { id: 9, capacity: 8 };
    const first = session('10:00', '10:20', { roomId: 9, beneficiaryIds: [1, 2, 3, 4, 5] });
    const second = session('10:20', '10:45', { roomId: 9, beneficiaryIds: [6, 7, 8, 9, 10] });
    const group = { ...candidate, roomId: 9, beneficiaryIds: [100, 101, 102] };
    const beneficiaries = [100, 101, 102].map((id) => ({
      id,
      birthDate: '2019-01-01',
      hasDisability: true,
      socialStatus: 'none',
    }));
    expect(findClashes(group, context({ room: pool, sessions: [first, second], beneficiaries }))).toEqual([]);
    expect(
      findClashes(
        { ...group, beneficiaryIds: [...group.beneficiaryIds, 103] },
        context({
          room: pool,
          sessions: [first, second],
          beneficiaries: [
            ...beneficiaries,
            { id: 103, birthDate: '2019-01-01', hasDisability: true, socialStatus: 'none' },
          ],
        }),
      ),
    ).toEqual([
      {
        kind: 'room_over_capacity',
        severity: 'hard',
        roomId: 9,
        capacity: 8,
        needed: 9,
        with: [withOf(first)],
      },
    ]);
  });

  it('counts a group with nobody enrolled yet as taking the room', () => {
    const empty = session('10:00', '10:45', { roomId: 1, groupId: 3, beneficiaryIds: [] });
    expect(findClashes(candidate, context({ sessions: [empty] }))[0]).toMatchObject({
      kind: 'room_over_capacity',
      needed: 2,
    });
  });
});
