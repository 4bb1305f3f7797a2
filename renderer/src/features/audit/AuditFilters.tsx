import { Button, NativeSelect } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_KINDS, type AuditKind } from '../../../../shared/contract/audit';
import { DateField } from '../places/form/DateField';
import { parseTypedDate, toTypedDate } from '../places/form/typedDate';
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

type Bound = 'from' | 'to';

/**
 * The period typed as DD.MM.YYYY like every other date in the app (a native date field showed the system's
 * "mm/dd/yyyy"). A day reaches the filter once the text is one; an emptied field drops it.
 */
function useTypedBounds(filter: Filter, set: (key: Bound, value: string | null) => void) {
  const [typed, setTyped] = useState({ from: toTyped(filter.from), to: toTyped(filter.to) });
  const [left, setLeft] = useState({ from: false, to: false });
  const type = (key: Bound, text: string) => {
    setTyped((current) => ({ ...current, [key]: text }));
    const day = text.trim() === '' ? null : parseTypedDate(text);
    if (day !== null || text.trim() === '') set(key, day);
  };
  const invalid = (key: Bound) =>
    left[key] && typed[key].trim() !== '' && parseTypedDate(typed[key]) === null;
  const leave = (key: Bound) => setLeft((current) => ({ ...current, [key]: true }));
  const clear = () => {
    setTyped({ from: '', to: '' });
    setLeft({ from: false, to: false });
  };
  return { typed, type, invalid, leave, clear };
}

function toTyped(day: string | null): string {
  return day === null ? '' : toTypedDate(day);
}

export function AuditFilters({ filter, users, rangeError, onChange }: Props) {
  const { t } = useTranslation();
  const set = <K extends keyof Filter>(key: K, value: Filter[K]) => onChange({ ...filter, [key]: value });
  const bounds = useTypedBounds(filter, set);
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
      <DateField
        label={t('audit.filters.from')}
        value={bounds.typed.from}
        error={bounds.invalid('from') ? t('validation.date') : undefined}
        onChange={(event) => bounds.type('from', event.currentTarget.value)}
        onBlur={() => bounds.leave('from')}
        w="9rem"
      />
      <DateField
        label={t('audit.filters.to')}
        value={bounds.typed.to}
        error={bounds.invalid('to') ? t('validation.date') : rangeError}
        onChange={(event) => bounds.type('to', event.currentTarget.value)}
        onBlur={() => bounds.leave('to')}
        w="9rem"
      />
      <Button
        variant="default"
        onClick={() => {
          bounds.clear();
          onChange(NO_FILTER);
        }}
      >
        {t('audit.filters.clear')}
      </Button>
    </search>
  );
}
