import { ComingSoonPage } from '../placeholder/ComingSoonPage';

export function StaffPage() {
  return <ComingSoonPage title="nav.settings" />;
}
