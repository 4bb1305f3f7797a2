import { Fragment, useState, type ReactNode } from 'react';
import type { Result } from '../../../../shared/contract';
import { Loaded } from '../../components/Loaded';
import { PageHeader } from '../../components/PageHeader';
import { ListToolbar } from './ListToolbar';
import { useRecords } from './useRecords';

interface EditorProps<T> {
  onClose(): void;
  onSaved(record: T): void;
}

interface Props<T> {
  title: string;
  intro: string;
  addLabel: string;
  /** Stable (module level): every record, those no longer in use too. */
  load(): Promise<Result<T[]>>;
  table(records: T[], showStatus: boolean, onEdit: (record: T) => void): ReactNode;
  /** The editor for a record, or for a new one when `record` is null. */
  editor(record: T | null, props: EditorProps<T>): ReactNode;
}

/**
 * A catalogue page (rooms, services): the records in use in a table, those no longer in use on request, and
 * an editor dialog for a new or an existing record.
 */
export function RecordsPage<T extends { id: number; active: boolean }>({
  title,
  intro,
  addLabel,
  load,
  table,
  editor,
}: Props<T>) {
  const { state, reload, upsert } = useRecords(load);
  const [showInactive, setShowInactive] = useState(false);
  // undefined: no editor open; null: a new record.
  const [editing, setEditing] = useState<T | null | undefined>(undefined);

  return (
    <>
      <PageHeader title={title}>{intro}</PageHeader>
      <ListToolbar
        addLabel={addLabel}
        onAdd={() => setEditing(null)}
        showInactive={showInactive}
        onShowInactive={setShowInactive}
      />
      <Loaded state={state} onRetry={reload}>
        {(records) =>
          table(
            records.filter((record) => showInactive || record.active),
            showInactive,
            setEditing,
          )
        }
      </Loaded>
      {editing !== undefined && (
        <Fragment key={editing?.id ?? 'new'}>
          {editor(editing, {
            onClose: () => setEditing(undefined),
            onSaved: (record) => {
              upsert(record);
              setEditing(undefined);
            },
          })}
        </Fragment>
      )}
    </>
  );
}
