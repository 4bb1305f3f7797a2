import type { ImportField } from '../../../../shared/domain/import-columns';

/** The mapping's fields in the groups a person thinks of them in, in the order of the registration form. */
export const FIELD_GROUPS = [
  {
    key: 'person',
    fields: [
      'fullName',
      'familyName',
      'givenName',
      'patronymic',
      'birthDate',
      'sex',
      'pinfl',
      'birthCertificate',
    ],
  },
  { key: 'address', fields: ['region', 'district', 'mahalla', 'address', 'phone'] },
  { key: 'health', fields: ['hasDisability', 'disabilityGroup', 'socialStatus'] },
  { key: 'referral', fields: ['referralCentre', 'referralNumber', 'referralDate', 'status', 'notes'] },
  { key: 'guardian', fields: ['guardianName', 'guardianRelation', 'guardianPhone'] },
] as const satisfies ReadonlyArray<{ key: string; fields: readonly ImportField[] }>;

const IMPORT_ONLY = new Set(['fullName', 'guardianName', 'guardianRelation', 'guardianPhone']);

/** Person fields whose catalogue label has another name than the field. */
const PEOPLE_LABELS: Record<string, string> = { serviceIds: 'services' };

/**
 * The catalogue key naming a field: an import field (the column to fix) or a person's field (when no column
 * is about it, e.g. "consentDate" for someone imported as active).
 */
export function fieldLabelKey(field: string): string {
  if (IMPORT_ONLY.has(field)) return `peopleImport.fields.${field}`;
  return `people.fields.${PEOPLE_LABELS[field] ?? field}`;
}
