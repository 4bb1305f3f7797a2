import { describe, expect, it } from 'vitest';
import { fieldIssues } from '../../../shared/contract';
import { changePasswordSchema, resetPasswordSchema, setupSchema } from '../../../shared/contract/auth';
import {
  newPasswordChecks,
  repeatIssues,
  withoutConfirm,
} from '../../../renderer/src/features/auth/newPassword';

const MISMATCH = { confirm: { key: 'auth.validation.confirmMismatch' } };

describe('the checks every new-password form shares', () => {
  it('says the repeat differs next to the repeat, and nothing when it matches', () => {
    expect(repeatIssues('Andijon-markazi-2026', 'Andijon-markazi-2025')).toEqual(MISMATCH);
    expect(repeatIssues('Andijon-markazi-2026', 'Andijon-markazi-2026')).toEqual({});
  });

  it('gives the channel’s strict schema the values without the repeat, which it would refuse', () => {
    const values = { id: 'a1', password: 'Andijon-markazi-2026', confirm: 'Andijon-markazi-2026' };
    expect(resetPasswordSchema.safeParse(values).success).toBe(false);
    expect(withoutConfirm(values)).toEqual({ id: 'a1', password: 'Andijon-markazi-2026' });
    const checks = newPasswordChecks('password', resetPasswordSchema);
    expect(checks.schema.safeParse(values).success).toBe(true);
    expect(checks.extraCheck(values)).toEqual({});
  });

  it('checks the password under whichever field the form keeps it, with the schema’s own issues beside', () => {
    const change = newPasswordChecks('next', changePasswordSchema);
    const values = { current: 'eski-parol-123', next: 'qisqa', confirm: 'boshqa' };
    expect(change.extraCheck(values)).toEqual(MISMATCH);
    const parsed = change.schema.safeParse(values);
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(Object.keys(fieldIssues(parsed.error, values))).toContain('next');

    const setup = newPasswordChecks('password', setupSchema);
    const first = { username: 'dilnoza', displayName: 'Dilnoza', password: 'Andijon-2026-x', confirm: '' };
    expect(setup.extraCheck(first)).toEqual(MISMATCH);
  });

  it('leaves the repeat out when the form sets no password (an account being edited)', () => {
    const edit = newPasswordChecks('password', resetPasswordSchema, false);
    expect(edit.extraCheck({ id: 'a1', password: '', confirm: 'anything' })).toEqual({});
  });
});
