import { fieldIssues, type ChannelInput, type FieldIssue } from '../../../../shared/contract';
import { centreSettingsSchema } from '../../../../shared/contract/settings';
import type { CentreSettings } from '../../../../shared/domain/settings';
import { issuesByField } from '../../api/errors';

export type SettingsField = keyof CentreSettings;

/** The form's fields in screen order: the first one with a problem gets the focus. */
export const SETTINGS_FIELDS: readonly SettingsField[] = [
  'name',
  'address',
  'timeZone',
  'workingDays',
  'dayStart',
  'dayEnd',
  'defaultLanguage',
];

/** Problems by field name; "_form" holds any that belong to no single field. */
export type SettingsIssues = Partial<Record<SettingsField | '_form', FieldIssue>>;

export type SettingsCheck =
  { ok: true; input: ChannelInput<'settings.update'> } | { ok: false; issues: SettingsIssues };

/**
 * The same schema the backend applies, run before sending so the person sees every problem at once. The
 * values go to the backend as typed; it trims and sorts them itself and answers with what it stored.
 */
export function checkSettings(values: CentreSettings): SettingsCheck {
  const parsed = centreSettingsSchema.safeParse(values);
  if (parsed.success) return { ok: true, input: values };
  return { ok: false, issues: issuesByField(fieldIssues(parsed.error, values)) };
}

export function firstInvalidField(issues: SettingsIssues): SettingsField | undefined {
  return SETTINGS_FIELDS.find((field) => issues[field] !== undefined);
}
