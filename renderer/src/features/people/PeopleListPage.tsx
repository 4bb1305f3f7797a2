import { ComingSoonPage } from '../placeholder/ComingSoonPage';

export function PeopleListPage() {
  return <ComingSoonPage title="nav.people" />;
}
