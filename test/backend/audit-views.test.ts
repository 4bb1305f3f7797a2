// Opening someone's casework is logged like opening their record: the programme, the notes of a session, the
// last note and the progress report, each with the person whose file it is.
import { describe, expect, it } from 'vitest';
import { LOCAL_OPERATOR } from '../../electron/backend';
import type { Caller } from '../../shared/contract';
import { permissionsOf } from '../../shared/domain/roles';
import { content, openNotesCentre } from './notes-fixture';
import { addSpecialist, call } from './schedule-fixture';

const specialist = (staffId: number): Caller => ({
  userId: `user-${staffId}`,
  staffId,
  roles: ['specialist'],
  permissions: permissionsOf(['specialist']),
});

async function viewsBy(centre: Awaited<ReturnType<typeof openNotesCentre>>, caller: Caller) {
  const log = await call(
    centre.backend,
    'audit.list',
    { kind: 'view', userId: caller.userId },
    LOCAL_OPERATOR,
  );
  return log.entries.map((entry) => [entry.action, entry.beneficiaryId]).reverse();
}

describe('audit log: views of casework', () => {
  it('logs the programme, the session’s notes and the last note the specialist opened, with the person', async () => {
    const centre = await openNotesCentre();
    const karimova = specialist(centre.specialist);
    await call(centre.backend, 'notes.sign', content(centre, centre.sessions[0]!), karimova);
    const { id: programmeId } = await centre.backend.db
      .selectFrom('programmes')
      .select('id')
      .where('beneficiary_id', '=', centre.child)
      .executeTakeFirstOrThrow();

    await call(centre.backend, 'programmes.get', { id: programmeId }, karimova);
    await call(centre.backend, 'notes.forSession', { sessionId: centre.sessions[1]! }, karimova);
    await call(
      centre.backend,
      'notes.lastFor',
      { sessionId: centre.sessions[1]!, beneficiaryId: centre.child },
      karimova,
    );
    expect(await viewsBy(centre, karimova)).toEqual([
      ['programmes.get', centre.child],
      ['notes.forSession', centre.child],
      ['notes.lastFor', centre.child],
    ]);
  });

  it('logs no opening for a session whose people the specialist may not read, nor for a refused read', async () => {
    const centre = await openNotesCentre();
    const stranger = specialist(await addSpecialist(centre.backend, 'Rahimova'));
    const session = await call(
      centre.backend,
      'notes.forSession',
      { sessionId: centre.sessions[0]! },
      stranger,
    );
    expect(session.people).toEqual([]);
    const refused = await centre.backend.handle(
      'notes.lastFor',
      { sessionId: centre.sessions[0]!, beneficiaryId: centre.child },
      stranger,
    );
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await viewsBy(centre, stranger)).toEqual([]);
  });
});
