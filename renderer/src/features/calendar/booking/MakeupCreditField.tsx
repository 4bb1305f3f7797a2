import { Radio, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MakeupCredit } from '../../../../../shared/contract/attendance';
import { serviceName } from '../../../../../shared/domain/services';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { invoke } from '../../../api';
import { useLanguage } from '../../../lib/languageContext';
import type { BookingRecords } from './records';

const NONE = '';

interface Props {
  beneficiaryId: string | null;
  /** The chosen credit's id as text, or null. */
  value: string | null;
  onChange(creditId: string | null): void;
  /** A credit is for a service: choosing it chooses that service. */
  onService(serviceId: string): void;
  serviceId: string | null;
  records: BookingRecords;
  error?: string | undefined;
}

/** The person's open make-up credits, fetched again for each person chosen. */
function useCredits(beneficiaryId: string | null): MakeupCredit[] | null {
  const [credits, setCredits] = useState<{ of: string; list: MakeupCredit[] } | null>(null);
  useEffect(() => {
    if (beneficiaryId === null || beneficiaryId === '') return;
    let current = true;
    void invoke('attendance.credits', { beneficiaryId: Number(beneficiaryId) }).then((result) => {
      if (current) setCredits({ of: beneficiaryId, list: result.ok ? result.value : [] });
    });
    return () => {
      current = false;
    };
  }, [beneficiaryId]);
  return credits !== null && credits.of === beneficiaryId ? credits.list : null;
}

/**
 * The sessions the centre cancelled for this person and still owes: the booking can be the make-up for one
 * of them. Shown only when something is owed.
 */
export function MakeupCreditField({
  beneficiaryId,
  value,
  onChange,
  onService,
  serviceId,
  records,
  error,
}: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const credits = useCredits(beneficiaryId);
  if (credits === null) return null;
  // Nothing owed: nothing to show, but the answer is marked so that a test can tell it came.
  if (credits.length === 0) return <span hidden data-testid="makeup-credits-none" />;
  const label = (credit: MakeupCredit) => {
    const service = records.services.find((s) => s.id === credit.serviceId);
    return t('booking.credit.option', {
      service: service ? serviceName(service, language) : '',
      date: formatCalendarDate(credit.sourceDate, language, 'long'),
      time: credit.sourceStartTime,
      specialist: credit.sourceSpecialistName,
    });
  };
  const choose = (chosen: string) => {
    if (chosen === NONE) return onChange(null);
    onChange(chosen);
    const credit = credits.find((c) => String(c.id) === chosen);
    if (credit && String(credit.serviceId) !== serviceId) onService(String(credit.serviceId));
  };
  return (
    <Radio.Group
      name="makeupCreditId"
      label={t('booking.credit.label')}
      description={t('booking.credit.hint')}
      value={value ?? NONE}
      onChange={choose}
      error={error}
      style={{ gridColumn: '1 / -1' }}
      data-testid="makeup-credits"
    >
      <Stack gap={6} mt="xs">
        <Radio value={NONE} label={t('booking.credit.none')} />
        {credits.map((credit) => (
          <Radio
            key={credit.id}
            value={String(credit.id)}
            label={label(credit)}
            description={
              credit.sourceNote ? (
                <Text span size="sm">
                  {credit.sourceNote}
                </Text>
              ) : undefined
            }
          />
        ))}
      </Stack>
    </Radio.Group>
  );
}
