import type { SessionProps } from './events';
import { CancelledLine } from './session/CancelledLine';

interface Info {
  event: { title: string; extendedProps: Record<string, unknown> };
  timeText: string;
}

/**
 * A session's block: who, when and where, each on its own line so a narrow column cuts the line, not the
 * meaning. Other events (closures, leave) keep FullCalendar's own content.
 */
export function sessionContent(info: Info) {
  const props = info.event.extendedProps as Partial<SessionProps>;
  if (props.kind !== 'session') return true;
  return (
    <div className="imkon-session-content">
      <div className="imkon-session-title">{info.event.title}</div>
      {/* Why it was cancelled matters more than when: the block's place already says when. */}
      {props.status === 'cancelled' && <CancelledLine reason={props.cancelReason ?? null} />}
      <div className="imkon-session-line">{info.timeText}</div>
      {props.room && <div className="imkon-session-line">{props.room}</div>}
    </div>
  );
}
