import { Navigate } from 'react-router';
import { callerMay, type Permission } from '../../../shared/contract/permissions';
import { useAuth } from './useCan';
import { AREAS } from './navigation';

/** The first area of the menu this account may use: Today for reception, Settings for an administrator. */
export function Home() {
  const auth = useAuth();
  const permissions = new Set<Permission>(auth?.session.permissions ?? []);
  const caller = { userId: auth?.session.account?.id ?? 'operator', permissions };
  const area = auth ? AREAS.find((a) => callerMay(caller, a.access)) : AREAS[0];
  return <Navigate to={area?.path ?? '/settings'} replace />;
}
