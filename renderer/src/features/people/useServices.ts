import { invoke } from '../../api';
import { useLoad } from '../../lib/useLoad';

const loadServices = () => invoke('services.list', { includeInactive: true });

/** The centre's services, for the list's filter and the referral's choice of services. */
export function useServices() {
  return useLoad(loadServices);
}
