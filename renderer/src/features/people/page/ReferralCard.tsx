import { List } from '@mantine/core';
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
      <List spacing={2}>
        {person.services.map((service) => (
          <List.Item key={service.id}>{service.names[language]}</List.Item>
        ))}
      </List>
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
