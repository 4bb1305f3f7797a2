import { describe, expect, it } from 'vitest';
import { addProgramme, content, openNotesCentre } from './notes-fixture';
import { call } from './schedule-fixture';
import { fieldsOf } from './attendance-fixture';

describe('notes.saveDraft and notes.sign', () => {
  it('saves a draft, edits it, then signs it with its ratings', async () => {
    const centre = await openNotesCentre();
    const [speech, spoon] = centre.goalIds;
    const [monday] = centre.sessions;
    const draft = await call(
      centre.backend,
      'notes.saveDraft',
      content(centre, monday!, [[speech!, -2]], ''),
    );
    expect(draft).toMatchObject({
      status: 'draft',
      whatWasDone: '',
      signedAt: null,
      ratings: [{ goalId: speech, level: -2 }],
    });

    centre.setNow('2026-03-31T08:00:00Z');
    const signed = await call(
      centre.backend,
      'notes.sign',
      content(centre, monday!, [
        [spoon!, 0],
        [speech!, -1],
      ]),
    );
    expect(signed.id).toBe(draft.id);
    expect(signed).toMatchObject({
      status: 'signed',
      whatWasDone: 'Artikulyatsiya mashqlari, rasmli kartochkalar',
      signedAt: '2026-03-31T08:00:00.000Z',
      amendments: [],
    });
    // In the programme's order, whatever order they were sent in.
    expect(signed.ratings).toEqual([
      { goalId: speech, level: -1 },
      { goalId: spoon, level: 0 },
    ]);
  });

  it('refuses to sign without what was done, and writes nothing', async () => {
    const centre = await openNotesCentre();
    const result = await centre.backend.handle('notes.sign', content(centre, centre.sessions[0]!, [], '  '));
    expect(fieldsOf(result)).toEqual({ whatWasDone: { key: 'notes.validation.whatWasDoneRequired' } });
    expect(await centre.backend.db.selectFrom('progress_notes').select('id').execute()).toEqual([]);
  });

  it('writes no note for a session the child did not attend', async () => {
    const centre = await openNotesCentre();
    // The third session has no mark; mark the second absent instead of present.
    await call(centre.backend, 'attendance.mark', {
      sessionId: centre.sessions[1]!,
      beneficiaryId: centre.child,
      mark: 'absent_excused',
      reason: 'Kasal',
    });
    for (const sessionId of centre.sessions.slice(1)) {
      const result = await centre.backend.handle('notes.saveDraft', content(centre, sessionId));
      expect(fieldsOf(result)).toEqual({ _form: { key: 'notes.validation.notDelivered' } });
    }
    const stranger = await centre.backend.handle('notes.saveDraft', {
      ...content(centre, centre.sessions[0]!),
      beneficiaryId: centre.sister,
    });
    expect(stranger.ok || stranger.error.code).toBe('NOT_FOUND');
  });

  it('refuses ratings of another child’s goals, of a draft programme and of the same goal twice', async () => {
    const centre = await openNotesCentre();
    const sisters = await addProgramme(centre.backend, centre.sister, {
      goals: [{ goal: 'Boshqa bola maqsadi' }],
    });
    const draft = await addProgramme(centre.backend, centre.child, {
      status: 'draft',
      goals: [{ goal: 'Hali tasdiqlanmagan' }],
    });
    const [speech] = centre.goalIds;
    const result = await centre.backend.handle(
      'notes.sign',
      content(centre, centre.sessions[0]!, [
        [speech!, 0],
        [sisters.goalIds[0]!, 1],
        [draft.goalIds[0]!, 1],
        [speech!, 1],
      ]),
    );
    expect(fieldsOf(result)).toEqual({
      'ratings.1.goalId': { key: 'notes.validation.foreignGoal' },
      'ratings.2.goalId': { key: 'notes.validation.foreignGoal' },
      'ratings.3.goalId': { key: 'notes.validation.duplicateGoal' },
    });
    const beyond = await centre.backend.handle('notes.sign', {
      ...content(centre, centre.sessions[0]!),
      ratings: [{ goalId: speech!, level: 3 }],
    });
    expect(fieldsOf(beyond)).toEqual({ 'ratings.0.level': { key: 'notes.validation.level' } });
    expect(await centre.backend.db.selectFrom('progress_notes').select('id').execute()).toEqual([]);
  });
});

describe('a signed note', () => {
  it('is never edited or signed again: only amended, and the original is kept', async () => {
    const centre = await openNotesCentre();
    const [speech] = centre.goalIds;
    const monday = centre.sessions[0]!;
    const signed = await call(centre.backend, 'notes.sign', content(centre, monday, [[speech!, -1]]));

    for (const channel of ['notes.saveDraft', 'notes.sign'] as const) {
      const result = await centre.backend.handle(
        channel,
        content(centre, monday, [[speech!, 2]], 'Boshqa matn'),
      );
      expect(result.ok || result.error).toMatchObject({ code: 'CONFLICT', details: { problem: 'signed' } });
    }

    centre.setNow('2026-04-01T06:00:00Z');
    await call(centre.backend, 'notes.amend', {
      noteId: signed.id,
      text: 'Onasi uyda ham mashq qilishini aytdi',
    });
    centre.setNow('2026-04-02T06:00:00Z');
    const amended = await call(centre.backend, 'notes.amend', {
      noteId: signed.id,
      text: 'Tuzatish: 12 daqiqa',
    });
    expect(amended).toMatchObject({
      status: 'signed',
      whatWasDone: signed.whatWasDone,
      observations: signed.observations,
      signedAt: signed.signedAt,
      ratings: [{ goalId: speech, level: -1 }],
    });
    expect(amended.amendments.map((a) => [a.text, a.createdAt])).toEqual([
      ['Onasi uyda ham mashq qilishini aytdi', '2026-04-01T06:00:00.000Z'],
      ['Tuzatish: 12 daqiqa', '2026-04-02T06:00:00.000Z'],
    ]);
  });

  it('a draft takes no amendment, and an amendment needs words', async () => {
    const centre = await openNotesCentre();
    const draft = await call(centre.backend, 'notes.saveDraft', content(centre, centre.sessions[0]!));
    const result = await centre.backend.handle('notes.amend', { noteId: draft.id, text: 'Qoʻshimcha' });
    expect(result.ok || result.error).toMatchObject({ code: 'CONFLICT', details: { problem: 'notSigned' } });
    expect(fieldsOf(await centre.backend.handle('notes.amend', { noteId: draft.id, text: ' ' }))).toEqual({
      text: { key: 'validation.required' },
    });
  });
});
