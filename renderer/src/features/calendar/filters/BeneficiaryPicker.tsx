import { Select } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../../../../shared/i18n/dates';
import { fullName } from '../../../../../shared/domain/people';
import { invoke } from '../../../api';
import { useLanguage } from '../../../lib/languageContext';
import type { Option } from './calendarRecords';

/** Typing pauses this long before people are searched for. */
const TYPING_PAUSE_MS = 250;

interface Props {
  value: number | null;
  onChange(id: number | null): void;
}

/**
 * A person chosen by searching (name in either script, PINFL, phone): the centre has thousands, too many for a
 * list. Each option names the birth date too, since namesakes are common.
 */
export function BeneficiaryPicker({ value, onChange }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<Option[]>([]);
  const [chosen, setChosen] = useState<Option | null>(null);

  const label = (person: Parameters<typeof fullName>[0] & { birthDate: string }) =>
    `${fullName(person)} (${formatCalendarDate(person.birthDate, language, 'short')})`;

  // A person chosen before (from the address) is named once it is read.
  useEffect(() => {
    if (value === null || chosen?.value === String(value)) return;
    let current = true;
    void invoke('people.get', { id: value }).then((result) => {
      if (current && result.ok) setChosen({ value: String(value), label: label(result.value) });
    });
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- named again only when another person is chosen
  }, [value]);

  useEffect(() => {
    const query = search.trim();
    if (query === '' || query === chosen?.label) return;
    let current = true;
    const timer = window.setTimeout(() => {
      void invoke('people.search', { query, pageSize: 20 }).then((result) => {
        if (current && result.ok)
          setFound(result.value.items.map((person) => ({ value: String(person.id), label: label(person) })));
      });
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the label follows the language on the next search
  }, [search, chosen?.label]);

  const shown = value === null ? null : chosen;
  const data = shown && !found.some((o) => o.value === shown.value) ? [shown, ...found] : found;
  return (
    <Select
      label={t('sessionActions.filters.person')}
      placeholder={t('sessionActions.filters.personPlaceholder')}
      searchable
      clearable
      // The backend has already matched the words; Select must not filter them again by its own rules.
      filter={({ options }) => options}
      nothingFoundMessage={search.trim() === '' ? undefined : t('sessionActions.filters.nobody')}
      data={data}
      value={value === null ? null : String(value)}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(next, option) => {
        if (next !== null && option) setChosen({ value: next, label: option.label });
        onChange(next === null ? null : Number(next));
      }}
      w={260}
    />
  );
}
