import type { AppErrorData } from '../../../../../shared/contract';
import type { GroupFullConflict } from '../../../../../shared/contract/groups';

/** The details of an enrolment refused because the group is full, or null for any other error. */
export function isGroupFull(error: AppErrorData): GroupFullConflict | null {
  if (error.code !== 'CONFLICT' || error.details?.kind !== 'group_full') return null;
  const details = error.details as Partial<GroupFullConflict>;
  return {
    kind: 'group_full',
    dates: Array.isArray(details.dates) ? details.dates : [],
    firstFreeDate: typeof details.firstFreeDate === 'string' ? details.firstFreeDate : null,
  };
}
