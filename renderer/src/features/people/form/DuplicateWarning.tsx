import { Alert, Anchor, Button, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DuplicateRef } from '../../../../../shared/domain/people';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { useLanguage } from '../../../lib/languageContext';

interface Props {
  duplicates: DuplicateRef[];
  /** Only name-and-birth-date matches may be overridden; a PINFL belongs to one person. */
  canConfirm: boolean;
  saving: boolean;
  onConfirm(): void;
}

export function DuplicateWarning({ duplicates, canConfirm, saving, onConfirm }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  return (
    <Alert
      color={canConfirm ? 'yellow' : 'red'}
      variant="light"
      title={canConfirm ? t('people.duplicates.nameTitle') : t('people.duplicates.pinflTitle')}
      role="alert"
    >
      <Text>{canConfirm ? t('people.duplicates.nameBody') : t('people.duplicates.pinflBody')}</Text>
      <List mt="xs" spacing={4}>
        {duplicates.map((duplicate) => (
          <List.Item key={duplicate.id}>
            <Anchor component={Link} to={`/people/${duplicate.id}`} fw={600}>
              {t('people.duplicates.existing', {
                name: duplicate.name,
                date: formatCalendarDate(duplicate.birthDate, language, 'short'),
              })}
            </Anchor>
            {duplicate.pinfl && (
              <Text span c="dimmed" ff="monospace" ml="xs">
                {duplicate.pinfl}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      {canConfirm && (
        <Button mt="md" variant="outline" color="yellow.9" onClick={onConfirm} loading={saving}>
          {t('people.duplicates.saveAnyway')}
        </Button>
      )}
    </Alert>
  );
}
