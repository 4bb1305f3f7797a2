import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Result } from '../../../../shared/contract';
import type { GroupDetail } from '../../../../shared/contract/groups';
import { invoke } from '../../api';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { useCentreTimeZone } from '../../lib/centreContext';
import { useLoad } from '../../lib/useLoad';
import { useToday } from '../../lib/useToday';
import { useRouteId } from '../people/routeId';
import { GroupForm } from './form/GroupForm';
import { emptyGroupForm, groupFormOf } from './form/groupForm';
import { useGroupRecords } from './useGroupRecords';

const noGroup = (): Promise<Result<GroupDetail | null>> => Promise.resolve({ ok: true, value: null });

/** A new group (`/groups/new`) or the edit of one (`/groups/:id/edit`). */
export function GroupFormPage() {
  const { t } = useTranslation();
  const id = useRouteId();
  const today = useToday(useCentreTimeZone());
  const load = useCallback(() => (id === null ? noGroup() : invoke('groups.get', { id })), [id]);
  const group = useLoad(load);
  const records = useGroupRecords();
  return (
    <>
      <PageHeader title={t(id === null ? 'groups.form.titleNew' : 'groups.form.titleEdit')} />
      <Loaded state={records.state} onRetry={records.retry}>
        {(loaded) => (
          <Loaded state={group.state} onRetry={group.retry}>
            {(found) => (
              <GroupForm
                key={found?.id ?? 'new'}
                group={found}
                initial={found ? groupFormOf(found, today) : emptyGroupForm(today)}
                records={loaded}
              />
            )}
          </Loaded>
        )}
      </Loaded>
    </>
  );
}
