import { Button, Group } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isCalendarDate } from '../../../../shared/domain/calendar';
import { DateField } from '../places/form/DateField';
import { parseTypedDate, toTypedDate } from '../places/form/typedDate';
import { stepDay } from './dayNav';

interface Props {
  date: string;
  today: string;
  onDate(date: string): void;
}

/** Previous and next day, a typed date to jump to, and the way back to today. */
export function DayNav({ date, today, onDate }: Props) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState(() => toTypedDate(date));
  const [shownFor, setShownFor] = useState(date);
  const [invalid, setInvalid] = useState(false);
  // The field follows the date when it changes by the buttons or the address.
  if (shownFor !== date) {
    setShownFor(date);
    setTyped(toTypedDate(date));
    setInvalid(false);
  }

  function go(event: FormEvent) {
    event.preventDefault();
    const parsed = parseTypedDate(typed);
    if (parsed === null || !isCalendarDate(parsed)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    onDate(parsed);
  }

  return (
    <form onSubmit={go} noValidate aria-label={t('attendance.board.nav.label')}>
      <Group gap="xs" align="flex-end" wrap="wrap">
        <Button variant="default" onClick={() => onDate(stepDay(date, -1))}>
          {t('attendance.board.nav.previous')}
        </Button>
        <DateField
          label={t('attendance.board.nav.date')}
          name="boardDate"
          value={typed}
          onChange={(event) => setTyped(event.currentTarget.value)}
          error={invalid ? t('validation.date') : undefined}
          w={150}
        />
        <Button type="submit" variant="light">
          {t('attendance.board.nav.show')}
        </Button>
        <Button variant="default" onClick={() => onDate(stepDay(date, 1))}>
          {t('attendance.board.nav.next')}
        </Button>
        {date !== today && (
          <Button variant="subtle" onClick={() => onDate(today)}>
            {t('attendance.board.nav.today')}
          </Button>
        )}
      </Group>
    </form>
  );
}
