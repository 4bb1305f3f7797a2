import type { z } from 'zod';
import type { Issues } from './useAuthForm';

/** A form that sets a password holds it under some field and its repeat under `confirm`. */
export type WithConfirm = { confirm: string } & Record<string, unknown>;

type Parser<I> = { safeParse(input: I): { success: true } | { success: false; error: z.ZodError } };

/** The values as the channel takes them: the repeat is the screen's own, no schema knows it. */
export function withoutConfirm<V extends WithConfirm>({ confirm: _confirm, ...rest }: V): Omit<V, 'confirm'> {
  return rest;
}

/** The repeat differs from the password: said next to the repeat. */
export function repeatIssues(password: string, confirm: string): Issues {
  return confirm === password ? {} : { confirm: { key: 'auth.validation.confirmMismatch' } };
}

/**
 * The checks of every form that sets a new password, for useAuthForm: the channel's schema on the values
 * without the repeat, and the repeat against the password field; `asks` false leaves the repeat out (an
 * account being edited sets no password).
 */
export function newPasswordChecks<V extends WithConfirm>(
  field: keyof V & string,
  schema: Parser<Omit<V, 'confirm'>>,
  asks = true,
) {
  return {
    schema: { safeParse: (values: V) => schema.safeParse(withoutConfirm(values)) },
    extraCheck: (values: V): Issues => (asks ? repeatIssues(String(values[field]), values.confirm) : {}),
  };
}
