import type { ChannelInput } from '../../../../shared/contract';
import type { ScheduleArrangement } from '../../../../shared/contract/documents';
import type { Language } from '../../../../shared/domain/languages';

export const DOCUMENTS = ['register', 'daySchedule', 'attendanceSummary'] as const;
export type DocumentChoice = (typeof DOCUMENTS)[number];

export const SCOPES = ['group', 'service', 'specialist', 'centre'] as const;
export type ScopeChoice = (typeof SCOPES)[number];

/** What each document can cover: the daily schedule is always the whole centre's day. */
export const DOCUMENT_SCOPES: Record<DocumentChoice, readonly ScopeChoice[]> = {
  register: SCOPES,
  daySchedule: [],
  attendanceSummary: ['group', 'service', 'centre'],
};

/** The page's choices as typed, kept whole when a call fails or another document is chosen. */
export interface ReportForm {
  document: DocumentChoice;
  scope: ScopeChoice;
  /** The chosen group, service or specialist, as the select's value; '' when none is chosen yet. */
  scopeId: string;
  month: string;
  day: string;
  from: string;
  to: string;
  arrangement: ScheduleArrangement;
  language: Language;
}

export type ReportField = 'scopeId' | 'day' | 'from' | 'to';

export type ReportCall =
  | { channel: 'documents.register'; input: ChannelInput<'documents.register'> }
  | { channel: 'documents.daySchedule'; input: ChannelInput<'documents.daySchedule'> }
  | { channel: 'documents.attendanceSummary'; input: ChannelInput<'documents.attendanceSummary'> };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The scope as the channels take it: {} for the whole centre, or which field still needs a choice. */
function scopeInput(form: ReportForm): Record<string, number> | ReportField {
  if (form.scope === 'centre') return {};
  const id = Number(form.scopeId);
  if (!Number.isInteger(id) || id <= 0) return 'scopeId';
  return { [`${form.scope}Id`]: id };
}

/** The channel and input for the chosen document, or the field that still needs a value. */
export function reportCall(
  form: ReportForm,
): { ok: true; call: ReportCall } | { ok: false; field: ReportField } {
  const language = form.language;
  if (form.document === 'daySchedule') {
    if (!DATE.test(form.day)) return { ok: false, field: 'day' };
    return {
      ok: true,
      call: {
        channel: 'documents.daySchedule',
        input: { date: form.day, arrangement: form.arrangement, language },
      },
    };
  }
  const scopes = DOCUMENT_SCOPES[form.document];
  const scope = scopeInput(scopes.includes(form.scope) ? form : { ...form, scope: 'centre' });
  if (typeof scope === 'string') return { ok: false, field: scope };
  if (form.document === 'register')
    return {
      ok: true,
      call: { channel: 'documents.register', input: { month: form.month, language, ...scope } },
    };
  if (!DATE.test(form.from)) return { ok: false, field: 'from' };
  if (!DATE.test(form.to)) return { ok: false, field: 'to' };
  return {
    ok: true,
    call: {
      channel: 'documents.attendanceSummary',
      input: { from: form.from, to: form.to, language, ...scope },
    },
  };
}

/** The months a register is asked for: this one and the 23 before it, newest first ("2026-11"). */
export function recentMonths(today: string, count = 24): string[] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: count }, (_, back) => {
    const index = year * 12 + (month - 1) - back;
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}
