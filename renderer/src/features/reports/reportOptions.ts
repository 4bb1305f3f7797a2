import type { Result } from '../../../../shared/contract';
import type { GroupSummary } from '../../../../shared/contract/groups';
import type { Service } from '../../../../shared/domain/services';
import type { StaffSummary } from '../../../../shared/domain/staff';
import { invoke } from '../../api';

/** What a document can cover: the centre's groups, services and specialists (active ones, as they are chosen now). */
export interface ReportOptions {
  groups: GroupSummary[];
  services: Service[];
  specialists: StaffSummary[];
}

export async function loadReportOptions(): Promise<Result<ReportOptions>> {
  const [groups, services, specialists] = await Promise.all([
    invoke('groups.list', {}),
    invoke('services.list', {}),
    invoke('staff.list', { role: 'specialist' }),
  ]);
  if (!groups.ok) return groups;
  if (!services.ok) return services;
  if (!specialists.ok) return specialists;
  return {
    ok: true,
    value: { groups: groups.value, services: services.value, specialists: specialists.value },
  };
}
