import { useParams } from 'react-router';

/** The numeric :id of the route, or null when the route has none or it is not a record id. */
export function useRouteId(): number | null {
  const { id } = useParams();
  const parsed = Number(id);
  return id !== undefined && Number.isInteger(parsed) && parsed > 0 ? parsed : null;
}
