import { useTranslation } from 'react-i18next';
import { invoke } from '../../api';
import { RecordsPage } from './RecordsPage';
import { ServiceEditor } from './services/ServiceEditor';
import { ServicesTable } from './services/ServicesTable';

const loadServices = () => invoke('services.list', { includeInactive: true });

/** The services catalogue: pre-filled for a new centre, edited by the manager. */
export function ServicesPage() {
  const { t } = useTranslation();
  return (
    <RecordsPage
      title={t('places.services.title')}
      intro={t('places.services.intro')}
      addLabel={t('places.services.add')}
      load={loadServices}
      table={(services, showStatus, onEdit) => (
        <ServicesTable services={services} showStatus={showStatus} onEdit={onEdit} />
      )}
      editor={(service, props) => <ServiceEditor service={service} {...props} />}
    />
  );
}
