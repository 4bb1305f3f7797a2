import { Select } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api';

interface Props {
  value: number | null;
  onChange: (id: number | null) => void;
}

/** Finds a beneficiary by any part of their name (either script), as the people list does. */
export function PersonFilter({ value, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [options, setOptions] = useState<Array<{ value: string; label: string }>>([]);

  useEffect(() => {
    let current = true;
    const timer = window.setTimeout(() => {
      void invoke('people.search', { query: search, pageSize: 20 }).then((result) => {
        if (!current || !result.ok) return;
        setOptions(
          result.value.items.map((p) => ({
            value: String(p.id),
            label: [p.familyName, p.givenName, p.patronymic].filter(Boolean).join(' '),
          })),
        );
      });
    }, 200);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [search]);

  return (
    <Select
      label={t('audit.filters.person')}
      placeholder={t('audit.filters.personPlaceholder')}
      searchable
      clearable
      w="16rem"
      data={options}
      value={value === null ? null : String(value)}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(next) => onChange(next === null ? null : Number(next))}
      nothingFoundMessage={t('audit.noEntries')}
    />
  );
}
