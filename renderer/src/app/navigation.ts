import type { Access } from '../../../shared/contract/permissions';

/**
 * The main areas, in menu order, each with what its pages need: an area the account may not use is not shown.
 * Their paths are part of the interface the e2e tests rely on.
 */
export const AREAS = [
  { path: '/today', label: 'nav.today', access: 'attendance.read' },
  { path: '/calendar', label: 'nav.calendar', access: 'schedule.read' },
  { path: '/people', label: 'nav.people', access: 'people.read' },
  { path: '/groups', label: 'nav.groups', access: 'schedule.read' },
  { path: '/plans', label: 'nav.plans', access: 'programmes.read' },
  { path: '/notes', label: 'nav.notes', access: 'notes.read' },
  { path: '/reports', label: 'nav.reports', access: 'attendance.read' },
  { path: '/settings', label: 'nav.settings', access: 'settings.read' },
] as const satisfies ReadonlyArray<{ path: string; label: string; access: Access }>;

export type AreaLabel = (typeof AREAS)[number]['label'];
