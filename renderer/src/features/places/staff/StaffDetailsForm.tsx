import { Checkbox, Group, SimpleGrid, TextInput } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../../shared/domain/services';
import type { IsoWeekday } from '../../../../../shared/domain/settings';
import { STAFF_ROLES, type Staff, type StaffRole } from '../../../../../shared/domain/staff';
import { useLanguage } from '../../../lib/languageContext';
import { ActiveCheckbox } from '../form/ActiveCheckbox';
import { createOrUpdate } from '../form/createOrUpdate';
import { EditorForm } from '../form/EditorForm';
import { useEditorForm } from '../form/useEditorForm';
import { HoursField } from './HoursField';
import { staffFieldPath, staffInput, type DayValues, type StaffValues } from './staffForm';

interface Props {
  staff: Staff | null;
  initial: StaffValues;
  services: Service[];
  onCancel(): void;
  onSaved(staff: Staff): void;
}

/** Name, contacts, roles, services and the week's hours of one staff member. */
export function StaffDetailsForm({ staff, initial, services, onCancel, onSaved }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const form = useEditorForm({
    initial,
    ...createOrUpdate(staff, { create: 'staff.create', update: 'staff.update' }, staffInput),
    onSaved,
    fieldPath: staffFieldPath,
  });
  const { values, issue, set, update } = form;
  const changeDay = useCallback(
    (weekday: IsoWeekday, day: DayValues, field: keyof DayValues) =>
      update(
        'days',
        (days) => ({ ...days, [weekday]: day }),
        field === 'works' ? `days.${weekday}` : `days.${weekday}.${field}`,
      ),
    [update],
  );
  // Services no longer in use stay visible for someone who still has them.
  const offered = services.filter((service) => service.active || values.serviceIds.includes(service.id));

  return (
    <EditorForm form={form} onCancel={onCancel}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
        <TextInput
          label={t('places.staff.familyName')}
          value={values.familyName}
          onChange={(event) => set('familyName', event.currentTarget.value)}
          error={issue('familyName')}
          autoComplete="off"
          data-autofocus
        />
        <TextInput
          label={t('places.staff.givenName')}
          value={values.givenName}
          onChange={(event) => set('givenName', event.currentTarget.value)}
          error={issue('givenName')}
          autoComplete="off"
        />
        <TextInput
          label={t('places.staff.patronymic')}
          value={values.patronymic}
          onChange={(event) => set('patronymic', event.currentTarget.value)}
          error={issue('patronymic')}
          autoComplete="off"
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('places.staff.position')}
          value={values.position}
          onChange={(event) => set('position', event.currentTarget.value)}
          error={issue('position')}
          autoComplete="off"
        />
        <TextInput
          label={t('places.staff.phone')}
          value={values.phone}
          onChange={(event) => set('phone', event.currentTarget.value)}
          error={issue('phone')}
          placeholder="+998 90 123 45 67"
          type="tel"
          autoComplete="off"
        />
      </SimpleGrid>
      <Checkbox.Group
        label={t('places.staff.roles')}
        description={t('places.staff.rolesHint')}
        value={values.roles}
        onChange={(checked) =>
          set('roles', STAFF_ROLES.filter((role) => checked.includes(role)) as StaffRole[])
        }
        error={issue('roles')}
      >
        <Group gap="lg" mt="xs">
          {STAFF_ROLES.map((role) => (
            <Checkbox key={role} value={role} label={t(`places.roles.${role}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      <Checkbox.Group
        label={t('places.staff.services')}
        description={t('places.staff.servicesHint')}
        value={values.serviceIds.map(String)}
        onChange={(checked) =>
          set(
            'serviceIds',
            offered.map((service) => service.id).filter((id) => checked.includes(String(id))),
          )
        }
        error={issue('serviceIds')}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs" mt="xs">
          {offered.map((service) => (
            <Checkbox key={service.id} value={String(service.id)} label={service.names[language]} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <HoursField days={values.days} onChange={changeDay} issue={issue} />
      <ActiveCheckbox checked={values.active} onChange={(active) => set('active', active)} />
    </EditorForm>
  );
}
