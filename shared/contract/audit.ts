import { z } from 'zod';
import { channel, returns, type ChannelDef } from './channel';

/** A change (a write channel), the opening of a person's file, or signing in and out. */
export const AUDIT_KINDS = ['change', 'view', 'access'] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];
export const AUDIT_PAGE_SIZE = 50;

export interface AuditRowChange {
  table: string;
  operation: 'insert' | 'update' | 'delete';
  /** The row's primary key as stored, e.g. {"id": 12}. */
  key: Record<string, unknown>;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditEntry {
  id: number;
  at: string;
  kind: AuditKind;
  /** The channel called, or an access event: 'auth.signIn', 'auth.signInFailed', 'auth.unlock', ... */
  action: string;
  userId: string | null;
  /** The account's name at the time, kept even if the account is renamed. */
  userName: string | null;
  beneficiaryId: number | null;
  beneficiaryName: string | null;
  changes: AuditRowChange[];
}

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'validation.date');

export const auditFilterSchema = z
  .strictObject({
    beneficiaryId: z.number().int().positive().nullable().default(null),
    userId: z.string().min(1).max(64).nullable().default(null),
    kind: z.enum(AUDIT_KINDS).nullable().default(null),
    /** Days in the centre's time zone, both included. */
    from: isoDate.nullable().default(null),
    to: isoDate.nullable().default(null),
    page: z.number().int().min(0).default(0),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { message: 'audit.validation.range', path: ['to'] });

/** The append-only audit log: every change and every opening of a person’s file. */
export const auditChannels = {
  'audit.list': channel({
    input: auditFilterSchema,
    output: returns<{ entries: AuditEntry[]; total: number; pageSize: number }>(),
    permission: 'audit.read',
  }),
  /** Who can be chosen in the user filter: every account that ever appears in the log. */
  'audit.users': channel({
    input: z.strictObject({}),
    output: returns<Array<{ userId: string; userName: string }>>(),
    permission: 'audit.read',
  }),
} satisfies Record<string, ChannelDef>;
