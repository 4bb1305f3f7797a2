import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName, type Beneficiary } from '../../../../../shared/domain/people';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { invoke } from '../../../api';
import { useLanguage } from '../../../lib/languageContext';

interface Option {
  value: string;
  label: string;
}

interface Props {
  value: string | null;
  /** The chosen person's whole record (guardians included), or null when cleared. */
  onChange(id: string | null, person: Beneficiary | null): void;
  error: string | undefined;
}

/** Finds a person as one types (names in either script, PINFL, phone) through people.search. */
export function BeneficiaryField({ value, onChange, error }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [search, setSearch] = useState('');
  const [query] = useDebouncedValue(search, 250);
  const [options, setOptions] = useState<Option[]>([]);
  const [chosen, setChosen] = useState<Option | null>(null);

  useEffect(() => {
    // Once a person is chosen the search box shows their name: that is not a new search.
    if (query.trim() === '' || query === chosen?.label) return;
    let current = true;
    void invoke('people.search', { query, pageSize: 20 }).then((result) => {
      if (!current || !result.ok) return;
      setOptions(
        result.value.items.map((person) => ({
          value: String(person.id),
          label: `${fullName(person)}, ${formatCalendarDate(person.birthDate, language, 'short')}`,
        })),
      );
    });
    return () => {
      current = false;
    };
  }, [query, language, chosen]);

  const choose = (id: string | null) => {
    const option = options.find((o) => o.value === id) ?? null;
    setChosen(option);
    if (id === null) {
      onChange(null, null);
      return;
    }
    void invoke('people.get', { id: Number(id) }).then((result) => {
      onChange(id, result.ok ? result.value : null);
    });
  };

  const data = chosen && !options.some((o) => o.value === chosen.value) ? [chosen, ...options] : options;
  return (
    <Select
      label={t('booking.beneficiary')}
      placeholder={t('booking.beneficiaryHint')}
      name="beneficiaryId"
      required
      searchable
      openOnFocus={false}
      clearable
      data={data}
      value={value}
      onChange={choose}
      searchValue={search}
      onSearchChange={setSearch}
      // The backend has already matched the typed text in every script; the list is not filtered again here.
      filter={({ options: all }) => all}
      nothingFoundMessage={query.trim() === '' ? undefined : t('booking.nothingFound')}
      error={error}
    />
  );
}
