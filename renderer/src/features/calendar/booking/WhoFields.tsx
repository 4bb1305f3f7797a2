import { Select, SimpleGrid } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, motherOf, type Beneficiary } from '../../../../../shared/domain/people';
import { serviceName } from '../../../../../shared/domain/services';
import { useLanguage } from '../../../lib/languageContext';
import { BeneficiaryField } from './BeneficiaryField';
import { MakeupCreditField } from './MakeupCreditField';
import type { BookingValues } from './bookingForm';
import { specialistsFor, withMother, type BookingRecords } from './records';

interface Props {
  values: BookingValues;
  set<K extends keyof BookingValues>(field: K, value: BookingValues[K]): void;
  issue(path: string): string | undefined;
  records: BookingRecords;
  person: Beneficiary | null;
  onPerson(person: Beneficiary | null): void;
  /** The first field, focused when the dialog's form appears. */
  firstRef: Ref<HTMLInputElement>;
}

/** Service, specialist, person, accompanying mother and room. */
export function WhoFields({ values, set, issue, records, person, onPerson, firstRef }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const service = records.services.find((s) => String(s.id) === values.serviceId);
  const serviceId = service ? service.id : null;
  const specialists = specialistsFor(records.staff, serviceId);
  const guardians = person?.guardians ?? [];
  const showMother = withMother(service) || guardians.length > 0;

  const chooseService = (id: string | null) => {
    set('serviceId', id);
    const chosen = records.services.find((s) => String(s.id) === id);
    if (!chosen) return;
    set('minutes', chosen.defaultMinutes);
    const able = specialistsFor(records.staff, chosen.id);
    // A specialist who does not deliver the service cannot stay; when only one does, that one is meant.
    const only = able.length === 1 ? able[0] : undefined;
    if (!able.some((s) => String(s.id) === values.specialistId))
      set('specialistId', only ? String(only.id) : null);
    if (withMother(chosen) && person && values.motherGuardianId === null) {
      const mother = motherOf(person);
      if (mother) set('motherGuardianId', String(mother.id));
    }
  };

  const choosePerson = (id: string | null, chosen: Beneficiary | null) => {
    set('beneficiaryId', id);
    set('makeupCreditId', null);
    onPerson(chosen);
    const mother = chosen && withMother(service) ? motherOf(chosen) : null;
    set('motherGuardianId', mother ? String(mother.id) : null);
  };

  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
      <Select
        label={t('booking.service')}
        name="serviceId"
        required
        searchable
        openOnFocus={false}
        data={records.services
          .filter((s) => s.active)
          .map((s) => ({ value: String(s.id), label: serviceName(s, language) }))}
        value={values.serviceId}
        onChange={chooseService}
        error={issue('serviceId')}
        ref={firstRef}
        // Taken by the dialog's focus trap when the records were already there as it opened.
        data-autofocus
      />
      <Select
        label={t('booking.specialist')}
        name="specialistId"
        required
        searchable
        openOnFocus={false}
        data={specialists.map((s) => ({ value: String(s.id), label: fullName(s) }))}
        value={values.specialistId}
        onChange={(id) => set('specialistId', id)}
        description={serviceId !== null && specialists.length === 0 ? t('booking.specialistNone') : undefined}
        error={issue('specialistId')}
      />
      <BeneficiaryField value={values.beneficiaryId} onChange={choosePerson} error={issue('beneficiaryId')} />
      {showMother && (
        <Select
          label={t('booking.mother')}
          name="motherGuardianId"
          description={withMother(service) ? t('booking.motherHint') : undefined}
          placeholder={t('booking.noMother')}
          clearable
          data={guardians.map((g) => ({
            value: String(g.id),
            label: `${fullName(g)} (${t(`people.relation.${g.relation}`)})`,
          }))}
          value={values.motherGuardianId}
          onChange={(id) => set('motherGuardianId', id)}
          error={issue('motherGuardianId')}
        />
      )}
      <Select
        label={t('booking.room')}
        name="roomId"
        placeholder={t('booking.noRoom')}
        clearable
        searchable
        openOnFocus={false}
        data={records.rooms.filter((r) => r.active).map((r) => ({ value: String(r.id), label: r.name }))}
        value={values.roomId}
        onChange={(id) => set('roomId', id)}
        error={issue('roomId')}
      />
      <MakeupCreditField
        beneficiaryId={values.beneficiaryId}
        value={values.makeupCreditId}
        onChange={(id) => set('makeupCreditId', id)}
        onService={chooseService}
        serviceId={values.serviceId}
        records={records}
        error={issue('makeupCreditId')}
      />
    </SimpleGrid>
  );
}
