import { Button, Group, Text, Title } from '@mantine/core';
import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { yearRange } from '../../../../shared/domain/calendar';
import type { Closure } from '../../../../shared/domain/closures';
import { useCan } from '../../app/useCan';
import { invoke } from '../../api';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { useCentreTimeZone } from '../../lib/centreContext';
import { useToday } from '../../lib/useToday';
import { ClosureEditor } from './closures/ClosureEditor';
import { ClosuresTable } from './closures/ClosuresTable';
import { DeleteClosureDialog } from './closures/DeleteClosureDialog';
import { useRecords } from './useRecords';

/** Public holidays (filled in for this year and the next) and the centre's own closures, a year at a time. */
export function ClosuresPage() {
  const { t } = useTranslation();
  const today = useToday(useCentreTimeZone());
  const [year, setYear] = useState(() => Number(today.slice(0, 4)));
  const load = useCallback(() => invoke('closures.list', yearRange(year)), [year]);
  const { state, reload, upsert, remove } = useRecords(load);
  const [editing, setEditing] = useState<Closure | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<Closure | null>(null);
  const [status, setStatus] = useState<'saved' | 'deleted' | null>(null);
  const headingId = useId();
  const writes = useCan('centre.write');
  const heading = t('places.closures.yearHeading', { year: String(year) });

  const inYear = (closure: Closure) =>
    closure.endDate >= `${year}-01-01` && closure.startDate <= `${year}-12-31`;
  const sorted = (records: Closure[]) =>
    [...records].sort((a, b) => a.startDate.localeCompare(b.startDate) || a.id - b.id);

  return (
    <>
      <PageHeader title={t('places.closures.title')}>{t('places.closures.intro')}</PageHeader>
      <Group justify="space-between" align="center" mb="md" gap="md">
        <Group gap="sm" align="center">
          <Button variant="default" onClick={() => setYear((y) => y - 1)}>
            {t('places.closures.previousYear')}
          </Button>
          <Title order={2} fz="h3" id={headingId} miw="12rem" ta="center" aria-live="polite">
            {heading}
          </Title>
          <Button variant="default" onClick={() => setYear((y) => y + 1)}>
            {t('places.closures.nextYear')}
          </Button>
        </Group>
        {writes && (
          <Button
            onClick={() => {
              setStatus(null);
              setEditing(null);
            }}
          >
            {t('places.closures.add')}
          </Button>
        )}
      </Group>
      <Text c="dimmed" size="sm" mb="sm">
        {t('places.closures.movingHint')}
      </Text>
      <Text role="status" c="teal.9" fw={600} mb="xs">
        {status === 'saved'
          ? t('places.form.saved')
          : status === 'deleted'
            ? t('places.closures.deleted')
            : ''}
      </Text>
      <Loaded state={state} onRetry={reload}>
        {(records) =>
          records.length === 0 ? (
            <Text>{t('places.closures.empty', { year: String(year) })}</Text>
          ) : (
            <ClosuresTable
              closures={sorted(records.filter(inYear))}
              caption={heading}
              onEdit={(closure) => {
                setStatus(null);
                setEditing(closure);
              }}
              onDelete={(closure) => {
                setStatus(null);
                setDeleting(closure);
              }}
            />
          )
        }
      </Loaded>
      {editing !== undefined && (
        <ClosureEditor
          key={editing?.id ?? 'new'}
          closure={editing}
          onClose={() => setEditing(undefined)}
          onSaved={(closure) => {
            upsert(closure);
            setEditing(undefined);
            setStatus('saved');
          }}
        />
      )}
      {deleting && (
        <DeleteClosureDialog
          closure={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={(id) => {
            remove(id);
            setDeleting(null);
            setStatus('deleted');
          }}
        />
      )}
    </>
  );
}
