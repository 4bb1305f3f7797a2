/** Attendance's pure rules: marks and what they need, planned absences, the register's totals. */
export * from './marks';
export * from './planned';
export * from './totals';
export * from './register';
