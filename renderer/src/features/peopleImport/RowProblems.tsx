import { List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportRow } from '../../../../shared/contract/import';
import { FORM_FIELD } from '../../../../shared/contract';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { useLanguage } from '../../lib/languageContext';
import { useMessageText } from '../../lib/message';
import { fieldLabelKey } from './fields';

type Explained = Pick<ImportRow, 'issues' | 'duplicateOf' | 'duplicateOfRow'>;

/** A row's problems in the person's language: each field's issue under the field's name, then duplicates. */
export function RowProblems({ row }: { row: Explained }) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const text = useMessageText();
  const lines = Object.entries(row.issues).map(([field, issue]) => {
    const message = text(issue);
    return field === FORM_FIELD
      ? message
      : t('peopleImport.preview.problem', { field: text({ key: fieldLabelKey(field) }), message });
  });
  for (const duplicate of row.duplicateOf) {
    lines.push(
      t('peopleImport.preview.duplicateOf', {
        name: duplicate.name,
        date: formatCalendarDate(duplicate.birthDate, language, 'short'),
      }),
    );
  }
  if (row.duplicateOfRow !== null)
    lines.push(t('peopleImport.preview.duplicateOfRow', { row: row.duplicateOfRow }));
  if (lines.length === 0) return null;
  return (
    <List
      size="sm"
      spacing={2}
      listStyleType={lines.length > 1 ? 'disc' : 'none'}
      withPadding={lines.length > 1}
    >
      {lines.map((line) => (
        <List.Item key={line}>{line}</List.Item>
      ))}
    </List>
  );
}
