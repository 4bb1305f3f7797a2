import { describe, expect, it } from 'vitest';
import { PERMISSIONS, type Caller } from '../../shared/contract';
import { content, openNotesCentre } from './notes-fixture';
import { booking, call, NOW } from './schedule-fixture';
import { fieldsOf, groupSessionOn, poolWithChildren } from './attendance-fixture';
import { poolGroup } from './groups-fixture';

const specialist = (staffId: number, roles: Caller['roles'] = ['specialist']): Caller => ({
  userId: `user-${staffId}`,
  staffId,
  roles,
  permissions: new Set(PERMISSIONS),
});

describe('notes.forSession', () => {
  it('gives each person’s mark, note and the goals they may rate with the scale’s words', async () => {
    const centre = await openNotesCentre();
    const [speech, spoon] = centre.goalIds;
    await call(centre.backend, 'notes.saveDraft', content(centre, centre.sessions[0]!, [[speech!, -1]]));
    const session = await call(centre.backend, 'notes.forSession', { sessionId: centre.sessions[0]! });
    expect(session).toMatchObject({
      date: '2026-03-16',
      startTime: '10:00',
      serviceId: centre.speech,
      specialistId: centre.specialist,
      specialistName: 'Karimova Dilnoza',
    });
    expect(session.people).toHaveLength(1);
    const [person] = session.people;
    expect(person).toMatchObject({
      beneficiaryId: centre.child,
      name: 'Karimov Shahzod Alisher oʻgʻli',
      mark: 'present',
      delivered: true,
      note: { status: 'draft', ratings: [{ goalId: speech, level: -1 }] },
    });
    expect(person!.goals.map((g) => [g.goalId, g.goal])).toEqual([
      [speech, 'Ikki soʻzli gap tuzadi'],
      [spoon, 'Qoshiqni oʻzi ushlaydi'],
    ]);
    expect(person!.goals[0]!.levels).toEqual([
      { level: -2, description: 'Gapirmaydi' },
      { level: -1, description: 'Bir soʻz' },
      { level: 0, description: 'Ikki soʻzli gap' },
      { level: 1, description: 'Uch soʻzli gap' },
      { level: 2, description: 'Savol beradi' },
    ]);
    const unmarked = await call(centre.backend, 'notes.forSession', { sessionId: centre.sessions[2]! });
    expect(unmarked.people[0]).toMatchObject({ mark: null, delivered: false, note: null });
  });

  it('shows a specialist only the people they serve; a manager sees everyone', async () => {
    const centre = await openNotesCentre();
    const sessionId = centre.sessions[0]!;
    const own = await call(centre.backend, 'notes.forSession', { sessionId }, specialist(centre.specialist));
    expect(own.people.map((p) => p.beneficiaryId)).toEqual([centre.child]);
    const colleague = specialist(centre.colleague);
    const foreign = await call(centre.backend, 'notes.forSession', { sessionId }, colleague);
    expect(foreign.people).toEqual([]);
    const written = await centre.backend.handle('notes.saveDraft', content(centre, sessionId), colleague);
    expect(written.ok || written.error.code).toBe('FORBIDDEN');
    const manager = await call(
      centre.backend,
      'notes.forSession',
      { sessionId },
      specialist(centre.colleague, ['specialist', 'manager']),
    );
    expect(manager.people.map((p) => p.beneficiaryId)).toEqual([centre.child]);
    // Once the colleague has a session with the child, the colleague serves the child too.
    await call(
      centre.backend,
      'schedule.book',
      booking(centre, { specialistId: centre.colleague, date: '2026-04-01', serviceId: centre.massage }),
    );
    const served = await call(centre.backend, 'notes.forSession', { sessionId }, colleague);
    expect(served.people.map((p) => p.beneficiaryId)).toEqual([centre.child]);
  });
});

describe('notes.lastFor', () => {
  it('gives the child’s last note in the same service before the session, or null', async () => {
    const centre = await openNotesCentre();
    const [first, second] = centre.sessions;
    expect(
      await call(centre.backend, 'notes.lastFor', { sessionId: second!, beneficiaryId: centre.child }),
    ).toBe(null);
    await call(centre.backend, 'notes.sign', content(centre, first!, [[centre.goalIds[1]!, 1]]));
    expect(
      await call(centre.backend, 'notes.lastFor', { sessionId: second!, beneficiaryId: centre.child }),
    ).toEqual({
      sessionId: first,
      date: '2026-03-16',
      whatWasDone: 'Artikulyatsiya mashqlari, rasmli kartochkalar',
      observations: 'Diqqatini 10 daqiqa ushlab turdi',
      ratings: [{ goalId: centre.goalIds[1], level: 1 }],
    });
    // The first session has nothing before it.
    expect(
      await call(centre.backend, 'notes.lastFor', { sessionId: first!, beneficiaryId: centre.child }),
    ).toBe(null);
  });
});

describe('note templates', () => {
  it('are saved per service, edited in place, listed by title, and a title is used once per service', async () => {
    const centre = await openNotesCentre();
    const saved = await call(centre.backend, 'notes.templates.save', {
      serviceId: centre.speech,
      title: 'Artikulyatsiya',
      whatWasDone: 'Artikulyatsion gimnastika; tovushlarni avtomatlashtirish',
      observations: '',
    });
    await call(centre.backend, 'notes.templates.save', {
      serviceId: centre.massage,
      title: 'Umumiy massaj',
      whatWasDone: 'Orqa va oyoq massaji',
      observations: '',
    });
    await call(centre.backend, 'notes.templates.save', { ...saved, observations: 'Charchamadi' });
    expect(await call(centre.backend, 'notes.templates.list', { serviceId: centre.speech })).toEqual([
      { ...saved, observations: 'Charchamadi' },
    ]);
    expect(await call(centre.backend, 'notes.templates.list', {})).toHaveLength(2);
    const twice = await centre.backend.handle('notes.templates.save', {
      serviceId: centre.speech,
      title: 'Artikulyatsiya',
      whatWasDone: '',
      observations: '',
    });
    expect(fieldsOf(twice)).toEqual({ title: { key: 'notes.validation.titleTaken' } });
  });
});

describe('notes.missing', () => {
  it('lists delivered sessions without a signed note, drafts flagged, until signed', async () => {
    const centre = await openNotesCentre();
    const [first, second] = centre.sessions;
    const rows = async (caller?: Caller) =>
      (await call(centre.backend, 'notes.missing', { specialistId: centre.specialist }, caller)).map((m) => [
        m.sessionId,
        m.date,
        m.name,
        m.draft,
      ]);
    // The third session is not marked yet: nothing is owed for it.
    expect(await rows()).toEqual([
      [first, '2026-03-16', 'Karimov Shahzod Alisher oʻgʻli', false],
      [second, '2026-03-18', 'Karimov Shahzod Alisher oʻgʻli', false],
    ]);
    await call(centre.backend, 'notes.saveDraft', content(centre, first!));
    await call(centre.backend, 'notes.sign', content(centre, second!));
    expect(await rows()).toEqual([[first, '2026-03-16', 'Karimov Shahzod Alisher oʻgʻli', true]]);
    await call(centre.backend, 'notes.sign', content(centre, first!));
    expect(await rows()).toEqual([]);
  });

  it('owes a note for each child who attended a group session, under the specialist who led it', async () => {
    const centre = await openNotesCentre();
    // Enrolled before the term starts, marked at the end of the month.
    centre.setNow(NOW.toISOString());
    const pool = await poolWithChildren(centre);
    centre.setNow('2026-03-31T07:00:00Z');
    const tuesday = await groupSessionOn(centre, pool, '2026-03-17');
    const [aziz, bobur] = centre.kids;
    await call(centre.backend, 'attendance.mark', {
      sessionId: tuesday,
      beneficiaryId: aziz!,
      mark: 'present',
    });
    await call(centre.backend, 'attendance.mark', {
      sessionId: tuesday,
      beneficiaryId: bobur!,
      mark: 'absent_excused',
      reason: 'Shamollagan',
    });
    const owed = await call(centre.backend, 'notes.missing', { specialistId: centre.colleague });
    expect(owed.map((m) => [m.sessionId, m.beneficiaryId, m.groupName, m.draft])).toEqual([
      [tuesday, aziz, poolGroup(centre).name, false],
    ]);
    // The colleague teaches the group, so she sees it; the speech therapist does not.
    expect(await call(centre.backend, 'notes.missing', {}, specialist(centre.colleague))).toHaveLength(1);
    expect(
      (await call(centre.backend, 'notes.missing', {}, specialist(centre.specialist))).map(
        (m) => m.sessionId,
      ),
    ).not.toContain(tuesday);
    await call(centre.backend, 'notes.sign', {
      sessionId: tuesday,
      beneficiaryId: aziz!,
      whatWasDone: 'Suvda muvozanat mashqlari',
      observations: '',
      ratings: [],
    });
    expect(await call(centre.backend, 'notes.missing', { specialistId: centre.colleague })).toEqual([]);
  });

  it('filters by specialist and dates, and shows a specialist only the people they serve', async () => {
    const centre = await openNotesCentre();
    expect(await call(centre.backend, 'notes.missing', { specialistId: centre.colleague })).toEqual([]);
    expect(
      (await call(centre.backend, 'notes.missing', { from: '2026-03-17', to: '2026-03-31' })).map(
        (m) => m.date,
      ),
    ).toEqual(['2026-03-18']);
    expect(await call(centre.backend, 'notes.missing', {}, specialist(centre.colleague))).toEqual([]);
    expect(await call(centre.backend, 'notes.missing', {}, specialist(centre.specialist))).toHaveLength(2);
  });
});
