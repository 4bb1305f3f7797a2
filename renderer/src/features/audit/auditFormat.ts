import { isChannelName } from '../../../../shared/contract';
import type { AuditEntry, AuditRowChange } from '../../../../shared/contract/audit';

/** Columns that say when a row was written, not what it holds: left out of the before → after list. */
const BOOKKEEPING = new Set(['created_at', 'updated_at', 'search_text']);

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** What changed in one row: for an update only the fields that differ; for an insert or delete every field. */
export function fieldChanges(change: AuditRowChange): FieldChange[] {
  const before = change.before ?? {};
  const after = change.after ?? {};
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (f) => !BOOKKEEPING.has(f),
  );
  return fields
    .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }))
    .filter((c) =>
      change.operation === 'update' ? JSON.stringify(c.before) !== JSON.stringify(c.after) : true,
    )
    .filter((c) => change.operation === 'update' || c.before !== null || c.after !== null);
}

/** A stored value as a person reads it: text as is, JSON arrays and objects compact, nothing as a dash. */
export function showValue(value: unknown, empty: string): string {
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'string') return value;
  return JSON.stringify(value);
}

/** The catalogue key of an access event ('auth.signInFailed' → 'audit.access.signInFailed'), if there is one. */
export function accessKey(entry: AuditEntry): string | null {
  const name = entry.action.startsWith('auth.') ? entry.action.slice(5) : null;
  const known = [
    'signIn',
    'signInFailed',
    'signOut',
    'lock',
    'unlock',
    'unlockFailed',
    'changePasswordFailed',
  ];
  return name && known.includes(name) ? `audit.access.${name}` : null;
}

/**
 * The catalogue key that says in plain words what an entry did: the access event's own text, else its channel's
 * (audit.actions, a text for every channel); null for an action no longer in the contract, shown as stored.
 */
export function actionKey(entry: AuditEntry): string | null {
  return accessKey(entry) ?? (isChannelName(entry.action) ? `audit.actions.${entry.action}` : null);
}
