import { Checkbox, Table, Text, TextInput } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { ISO_WEEKDAYS, type IsoWeekday } from '../../../../../shared/domain/settings';
import { weekdayName } from '../../../../../shared/i18n/dates';
import { useLanguage } from '../../../lib/languageContext';
import { Section } from '../form/Section';
import type { DayValues, WeekValues } from './staffForm';

const TIME_FIELDS = ['start', 'end', 'breakStart', 'breakEnd'] as const;
type TimeField = (typeof TIME_FIELDS)[number];

interface Props {
  days: WeekValues;
  onChange(weekday: IsoWeekday, day: DayValues, field: keyof DayValues): void;
  /** The message for a field path ("days.1.end", "hours"), if any. */
  issue(path: string): string | undefined;
}

/**
 * The week as a table: a row per weekday with a "works" box and four times typed as HH:MM. Each time field is
 * named with its column and its day ("Break from, Monday"), since a screen reader meets it without the grid.
 */
export const HoursField = memo(function HoursField({ days, onChange, issue }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const columns: Record<TimeField, string> = {
    start: t('places.staff.start'),
    end: t('places.staff.end'),
    breakStart: t('places.staff.breakStart'),
    breakEnd: t('places.staff.breakEnd'),
  };
  const weekIssue = issue('hours');

  return (
    <Section legend={t('places.staff.hours')}>
      <Text size="sm" c="dimmed" mb="xs">
        {t('places.staff.hoursHint')}
      </Text>
      <Table verticalSpacing={4} horizontalSpacing="xs" layout="fixed">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col" w="28%">
              {t('places.staff.weekday')}
            </Table.Th>
            {TIME_FIELDS.map((field) => (
              <Table.Th key={field} scope="col">
                {columns[field]}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ISO_WEEKDAYS.map((weekday) => {
            const day = days[weekday];
            const dayName = weekdayName(weekday, language, 'long');
            return (
              <Table.Tr key={weekday}>
                <Table.Td>
                  <Checkbox
                    label={dayName}
                    checked={day.works}
                    onChange={(event) =>
                      onChange(weekday, { ...day, works: event.currentTarget.checked }, 'works')
                    }
                  />
                </Table.Td>
                {TIME_FIELDS.map((field) => (
                  <Table.Td key={field} style={{ verticalAlign: 'top' }}>
                    <TextInput
                      aria-label={t('places.staff.fieldOn', { field: columns[field], day: dayName })}
                      value={day[field]}
                      onChange={(event) =>
                        onChange(weekday, { ...day, [field]: event.currentTarget.value }, field)
                      }
                      error={day.works ? issue(`days.${weekday}.${field}`) : undefined}
                      disabled={!day.works}
                      placeholder={field.startsWith('break') ? '' : t('places.form.timePlaceholder')}
                      inputMode="numeric"
                      autoComplete="off"
                      size="sm"
                    />
                  </Table.Td>
                ))}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
      {weekIssue && (
        <Text c="var(--mantine-color-error)" size="sm" role="alert">
          {weekIssue}
        </Text>
      )}
    </Section>
  );
});
