import { describe, expect, it } from 'vitest';
import {
  endEnrolment,
  enrolmentBlockedOn,
  firstFreeDate,
  freePlacesOn,
  offerFreedPlace,
  positionInQueue,
  rosterOn,
  waitingOrder,
  type Enrolment,
  type WaitingEntry,
} from '../../shared/domain/scheduling';

// A pool group for 4–6 year olds, 3 places, Tuesdays and Thursdays.
const roster: Enrolment[] = [
  { beneficiaryId: 12, startDate: '2025-09-01', endDate: null },
  { beneficiaryId: 10, startDate: '2025-09-01', endDate: '2025-09-30' },
  { beneficiaryId: 11, startDate: '2025-09-15', endDate: null },
  { beneficiaryId: 13, startDate: '2025-10-02', endDate: null },
];
const sessionDates = ['2025-09-02', '2025-09-16', '2025-09-30', '2025-10-02', '2025-10-07'];

describe('a group’s roster on a date', () => {
  it('has who was enrolled that day, enrolment dates inclusive', () => {
    expect(rosterOn(roster, '2025-09-02')).toEqual([10, 12]);
    expect(rosterOn(roster, '2025-09-15')).toEqual([10, 11, 12]);
    expect(rosterOn(roster, '2025-09-30')).toEqual([10, 11, 12]);
    expect(rosterOn(roster, '2025-10-01')).toEqual([11, 12]);
    expect(rosterOn(roster, '2025-10-02')).toEqual([11, 12, 13]);
    expect(rosterOn(roster, '2025-08-31')).toEqual([]);
  });

  it('counts someone who left and came back once', () => {
    const back = [...roster, { beneficiaryId: 10, startDate: '2025-09-20', endDate: null }];
    expect(rosterOn(back, '2025-09-25')).toEqual([10, 11, 12]);
    expect(rosterOn(back, '2025-10-02')).toEqual([10, 11, 12, 13]);
  });

  it('changes later sessions only when someone leaves', () => {
    const left = endEnrolment(roster, 12, '2025-09-16');
    expect(sessionDates.map((date) => rosterOn(left, date))).toEqual([
      [10, 12],
      [10, 11, 12],
      [10, 11],
      [11, 13],
      [11, 13],
    ]);
    // An enrolment that had not started is withdrawn; one that already ended stays as it was.
    expect(endEnrolment(roster, 13, '2025-09-30').map((e) => e.beneficiaryId)).toEqual([12, 10, 11]);
    expect(endEnrolment(roster, 10, '2025-10-15')).toEqual(roster);
  });

  it('has the free places of each date, never below zero', () => {
    expect(sessionDates.map((date) => freePlacesOn(3, roster, date))).toEqual([1, 0, 0, 0, 0]);
    expect(sessionDates.map((date) => freePlacesOn(4, roster, date))).toEqual([2, 1, 1, 1, 1]);
    expect(freePlacesOn(2, roster, '2025-09-16')).toBe(0);
  });

  it('finds the dates an enrolment would not fit', () => {
    const newcomer = { beneficiaryId: 20, startDate: '2025-09-01', endDate: null };
    expect(enrolmentBlockedOn(3, roster, newcomer, sessionDates)).toEqual([
      '2025-09-16',
      '2025-09-30',
      '2025-10-02',
      '2025-10-07',
    ]);
    expect(enrolmentBlockedOn(3, roster, { ...newcomer, endDate: '2025-09-10' }, sessionDates)).toEqual([]);
    expect(enrolmentBlockedOn(4, roster, newcomer, sessionDates)).toEqual([]);
    // Someone already enrolled cannot be enrolled twice, however many places there are.
    expect(enrolmentBlockedOn(9, roster, { ...newcomer, beneficiaryId: 11 }, sessionDates)).toEqual([
      '2025-09-16',
      '2025-09-30',
      '2025-10-02',
      '2025-10-07',
    ]);
  });

  it('finds the first session with a free place, which a leaver opens up', () => {
    expect(firstFreeDate(3, roster, sessionDates, '2025-09-10')).toBeNull();
    expect(firstFreeDate(4, roster, sessionDates, '2025-09-10')).toBe('2025-09-16');
    expect(firstFreeDate(3, endEnrolment(roster, 12, '2025-09-30'), sessionDates, '2025-09-10')).toBe(
      '2025-10-02',
    );
  });
});

const entry = (
  id: number,
  beneficiaryId: number,
  priority: WaitingEntry['priority'],
  addedAt: string,
  status: WaitingEntry['status'] = 'waiting',
): WaitingEntry => ({
  id,
  beneficiaryId,
  groupId: 4,
  serviceId: 2,
  priority,
  addedAt,
  status,
  note: '',
});

describe('the waiting list', () => {
  const list = [
    entry(1, 31, 'normal', '2025-08-01T05:00:00.000Z'),
    entry(2, 32, 'urgent', '2025-08-20T05:00:00.000Z'),
    entry(3, 33, 'normal', '2025-07-15T05:00:00.000Z'),
    entry(4, 34, 'high', '2025-08-25T05:00:00.000Z'),
    entry(5, 35, 'urgent', '2025-08-20T05:00:00.000Z'),
    entry(6, 36, 'urgent', '2025-06-01T05:00:00.000Z', 'withdrawn'),
    entry(7, 37, 'high', '2025-06-01T05:00:00.000Z', 'offered'),
  ];

  it('orders by priority, then the longest wait, then the earlier entry', () => {
    expect(waitingOrder(list).map((e) => e.id)).toEqual([2, 5, 4, 3, 1]);
    expect(positionInQueue(list, 3)).toBe(4);
    expect(positionInQueue(list, 6)).toBeNull();
  });

  it('offers a freed place to the first who is waiting, not enrolled, and suits it', () => {
    expect(offerFreedPlace(list)?.id).toBe(2);
    expect(offerFreedPlace(list, { enrolledIds: [32] })?.id).toBe(5);
    expect(offerFreedPlace(list, { enrolledIds: [32], fits: (e) => e.beneficiaryId !== 35 })?.id).toBe(4);
    expect(offerFreedPlace(list, { fits: () => false })).toBeNull();
    expect(offerFreedPlace([])).toBeNull();
  });
});
