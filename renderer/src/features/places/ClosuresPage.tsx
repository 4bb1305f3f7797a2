import { ComingSoonPage } from '../placeholder/ComingSoonPage';

export function ClosuresPage() {
  return <ComingSoonPage title="nav.settings" />;
}
