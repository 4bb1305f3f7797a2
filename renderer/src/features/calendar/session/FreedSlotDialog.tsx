import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { WaitingOfferView } from '../../../../../shared/contract/waiting';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { useLanguage } from '../../../lib/languageContext';

interface Props {
  offers: readonly WaitingOfferView[];
  onClose(): void;
}

/**
 * A cancelled session frees its time: the service's waiting list comes first, so the receptionist sees who is
 * next and can open the list to offer it (the entry is not marked offered until someone does).
 */
export function FreedSlotDialog({ offers, onClose }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const navigate = useNavigate();
  const first = offers[0];
  if (!first) return null;
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('sessionActions.freed.title')}
      centered
      closeButtonProps={{ 'aria-label': t('sessionActions.close') }}
      styles={{ title: { fontSize: 'var(--mantine-h3-font-size)', fontWeight: 650 } }}
    >
      <Stack gap="md" data-testid="freed-slot">
        {offers.map((offer) => (
          <Text key={offer.entry.id}>
            {t('sessionActions.freed.text', {
              date: formatCalendarDate(offer.from, language, 'long'),
              name: offer.entry.beneficiaryName,
              priority: t(`groups.priorities.${offer.entry.priority}`),
            })}
          </Text>
        ))}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('sessionActions.freed.later')}
          </Button>
          <Button onClick={() => void navigate(`/groups/waiting?service=${first.entry.serviceId}`)}>
            {t('sessionActions.freed.openList')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
