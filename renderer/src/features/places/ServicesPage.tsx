import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Service } from '../../../../shared/domain/services';
import { invoke } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ListToolbar } from './ListToolbar';
import { ServiceEditor } from './services/ServiceEditor';
import { ServicesTable } from './services/ServicesTable';
import { useRecords } from './useRecords';

const loadServices = () => invoke('services.list', { includeInactive: true });

/** The services catalogue: pre-filled for a new centre, edited by the manager. */
export function ServicesPage() {
  const { t } = useTranslation();
  const { state, reload, upsert } = useRecords(loadServices);
  const [showInactive, setShowInactive] = useState(false);
  // undefined: no editor open; null: a new service.
  const [editing, setEditing] = useState<Service | null | undefined>(undefined);

  return (
    <>
      <PageHeader title={t('places.services.title')}>{t('places.services.intro')}</PageHeader>
      <ListToolbar
        addLabel={t('places.services.add')}
        onAdd={() => setEditing(null)}
        showInactive={showInactive}
        onShowInactive={setShowInactive}
      />
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <ErrorAlert error={state.error} onRetry={reload} />}
      {state.status === 'ready' && (
        <ServicesTable
          services={state.records.filter((service) => showInactive || service.active)}
          showStatus={showInactive}
          onEdit={setEditing}
        />
      )}
      {editing !== undefined && (
        <ServiceEditor
          key={editing?.id ?? 'new'}
          service={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(service) => {
            upsert(service);
            setEditing(undefined);
          }}
        />
      )}
    </>
  );
}
