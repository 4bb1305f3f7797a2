import { Button, Group, Text } from '@mantine/core';
import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookResult } from '../../../../../shared/contract/schedule';
import { useCan } from '../../../app/useCan';
import { useToday } from '../../../lib/useToday';
import { BookingDialog } from './BookingDialog';
import type { BookingPrefill } from './bookingForm';
import { prefillFromSelection, type Selection } from './selection';

interface Options {
  timeZone: string;
  /** Called after a booking is written: the calendar fetches its visible days again. */
  onBooked(): void;
}

/**
 * New bookings from the calendar page: the "New booking" button with the announcement of the last booking, the
 * dialog, and FullCalendar's selection props (selecting hours opens the dialog with them filled in).
 */
export function useNewBooking({ timeZone, onBooked }: Options): {
  bar: ReactNode;
  dialog: ReactNode;
  /** Whether the account may book and change sessions: dragging them on the grid goes with it. */
  writes: boolean;
  selectProps: { selectable: boolean; selectMirror: true; select(info: Selection): void };
} {
  const { t } = useTranslation();
  const today = useToday(timeZone);
  const [prefill, setPrefill] = useState<BookingPrefill | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Without schedule.write (a specialist) the calendar is for reading: no button, no booking by selecting hours.
  const writes = useCan('schedule.write');
  // The calendar whose selection opened the dialog: its highlight goes when the dialog closes.
  const selectedIn = useRef<Selection['view']['calendar'] | null>(null);
  const onClosed = () => {
    selectedIn.current?.unselect();
    selectedIn.current = null;
  };

  const close = () => {
    setPrefill(null);
    onClosed();
  };
  const booked = (result: BookResult, summary: string) => {
    setPrefill(null);
    onClosed();
    onBooked();
    setAnnouncement(
      summary === ''
        ? t('booking.bookedSeries', { count: result.sessionIds.length })
        : t('booking.booked', { summary }),
    );
  };

  return {
    bar: (
      <Group justify="space-between" gap="sm" mb="sm" wrap="nowrap">
        <Text role="status" aria-live="polite" c="teal.9" fw={500} data-testid="booking-announcement">
          {announcement}
        </Text>
        {writes && (
          <Button onClick={() => setPrefill({})} style={{ flexShrink: 0 }}>
            {t('booking.newBooking')}
          </Button>
        )}
      </Group>
    ),
    dialog: <BookingDialog prefill={prefill} today={today} onClose={close} onBooked={booked} />,
    writes,
    selectProps: {
      selectable: writes,
      selectMirror: true,
      select: (info) => {
        selectedIn.current = info.view.calendar;
        setPrefill(prefillFromSelection(info, timeZone));
      },
    },
  };
}
