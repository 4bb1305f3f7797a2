import { Button, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_KINDS, type AuditKind } from '../../../../shared/contract/audit';
import { DateValueField } from '../places/form/DateValueField';
import { PersonFilter } from './PersonFilter';
import classes from './AuditPage.module.css';

export interface Filter {
  beneficiaryId: number | null;
  userId: string | null;
  kind: AuditKind | null;
  from: string | null;
  to: string | null;
}

export const NO_FILTER: Filter = { beneficiaryId: null, userId: null, kind: null, from: null, to: null };

interface Props {
  filter: Filter;
  users: Array<{ userId: string; userName: string }>;
  rangeError?: string;
  onChange: (filter: Filter) => void;
}

export function AuditFilters({ filter, users, rangeError, onChange }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof Filter>(key: K, value: Filter[K]) => onChange({ ...filter, [key]: value });
  // The period typed as DD.MM.YYYY like every other date in the app; "Clear" starts both fields afresh.
  const [cleared, setCleared] = useState(0);
  const bound = (key: 'from' | 'to') => (date: string | null) => {
    if (date !== null) set(key, date === '' ? null : date);
  };
  return (
    <search className={classes.filters} aria-label={t('audit.filters.label')}>
      <PersonFilter value={filter.beneficiaryId} onChange={(id) => set('beneficiaryId', id)} />
      <NativeSelect
        label={t('audit.filters.user')}
        value={filter.userId ?? ''}
        onChange={(event) => set('userId', event.currentTarget.value || null)}
      >
        <option value="">{t('audit.filters.anyUser')}</option>
        {users.map((user) => (
          <option key={user.userId} value={user.userId}>
            {user.userName}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        label={t('audit.filters.kind')}
        value={filter.kind ?? ''}
        onChange={(event) => {
          const kind = AUDIT_KINDS.find((k) => k === event.currentTarget.value) ?? null;
          set('kind', kind);
        }}
      >
        <option value="">{t('audit.filters.anyKind')}</option>
        {AUDIT_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {t(`audit.kinds.${kind}`)}
          </option>
        ))}
      </NativeSelect>
      <DateValueField
        key={`from-${cleared}`}
        label={t('audit.filters.from')}
        value={filter.from ?? ''}
        onChange={bound('from')}
        w="9rem"
      />
      <DateValueField
        key={`to-${cleared}`}
        label={t('audit.filters.to')}
        value={filter.to ?? ''}
        onChange={bound('to')}
        error={rangeError}
        w="9rem"
      />
      <Button
        variant="default"
        onClick={() => {
          setCleared((count) => count + 1);
          onChange(NO_FILTER);
        }}
      >
        {t('audit.filters.clear')}
      </Button>
    </search>
  );
}
