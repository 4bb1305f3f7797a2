import { Alert, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { WaitingOfferView } from '../../../../../shared/contract/waiting';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { useLanguage } from '../../../lib/languageContext';

interface Props {
  offer: WaitingOfferView;
  onEnrol(): void;
  onLater(): void;
}

/** A freed place goes to the waiting list first: the person it is offered to, with Enrol at hand. */
export function OfferAlert({ offer, onEnrol, onLater }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Alert
      color="teal"
      variant="light"
      role="status"
      title={t('groups.offer.title')}
      mb="lg"
      data-testid="offer"
    >
      {t('groups.offer.text', {
        date: formatCalendarDate(offer.from, language, 'long'),
        name: offer.entry.beneficiaryName,
        priority: t(`groups.priorities.${offer.entry.priority}`),
      })}
      <Group gap="sm" mt="sm">
        <Button onClick={onEnrol}>{t('groups.offer.enrol')}</Button>
        <Button variant="default" onClick={onLater}>
          {t('groups.offer.later')}
        </Button>
      </Group>
    </Alert>
  );
}
