/** Scheduling's pure rules: recurring series, per-session changes, conflicts, group rosters, waiting lists. */
export * from './types';
export * from './sessions';
export * from './time-zone';
export * from './recurrence';
export * from './exceptions';
export * from './series-edits';
export * from './series-sync';
export * from './closures';
export * from './clash-types';
export * from './conflicts';
export * from './groups';
export * from './waiting-list';
