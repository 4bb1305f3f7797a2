export { invoke } from './client';
export type { ImkonBridge } from './bridge';
export { errorFieldIssues, errorMessageKey, isUnreachable, issuesByField } from './errors';
