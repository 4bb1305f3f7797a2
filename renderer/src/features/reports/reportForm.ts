import type { ChannelInput } from '../../../../shared/contract';
import type { Language } from '../../../../shared/domain/languages';

export const DOCUMENTS = ['register'] as const;
export type DocumentChoice = (typeof DOCUMENTS)[number];

export const SCOPES = ['group', 'service', 'specialist', 'centre'] as const;
export type ScopeChoice = (typeof SCOPES)[number];

/** The page's choices as typed, kept whole when a call fails. */
export interface ReportForm {
  document: DocumentChoice;
  scope: ScopeChoice;
  /** The chosen group, service or specialist, as the select's value; '' when none is chosen yet. */
  scopeId: string;
  month: string;
  language: Language;
}

/** The register's call for the form, or which field still needs a choice. */
export function registerInput(
  form: ReportForm,
): { ok: true; input: ChannelInput<'documents.register'> } | { ok: false; field: 'scopeId' } {
  const base = { month: form.month, language: form.language };
  if (form.scope === 'centre') return { ok: true, input: base };
  const id = Number(form.scopeId);
  if (!Number.isInteger(id) || id <= 0) return { ok: false, field: 'scopeId' };
  const key = ({ group: 'groupId', service: 'serviceId', specialist: 'specialistId' } as const)[form.scope];
  return { ok: true, input: { ...base, [key]: id } };
}

/** The months a register is asked for: this one and the 23 before it, newest first ("2026-11"). */
export function recentMonths(today: string, count = 24): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, back) => {
    const index = year * 12 + (month - 1) - back;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}
