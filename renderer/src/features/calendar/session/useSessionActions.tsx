import type { EventClickInfo, EventDropInfo, EventResizeDoneInfo } from '@fullcalendar/react';
import { useState } from 'react';
import './session.css';
import { invoke } from '../../../api';
import { isScheduleConflict } from '../conflict';
import type { CalendarRecords } from '../filters/calendarRecords';
import type { WaitingOfferView } from '../../../../../shared/contract/waiting';
import { DragConflictDialog, type RefusedDrag } from './DragConflictDialog';
import { FreedSlotDialog } from './FreedSlotDialog';
import { droppedMove, sessionIdOf } from './dragInput';
import { SessionDrawer } from './SessionDrawer';

interface Options {
  timeZone: string;
  records: CalendarRecords | null;
  /** A change was written: the calendar fetches the visible days again. */
  onChanged(): void;
}

type Changed = Pick<EventDropInfo, 'event' | 'revert'> & { newResource?: { id: string } | undefined };

/**
 * Acting on booked sessions from the calendar: a click (or Enter on a focused session) opens its details;
 * dragging moves it and stretching its end changes its length, each through schedule.move. A refused move puts
 * the session back and says why.
 */
export function useSessionActions({ timeZone, records, onChanged }: Options) {
  const [openId, setOpenId] = useState<number | null>(null);
  const [refused, setRefused] = useState<RefusedDrag | null>(null);
  const [freed, setFreed] = useState<WaitingOfferView[]>([]);

  const eventClick = (info: EventClickInfo) => {
    const id = sessionIdOf(info.event.id);
    if (id === null) return;
    info.jsEvent.preventDefault();
    setOpenId(id);
  };

  const change = (info: Changed) => {
    const id = sessionIdOf(info.event.id);
    const { start, end } = info.event;
    if (id === null || !start || !end) {
      info.revert();
      return;
    }
    const input = droppedMove(id, { start, end }, timeZone, info.newResource?.id);
    void invoke('schedule.move', input).then((result) => {
      if (result.ok) {
        onChanged();
        return;
      }
      info.revert();
      setRefused({ input, conflict: isScheduleConflict(result.error), error: result.error });
    });
  };

  const element = (
    <>
      <SessionDrawer
        sessionId={openId}
        records={records}
        onClose={() => setOpenId(null)}
        onChanged={onChanged}
        onFreed={setFreed}
      />
      {freed.length > 0 && <FreedSlotDialog offers={freed} onClose={() => setFreed([])} />}
      {refused && (
        <DragConflictDialog
          refused={refused}
          records={records}
          onClose={() => setRefused(null)}
          onMoved={() => {
            setRefused(null);
            onChanged();
          }}
        />
      )}
    </>
  );

  return {
    element,
    handlers: {
      eventClick,
      eventDrop: (info: EventDropInfo) => change(info),
      eventResize: (info: EventResizeDoneInfo) => change(info),
    },
  };
}
