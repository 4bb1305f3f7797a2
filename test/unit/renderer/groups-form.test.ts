import { describe, expect, it } from 'vitest';
import { createGroupSchema, updateGroupSchema, type GroupSummary } from '../../../shared/contract/groups';
import {
  ageBandFields,
  ageBandInput,
  changesSessions,
  createGroupInput,
  emptyGroupForm,
  groupFormOf,
  updateGroupInput,
  type GroupFormValues,
} from '../../../renderer/src/features/groups/form/groupForm';

const none = { decisions: [], overrideReason: '' };

function poolForm(): GroupFormValues {
  return {
    ...emptyGroupForm('2026-03-02'),
    name: 'Basseyn, 4–6 yosh',
    serviceId: '3',
    teacherId: '7',
    roomId: '2',
    capacity: 3,
    youngestYears: 4,
    oldestYears: 6,
    weekdays: [4, 2],
    startTime: '10:00',
    minutes: 45,
    startDate: '03.03.2026',
    endKind: 'count',
    count: 24,
  };
}

const group: GroupSummary = {
  id: 11,
  name: 'Basseyn, 4–6 yosh',
  serviceId: 3,
  teacherId: 7,
  teacherName: 'Karimova D.',
  roomId: 2,
  roomName: 'Basseyn',
  capacity: 3,
  minAgeMonths: 48,
  maxAgeMonths: 84,
  schedule: {
    startDate: '2026-03-03',
    startTime: '10:00',
    durationMinutes: 45,
    weekdays: [2, 4],
    intervalWeeks: 1,
    end: { kind: 'count', count: 24 },
  },
  notes: '',
  active: true,
  enrolled: 0,
  free: 3,
  waiting: 0,
  countedOn: '2026-03-03',
};

describe('group form → input', () => {
  it('builds a create input the shared schema accepts, the oldest age included in the band', () => {
    const input = createGroupInput(poolForm(), none);
    const parsed = createGroupSchema.parse(input);
    expect(parsed).toMatchObject({
      serviceId: 3,
      teacherId: 7,
      roomId: 2,
      capacity: 3,
      minAgeMonths: 48,
      maxAgeMonths: 84,
      schedule: { startDate: '2026-03-03', weekdays: [2, 4], end: { kind: 'count', count: 24 } },
      decisions: [],
    });
    expect(parsed.override).toBeUndefined();
  });

  it('passes what cannot be read on, so the schema names the field', () => {
    const values = { ...poolForm(), capacity: '', serviceId: null, startDate: '31.02.2026' };
    const result = createGroupSchema.safeParse(createGroupInput(values, none));
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['capacity', 'serviceId', 'schedule.startDate']));
  });

  it('sends the manager’s reason only when one was typed', () => {
    const input = createGroupInput(poolForm(), { decisions: [], overrideReason: 'Agreed with the family' });
    expect(createGroupSchema.parse(input).override).toEqual({ reason: 'Agreed with the family' });
  });

  it('reads years and months of both ends into [min, max) months and back', () => {
    const band = (values: Partial<GroupFormValues>) => ageBandInput({ ...poolForm(), ...values });
    expect(band({})).toEqual({ minAgeMonths: 48, maxAgeMonths: 84 });
    expect(band({ youngestYears: 1, youngestMonths: 6, oldestYears: 2, oldestMonths: 5 })).toEqual({
      minAgeMonths: 18,
      maxAgeMonths: 30,
    });
    expect(band({ youngestYears: '', oldestYears: '' })).toEqual({ minAgeMonths: null, maxAgeMonths: null });
    for (const [min, max] of [
      [48, 84],
      [18, 30],
      [null, 25],
      [6, null],
    ] as const) {
      const fields = ageBandFields({ minAgeMonths: min, maxAgeMonths: max });
      expect(ageBandInput({ ...poolForm(), ...fields })).toEqual({ minAgeMonths: min, maxAgeMonths: max });
    }
  });

  it('sends the timetable of an edit, with its date, only when it changes', () => {
    const same = groupFormOf(group, '2026-04-01');
    expect(same.from).toBe('01.04.2026');
    expect(changesSessions(same, group)).toBe(false);
    const plain = updateGroupSchema.parse(updateGroupInput({ ...same, capacity: 4 }, group, none));
    expect(plain).not.toHaveProperty('schedule');
    expect(plain).not.toHaveProperty('from');
    expect(plain.capacity).toBe(4);

    const later = { ...same, startTime: '11:00' };
    expect(changesSessions(later, group)).toBe(true);
    const moved = updateGroupSchema.parse(updateGroupInput(later, group, none));
    expect(moved.schedule?.startTime).toBe('11:00');
    expect(moved.from).toBe('2026-04-01');
  });
});
