import { ComingSoonPage } from '../placeholder/ComingSoonPage';

export function RoomsPage() {
  return <ComingSoonPage title="nav.settings" />;
}
