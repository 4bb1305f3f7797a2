import { describe, expect, it } from 'vitest';
import { PERMISSIONS, type Caller } from '../../shared/contract';
import { goal, programme, SPEECH_SCALE } from './programmes-fixture';
import { call, MANAGER, openCentre } from './schedule-fixture';

function fields(result: { ok: boolean; error?: { code: string; details?: { fields?: unknown } } }) {
  expect(result.ok).toBe(false);
  return {
    code: result.error?.code,
    fields: result.error?.details?.fields as Record<string, { key: string }>,
  };
}

describe('programmes: create, read and change', () => {
  it('creates a draft with its goals, scales and ICF-CY codes, and reads it back', async () => {
    const centre = await openCentre();
    const detail = await call(centre.backend, 'programmes.create', programme(centre), MANAGER);
    expect(detail.programme).toMatchObject({
      beneficiaryId: centre.child,
      status: 'draft',
      startDate: '2026-03-02',
      reviewDate: '2026-06-01',
      endDate: '2026-08-31',
      createdBy: 'manager',
      approvedBy: null,
    });
    expect(detail.goals.map((g) => [g.position, g.domain, g.icfCodes])).toEqual([
      [0, 'communication', ['d330', 'b1670']],
      [1, 'movement', ['d450']],
    ]);
    expect(detail.goals[0]!.scale).toEqual(SPEECH_SCALE);
    expect(detail.beneficiary.id).toBe(centre.child);
    expect(await call(centre.backend, 'programmes.get', { id: detail.programme.id })).toEqual(detail);
  });

  it('refuses a scale with a level left undescribed or two levels alike, a malformed ICF-CY code, a bad period', async () => {
    const centre = await openCentre();
    const refused = await centre.backend.handle(
      'programmes.create',
      programme(centre, {
        reviewDate: '2026-09-30',
        goals: [goal({ scale: ['a', 'b', '', 'd', 'e'], icfCodes: ['x330', 'd33'] })],
      }),
    );
    expect(fields(refused)).toEqual({
      code: 'VALIDATION',
      fields: {
        reviewDate: { key: 'programmes.validation.reviewOutside' },
        'goals.0.scale.2': { key: 'validation.required' },
        'goals.0.icfCodes.0': { key: 'programmes.validation.icfCode' },
        'goals.0.icfCodes.1': { key: 'programmes.validation.icfCode' },
      },
    });
    const alike = await centre.backend.handle(
      'programmes.create',
      programme(centre, { endDate: '2026-03-01', goals: [goal({ scale: ['a', 'b', 'c', 'B ', 'e'] })] }),
    );
    expect(fields(alike).fields).toEqual({
      endDate: { key: 'programmes.validation.endBeforeStart' },
      'goals.0.scale.3': { key: 'programmes.validation.levelRepeated' },
    });
    expect(await centre.backend.db.selectFrom('programmes').select('id').execute()).toEqual([]);
  });

  it('refuses an unknown beneficiary on its field and writes nothing', async () => {
    const centre = await openCentre();
    const result = await centre.backend.handle(
      'programmes.create',
      programme(centre, { beneficiaryId: 999 }),
    );
    expect(fields(result)).toEqual({
      code: 'VALIDATION',
      fields: { beneficiaryId: { key: 'validation.invalidChoice' } },
    });
    expect(await centre.backend.db.selectFrom('programme_goals').select('id').execute()).toEqual([]);
  });

  it('approves a draft with goals, recording who and when; moves only along the allowed statuses', async () => {
    const centre = await openCentre();
    const empty = await call(centre.backend, 'programmes.create', programme(centre, { goals: [] }));
    const noGoals = await centre.backend.handle('programmes.setStatus', {
      id: empty.programme.id,
      status: 'active',
    });
    expect(fields(noGoals)).toEqual({
      code: 'CONFLICT',
      fields: { status: { key: 'programmes.validation.noGoals' } },
    });

    const { programme: draft } = await call(centre.backend, 'programmes.create', programme(centre));
    const skip = await centre.backend.handle('programmes.setStatus', { id: draft.id, status: 'reviewed' });
    expect(fields(skip).fields).toEqual({ status: { key: 'programmes.validation.statusMove' } });
    const approved = await call(
      centre.backend,
      'programmes.setStatus',
      { id: draft.id, status: 'active' },
      MANAGER,
    );
    expect(approved.programme).toMatchObject({
      status: 'active',
      approvedBy: 'manager',
      approvedAt: '2026-03-10T04:00:00.000Z',
    });
    const closed = await call(centre.backend, 'programmes.setStatus', { id: draft.id, status: 'closed' });
    expect(closed.programme.status).toBe('closed');
    // A closed programme is a record: no status move, no new goal, no change of period.
    expect(
      fields(await centre.backend.handle('programmes.setStatus', { id: draft.id, status: 'active' })).code,
    ).toBe('CONFLICT');
    expect(
      fields(await centre.backend.handle('programmes.addGoal', { programmeId: draft.id, ...goal() })).fields,
    ).toEqual({ _form: { key: 'programmes.validation.closed' } });
    expect(
      fields(
        await centre.backend.handle('programmes.update', {
          id: draft.id,
          startDate: '2026-03-02',
          reviewDate: '2026-05-01',
          endDate: '2026-08-31',
        }),
      ).code,
    ).toBe('CONFLICT');
  });

  it('updates the period and notes', async () => {
    const centre = await openCentre();
    const { programme: created } = await call(centre.backend, 'programmes.create', programme(centre));
    const updated = await call(centre.backend, 'programmes.update', {
      id: created.id,
      startDate: '2026-03-02',
      reviewDate: '2026-04-30',
      endDate: '2026-06-30',
      notes: 'Onasi bilan kelishildi',
    });
    expect(updated.programme).toMatchObject({
      reviewDate: '2026-04-30',
      endDate: '2026-06-30',
      notes: 'Onasi bilan kelishildi',
    });
  });

  it('adds, changes and removes goals; a goal rated at a review stays', async () => {
    const centre = await openCentre();
    const created = await call(centre.backend, 'programmes.create', programme(centre, { goals: [] }));
    const id = created.programme.id;
    const one = await call(centre.backend, 'programmes.addGoal', { programmeId: id, ...goal() });
    const two = await call(centre.backend, 'programmes.addGoal', {
      programmeId: id,
      ...goal({ goal: 'Qoshiqni oʻzi ushlaydi', domain: 'self_care', icfCodes: [] }),
    });
    expect(two.goals.map((g) => [g.position, g.domain])).toEqual([
      [0, 'communication'],
      [1, 'self_care'],
    ]);
    const goalId = one.goals[0]!.id;
    const changed = await call(centre.backend, 'programmes.updateGoal', {
      goalId,
      ...goal({ baseline: 'Bir soʻz aytadi', icfCodes: ['d3'], scale: ['1', '2', '3', '4', '5'] }),
    });
    expect(changed.goals[0]).toMatchObject({
      baseline: 'Bir soʻz aytadi',
      icfCodes: ['d3'],
      scale: ['1', '2', '3', '4', '5'],
    });
    const removed = await call(centre.backend, 'programmes.removeGoal', { goalId: two.goals[1]!.id });
    expect(removed.goals.map((g) => g.id)).toEqual([goalId]);

    await call(centre.backend, 'programmes.setStatus', { id, status: 'active' });
    await call(centre.backend, 'programmes.review', {
      programmeId: id,
      reviewDate: '2026-03-10',
      conclusion: 'Oraliq baholash',
      levels: [{ goalId, level: -1 }],
    });
    const kept = await centre.backend.handle('programmes.removeGoal', { goalId });
    expect(fields(kept)).toEqual({
      code: 'CONFLICT',
      fields: { _form: { key: 'programmes.validation.goalRated' } },
    });
    expect(await centre.backend.handle('programmes.removeGoal', { goalId: 9999 })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('adds, changes and removes prescriptions, refusing an unknown service or specialist', async () => {
    const centre = await openCentre();
    const { programme: created } = await call(centre.backend, 'programmes.create', programme(centre));
    const prescription = {
      programmeId: created.id,
      serviceId: centre.speech,
      sessionsPerWeek: 2,
      weeks: 12,
      minutes: 30,
    };
    const added = await call(centre.backend, 'programmes.addPrescription', prescription);
    expect(added.prescriptions).toEqual([
      expect.objectContaining({
        serviceId: centre.speech,
        specialistId: null,
        seriesIds: [],
        counts: { prescribed: 24, booked: 0, delivered: 0 },
      }),
    ]);
    const unknown = await centre.backend.handle('programmes.addPrescription', {
      ...prescription,
      serviceId: 999,
      specialistId: 998,
    });
    expect(fields(unknown).fields).toEqual({ serviceId: { key: 'validation.invalidChoice' } });
    const tooMany = await centre.backend.handle('programmes.addPrescription', {
      ...prescription,
      sessionsPerWeek: 8,
    });
    expect(fields(tooMany).fields).toEqual({
      sessionsPerWeek: { key: 'validation.tooBig', params: { max: 7 } },
    });

    const prescriptionId = added.prescriptions[0]!.id;
    const changed = await call(centre.backend, 'programmes.updatePrescription', {
      prescriptionId,
      serviceId: centre.massage,
      sessionsPerWeek: 3,
      weeks: 4,
      minutes: 40,
      specialistId: centre.specialist,
    });
    expect(changed.prescriptions[0]).toMatchObject({
      serviceId: centre.massage,
      specialistId: centre.specialist,
      counts: { prescribed: 12, booked: 0, delivered: 0 },
    });
    const removed = await call(centre.backend, 'programmes.removePrescription', { prescriptionId });
    expect(removed.prescriptions).toEqual([]);
  });

  it('needs programmes.read to read and programmes.write to change', async () => {
    const centre = await openCentre();
    const reader: Caller = {
      userId: 'r',
      permissions: new Set(PERMISSIONS.filter((p) => p !== 'programmes.write')),
    };
    const nobody: Caller = {
      userId: 'n',
      permissions: new Set(PERMISSIONS.filter((p) => p !== 'programmes.read')),
    };
    const denied = await centre.backend.handle('programmes.create', programme(centre), reader);
    expect(denied).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await call(centre.backend, 'programmes.list', {}, reader)).items).toEqual([]);
    expect(await centre.backend.handle('programmes.list', {}, nobody)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });
});
