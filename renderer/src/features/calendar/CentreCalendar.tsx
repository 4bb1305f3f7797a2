import FullCalendar, {
  useCalendarController,
  type EventSourceFuncInfo,
  type EventInput,
} from '@fullcalendar/react';
import dayGridPlugin from '@fullcalendar/react/daygrid';
import interactionPlugin from '@fullcalendar/react/interaction';
import listPlugin from '@fullcalendar/react/list';
import classicTheme from '@fullcalendar/react/themes/classic';
import timeGridPlugin from '@fullcalendar/react/timegrid';
import resourceTimeGridPlugin from '@fullcalendar/react-scheduler/resource-timegrid';
import scrollGridPlugin from '@fullcalendar/react-scheduler/scrollgrid';
import { Text } from '@mantine/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../../shared/contract';
import { DEFAULT_SETTINGS } from '../../../../shared/domain/settings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCentre } from '../../lib/centreContext';
import { useLanguage } from '../../lib/languageContext';
import { calendarDateIn } from '../../lib/zonedDate';
import '@fullcalendar/react/skeleton.css';
import '@fullcalendar/react/themes/classic/theme.css';
import './calendar.css';
import { useNewBooking } from './booking/useNewBooking';
import { CalendarToolbar } from './CalendarToolbar';
import { loadCalendarEvents } from './events';
import { CalendarFiltersBar } from './filters/CalendarFiltersBar';
import { useCalendarRecords } from './filters/calendarRecords';
import { useCalendarFilters } from './filters/useCalendarFilters';
import { useSessionActions } from './session/useSessionActions';
import { calendarFormatting } from './formatting';
import { sessionContent } from './SessionContent';
import type { CalendarResources } from './resources';
import { useDateLabels } from './useDateLabels';
import {
  closedWeekdays,
  fullCalendarWeekday,
  hasColumns,
  viewName,
  type ColumnMode,
  type Period,
} from './views';

/** The project is AGPL-3.0-or-later, which is what this key of FullCalendar's resource views stands for. */
const SCHEDULER_LICENCE = 'AGPL-My-Frontend-And-Backend-Are-Open-Source';

// The scroll grid lets a view with many columns scroll sideways (dayMinWidth) instead of squeezing them.
const PLUGINS = [
  classicTheme,
  dayGridPlugin,
  timeGridPlugin,
  listPlugin,
  resourceTimeGridPlugin,
  scrollGridPlugin,
  interactionPlugin,
];

/** Sessions drawn side by side in one hour of the whole centre's day and week before "+N" takes over. */
const WHOLE_CENTRE_STACK = { day: 12, week: 4 };

interface Props {
  resources: CalendarResources;
}

/** The centre's calendar in its own time zone, week and hours; the toolbar is ours, the grid FullCalendar's. */
export function CentreCalendar({ resources }: Props) {
  const { t } = useTranslation();
  const { language } = useLanguage();
  const settings = useCentre().settings ?? DEFAULT_SETTINGS;
  const { timeZone } = settings;
  const controller = useCalendarController();
  const [period, setPeriod] = useState<Period>('week');
  const [columns, setColumns] = useState<ColumnMode>('centre');
  const [eventsError, setEventsError] = useState<AppErrorData | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [loading, setLoading] = useState(true);
  const container = useRef<HTMLDivElement>(null);
  useDateLabels(container, language);
  const booking = useNewBooking({ timeZone, onBooked: () => setAttempt((n) => n + 1) });
  const [filters, changeFilters] = useCalendarFilters();
  const records = useCalendarRecords();
  // After a move, cancel or edit the visible days are fetched again, like a retry.
  const sessionActions = useSessionActions({ timeZone, records, onChanged: () => setAttempt((n) => n + 1) });

  const showView = (nextPeriod: Period, nextColumns: ColumnMode) => {
    setPeriod(nextPeriod);
    setColumns(nextColumns);
    controller.changeView(viewName(nextPeriod, hasColumns(nextPeriod) ? nextColumns : 'centre'));
  };

  const staffColumns = hasColumns(period) && columns === 'staff';
  // A new function (another language, a retry, other columns) makes FullCalendar fetch the visible days again.
  const events = useCallback(
    (info: EventSourceFuncInfo, success: (events: EventInput[]) => void, failure: (error: Error) => void) => {
      void attempt;
      // The end is exclusive: its last day is the one before.
      const days = {
        from: calendarDateIn(info.start, timeZone),
        to: calendarDateIn(new Date(info.end.valueOf() - 1), timeZone),
      };
      void loadCalendarEvents(days, t, { staffColumns, language }, filters).then((result) => {
        if (result.ok) {
          setEventsError(null);
          success(result.value);
        } else {
          setEventsError(result.error);
          failure(new Error(result.error.message));
        }
      });
    },
    [t, timeZone, attempt, staffColumns, language, filters],
  );

  const formatting = useMemo(() => calendarFormatting(language, timeZone), [language, timeZone]);
  const closed = useMemo(() => closedWeekdays(settings.workingDays), [settings.workingDays]);
  const dayAndWeek = { hiddenDays: closed };
  const splitBy = columns === 'rooms' ? resources.rooms : resources.staff;
  const splitActive = hasColumns(period) && columns !== 'centre';

  return (
    <>
      {booking.bar}
      <CalendarToolbar
        title={controller.view?.title ?? ''}
        period={period}
        columns={columns}
        onPrevious={() => controller.prev()}
        onToday={() => controller.today()}
        onNext={() => controller.next()}
        onPeriod={(next) => showView(next, columns)}
        onColumns={(next) => showView(period, next)}
      />
      <CalendarFiltersBar filters={filters} onChange={changeFilters} records={records} />
      {eventsError && <ErrorAlert error={eventsError} onRetry={() => setAttempt((n) => n + 1)} />}
      {splitActive && splitBy.length === 0 && (
        <Text c="dimmed" mb="sm">
          {t(columns === 'rooms' ? 'calendar.noRooms' : 'calendar.noSpecialists')}
        </Text>
      )}
      <div className="imkon-calendar" data-testid="calendar" ref={container} aria-busy={loading}>
        <FullCalendar
          plugins={PLUGINS}
          controller={controller}
          schedulerLicenseKey={SCHEDULER_LICENCE}
          initialView={viewName(period, columns)}
          headerToolbar={false}
          timeZone={timeZone}
          locale={formatting.localeCode}
          firstDay={1}
          height="auto"
          slotMinTime={settings.dayStart}
          slotMaxTime={settings.dayEnd}
          scrollTime={settings.dayStart}
          businessHours={{
            daysOfWeek: settings.workingDays.map(fullCalendarWeekday),
            startTime: settings.dayStart,
            endTime: settings.dayEnd,
          }}
          nowIndicator
          allDayText={t('calendar.allDay')}
          noEventsText={t('calendar.noEvents')}
          moreLinkText={(count: number) => t('calendar.more', { count })}
          titleFormat={formatting.daysTitle}
          dayHeaderContent={formatting.dayHeader}
          slotHeaderContent={formatting.slotHeader}
          eventTimeFormat={formatting.timeRange}
          listDayFormat={formatting.listDay}
          listDayAltFormat={false}
          popoverFormat={formatting.popoverDay}
          dayCellClass={(info: { dow: number }) => (closed.includes(info.dow) ? 'imkon-day-off' : undefined)}
          resources={splitBy}
          resourceOrder="order"
          resourceDayHeaderContent={(info: { text: string }) => (
            <span className="imkon-column-name">{info.text}</span>
          )}
          views={{
            dayGridMonth: { titleFormat: formatting.monthTitle },
            // The whole centre side by side is a wall of slivers past a few sessions an hour: beyond these
            // FullCalendar shows "+N" (listing the rest), which also keeps a busy week quick to draw.
            timeGridDay: { ...dayAndWeek, eventMaxStack: WHOLE_CENTRE_STACK.day },
            timeGridWeek: { ...dayAndWeek, eventMaxStack: WHOLE_CENTRE_STACK.week },
            resourceTimeGridDay: { ...dayAndWeek, dayMinWidth: 120 },
            resourceTimeGridWeek: { ...dayAndWeek, dayMinWidth: 48 },
          }}
          events={events}
          loading={setLoading}
          eventContent={sessionContent}
          {...booking.selectProps}
          editable={booking.writes}
          snapDuration="00:15"
          {...sessionActions.handlers}
        />
      </div>
      {sessionActions.element}
      {booking.dialog}
    </>
  );
}
