import { AUDIT_PAGE_SIZE } from '../../../shared/contract/audit';
import type { Registry } from '../registry';
import { readSettings } from '../settings/repository';
import { auditUsers, listAudit } from './repository';

export function registerAudit(registry: Registry): void {
  registry.register('audit.list', {
    write: false,
    async run(input, { db }) {
      const { timeZone } = await readSettings(db);
      const { page, ...filter } = input;
      const { entries, total } = await listAudit(db, filter, page, AUDIT_PAGE_SIZE, timeZone);
      return { entries, total, pageSize: AUDIT_PAGE_SIZE };
    },
  });
  registry.register('audit.users', { write: false, run: async (_input, { db }) => auditUsers(db) });
}
