import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/domain/languages';
import { fullName } from '../../../shared/domain/people';
import { districtName, regionName } from '../../../shared/domain/regions';
import type { Db } from '../db/connection';
import { date, type Sheet, type SheetColumn } from './sheet';
import { serviceNames } from './sheet-services';

const col = (header: string, width: number, kind: SheetColumn['kind'] = 'text'): SheetColumn => ({
  header,
  kind,
  width,
});

/**
 * The people on the centre's books at some time in the period: referred (or registered) by its end and not
 * discharged before its start. Archived people are left out, as they are from every list.
 */
export async function beneficiariesSheet(
  db: Db,
  t: TFunction,
  language: Language,
  from: string,
  to: string,
): Promise<Sheet> {
  const people = await db
    .selectFrom('beneficiaries')
    .selectAll()
    .where('archived_at', 'is', null)
    .where((eb) =>
      eb(eb.fn.coalesce('referral_date', eb.fn('substr', ['created_at', eb.val(1), eb.val(10)])), '<=', to),
    )
    .where((eb) => eb.or([eb('discharge_date', 'is', null), eb('discharge_date', '>=', from)]))
    .orderBy('search_text')
    .orderBy('id')
    .execute();
  const ids = people.map((p) => p.id);
  const services = await serviceNames(db, language);
  const links = ids.length
    ? await db.selectFrom('beneficiary_services').selectAll().where('beneficiary_id', 'in', ids).execute()
    : [];
  const guardians = ids.length
    ? await db
        .selectFrom('guardians')
        .selectAll()
        .where('beneficiary_id', 'in', ids)
        .where('is_primary', '=', 1)
        .execute()
    : [];
  const servicesOf = new Map<number, string[]>();
  for (const link of links) {
    servicesOf.set(link.beneficiary_id, [
      ...(servicesOf.get(link.beneficiary_id) ?? []),
      services.get(link.service_id) ?? '',
    ]);
  }
  const guardianOf = new Map(guardians.map((g) => [g.beneficiary_id, g]));
  const f = (key: string) => t(`people.fields.${key}`);
  return {
    title: t('dataExport.datasets.beneficiaries'),
    columns: [
      col(t('dataExport.columns.number'), 6, 'number'),
      col(f('familyName'), 18),
      col(f('givenName'), 16),
      col(f('patronymic'), 18),
      col(f('birthDate'), 12, 'date'),
      col(f('sex'), 10),
      col(f('pinfl'), 16),
      col(f('birthCertificate'), 14),
      col(f('region'), 18),
      col(f('district'), 18),
      col(f('mahalla'), 16),
      col(f('address'), 24),
      col(f('phone'), 15),
      col(f('hasDisability'), 10),
      col(f('disabilityGroup'), 18),
      col(f('socialStatus'), 20),
      col(f('services'), 30),
      col(f('referralCentre'), 24),
      col(f('referralNumber'), 12),
      col(f('referralDate'), 12, 'date'),
      col(f('status'), 12),
      col(f('dischargeDate'), 12, 'date'),
      col(f('dischargeReason'), 24),
      col(f('primaryGuardian'), 26),
      col(t('dataExport.columns.guardianPhone'), 15),
      col(f('consentDate'), 12, 'date'),
    ],
    rows: people.map((p, index) => {
      const guardian = guardianOf.get(p.id);
      return [
        index + 1,
        p.family_name,
        p.given_name,
        p.patronymic,
        date(p.birth_date),
        t(`people.sex.${p.sex}`),
        p.pinfl,
        p.birth_certificate,
        p.region_code ? (regionName(p.region_code, language) ?? p.region_code) : null,
        p.district_code ? (districtName(p.district_code, language) ?? p.district_code) : null,
        p.mahalla,
        p.address,
        p.phone,
        t(p.has_disability ? 'dataExport.values.yes' : 'dataExport.values.no'),
        p.disability_group ? t(`people.disabilityGroup.${p.disability_group}`) : null,
        t(`people.socialStatus.${p.social_status}`),
        (servicesOf.get(p.id) ?? []).join('; '),
        p.referral_centre,
        p.referral_number,
        date(p.referral_date),
        t(`people.status.${p.status}`),
        date(p.discharge_date),
        p.discharge_reason,
        guardian
          ? `${fullName({ familyName: guardian.family_name, givenName: guardian.given_name, patronymic: guardian.patronymic })} (${t(`people.relation.${guardian.relation}`)})`
          : null,
        guardian?.phone ?? null,
        date(p.consent_date),
      ];
    }),
  };
}
