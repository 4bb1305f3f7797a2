import { NativeSelect, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { foldForSearch, searchTerms } from '../../../../shared/domain/search-fold';
import { STAFF_ROLES, type StaffRole, type StaffSummary } from '../../../../shared/domain/staff';
import { formatNumber } from '../../../../shared/i18n/numbers';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useLanguage } from '../../lib/languageContext';
import { ListToolbar } from './ListToolbar';
import { StaffEditor } from './staff/StaffEditor';
import { staffName, StaffTable } from './staff/StaffTable';
import { useRecords } from './useRecords';

const loadStaff = () => invoke('staff.list', { includeInactive: true });
const loadServices = () => invoke('services.list', { includeInactive: true });

/** About sixty people: the whole list is loaded once and filtered as the person types. */
function matches(person: StaffSummary, terms: string[], role: StaffRole | ''): boolean {
  if (role && !person.roles.includes(role)) return false;
  if (terms.length === 0) return true;
  const words =
    `${foldForSearch(staffName(person))} ${person.phone?.slice(4) ?? ''} ${person.phone?.slice(1) ?? ''}`
      .split(' ')
      .filter(Boolean);
  return terms.every((term) => words.some((word) => word.startsWith(term)));
}

export function StaffPage() {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const staff = useRecords(loadStaff);
  const services = useRecords(loadServices);
  const [query, setQuery] = useState('');
  const [role, setRole] = useState<StaffRole | ''>('');
  const [showInactive, setShowInactive] = useState(false);
  // undefined: no editor open; null: a new staff member.
  const [editing, setEditing] = useState<number | null | undefined>(undefined);
  const [saved, setSaved] = useState(false);

  const serviceById = useMemo(
    () => new Map(services.state.status === 'ready' ? services.state.value.map((s) => [s.id, s]) : []),
    [services.state],
  );
  const shown =
    staff.state.status === 'ready'
      ? staff.state.value.filter(
          (person) => (showInactive || person.active) && matches(person, searchTerms(query), role),
        )
      : [];
  const failed =
    staff.state.status === 'failed'
      ? staff.state
      : services.state.status === 'failed'
        ? services.state
        : null;

  return (
    <>
      <PageHeader title={t('places.staff.title')}>{t('places.staff.intro')}</PageHeader>
      <ListToolbar
        addLabel={t('places.staff.add')}
        onAdd={() => {
          setSaved(false);
          setEditing(null);
        }}
        showInactive={showInactive}
        onShowInactive={setShowInactive}
      >
        <TextInput
          label={t('places.staff.search')}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.currentTarget.value)}
          w="16rem"
          autoComplete="off"
        />
        <NativeSelect
          label={t('places.staff.roleFilter')}
          value={role}
          onChange={(event) => setRole(event.currentTarget.value as StaffRole | '')}
          data={[
            { value: '', label: t('places.staff.allRoles') },
            ...STAFF_ROLES.map((r) => ({ value: r, label: t(`places.roles.${r}`) })),
          ]}
        />
      </ListToolbar>
      <Text role="status" c="teal.9" fw={600} mb="xs">
        {saved ? t('places.form.saved') : ''}
      </Text>
      {failed && (
        <ErrorAlert
          error={failed.error}
          onRetry={() => {
            staff.reload();
            services.reload();
          }}
        />
      )}
      {!failed && (staff.state.status === 'loading' || services.state.status === 'loading') && <Loading />}
      {staff.state.status === 'ready' && services.state.status === 'ready' && (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {t('places.form.shown', { number: formatNumber(shown.length, language) })}
          </Text>
          <StaffTable
            staff={shown}
            services={serviceById}
            showStatus={showInactive}
            onEdit={(person) => {
              setSaved(false);
              setEditing(person.id);
            }}
          />
        </>
      )}
      {editing !== undefined && services.state.status === 'ready' && (
        <StaffEditor
          key={editing ?? 'new'}
          staffId={editing}
          services={services.state.value}
          onClose={() => setEditing(undefined)}
          onSaved={(person) => {
            staff.upsert(person);
            setEditing(undefined);
            setSaved(true);
          }}
        />
      )}
    </>
  );
}
