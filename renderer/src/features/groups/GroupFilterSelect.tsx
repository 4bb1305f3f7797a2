import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api';
import { useLoad } from '../../lib/useLoad';

const loadGroups = () => invoke('groups.list', { includeInactive: true });

interface Props {
  value: number | null;
  onChange(groupId: number | null): void;
}

/** Narrows the calendar to one group's sessions; an inactive group is offered only when it is already chosen. */
export function GroupFilterSelect({ value, onChange }: Props) {
  const { t } = useTranslation();
  const { state } = useLoad(loadGroups);
  const groups = state.status === 'ready' ? state.value : [];
  const data = groups
    .filter((group) => group.active || group.id === value)
    .map((group) => ({ value: String(group.id), label: group.name }));
  return (
    <Select
      label={t('groups.calendarFilter')}
      placeholder={t('sessionActions.filters.any')}
      data={data}
      value={value === null ? null : String(value)}
      onChange={(next) => onChange(next === null ? null : Number(next))}
      clearable
      searchable
      w={210}
    />
  );
}
