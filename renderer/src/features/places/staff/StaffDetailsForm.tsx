import { Button, Checkbox, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelInput } from '../../../../../shared/contract';
import { staffInputSchema, staffUpdateSchema } from '../../../../../shared/contract/places/staff';
import type { Service } from '../../../../../shared/domain/services';
import type { IsoWeekday } from '../../../../../shared/domain/settings';
import { STAFF_ROLES, type Staff, type StaffRole } from '../../../../../shared/domain/staff';
import { invoke } from '../../../api';
import { useLanguage } from '../../../lib/languageContext';
import { FormOutcome } from '../form/FormOutcome';
import { useIssueText } from '../form/issueText';
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
  const { values, set, update, issues, failure, saving, formRef, submit } = useEditorForm({
    initial,
    schema: staff ? staffUpdateSchema : staffInputSchema,
    toInput: (typed) => (staff ? { id: staff.id, ...staffInput(typed) } : staffInput(typed)),
    send: (input) =>
      staff
        ? invoke('staff.update', input as ChannelInput<'staff.update'>)
        : invoke('staff.create', input as ChannelInput<'staff.create'>),
    onSaved,
    fieldPath: staffFieldPath,
  });
  const issue = useIssueText(issues);
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
    <form ref={formRef} onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="md">
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
        <Checkbox
          label={t('places.form.active')}
          description={t('places.form.activeHint')}
          checked={values.active}
          onChange={(event) => set('active', event.currentTarget.checked)}
        />
        <FormOutcome issues={issues} failure={failure} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('places.actions.cancel')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('places.actions.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
