import type { ImportRow } from '../../../../shared/contract/import';
import { isCalendarDate } from '../../../../shared/domain/calendar';
import { SEXES, type GuardianRelation, type Sex, GUARDIAN_RELATIONS } from '../../../../shared/domain/people';

/**
 * What the preview shows of a row: the value as it will be stored where the row's cell was read, and the
 * cell's own text where it was not, so the person sees what to correct in the file.
 */

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

export function shownName(row: ImportRow): string {
  const { person, cells } = row;
  const parts = [str(person.familyName), str(person.givenName), str(person.patronymic)].filter(Boolean);
  if (parts.length > 0) return parts.join(' ');
  return cells.fullName || [cells.familyName, cells.givenName].filter(Boolean).join(' ');
}

export function shownBirthDate(row: ImportRow): { iso: string } | { text: string } {
  const value = str(row.person.birthDate);
  return !row.issues.birthDate && isCalendarDate(value)
    ? { iso: value }
    : { text: row.cells.birthDate ?? '' };
}

export function shownSex(row: ImportRow): { sex: Sex } | { text: string } {
  const value = str(row.person.sex);
  return !row.issues.sex && (SEXES as readonly string[]).includes(value)
    ? { sex: value as Sex }
    : { text: row.cells.sex ?? '' };
}

export interface ShownGuardian {
  name: string;
  relation: GuardianRelation | null;
  relationText: string;
  phone: string;
}

export function shownGuardian(row: ImportRow): ShownGuardian | null {
  const guardians = Array.isArray(row.person.guardians) ? (row.person.guardians as unknown[]) : [];
  const first = guardians[0];
  if (first === null || typeof first !== 'object') return null;
  const g = first as Record<string, unknown>;
  const relation = str(g.relation);
  return {
    name: [str(g.familyName), str(g.givenName), str(g.patronymic)].filter(Boolean).join(' '),
    relation: (GUARDIAN_RELATIONS as readonly string[]).includes(relation)
      ? (relation as GuardianRelation)
      : null,
    relationText: relation,
    phone: str(g.phone),
  };
}

export interface ShownAddress {
  regionCode: string | null;
  districtCode: string | null;
  /** Cells that could not be matched to the reference list, as written. */
  unread: string[];
  mahalla: string;
}

export function shownAddress(row: ImportRow): ShownAddress {
  const unread = [
    row.issues.region ? row.cells.region : undefined,
    row.issues.district ? row.cells.district : undefined,
  ].filter((cell): cell is string => Boolean(cell));
  return {
    regionCode: row.issues.region ? null : str(row.person.regionCode) || null,
    districtCode: row.issues.district ? null : str(row.person.districtCode) || null,
    unread,
    mahalla: str(row.person.mahalla),
  };
}

/** The row's issues about the fields shown in a column, to mark the cell. */
export function hasIssue(row: ImportRow, fields: readonly string[]): boolean {
  return fields.some((field) => row.issues[field] !== undefined);
}

/** Whether the row has anything to explain: issues, or people it may duplicate. */
export function hasProblems(row: ImportRow): boolean {
  return Object.keys(row.issues).length > 0 || row.duplicateOf.length > 0 || row.duplicateOfRow !== null;
}
