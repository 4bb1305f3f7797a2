import { useTranslation } from 'react-i18next';
import type { Beneficiary } from '../../../../../shared/domain/people';
import { formatPhone } from '../../../../../shared/domain/phone';
import { districtName, regionName } from '../../../../../shared/domain/regions';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { useCentreTimeZone } from '../../../lib/centreContext';
import { useLanguage } from '../../../lib/languageContext';
import { useToday } from '../../../lib/useToday';
import { personAgeText } from '../personAge';
import { Card } from './Card';
import { Facts } from './Facts';

export function DetailsCard({ person }: { person: Beneficiary }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const today = useToday(useCentreTimeZone());
  const date = (iso: string | null) => (iso ? formatCalendarDate(iso, language, 'long') : '');
  const address = [
    person.regionCode && regionName(person.regionCode, language),
    person.districtCode && districtName(person.districtCode, language),
    person.mahalla,
    person.address,
  ]
    .filter(Boolean)
    .join(', ');
  const disability = !person.hasDisability
    ? t('people.page.no')
    : person.disabilityGroup
      ? t(`people.disabilityGroup.${person.disabilityGroup}`)
      : t('people.page.yes');
  const consent = person.consentDate
    ? t('people.page.consentValue', { date: date(person.consentDate), name: person.consentTakenBy })
    : null;
  const status =
    person.status === 'discharged'
      ? `${t('people.status.discharged')}: ${date(person.dischargeDate)}. ${person.dischargeReason}`
      : t(`people.status.${person.status}`);

  return (
    <Card title={t('people.page.details')}>
      <Facts
        facts={[
          {
            label: t('people.fields.age'),
            value: t('people.page.ageValue', {
              age: personAgeText(person.birthDate, person.age, today, t),
              date: date(person.birthDate),
            }),
          },
          { label: t('people.fields.sex'), value: t(`people.sex.${person.sex}`) },
          { label: t('people.fields.pinfl'), value: person.pinfl },
          { label: t('people.fields.birthCertificate'), value: person.birthCertificate },
          { label: t('people.fields.fullAddress'), value: address },
          { label: t('people.fields.phone'), value: person.phone && formatPhone(person.phone) },
          { label: t('people.fields.disability'), value: disability },
          { label: t('people.fields.functioning'), value: person.functioning },
          { label: t('people.fields.socialStatus'), value: t(`people.socialStatus.${person.socialStatus}`) },
          { label: t('people.form.sections.consent'), value: consent },
          { label: t('people.fields.status'), value: status },
          { label: t('people.fields.notes'), value: person.notes },
        ]}
      />
    </Card>
  );
}
