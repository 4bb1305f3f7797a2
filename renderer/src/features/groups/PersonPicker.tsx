import { Select } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fullName } from '../../../../shared/domain/people';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { invoke } from '../../api';
import { useLanguage } from '../../lib/languageContext';
import type { Option } from './useGroupRecords';

/** Typing pauses this long before people are searched for. */
const TYPING_PAUSE_MS = 250;

interface Props {
  label: string;
  value: Option | null;
  onChange(person: Option | null): void;
  error?: string | undefined;
}

/**
 * A person found by searching (name in either script, PINFL, phone): the centre has thousands. Each option
 * names the birth date too, since namesakes are common.
 */
export function PersonPicker({ label, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const [search, setSearch] = useState('');
  const [found, setFound] = useState<Option[]>([]);

  useEffect(() => {
    const query = search.trim();
    if (query === '' || query === value?.label) return;
    let current = true;
    const timer = window.setTimeout(() => {
      void invoke('people.search', { query, pageSize: 20 }).then((result) => {
        if (!current || !result.ok) return;
        setFound(
          result.value.items.map((person) => ({
            value: String(person.id),
            label: `${fullName(person)} (${formatCalendarDate(person.birthDate, language, 'short')})`,
          })),
        );
      });
    }, TYPING_PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [search, value?.label, language]);

  const data = value && !found.some((o) => o.value === value.value) ? [value, ...found] : found;
  return (
    <Select
      label={label}
      placeholder={t('groups.enrol.personPlaceholder')}
      searchable
      clearable
      withAsterisk
      // The backend has already matched the words; Select must not filter them again by its own rules.
      filter={({ options }) => options}
      nothingFoundMessage={search.trim() === '' ? undefined : t('groups.enrol.nobody')}
      data={data}
      value={value?.value ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(next, option) =>
        onChange(next === null ? null : { value: next, label: option?.label ?? next })
      }
      error={error}
    />
  );
}
