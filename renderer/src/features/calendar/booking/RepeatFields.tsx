import { Checkbox, Chip, Group, NumberInput, Radio, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ISO_WEEKDAYS, type IsoWeekday } from '../../../../../shared/domain/settings';
import { weekdayName } from '../../../../../shared/i18n/dates';
import { useLanguage } from '../../../lib/languageContext';
import { DateField } from '../../places/form/DateField';
import { Section } from '../../places/form/Section';
import { weekdaysFor, type BookingValues } from './bookingForm';

interface Props {
  values: BookingValues;
  set<K extends keyof BookingValues>(field: K, value: BookingValues[K]): void;
  issue(path: string): string | undefined;
}

/** Weekly on chosen weekdays, every N weeks, until a date or for a course of N sessions. */
export function RepeatFields({ values, set, issue }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const weekdaysError = issue('weekdays');
  return (
    <Section legend={t('booking.repeat.title')}>
      <Checkbox
        label={t('booking.repeat.enabled')}
        name="repeat"
        checked={values.repeat}
        onChange={(event) => {
          const on = event.currentTarget.checked;
          set('repeat', on);
          if (on && values.weekdays.length === 0) set('weekdays', weekdaysFor(values.date));
        }}
      />
      {values.repeat && (
        <Stack gap="sm" mt="sm">
          <Section legend={t('booking.repeat.weekdays')} aria-describedby={weekdaysError && 'weekdays-error'}>
            <Chip.Group
              multiple
              value={values.weekdays.map(String)}
              onChange={(days) =>
                set(
                  'weekdays',
                  ISO_WEEKDAYS.filter((day) => days.includes(String(day))),
                )
              }
            >
              <Group gap={6}>
                {ISO_WEEKDAYS.map((day: IsoWeekday) => (
                  <Chip key={day} value={String(day)} size="sm" title={weekdayName(day, language, 'long')}>
                    {weekdayName(day, language, 'short')}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {weekdaysError && (
              <Text id="weekdays-error" c="red.8" size="sm" mt={4}>
                {weekdaysError}
              </Text>
            )}
          </Section>
          <Group grow align="flex-start" gap="md">
            <NumberInput
              label={t('booking.repeat.interval')}
              name="intervalWeeks"
              min={1}
              max={52}
              allowDecimal={false}
              value={values.intervalWeeks}
              onChange={(value) => set('intervalWeeks', value)}
              error={issue('intervalWeeks')}
            />
            <Radio.Group
              label={t('booking.repeat.end')}
              value={values.endKind}
              onChange={(value) => set('endKind', value as BookingValues['endKind'])}
            >
              <Stack gap={6} mt={6}>
                <Radio value="count" label={t('booking.repeat.endCount')} />
                <Radio value="until" label={t('booking.repeat.endUntil')} />
              </Stack>
            </Radio.Group>
            {values.endKind === 'count' ? (
              <NumberInput
                label={t('booking.repeat.count')}
                name="count"
                min={1}
                max={400}
                allowDecimal={false}
                value={values.count}
                onChange={(value) => set('count', value)}
                error={issue('count')}
              />
            ) : (
              <DateField
                label={t('booking.repeat.until')}
                name="until"
                value={values.until}
                onChange={(event) => set('until', event.currentTarget.value)}
                error={issue('until')}
              />
            )}
          </Group>
        </Stack>
      )}
    </Section>
  );
}
