import { describe, expect, it } from 'vitest';
import type { DayPerson, DaySession } from '../../../shared/contract/attendance';
import { rollCallSchema } from '../../../shared/contract/attendance';
import { allPresent, rollCallInput, rollCallRows } from '../../../renderer/src/features/today/rollCall';

const planned: DayPerson = {
  beneficiaryId: 3,
  name: 'Karimova Zarina',
  mark: null,
  expected: { mark: 'absent_excused', reason: 'Sanatoriyda', plannedAbsenceId: 9 },
};

const session: DaySession = {
  sessionId: 40,
  startTime: '10:00',
  minutes: 45,
  serviceId: 2,
  dayCare: false,
  groupId: 5,
  groupName: 'Suzish',
  specialistId: 1,
  specialistName: 'Toshmatova G.',
  roomName: 'Basseyn',
  status: 'scheduled',
  cancelReason: null,
  people: [
    { beneficiaryId: 1, name: 'Aliyev Sardor', mark: null, expected: null },
    {
      beneficiaryId: 2,
      name: 'Usmonova Malika',
      mark: {
        mark: 'late',
        arrivedAt: '10:10',
        departedAt: null,
        reason: '',
        note: '',
        markedAt: '',
        markedBy: null,
      },
      expected: null,
    },
    planned,
  ],
};

describe('the group roll call', () => {
  it('starts from the board: unmarked as present, recorded and pre-filled marks kept', () => {
    const rows = rollCallRows(session);
    expect(rows.map((r) => [r.mark, r.reason, r.planned])).toEqual([
      ['present', '', false],
      ['late', '', false],
      ['absent_excused', 'Sanatoriyda', true],
    ]);
  });

  it('sends only the exceptions, and a planned absence overridden as present', () => {
    const rows = rollCallRows(session);
    expect(rollCallInput(40, rows).exceptions).toEqual([
      { beneficiaryId: 2, mark: 'late', reason: '', note: '' },
      { beneficiaryId: 3, mark: 'absent_excused', reason: 'Sanatoriyda', note: '' },
    ]);
    const everyone = allPresent(rows);
    expect(everyone.every((r) => r.mark === 'present' && r.reason === '')).toBe(true);
    const input = rollCallInput(40, everyone);
    expect(input.exceptions).toEqual([{ beneficiaryId: 3, mark: 'present', reason: '', note: '' }]);
    expect(rollCallSchema.safeParse(input).success).toBe(true);
  });

  it('drops a reason left on someone marked as having come, and trims the others', () => {
    const rows = allPresent(rollCallRows(session)).map((row) =>
      row.beneficiaryId === 1
        ? { ...row, mark: 'absent_unexcused' as const, reason: '  Xabar bermadi ' }
        : { ...row, reason: 'x' },
    );
    expect(rollCallInput(40, rows).exceptions).toEqual([
      { beneficiaryId: 1, mark: 'absent_unexcused', reason: 'Xabar bermadi', note: '' },
      { beneficiaryId: 3, mark: 'present', reason: '', note: '' },
    ]);
  });
});
