import { Button, Group, Select, Switch } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../../lib/languageContext';
import { GroupFilterSelect } from '../../groups/GroupFilterSelect';
import { BeneficiaryPicker } from './BeneficiaryPicker';
import { isFiltered, NO_FILTERS, type CalendarFilters } from './calendarFilters';
import { useRecordOptions, type CalendarRecords } from './calendarRecords';

interface Props {
  filters: CalendarFilters;
  onChange(changes: Partial<CalendarFilters>): void;
  records: CalendarRecords | null;
}

const idOf = (value: string | null) => (value === null ? null : Number(value));
const valueOf = (id: number | null) => (id === null ? null : String(id));

/**
 * Narrows the calendar to one service, specialist, room, person or group, and shows cancelled sessions on
 * request.
 */
export function CalendarFiltersBar({ filters, onChange, records }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const options = useRecordOptions(records, language);
  const common = { clearable: true, searchable: true, w: 210, placeholder: t('sessionActions.filters.any') };
  return (
    <Group
      gap="sm"
      mb="sm"
      align="flex-end"
      role="group"
      aria-label={t('sessionActions.filters.label')}
      data-testid="calendar-filters"
    >
      <Select
        {...common}
        label={t('sessionActions.filters.service')}
        data={options.services(filters.serviceId)}
        value={valueOf(filters.serviceId)}
        onChange={(value) => onChange({ serviceId: idOf(value) })}
      />
      <Select
        {...common}
        label={t('sessionActions.filters.specialist')}
        data={options.staff(filters.specialistId)}
        value={valueOf(filters.specialistId)}
        onChange={(value) => onChange({ specialistId: idOf(value) })}
      />
      <Select
        {...common}
        label={t('sessionActions.filters.room')}
        data={options.rooms(filters.roomId)}
        value={valueOf(filters.roomId)}
        onChange={(value) => onChange({ roomId: idOf(value) })}
      />
      <BeneficiaryPicker
        value={filters.beneficiaryId}
        onChange={(beneficiaryId) => onChange({ beneficiaryId })}
      />
      <GroupFilterSelect value={filters.groupId} onChange={(groupId) => onChange({ groupId })} />
      <Switch
        label={t('sessionActions.filters.showCancelled')}
        checked={filters.includeCancelled}
        onChange={(event) => onChange({ includeCancelled: event.currentTarget.checked })}
        mb={8}
      />
      {isFiltered(filters) && (
        <Button
          variant="subtle"
          onClick={() => onChange({ ...NO_FILTERS, includeCancelled: filters.includeCancelled })}
        >
          {t('sessionActions.filters.clear')}
        </Button>
      )}
    </Group>
  );
}
