import { ComingSoonPage } from '../placeholder/ComingSoonPage';

export function BeneficiaryFormPage() {
  return <ComingSoonPage title="nav.people" />;
}
