import { ComingSoonPage } from '../placeholder/ComingSoonPage';

export function BeneficiaryPage() {
  return <ComingSoonPage title="nav.people" />;
}
