import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../shared/contract';
import { auditFilterSchema, type AuditEntry } from '../../../../shared/contract/audit';
import { localDateTime } from '../../../../shared/domain/scheduling/time-zone';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { errorFieldIssues, invoke } from '../../api';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useCentreTimeZone } from '../../lib/centreContext';
import { useLanguage } from '../../lib/languageContext';
import { useMessageText } from '../../lib/message';
import { AuditChanges } from './AuditChanges';
import { AuditFilters, NO_FILTER, type Filter } from './AuditFilters';
import { actionKey } from './auditFormat';

interface Page {
  entries: AuditEntry[];
  total: number;
  pageSize: number;
}

const KIND_COLOURS = { change: 'blue', view: 'grape', access: 'gray' } as const;

/** The append-only log for managers: who changed or opened what, newest first, filtered and paged. */
export function AuditPage() {
  const { t } = useTranslation();
  const text = useMessageText();
  const { language } = useLanguage();
  const timeZone = useCentreTimeZone();
  const [filter, setFilter] = useState<Filter>(NO_FILTER);
  const [page, setPage] = useState(0);
  const [result, setResult] = useState<Page | null>(null);
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const [users, setUsers] = useState<Array<{ userId: string; userName: string }>>([]);
  const [open, setOpen] = useState<number | null>(null);

  const checked = auditFilterSchema.safeParse({ ...filter, page });
  const rangeIssue = checked.success ? undefined : { key: 'audit.validation.range' };

  useEffect(() => {
    let current = true;
    void invoke('audit.users', {}).then((r) => {
      if (current && r.ok) setUsers(r.value);
    });
    return () => {
      current = false;
    };
  }, []);

  useEffect(() => {
    if (rangeIssue) return;
    let current = true;
    void invoke('audit.list', { ...filter, page }).then((r) => {
      if (!current) return;
      if (r.ok) {
        setResult(r.value);
        setFailure(null);
      } else if (Object.keys(errorFieldIssues(r.error)).length === 0) setFailure(r.error);
    });
    return () => {
      current = false;
    };
    // rangeIssue follows from filter; listing it would re-run for an equal object.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filter, page]);

  const when = (instant: string) => {
    const { date, time } = localDateTime(instant, timeZone);
    return `${formatCalendarDate(date, language, 'short')} ${time}`;
  };
  const what = (entry: AuditEntry) => {
    const key = actionKey(entry);
    if (key) return text({ key });
    return entry.kind === 'view' ? t('audit.opened') : entry.action;
  };
  const pages = result ? Math.max(1, Math.ceil(result.total / result.pageSize)) : 1;

  return (
    <>
      <PageHeader title={t('audit.title')}>{t('audit.intro')}</PageHeader>
      <AuditFilters
        filter={filter}
        users={users}
        rangeError={rangeIssue ? text(rangeIssue) : undefined}
        onChange={(next) => {
          setFilter(next);
          setPage(0);
          setOpen(null);
        }}
      />
      {failure && <ErrorAlert error={failure} />}
      {!result && !failure && <Loading />}
      {result && (
        <>
          <Text mb="sm" role="status">
            {t('audit.total', { count: result.total })}
          </Text>
          <DataTable
            caption={t('audit.title')}
            minWidth={820}
            rows={result.entries}
            empty={t('audit.noEntries')}
            columns={[
              { label: t('audit.columns.at') },
              { label: t('audit.columns.user') },
              { label: t('audit.columns.kind') },
              { label: t('audit.columns.action') },
              { label: t('audit.columns.person') },
              { label: t('audit.details'), hidden: true },
            ]}
          >
            {(entry) => (
              <Fragment key={entry.id}>
                <Table.Tr>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{when(entry.at)}</Table.Td>
                  <Table.Td>{entry.userName ?? t('audit.system')}</Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={KIND_COLOURS[entry.kind]}>
                      {t(`audit.kinds.${entry.kind}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{what(entry)}</Table.Td>
                  <Table.Td>{entry.beneficiaryName ?? '—'}</Table.Td>
                  <Table.Td>
                    {entry.changes.length > 0 && (
                      <Button
                        size="xs"
                        variant="subtle"
                        aria-expanded={open === entry.id}
                        onClick={() => setOpen(open === entry.id ? null : entry.id)}
                      >
                        {t('audit.details')} ({entry.changes.length})
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
                {open === entry.id && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>
                      <AuditChanges changes={entry.changes} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            )}
          </DataTable>
          <Group mt="md" gap="sm">
            <Button variant="default" disabled={page === 0} onClick={() => setPage(page - 1)}>
              {t('audit.previous')}
            </Button>
            <Text>{t('audit.page', { page: page + 1, pages })}</Text>
            <Button variant="default" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)}>
              {t('audit.next')}
            </Button>
          </Group>
        </>
      )}
    </>
  );
}
