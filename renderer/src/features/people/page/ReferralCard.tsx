import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Beneficiary } from '../../../../../shared/domain/people';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { useLanguage } from '../../../lib/languageContext';
import { Card } from './Card';
import { Facts } from './Facts';

export function ReferralCard({ person }: { person: Beneficiary }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const services =
    person.services.length === 0 ? null : (
      <Group gap={6}>
        {person.services.map((service) => (
          <Badge key={service.id} variant="light" color="indigo" tt="none" size="lg" fw={500}>
            {service.names[language]}
          </Badge>
        ))}
      </Group>
    );
  return (
    <Card title={t('people.page.referral')}>
      <Facts
        facts={[
          { label: t('people.fields.referralCentre'), value: person.referralCentre },
          { label: t('people.fields.referralNumber'), value: person.referralNumber },
          {
            label: t('people.fields.referralDate'),
            value: person.referralDate && formatCalendarDate(person.referralDate, language, 'long'),
          },
          { label: t('people.fields.services'), value: services },
        ]}
      />
    </Card>
  );
}
