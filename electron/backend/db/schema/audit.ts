import type { Generated } from 'kysely';

export interface AuditCallsTable {
  id: Generated<number>;
  at: string;
  kind: string;
  action: string;
  user_id: string | null;
  user_name: string | null;
  beneficiary_id: number | null;
}

export interface AuditChangesTable {
  id: Generated<number>;
  call_id: number | null;
  at: string;
  table_name: string;
  operation: string;
  /** JSON objects. */
  row_key: string;
  before: string | null;
  after: string | null;
  beneficiary_id: number | null;
}

export interface AuditContextTable {
  id: number;
  call_id: number | null;
}

/** The audit trail: calls, row changes and the per-connection context. */
export interface AuditTables {
  audit_calls: AuditCallsTable;
  audit_changes: AuditChangesTable;
  audit_context: AuditContextTable;
}
