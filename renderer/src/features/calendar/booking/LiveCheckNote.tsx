import { Alert, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ClashItems } from '../conflict/ClashList';
import type { ConflictNames } from '../conflict/names';
import type { LiveCheck } from './useLiveCheck';

/** The live check's answer for the first session, announced politely as it changes. */
export function LiveCheckNote({ check, names }: { check: LiveCheck; names: ConflictNames }) {
  const { t } = useTranslation();
  return (
    <div aria-live="polite" data-testid="live-check">
      {check.status === 'checking' && (
        <Group gap="xs">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {t('booking.check.checking')}
          </Text>
        </Group>
      )}
      {check.status === 'done' && check.clashes.length === 0 && (
        <Text size="sm" c="teal.8">
          {t('booking.check.free')}
        </Text>
      )}
      {check.status === 'done' && check.clashes.length > 0 && (
        <Alert color="orange" variant="light" p="sm">
          <Text size="sm" fw={600} mb={4}>
            {t('booking.check.found')}
          </Text>
          <ClashItems clashes={check.clashes} names={names} />
        </Alert>
      )}
      {check.status === 'failed' && <ErrorAlert error={check.error} />}
    </div>
  );
}
