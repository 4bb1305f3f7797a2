import { Group, NumberInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_DURATION_MINUTES } from '../../../../../shared/domain/scheduling';
import { DateField } from '../../places/form/DateField';
import type { BookingValues } from './bookingForm';

interface Props {
  values: BookingValues;
  set<K extends keyof BookingValues>(field: K, value: BookingValues[K]): void;
  issue(path: string): string | undefined;
}

/** The first (or only) session's date, start and length. */
export function WhenFields({ values, set, issue }: Props) {
  const { t } = useTranslation();
  return (
    <Group grow align="flex-start" gap="md">
      <DateField
        label={t('booking.date')}
        name="date"
        required
        value={values.date}
        onChange={(event) => set('date', event.currentTarget.value)}
        error={issue('date')}
      />
      <TextInput
        label={t('booking.startTime')}
        name="startTime"
        required
        placeholder="10:00"
        inputMode="numeric"
        autoComplete="off"
        value={values.startTime}
        onChange={(event) => set('startTime', event.currentTarget.value)}
        error={issue('startTime')}
      />
      <NumberInput
        label={t('booking.minutes')}
        name="minutes"
        required
        min={1}
        max={MAX_DURATION_MINUTES}
        step={5}
        allowDecimal={false}
        value={values.minutes}
        onChange={(value) => set('minutes', value)}
        error={issue('minutes')}
      />
    </Group>
  );
}
