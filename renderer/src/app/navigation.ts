/** The main areas, in menu order. Their paths are part of the interface the e2e tests rely on. */
export const AREAS = [
  { path: '/today', label: 'nav.today' },
  { path: '/calendar', label: 'nav.calendar' },
  { path: '/people', label: 'nav.people' },
  { path: '/groups', label: 'nav.groups' },
  { path: '/plans', label: 'nav.plans' },
  { path: '/notes', label: 'nav.notes' },
  { path: '/reports', label: 'nav.reports' },
  { path: '/settings', label: 'nav.settings' },
] as const;

export type AreaLabel = (typeof AREAS)[number]['label'];
