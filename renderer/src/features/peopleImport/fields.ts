import { IMPORT_FIELDS, type ImportField } from '../../../../shared/domain/import-columns';

/**
 * The mapping's fields in the groups a person thinks of them in. IMPORT_FIELDS already lists them in the order
 * of the registration form, so a group is named here by its first field and runs to the next group's.
 */
const GROUP_STARTS = [
  ['person', 'fullName'],
  ['address', 'region'],
  ['health', 'hasDisability'],
  ['referral', 'referralCentre'],
  ['guardian', 'guardianName'],
] as const satisfies ReadonlyArray<readonly [string, ImportField]>;

export const FIELD_GROUPS = GROUP_STARTS.map(([key, first], index) => {
  const next = GROUP_STARTS[index + 1];
  return {
    key,
    fields: IMPORT_FIELDS.slice(
      IMPORT_FIELDS.indexOf(first),
      next ? IMPORT_FIELDS.indexOf(next[1]) : undefined,
    ),
  };
});

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
