import { IMPORT_FIELDS, type ImportField } from '../domain/import-columns';
import {
  readDate,
  readDisabilityGroup,
  readRelation,
  readSex,
  readSocialStatus,
  readStatus,
  readYesNo,
  splitFullName,
} from '../domain/import-cells';
import { matchDistrict, matchRegion } from '../domain/import-places';
import type { DisabilityGroup } from '../domain/people';
import { parsePinfl } from '../domain/pinfl';
import type { FieldIssue } from './errors';
import type { ImportDefaults, ImportPerson } from './import';
import { beneficiaryInputSchema, type ParsedBeneficiary } from './people-input';
import { fieldIssues } from './validation';

/**
 * One row of a referral list read into the input of `people.create`, and checked with the same schema, so an
 * imported person obeys every rule the form does. Issues are keyed by the import field (the column a person
 * fixes in the file), or by the person's own field when no column is about it.
 */

export type FullMapping = Record<ImportField, number | null>;

export function fullMapping(mapping: Partial<FullMapping>): FullMapping {
  return Object.fromEntries(IMPORT_FIELDS.map((field) => [field, mapping[field] ?? null])) as FullMapping;
}

/** The fields no row can do without, when neither a column nor a default gives them. */
export function missingFields(mapping: FullMapping): ImportField[] {
  const missing: ImportField[] = [];
  if (mapping.fullName === null) {
    if (mapping.familyName === null) missing.push('familyName');
    if (mapping.givenName === null) missing.push('givenName');
  }
  if (mapping.birthDate === null) missing.push('birthDate');
  // Without a sex column the sex is read from the PINFL.
  if (mapping.sex === null && mapping.pinfl === null) missing.push('sex');
  return missing;
}

export interface ReadRow {
  cells: Partial<Record<ImportField, string>>;
  person: ImportPerson;
  issues: Record<string, FieldIssue>;
  /** The schema's parsed value when the row passed it. */
  parsed: ParsedBeneficiary | null;
}

const issue = (key: string, params?: FieldIssue['params']): FieldIssue =>
  params ? { key, params } : { key };

/** The person's field paths as the schema reports them, and the import field a person would fix for each. */
function importFieldFor(path: string, mapping: FullMapping): string {
  const [head = '', index, sub = ''] = path.split('.');
  if (head === 'guardians' && index !== undefined) {
    if (sub === 'relation') return 'guardianRelation';
    if (sub === 'phone' || sub === 'isPrimary') return 'guardianPhone';
    return 'guardianName';
  }
  if (head === 'familyName' || head === 'givenName' || head === 'patronymic') {
    return mapping[head] === null && mapping.fullName !== null ? 'fullName' : head;
  }
  if (head === 'regionCode') return 'region';
  if (head === 'districtCode') return 'district';
  return head;
}

/** Adds issues keyed by person paths under their import fields; an earlier issue for a field wins. */
export function addPersonIssues(
  issues: Record<string, FieldIssue>,
  found: Record<string, FieldIssue>,
  mapping: FullMapping,
): void {
  for (const [path, found1] of Object.entries(found)) issues[importFieldFor(path, mapping)] ??= found1;
}

export function readImportRow(
  row: readonly string[],
  mapping: FullMapping,
  defaults: ImportDefaults,
): ReadRow {
  const cells: Partial<Record<ImportField, string>> = {};
  for (const field of IMPORT_FIELDS) {
    const index = mapping[field];
    if (index !== null) cells[field] = row[index]?.trim() ?? '';
  }
  const issues: Record<string, FieldIssue> = {};
  const text = (field: ImportField) => cells[field] || undefined;

  /**
   * Reads an optional cell. An unreadable one is an issue, and the person gets no value for it, so that rules
   * across fields (a PINFL against the birth date) do not also report the text that could not be read.
   */
  function read<T>(field: ImportField, reader: (cell: string) => T | null, key: string): T | undefined {
    const cell = text(field);
    if (cell === undefined) return undefined;
    const value = reader(cell);
    if (value === null) issues[field] = issue(key, { value: cell });
    return value ?? undefined;
  }
  const readDateCell = (field: ImportField) => read(field, readDate, 'validation.date');

  const fullName = text('fullName');
  const name = fullName === undefined ? undefined : splitFullName(fullName);
  if (name && !name.givenName) issues.fullName = issue('peopleImport.validation.fullName');

  const pinfl = text('pinfl') ?? null;
  const sex = read('sex', readSex, 'peopleImport.validation.sex') ?? sexFromPinfl(pinfl);
  const { hasDisability, disabilityGroup } = readDisability(cells, issues);
  const { regionCode, districtCode } = readAddress(cells, defaults, issues);

  const person = {
    familyName: text('familyName') ?? (name?.familyName || undefined),
    givenName: text('givenName') ?? (name?.givenName || undefined),
    patronymic: text('patronymic') ?? name?.patronymic ?? '',
    birthDate: readDateCell('birthDate'),
    sex,
    pinfl,
    birthCertificate: text('birthCertificate') ?? null,
    regionCode,
    districtCode,
    mahalla: text('mahalla') ?? '',
    address: text('address') ?? '',
    phone: text('phone') ?? null,
    hasDisability,
    disabilityGroup,
    socialStatus: read('socialStatus', readSocialStatus, 'peopleImport.validation.socialStatus') ?? 'none',
    referralCentre: text('referralCentre') ?? defaults.referralCentre,
    referralNumber: text('referralNumber') ?? defaults.referralNumber,
    referralDate: readDateCell('referralDate') ?? defaults.referralDate,
    status: read('status', readStatus, 'peopleImport.validation.status') ?? defaults.status,
    notes: text('notes') ?? '',
    guardians: readGuardian(cells, defaults, issues),
  } satisfies ImportPerson;

  const parsed = beneficiaryInputSchema.safeParse(person);
  if (!parsed.success) addPersonIssues(issues, fieldIssues(parsed.error, person), mapping);
  const clean = parsed.success && Object.keys(issues).length === 0;
  return { cells, person, issues, parsed: clean ? parsed.data : null };
}

/** The first digit of a PINFL gives the sex; used only when the file has no sex for the person. */
function sexFromPinfl(pinfl: string | null): string | undefined {
  if (pinfl === null) return undefined;
  const parsed = parsePinfl(pinfl.replace(/\s+/g, ''));
  return parsed.ok ? parsed.parts.sex : undefined;
}

/**
 * A disability column may say yes or no, or give the group itself ("2-guruh"); a group column alone implies
 * the disability.
 */
function readDisability(
  cells: Partial<Record<ImportField, string>>,
  issues: Record<string, FieldIssue>,
): { hasDisability: boolean; disabilityGroup: DisabilityGroup | string | null } {
  const said = cells.hasDisability || '';
  const groupCell = cells.disabilityGroup || '';
  // Unless the disability column says otherwise, a group given means a disability.
  let hasDisability: boolean | null = null;
  let group: DisabilityGroup | string | null = null;
  if (said !== '') {
    const yes = readYesNo(said);
    const implied = yes === null ? readDisabilityGroup(said) : null;
    if (yes !== null) hasDisability = yes;
    else if (implied !== null) [hasDisability, group] = [true, implied];
    else issues.hasDisability = issue('peopleImport.validation.yesNo', { value: said });
  }
  // "Yoʻq" in the group column is no group at all.
  if (groupCell !== '' && readYesNo(groupCell) !== false) {
    const read = readDisabilityGroup(groupCell);
    if (read === null)
      issues.disabilityGroup = issue('peopleImport.validation.disabilityGroup', { value: groupCell });
    group = read ?? groupCell;
  }
  return { hasDisability: hasDisability ?? group !== null, disabilityGroup: group };
}

function readAddress(
  cells: Partial<Record<ImportField, string>>,
  defaults: ImportDefaults,
  issues: Record<string, FieldIssue>,
): { regionCode: string | null; districtCode: string | null } {
  let regionCode = defaults.regionCode;
  let districtCode = cells.district ? null : defaults.districtCode;
  if (cells.region) {
    regionCode = matchRegion(cells.region)?.code ?? null;
    if (regionCode === null) issues.region = issue('peopleImport.validation.region', { value: cells.region });
  }
  if (cells.district) {
    const match = matchDistrict(cells.district, regionCode);
    if ('found' in match) {
      districtCode = match.found.code;
      // A list of one district's people often has no region column: the district says it.
      if (!cells.region) regionCode ??= match.found.regionCode;
    } else {
      const key = 'ambiguous' in match ? 'districtAmbiguous' : 'district';
      issues.district = issue(`peopleImport.validation.${key}`, { value: cells.district });
    }
  }
  return { regionCode, districtCode };
}

function readGuardian(
  cells: Partial<Record<ImportField, string>>,
  defaults: ImportDefaults,
  issues: Record<string, FieldIssue>,
): unknown[] {
  const nameCell = cells.guardianName || '';
  const relationCell = cells.guardianRelation || '';
  const phone = cells.guardianPhone || null;
  if (nameCell === '' && relationCell === '' && phone === null) return [];
  let relation: string = defaults.guardianRelation;
  if (relationCell !== '') {
    relation = readRelation(relationCell) ?? relationCell;
    if (readRelation(relationCell) === null) {
      issues.guardianRelation = issue('peopleImport.validation.relation', { value: relationCell });
    }
  }
  const name = splitFullName(nameCell);
  if (nameCell !== '' && !name.givenName) issues.guardianName = issue('peopleImport.validation.fullName');
  // The only guardian is the one to call, which the rules allow only with a phone.
  return [
    {
      relation,
      familyName: name.familyName,
      givenName: name.givenName,
      patronymic: name.patronymic,
      phone,
      isPrimary: phone !== null,
    },
  ];
}
