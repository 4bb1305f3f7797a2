import { useTranslation } from 'react-i18next';
import type { BookResult } from '../../../../../shared/contract/schedule';
import { Loaded } from '../../../components/Loaded';
import { useLoad } from '../../../lib/useLoad';
import { EditorModal } from '../../places/form/EditorModal';
import { emptyBooking, type BookingPrefill } from './bookingForm';
import { BookingForm } from './BookingForm';
import { loadBookingRecords } from './records';

interface Props {
  /** Null while closed; each opening starts a fresh form from its prefill. */
  prefill: BookingPrefill | null;
  today: string;
  onClose(): void;
  onBooked(result: BookResult, summary: string): void;
}

/** "New booking": opened by the button or by selecting time in the calendar. */
export function BookingDialog({ prefill, today, onClose, onBooked }: Props) {
  const { t } = useTranslation();
  return (
    <EditorModal opened={prefill !== null} onClose={onClose} title={t('booking.dialogTitle')} size="xl">
      {prefill && <BookingDialogBody prefill={prefill} today={today} onClose={onClose} onBooked={onBooked} />}
    </EditorModal>
  );
}

function BookingDialogBody({ prefill, today, onClose, onBooked }: Props & { prefill: BookingPrefill }) {
  const records = useLoad(loadBookingRecords);
  return (
    <Loaded state={records.state} onRetry={records.retry}>
      {(value) => (
        <BookingForm
          records={value}
          initial={emptyBooking(prefill, today)}
          onBooked={onBooked}
          onCancel={onClose}
        />
      )}
    </Loaded>
  );
}
