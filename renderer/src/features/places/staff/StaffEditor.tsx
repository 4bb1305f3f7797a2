import { Alert, Tabs } from '@mantine/core';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../../shared/domain/services';
import { DEFAULT_SETTINGS } from '../../../../../shared/domain/settings';
import type { Absence, Staff } from '../../../../../shared/domain/staff';
import { invoke } from '../../../api';
import { Loaded } from '../../../components/Loaded';
import { useCentre } from '../../../lib/centreContext';
import { useLoad } from '../../../lib/useLoad';
import { EditorModal } from '../form/EditorModal';
import { AbsencesPanel } from './AbsencesPanel';
import { StaffDetailsForm } from './StaffDetailsForm';
import { newStaffValues, staffValues } from './staffForm';

interface Props {
  /** The id of the staff member to edit, or null for a new one. */
  staffId: number | null;
  services: Service[];
  onClose(): void;
  onSaved(staff: Staff): void;
}

export function StaffEditor({ staffId, services, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  return (
    <EditorModal
      opened
      onClose={onClose}
      size="58rem"
      title={t(staffId === null ? 'places.staff.addTitle' : 'places.staff.editTitle')}
    >
      {staffId === null ? (
        <NewStaff services={services} onClose={onClose} onSaved={onSaved} />
      ) : (
        <ExistingStaff staffId={staffId} services={services} onClose={onClose} onSaved={onSaved} />
      )}
    </EditorModal>
  );
}

type PartProps = Omit<Props, 'staffId'>;

function NewStaff({ services, onClose, onSaved }: PartProps) {
  const { t } = useTranslation();
  const centre = useCentre().settings ?? DEFAULT_SETTINGS;
  return (
    <StaffTabs
      keepMounted={false}
      details={
        <StaffDetailsForm
          staff={null}
          initial={newStaffValues(centre)}
          services={services}
          onCancel={onClose}
          onSaved={onSaved}
        />
      }
      absences={<Alert variant="light">{t('places.absences.saveFirst')}</Alert>}
    />
  );
}

function ExistingStaff({ staffId, services, onClose, onSaved }: PartProps & { staffId: number }) {
  const load = useCallback(() => invoke('staff.get', { id: staffId }), [staffId]);
  const { state, retry } = useLoad(load);
  return (
    <Loaded state={state} onRetry={retry}>
      {(staff) => <LoadedStaff staff={staff} services={services} onClose={onClose} onSaved={onSaved} />}
    </Loaded>
  );
}

function LoadedStaff({ staff, services, onClose, onSaved }: PartProps & { staff: Staff }) {
  const centre = useCentre().settings ?? DEFAULT_SETTINGS;
  const [absences, setAbsences] = useState<Absence[]>(staff.absences);
  // Both panels stay mounted, so switching tabs never loses what was typed in the other.
  return (
    <StaffTabs
      details={
        <StaffDetailsForm
          staff={staff}
          initial={staffValues(staff, centre)}
          services={services}
          onCancel={onClose}
          onSaved={(saved) => onSaved({ ...saved, absences })}
        />
      }
      absences={<AbsencesPanel staffId={staff.id} absences={absences} onChange={setAbsences} />}
    />
  );
}

/** The editor's two tabs: the details form and the absences. */
function StaffTabs({
  details,
  absences,
  keepMounted = true,
}: {
  details: ReactNode;
  absences: ReactNode;
  keepMounted?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Tabs defaultValue="details" keepMounted={keepMounted}>
      <Tabs.List mb="md">
        <Tabs.Tab value="details">{t('places.staff.details')}</Tabs.Tab>
        <Tabs.Tab value="absences">{t('places.absences.title')}</Tabs.Tab>
      </Tabs.List>
      <Tabs.Panel value="details">{details}</Tabs.Panel>
      <Tabs.Panel value="absences">{absences}</Tabs.Panel>
    </Tabs>
  );
}
