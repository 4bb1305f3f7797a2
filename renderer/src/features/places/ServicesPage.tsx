import { ComingSoonPage } from '../placeholder/ComingSoonPage';

export function ServicesPage() {
  return <ComingSoonPage title="nav.settings" />;
}
