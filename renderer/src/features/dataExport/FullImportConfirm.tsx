import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FullImportPreview } from '../../../../shared/contract/data-export';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { formatNumber } from '../../../../shared/i18n/numbers';
import { useCentreTimeZone } from '../../lib/centreContext';
import { useLanguage } from '../../lib/languageContext';
import { calendarDateIn } from '../../lib/zonedDate';

interface Props {
  /** What the import would do; null keeps the dialog closed. */
  preview: FullImportPreview | null;
  onConfirm(): void;
  onCancel(): void;
}

/** Names what the import brings and what of this installation it deletes, before anything is changed. */
export function FullImportConfirm({ preview, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const timeZone = useCentreTimeZone();
  const n = (value: number) => formatNumber(value, language);
  return (
    <Modal opened={preview !== null} onClose={onCancel} title={t('dataExport.import.confirmTitle')} centered>
      {preview && (
        <Stack gap="md">
          <Text>
            {t('dataExport.import.confirmFrom', {
              date: formatCalendarDate(
                calendarDateIn(new Date(preview.exportedAt), timeZone),
                language,
                'long',
              ),
            })}
          </Text>
          <List>
            <List.Item>{t('dataExport.import.incomingPeople', { n: n(preview.incoming.people) })}</List.Item>
            <List.Item>{t('dataExport.import.incomingStaff', { n: n(preview.incoming.staff) })}</List.Item>
            <List.Item>
              {t('dataExport.import.incomingSessions', { n: n(preview.incoming.sessions) })}
            </List.Item>
            <List.Item>
              {t('dataExport.import.incomingAccounts', { n: n(preview.incoming.accounts) })}
            </List.Item>
          </List>
          <Text fw={600}>
            {t('dataExport.import.replaced', {
              rows: n(preview.replaced.rows),
              services: n(preview.replaced.services),
              accounts: n(preview.replaced.accounts),
            })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {t('dataExport.import.cancel')}
            </Button>
            <Button color="red" onClick={onConfirm}>
              {t('dataExport.import.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
