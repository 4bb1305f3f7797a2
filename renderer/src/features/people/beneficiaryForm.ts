import { fieldIssues, type FieldIssue } from '../../../../shared/contract';
import {
  beneficiaryInputSchema,
  checkBeneficiaryDates,
  type BeneficiaryInput,
} from '../../../../shared/contract/people';
import { isCalendarDate } from '../../../../shared/domain/calendar';
import type { Language } from '../../../../shared/domain/languages';
import type {
  Beneficiary,
  BeneficiaryStatus,
  DisabilityGroup,
  GuardianRelation,
  Sex,
  SocialStatus,
} from '../../../../shared/domain/people';
import { formatPhone } from '../../../../shared/domain/phone';
import { isoToTypedDate, typedDateToIso } from './typedDate';

/** A guardian row as typed. `key` tells React rows apart before they have an id. */
export interface GuardianValues {
  key: string;
  id?: number;
  relation: GuardianRelation | '';
  familyName: string;
  givenName: string;
  patronymic: string;
  phone: string;
  isPrimary: boolean;
  notes: string;
}

/** Everything as the person typed it: dates and phones are text until they are sent. */
export interface BeneficiaryValues {
  familyName: string;
  givenName: string;
  patronymic: string;
  birthDate: string;
  sex: Sex | '';
  pinfl: string;
  birthCertificate: string;
  regionCode: string;
  districtCode: string;
  mahalla: string;
  address: string;
  phone: string;
  hasDisability: boolean;
  disabilityGroup: DisabilityGroup | '';
  functioning: string;
  socialStatus: SocialStatus;
  referralCentre: string;
  referralNumber: string;
  referralDate: string;
  serviceIds: number[];
  consentDate: string;
  consentTakenBy: string;
  status: BeneficiaryStatus;
  dischargeDate: string;
  dischargeReason: string;
  notes: string;
  guardians: GuardianValues[];
}

/** Problems by dotted field path ("birthDate", "guardians.0.phone"); "_form" for the form as a whole. */
export type FormIssues = Record<string, FieldIssue>;

let nextKey = 0;
export function newGuardian(isPrimary: boolean): GuardianValues {
  nextKey += 1;
  return {
    key: `new-${nextKey}`,
    relation: '',
    familyName: '',
    givenName: '',
    patronymic: '',
    phone: '',
    isPrimary,
    notes: '',
  };
}

export function emptyValues(): BeneficiaryValues {
  return {
    familyName: '',
    givenName: '',
    patronymic: '',
    birthDate: '',
    sex: '',
    pinfl: '',
    birthCertificate: '',
    regionCode: '',
    districtCode: '',
    mahalla: '',
    address: '',
    phone: '',
    hasDisability: false,
    disabilityGroup: '',
    functioning: '',
    socialStatus: 'none',
    referralCentre: '',
    referralNumber: '',
    referralDate: '',
    serviceIds: [],
    consentDate: '',
    consentTakenBy: '',
    status: 'waiting',
    dischargeDate: '',
    dischargeReason: '',
    notes: '',
    guardians: [newGuardian(true)],
  };
}

export function valuesOf(person: Beneficiary, language: Language): BeneficiaryValues {
  const date = (iso: string | null) => isoToTypedDate(iso, language);
  return {
    familyName: person.familyName,
    givenName: person.givenName,
    patronymic: person.patronymic,
    birthDate: date(person.birthDate),
    sex: person.sex,
    pinfl: person.pinfl ?? '',
    birthCertificate: person.birthCertificate ?? '',
    regionCode: person.regionCode ?? '',
    districtCode: person.districtCode ?? '',
    mahalla: person.mahalla,
    address: person.address,
    phone: person.phone ? formatPhone(person.phone) : '',
    hasDisability: person.hasDisability,
    disabilityGroup: person.disabilityGroup ?? '',
    functioning: person.functioning,
    socialStatus: person.socialStatus,
    referralCentre: person.referralCentre,
    referralNumber: person.referralNumber,
    referralDate: date(person.referralDate),
    serviceIds: person.services.map((s) => s.id),
    consentDate: date(person.consentDate),
    consentTakenBy: person.consentTakenBy,
    status: person.status,
    dischargeDate: date(person.dischargeDate),
    dischargeReason: person.dischargeReason,
    notes: person.notes,
    guardians: person.guardians.map((g) => ({
      key: `id-${g.id}`,
      id: g.id,
      relation: g.relation,
      familyName: g.familyName,
      givenName: g.givenName,
      patronymic: g.patronymic,
      phone: g.phone ? formatPhone(g.phone) : '',
      isPrimary: g.isPrimary,
      notes: g.notes,
    })),
  };
}

/** A new row nothing was typed into. */
function isBlankGuardian(g: GuardianValues): boolean {
  return (
    g.id === undefined &&
    g.relation === '' &&
    [g.familyName, g.givenName, g.patronymic, g.phone, g.notes].every((text) => text.trim() === '')
  );
}

/**
 * The channel input for the typed values. Fields the form hides (the group without a disability, the
 * discharge without the status) stay in the form's state but are not sent. A guardian row left entirely
 * empty is dropped: it is the blank row a new form starts with.
 */
export function inputOf(values: BeneficiaryValues, confirmNotDuplicate = false): BeneficiaryInput {
  const discharged = values.status === 'discharged';
  const guardians = values.guardians.filter((g) => !isBlankGuardian(g));
  return {
    familyName: values.familyName,
    givenName: values.givenName,
    patronymic: values.patronymic,
    birthDate: typedDateToIso(values.birthDate),
    // An unanswered choice is sent as missing ("choose one of the offered options").
    sex: (values.sex || undefined) as Sex,
    pinfl: values.pinfl,
    birthCertificate: values.birthCertificate,
    regionCode: values.regionCode,
    districtCode: values.districtCode,
    mahalla: values.mahalla,
    address: values.address,
    phone: values.phone,
    hasDisability: values.hasDisability,
    disabilityGroup: values.hasDisability ? values.disabilityGroup || null : null,
    functioning: values.functioning,
    socialStatus: values.socialStatus,
    referralCentre: values.referralCentre,
    referralNumber: values.referralNumber,
    referralDate: typedDateToIso(values.referralDate),
    serviceIds: values.serviceIds,
    consentDate: typedDateToIso(values.consentDate),
    consentTakenBy: values.consentTakenBy,
    status: values.status,
    dischargeDate: discharged ? typedDateToIso(values.dischargeDate) : null,
    dischargeReason: discharged ? values.dischargeReason : '',
    notes: values.notes,
    guardians: guardians.map((g) => ({
      ...(g.id !== undefined && { id: g.id }),
      relation: (g.relation || undefined) as GuardianRelation,
      familyName: g.familyName,
      givenName: g.givenName,
      patronymic: g.patronymic,
      phone: g.phone,
      isPrimary: g.isPrimary,
      notes: g.notes,
    })),
    confirmNotDuplicate,
  };
}

/**
 * Where each sent guardian sits among the form's rows: the blank rows are not sent, so the backend's
 * "guardians.1" may be the form's third row.
 */
export function sentGuardianRows(values: BeneficiaryValues): number[] {
  return values.guardians.flatMap((g, row) => (isBlankGuardian(g) ? [] : [row]));
}

/** Field issues of the sent input, re-keyed to the form's guardian rows. */
export function issuesForForm(fields: FormIssues, values: BeneficiaryValues): FormIssues {
  const rows = sentGuardianRows(values);
  const issues: FormIssues = {};
  for (const [path, issue] of Object.entries(fields)) {
    const match = /^guardians\.(\d+)(\..*)?$/.exec(path);
    const key = match ? `guardians.${rows[Number(match[1])] ?? match[1]}${match[2] ?? ''}` : path;
    issues[key] ??= issue;
  }
  return issues;
}

/**
 * The same checks the backend makes before it looks at the records: the shared schema and its rules, and the
 * dates against today. Returns the input to send, or the problems by field.
 */
export function checkValues(
  values: BeneficiaryValues,
  today: string,
  confirmNotDuplicate = false,
): { ok: true; input: BeneficiaryInput } | { ok: false; issues: FormIssues } {
  const input = inputOf(values, confirmNotDuplicate);
  const parsed = beneficiaryInputSchema.safeParse(input);
  const issues: FormIssues = parsed.success ? {} : fieldIssues(parsed.error, input);
  const date = (text: string | null | undefined) => (text && isCalendarDate(text) ? text : null);
  const birthDate = date(input.birthDate);
  if (birthDate) {
    const dated = checkBeneficiaryDates(
      {
        birthDate,
        referralDate: date(input.referralDate),
        consentDate: date(input.consentDate),
        dischargeDate: date(input.dischargeDate),
      },
      today,
    );
    for (const [field, issue] of Object.entries(dated)) issues[field] ??= issue;
  }
  if (Object.keys(issues).length === 0) return { ok: true, input };
  return { ok: false, issues: issuesForForm(issues, values) };
}
