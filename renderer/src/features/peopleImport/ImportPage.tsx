import { ComingSoonPage } from '../placeholder/ComingSoonPage';

export function ImportPage() {
  return <ComingSoonPage title="nav.people" />;
}
