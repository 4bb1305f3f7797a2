import { Chip, Group, NumberInput, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ISO_WEEKDAYS, type IsoWeekday } from '../../../../../shared/domain/settings';
import { weekdayName } from '../../../../../shared/i18n/dates';
import { useLanguage } from '../../../lib/languageContext';
import { DateField } from '../../places/form/DateField';
import { Section } from '../../places/form/Section';
import type { GroupFormValues } from './groupForm';

type Values = Pick<
  GroupFormValues,
  'weekdays' | 'startTime' | 'minutes' | 'startDate' | 'intervalWeeks' | 'endKind' | 'endDate' | 'count'
>;

interface Props {
  values: Values;
  set<K extends keyof Values>(field: K, value: Values[K], path: string): void;
  issue(path: string): string | undefined;
}

/** When the group meets: weekdays, time and length, from a first date until a date or for a number of sessions. */
export function TimetableFields({ values, set, issue }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const weekdaysError = issue('schedule.weekdays');
  return (
    <Section legend={t('groups.form.timetable')}>
      <Stack gap="md">
        <fieldset style={{ border: 0, padding: 0, margin: 0 }} aria-describedby="group-weekdays-error">
          <Text component="legend" size="sm" fw={500} mb={6}>
            {t('groups.form.weekdays')}
          </Text>
          <Chip.Group
            multiple
            value={values.weekdays.map(String)}
            onChange={(days) =>
              set(
                'weekdays',
                ISO_WEEKDAYS.filter((day) => days.includes(String(day))) as IsoWeekday[],
                'schedule.weekdays',
              )
            }
          >
            <Group gap="xs">
              {ISO_WEEKDAYS.map((day) => (
                <Chip key={day} value={String(day)} name="weekdays">
                  {weekdayName(day, language, 'long')}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
          {weekdaysError && (
            <Text id="group-weekdays-error" c="red.8" size="sm" mt={4} role="alert">
              {weekdaysError}
            </Text>
          )}
        </fieldset>
        <Group gap="md" align="flex-start">
          <TextInput
            label={t('groups.form.startTime')}
            name="startTime"
            placeholder="10:00"
            inputMode="numeric"
            autoComplete="off"
            value={values.startTime}
            onChange={(event) => set('startTime', event.currentTarget.value, 'schedule.startTime')}
            error={issue('schedule.startTime')}
            withAsterisk
            w="9rem"
          />
          <NumberInput
            label={t('groups.form.minutes')}
            name="minutes"
            min={5}
            step={5}
            value={values.minutes}
            onChange={(value) => set('minutes', value, 'schedule.durationMinutes')}
            error={issue('schedule.durationMinutes')}
            withAsterisk
            w="11rem"
          />
          <NumberInput
            label={t('groups.form.intervalWeeks')}
            name="intervalWeeks"
            min={1}
            max={52}
            value={values.intervalWeeks}
            onChange={(value) => set('intervalWeeks', value, 'schedule.intervalWeeks')}
            error={issue('schedule.intervalWeeks')}
            w="11rem"
          />
        </Group>
        <Group gap="md" align="flex-start">
          <DateField
            label={t('groups.form.startDate')}
            name="startDate"
            value={values.startDate}
            onChange={(event) => set('startDate', event.currentTarget.value, 'schedule.startDate')}
            error={issue('schedule.startDate')}
            withAsterisk
            w="12rem"
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="group-end-label">
              {t('groups.form.ends')}
            </Text>
            <SegmentedControl
              aria-labelledby="group-end-label"
              value={values.endKind}
              onChange={(kind) => set('endKind', kind as Values['endKind'], 'schedule.end')}
              data={[
                { value: 'count', label: t('groups.form.endCount') },
                { value: 'until', label: t('groups.form.endUntil') },
              ]}
            />
          </Stack>
          {values.endKind === 'count' ? (
            <NumberInput
              label={t('groups.form.count')}
              name="count"
              min={1}
              value={values.count}
              onChange={(value) => set('count', value, 'schedule.end')}
              error={issue('schedule.end')}
              withAsterisk
              w="11rem"
            />
          ) : (
            <DateField
              label={t('groups.form.endDate')}
              name="endDate"
              value={values.endDate}
              onChange={(event) => set('endDate', event.currentTarget.value, 'schedule.end')}
              error={issue('schedule.end')}
              withAsterisk
              w="12rem"
            />
          )}
        </Group>
      </Stack>
    </Section>
  );
}
