import { describe, expect, it } from 'vitest';
import { openTestBackend, testDir } from './backend-fixture';
import { goal, programme } from './programmes-fixture';
import { call, MANAGER, openCentre, NOW } from './schedule-fixture';

describe('programmes: reviews, next period and the list', () => {
  it('records a level per goal and a conclusion; the programme becomes reviewed', async () => {
    const centre = await openCentre();
    const created = await call(centre.backend, 'programmes.create', programme(centre));
    const id = created.programme.id;
    const [speech, walk] = created.goals.map((g) => g.id) as [number, number];
    const draft = await centre.backend.handle('programmes.review', {
      programmeId: id,
      reviewDate: '2026-03-10',
      conclusion: 'x',
      levels: [],
    });
    expect(draft).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });

    await call(centre.backend, 'programmes.setStatus', { id, status: 'active' });
    const missing = await centre.backend.handle('programmes.review', {
      programmeId: id,
      reviewDate: '2026-03-10',
      conclusion: 'Nutq rivojlanmoqda',
      levels: [{ goalId: speech, level: 1 }],
    });
    expect(missing).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        details: { fields: { [`levels.${walk}`]: { key: 'validation.required' } } },
      },
    });
    const outOfScale = await centre.backend.handle('programmes.review', {
      programmeId: id,
      reviewDate: '2026-03-10',
      conclusion: 'x',
      levels: [
        { goalId: speech, level: 3 },
        { goalId: walk, level: 0 },
      ],
    });
    expect(outOfScale).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const early = await centre.backend.handle('programmes.review', {
      programmeId: id,
      reviewDate: '2026-02-01',
      conclusion: 'x',
      levels: [
        { goalId: speech, level: 0 },
        { goalId: walk, level: 0 },
      ],
    });
    expect(early).toMatchObject({
      ok: false,
      error: { details: { fields: { reviewDate: { key: 'programmes.validation.reviewBeforeStart' } } } },
    });
    expect(await centre.backend.db.selectFrom('programme_reviews').select('id').execute()).toEqual([]);

    const reviewed = await call(
      centre.backend,
      'programmes.review',
      {
        programmeId: id,
        reviewDate: '2026-06-01',
        reviewerId: centre.specialist,
        conclusion: 'Nutq rivojlanmoqda, yurish kutilganidan past',
        levels: [
          { goalId: speech, level: 1 },
          { goalId: walk, level: -1 },
        ],
      },
      MANAGER,
    );
    expect(reviewed.programme.status).toBe('reviewed');
    expect(reviewed.reviews).toEqual([
      expect.objectContaining({
        reviewDate: '2026-06-01',
        reviewerId: centre.specialist,
        createdBy: 'manager',
        levels: expect.arrayContaining([
          { goalId: speech, level: 1 },
          { goalId: walk, level: -1 },
        ]),
      }),
    ]);
  });

  it('starts the next period from a reviewed programme with copies of its goals, and closes the old one', async () => {
    const centre = await openCentre();
    const created = await call(centre.backend, 'programmes.create', programme(centre));
    const id = created.programme.id;
    const early = await centre.backend.handle('programmes.startNextPeriod', { programmeId: id });
    expect(early).toMatchObject({
      ok: false,
      error: { details: { fields: { _form: { key: 'programmes.validation.notReviewed' } } } },
    });
    await call(centre.backend, 'programmes.setStatus', { id, status: 'active' });
    await call(centre.backend, 'programmes.review', {
      programmeId: id,
      reviewDate: '2026-08-28',
      conclusion: 'Davom ettirish',
      levels: created.goals.map((g) => ({ goalId: g.id, level: 0 })),
    });
    const next = await call(centre.backend, 'programmes.startNextPeriod', { programmeId: id }, MANAGER);
    expect(next.programme).toMatchObject({
      status: 'draft',
      previousId: id,
      beneficiaryId: centre.child,
      // Same length (182 days) and review distance (91 days), from the day after the old end.
      startDate: '2026-09-01',
      reviewDate: '2026-12-01',
      endDate: '2027-03-02',
      createdBy: 'manager',
    });
    expect(
      next.goals.map(({ goal, domain, icfCodes, baseline, scale }) => ({
        goal,
        domain,
        icfCodes,
        baseline,
        scale,
      })),
    ).toEqual(
      created.goals.map(({ goal, domain, icfCodes, baseline, scale }) => ({
        goal,
        domain,
        icfCodes,
        baseline,
        scale,
      })),
    );
    expect(next.goals.map((g) => g.id)).not.toEqual(created.goals.map((g) => g.id));
    const old = await call(centre.backend, 'programmes.get', { id });
    expect(old.programme.status).toBe('closed');
    expect(old.nextId).toBe(next.programme.id);
  });

  it('lists programmes with the person, filters by status, person, name and due for review by the centre’s today', async () => {
    const dataDir = testDir();
    const centre = await openCentre(dataDir);
    const make = async (beneficiaryId: number, reviewDate: string, status: 'draft' | 'active') => {
      const { programme: p } = await call(
        centre.backend,
        'programmes.create',
        programme(centre, { beneficiaryId, reviewDate, startDate: '2026-01-05', endDate: '2026-12-31' }),
      );
      if (status === 'active') await call(centre.backend, 'programmes.setStatus', { id: p.id, status });
      return p.id;
    };
    // NOW is 10 March 2026 in Tashkent: due on the day and overdue, not tomorrow, not as a draft.
    const today = await make(centre.child, '2026-03-10', 'active');
    const overdue = await make(centre.sister, '2026-02-27', 'active');
    const tomorrow = await make(centre.child, '2026-03-11', 'active');
    await make(centre.sister, '2026-03-01', 'draft');

    const due = await call(centre.backend, 'programmes.list', { dueForReview: true });
    expect(due.today).toBe('2026-03-10');
    expect(due.items.map((i) => [i.id, i.dueForReview])).toEqual([
      [overdue, true],
      [today, true],
    ]);
    const all = await call(centre.backend, 'programmes.list', {});
    expect(all.items).toHaveLength(4);
    expect(all.items[0]).toMatchObject({ goalCount: 2, lastReviewDate: null });
    expect(all.items[0]!.beneficiary.familyName).not.toBe('');
    expect((await call(centre.backend, 'programmes.list', { status: 'draft' })).items).toHaveLength(1);
    expect(
      (await call(centre.backend, 'programmes.list', { beneficiaryId: centre.sister })).items,
    ).toHaveLength(2);
    const sister = await call(centre.backend, 'people.get', { id: centre.sister });
    const byName = await call(centre.backend, 'programmes.list', { query: sister.givenName });
    expect(byName.items.map((i) => i.beneficiary.id)).toEqual([centre.sister, centre.sister]);

    // A day later by the clock, the review of the 11th is due too.
    await centre.backend.close();
    const later = await openTestBackend({ dataDir, clock: () => new Date(NOW.getTime() + 86_400_000) });
    const dueLater = await call(later, 'programmes.list', { dueForReview: true });
    expect(dueLater.items.map((i) => i.id)).toEqual([overdue, today, tomorrow]);
  });

  it('a goal added after approval is part of the next review', async () => {
    const centre = await openCentre();
    const created = await call(centre.backend, 'programmes.create', programme(centre, { goals: [goal()] }));
    const id = created.programme.id;
    await call(centre.backend, 'programmes.setStatus', { id, status: 'active' });
    const added = await call(centre.backend, 'programmes.addGoal', {
      programmeId: id,
      ...goal({ domain: 'family' }),
    });
    expect(added.goals).toHaveLength(2);
    const missing = await centre.backend.handle('programmes.review', {
      programmeId: id,
      reviewDate: '2026-03-10',
      conclusion: 'x',
      levels: [{ goalId: added.goals[0]!.id, level: 0 }],
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
