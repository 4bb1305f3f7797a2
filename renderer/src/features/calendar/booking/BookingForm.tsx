import { Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BookResult } from '../../../../../shared/contract/schedule';
import type { Beneficiary } from '../../../../../shared/domain/people';
import { useLanguage } from '../../../lib/languageContext';
import { ConflictPanel } from '../conflict/ConflictPanel';
import { conflictNames } from '../conflict/names';
import { FormOutcome } from '../../places/form/FormOutcome';
import type { BookingValues } from './bookingForm';
import { LiveCheckNote } from './LiveCheckNote';
import type { BookingRecords } from './records';
import { RepeatFields } from './RepeatFields';
import { ruleSummary } from './ruleSummary';
import { useBookingForm } from './useBookingForm';
import { useLiveCheck } from './useLiveCheck';
import { WhenFields } from './WhenFields';
import { WhoFields } from './WhoFields';

interface Props {
  records: BookingRecords;
  initial: BookingValues;
  /** With the rule summary of what was booked, for the announcement. */
  onBooked(result: BookResult, summary: string): void;
  onCancel(): void;
}

/** The booking form: the fields, the live check of the first session, and the answer to a refusal. */
export function BookingForm({ records, initial, onBooked, onCancel }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [person, setPerson] = useState<Beneficiary | null>(null);
  // The summary of what is on screen, read when the booking is written, for the announcement.
  const summaryRef = useRef('');
  const { form, conflict, needing, drafts, decide, overriding } = useBookingForm(initial, (result) =>
    onBooked(result, summaryRef.current),
  );
  const { values, set, issue, issues, failure, saving, formRef, submit } = form;
  const summary = ruleSummary(values, language, t);
  useEffect(() => {
    summaryRef.current = summary ?? '';
  }, [summary]);
  // The records load after the dialog opens, so its own first focus lands on the close button: move it on.
  const firstRef = useRef<HTMLInputElement>(null);
  useEffect(() => firstRef.current?.focus(), []);
  // A refusal is told below the fields: it is brought into view, so it is not missed behind the scroll.
  const conflictRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (conflict) conflictRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [conflict]);
  const check = useLiveCheck(values);
  const names = useMemo(() => conflictNames(records, language), [records, language]);
  const label = overriding
    ? t('booking.bookAnyway')
    : needing.length > 0
      ? t('booking.bookWithDecisions')
      : t('booking.book');
  // Only a refusal other than a conflict (or the form's own problems) is the outcome's to tell.
  const otherFailure = failure && !conflict ? failure : null;

  return (
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
        <WhoFields
          values={values}
          set={set}
          issue={issue}
          records={records}
          person={person}
          onPerson={setPerson}
          firstRef={firstRef}
        />
        <WhenFields values={values} set={set} issue={issue} />
        <RepeatFields values={values} set={set} issue={issue} />
        <Textarea
          label={t('booking.notes')}
          name="notes"
          autosize
          minRows={1}
          maxRows={4}
          value={values.notes}
          onChange={(event) => set('notes', event.currentTarget.value)}
          error={issue('notes')}
        />
        {summary && (
          <Text fw={600} aria-live="polite" data-testid="rule-summary">
            {summary}
          </Text>
        )}
        {!conflict && <LiveCheckNote check={check} names={names} />}
        <FormOutcome issues={issues} failure={otherFailure} />
        {conflict && (
          <div ref={conflictRef}>
            <ConflictPanel
              conflict={conflict}
              names={names}
              overrideReason={values.overrideReason}
              onOverrideReason={(reason) => set('overrideReason', reason)}
              overrideError={issue('overrideReason')}
              needing={needing}
              drafts={drafts}
              onDecision={decide}
              decisionErrorOf={(date, field) => issue(`decisions.${date}.${field}`)}
            />
          </div>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('booking.cancel')}
          </Button>
          <Button type="submit" loading={saving} color={overriding ? 'orange' : undefined}>
            {label}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
