import { describe, expect, it } from 'vitest';
import { openExportCentre, type ExportCentre } from './export-fixture';
import { booking, call } from './schedule-fixture';

/*
 * The fixture's today is Friday 20 March 2026; the pool group meets on Tuesdays and Thursdays. Oybek (longGone)
 * was discharged in 2020: due for the archive, and at twelve outside the pool group's age band, which a manager's
 * reason allows.
 */
const OVERRIDE = { reason: 'Qaytadan qabul qilindi' };

async function dayPeople(centre: ExportCentre, date: string): Promise<number[]> {
  const day = await call(centre.backend, 'attendance.day', { date });
  const session = day.sessions.find((s) => s.groupId === centre.groupId);
  if (!session) throw new Error(`No pool group session on ${date}`);
  return session.people.map((person) => person.beneficiaryId);
}

/** Ends the third child's place (from Tuesday the 24th) after `lastDate`: the group of three has a free place. */
async function freePlace(centre: ExportCentre, lastDate = '2026-03-19'): Promise<void> {
  const group = await call(centre.backend, 'groups.get', { id: centre.groupId });
  const third = group.roster.find((entry) => entry.beneficiaryId === centre.kids[2]);
  if (!third) throw new Error('The third child is not in the pool group');
  await call(centre.backend, 'groups.leave', { enrolmentId: third.enrolmentId, lastDate });
}

// One small centre per test and a dozen calls: bounded at 30 s (a second or two on an idle machine).
describe('archived people and what is planned', { timeout: 30_000 }, () => {
  it('refuses to enrol an archived person in a group or book them a session; restored, they can be enrolled', async () => {
    const centre = await openExportCentre();
    await freePlace(centre);
    await call(centre.backend, 'archive.archive', { ids: [centre.longGone] });
    const enrol = {
      groupId: centre.groupId,
      beneficiaryId: centre.longGone,
      startDate: '2026-03-24',
      override: OVERRIDE,
    };
    const refused = await centre.backend.handle('groups.enrol', enrol);
    expect(refused.ok || refused.error.code).toBe('NOT_FOUND');
    expect(await dayPeople(centre, '2026-03-24')).not.toContain(centre.longGone);

    // Nor booked a session of his own.
    const booked = await centre.backend.handle(
      'schedule.book',
      booking(centre, { beneficiaryId: centre.longGone, date: '2026-03-23', override: OVERRIDE }),
    );
    expect(booked.ok || booked.error.code).toBe('NOT_FOUND');

    await call(centre.backend, 'archive.restore', { id: centre.longGone });
    await call(centre.backend, 'groups.enrol', enrol);
    expect(await dayPeople(centre, '2026-03-24')).toContain(centre.longGone);
  });

  it('archives nobody with a session still to come: they are offered once they have left the group', async () => {
    const centre = await openExportCentre();
    await freePlace(centre);
    const { enrolmentId } = await call(centre.backend, 'groups.enrol', {
      groupId: centre.groupId,
      beneficiaryId: centre.longGone,
      startDate: '2026-03-24',
      override: OVERRIDE,
    });
    const candidates = async () =>
      (await call(centre.backend, 'archive.candidates', {})).map((person) => person.id);
    expect(await candidates()).not.toContain(centre.longGone);
    const refused = await centre.backend.handle('archive.archive', { ids: [centre.longGone] });
    expect(refused.ok || refused.error.code).toBe('VALIDATION');
    // Archived anyway, he would be expected on Tuesday's Today board although no list shows him.
    expect(await dayPeople(centre, '2026-03-24')).toContain(centre.longGone);

    await call(centre.backend, 'groups.leave', { enrolmentId, lastDate: '2026-03-19' });
    expect(await candidates()).toContain(centre.longGone);
    await call(centre.backend, 'archive.archive', { ids: [centre.longGone] });
    expect(await dayPeople(centre, '2026-03-24')).not.toContain(centre.longGone);
  });

  it('puts an archived person with a group place left open on no session written later, nor in the group’s reports, nor counts the place', async () => {
    const centre = await openExportCentre();
    // What a discharge years ago may leave behind (an import, a manual edit): an enrolment never ended.
    const stamp = '2019-09-01T05:00:00.000Z';
    centre.backend.raw
      .prepare(
        `insert into group_enrolments (group_id, beneficiary_id, start_date, end_date, created_at, updated_at)
         values (?, ?, '2019-09-01', null, ?, ?)`,
      )
      .run(centre.groupId, centre.longGone, stamp, stamp);
    const batch = async () =>
      (
        await call(centre.backend, 'documents.progressReport.children', {
          groupId: centre.groupId,
          from: '2026-03-01',
          to: '2026-03-31',
        })
      ).map((child) => child.beneficiaryId);
    expect(await batch()).toContain(centre.longGone);
    await call(centre.backend, 'archive.archive', { ids: [centre.longGone] });
    // Nor is a progress report of his printed with the group's.
    expect(await batch()).not.toContain(centre.longGone);
    expect(await batch()).toContain(centre.kids[0]);
    const tuesdayBefore = await dayPeople(centre, '2026-03-17');

    // The third child leaves after Wednesday: the group's coming sessions are written again, without Oybek.
    await freePlace(centre, '2026-03-25');
    const thursday = await dayPeople(centre, '2026-03-26');
    expect(new Set(thursday)).toEqual(new Set([centre.kids[0], centre.kids[1]]));
    // The place freed is free: the archived person's open enrolment does not fill it.
    await call(centre.backend, 'groups.enrol', {
      groupId: centre.groupId,
      beneficiaryId: centre.kids[3]!,
      startDate: '2026-03-26',
    });
    expect(await dayPeople(centre, '2026-03-26')).toContain(centre.kids[3]);
    expect(await dayPeople(centre, '2026-03-26')).not.toContain(centre.longGone);
    // A session already held keeps who was expected there.
    expect(await dayPeople(centre, '2026-03-17')).toEqual(tuesdayBefore);

    // Restored, the place he never gave up counts again and he is expected from today on.
    await call(centre.backend, 'archive.restore', { id: centre.longGone });
    expect(await dayPeople(centre, '2026-03-26')).toContain(centre.longGone);
  });
});
