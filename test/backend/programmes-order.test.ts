import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testDir } from './backend-fixture';
import { addProgramme, openNotesCentre } from './notes-fixture';
import { call } from './schedule-fixture';

const SPEECH = 'Ikki soʻzli gap tuzadi';
const SPOON = 'Qoshiqni oʻzi ushlaydi';

describe('programmes.moveGoal', () => {
  it('moves a goal up or down; the note editor and the progress report list the goals in that order', async () => {
    const centre = await openNotesCentre();
    const [speech, spoon] = centre.goalIds;
    const programmeId = (await call(centre.backend, 'programmes.list', { beneficiaryId: centre.child }))
      .items[0]!.id;
    const before = await call(centre.backend, 'programmes.get', { id: programmeId });
    expect(before.goals.map((g) => g.id)).toEqual([speech, spoon]);

    const moved = await call(centre.backend, 'programmes.moveGoal', { goalId: spoon!, direction: 'up' });
    expect(moved.goals.map((g) => [g.id, g.position])).toEqual([
      [spoon, 0],
      [speech, 1],
    ]);
    // At either end a goal stays where it is.
    const top = await call(centre.backend, 'programmes.moveGoal', { goalId: spoon!, direction: 'up' });
    expect(top.goals.map((g) => g.id)).toEqual([spoon, speech]);
    const bottom = await call(centre.backend, 'programmes.moveGoal', { goalId: speech!, direction: 'down' });
    expect(bottom.goals.map((g) => g.id)).toEqual([spoon, speech]);

    const session = await call(centre.backend, 'notes.forSession', { sessionId: centre.sessions[0]! });
    expect(session.people[0]!.goals.map((g) => g.goalId)).toEqual([spoon, speech]);

    const rendered = await call(centre.backend, 'documents.progressReport', {
      beneficiaryId: centre.child,
      from: '2026-03-01',
      to: '2026-03-31',
      language: 'uz-Latn',
    });
    const file = join(testDir(), 'order.pdf');
    writeFileSync(file, Buffer.from(rendered.bytes, 'base64'));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
      /\s+/g,
      ' ',
    );
    expect(text).toContain(`1. ${SPOON}`);
    expect(text).toContain(`2. ${SPEECH}`);

    // And back down: the first goal is the speech goal again.
    const back = await call(centre.backend, 'programmes.moveGoal', { goalId: spoon!, direction: 'down' });
    expect(back.goals.map((g) => g.id)).toEqual([speech, spoon]);
  });

  it('numbers goals afresh when older rows share a position, and refuses an unknown goal, a closed programme or a bad direction', async () => {
    const centre = await openNotesCentre();
    const { programmeId, goalIds } = await addProgramme(centre.backend, centre.child, {
      status: 'draft',
      goals: [{ goal: 'Birinchi' }, { goal: 'Ikkinchi' }, { goal: 'Uchinchi' }],
    });
    // Rows written before positions were kept tidy: all three at 0, shown in the order they were added.
    centre.backend.raw
      .prepare('update programme_goals set position = 0 where programme_id = ?')
      .run(programmeId);
    const moved = await call(centre.backend, 'programmes.moveGoal', { goalId: goalIds[2]!, direction: 'up' });
    expect(moved.goals.map((g) => [g.id, g.position])).toEqual([
      [goalIds[0], 0],
      [goalIds[2], 1],
      [goalIds[1], 2],
    ]);

    expect(
      await centre.backend.handle('programmes.moveGoal', { goalId: 9999, direction: 'up' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(
      await centre.backend.handle('programmes.moveGoal', { goalId: goalIds[0]!, direction: 'left' }),
    ).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    await call(centre.backend, 'programmes.setStatus', { id: programmeId, status: 'closed' });
    expect(
      await centre.backend.handle('programmes.moveGoal', { goalId: goalIds[0]!, direction: 'down' }),
    ).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    const kept = await call(centre.backend, 'programmes.get', { id: programmeId });
    expect(kept.goals.map((g) => g.id)).toEqual([goalIds[0], goalIds[2], goalIds[1]]);
  });
});
