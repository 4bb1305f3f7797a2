import type { ReactElement } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';
import type { TFunction } from 'i18next';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import type { Pdf } from '../pdf';
import { Footer, Heading } from '../page-frame';
import { documentT } from '../translate';
import type { DayScheduleData, ScheduleEntry } from './data';
import { COLUMN, PAGE, styles } from './layout';
import { scheduleSections } from './sections';

type Column = 'time' | 'expected' | 'service' | 'specialist' | 'room';

/** The columns of an arrangement: the one the sections are headed by is not repeated in every row. */
function columnsOf(arrangement: DayScheduleData['arrangement']): Column[] {
  const all: Column[] = ['time', 'expected', 'service', 'specialist', 'room'];
  return arrangement === 'time' ? all : all.filter((column) => column !== arrangement);
}

const width = (column: Column) =>
  column === 'expected' ? styles.expected : [styles.cell, { width: COLUMN[column] }];

/** Who is expected: the names of an individual session, the group's name and head count for a group. */
function Expected({ pdf, t, entry }: { pdf: Pdf; t: TFunction; entry: ScheduleEntry }) {
  const { Text } = pdf;
  return (
    <>
      {entry.cancelled ? <Text style={styles.badge}>{t('documents.daySchedule.cancelled')}</Text> : null}
      {entry.group !== null ? (
        <Text style={styles.group}>
          {t('documents.daySchedule.groupCount', { name: entry.group, count: entry.people.length })}
        </Text>
      ) : (
        entry.people.map((name) => <Text key={name}>{name}</Text>)
      )}
      {entry.announcedAbsent.length > 0 && !entry.cancelled ? (
        <Text style={styles.note}>
          {t('documents.daySchedule.announced', { names: entry.announcedAbsent.join(', ') })}
        </Text>
      ) : null}
    </>
  );
}

/**
 * The reception's list of the day: a row per session by start time, in one list or a section per room or
 * specialist. The column heads are `fixed` so that a long day repeats them on every page.
 */
export function build(pdf: Pdf, data: DayScheduleData): ReactElement<DocumentProps> {
  const { Document, Page, Text, View } = pdf;
  const t = documentT(data.language);
  const columns = columnsOf(data.arrangement);
  const title = t('documents.daySchedule.title');
  const date = formatCalendarDate(data.date, data.language, 'full');
  const printed = t('documents.printed', {
    date: formatCalendarDate(data.printed.date, data.language, 'short'),
    time: data.printed.time,
  });
  const label = (column: Column) => t(`documents.daySchedule.${column}`);
  const noRoom = t('documents.daySchedule.noRoom');

  const cell = (column: Column, entry: ScheduleEntry) => {
    switch (column) {
      case 'time':
        return (
          <Text style={entry.cancelled ? [styles.time, styles.struck] : styles.time}>
            {entry.startTime}–{entry.endTime}
          </Text>
        );
      case 'expected':
        return <Expected pdf={pdf} t={t} entry={entry} />;
      case 'service':
        return <Text>{entry.service}</Text>;
      case 'specialist':
        return <Text>{entry.specialist}</Text>;
      case 'room':
        return <Text>{entry.room ?? noRoom}</Text>;
    }
  };

  const row = (entry: ScheduleEntry, index: number) => (
    <View key={index} style={entry.cancelled ? [styles.row, styles.cancelled] : styles.row} wrap={false}>
      {columns.map((column) => (
        <View key={column} style={width(column)}>
          {cell(column, entry)}
        </View>
      ))}
    </View>
  );

  const sections = scheduleSections(data.sessions, data.arrangement, data.language);
  const cancelled = data.sessions.filter((s) => s.cancelled).length;
  const people = data.sessions.filter((s) => !s.cancelled).reduce((sum, s) => sum + s.people.length, 0);

  return (
    <Document title={`${title} — ${date}`} language={data.language} creator="Imkon" producer="Imkon">
      <Page size="A4" style={styles.page}>
        <Heading
          pdf={pdf}
          text={{
            centreName: data.centreName,
            title,
            subtitle: date,
            meta: [t(`documents.daySchedule.arrangement.${data.arrangement}`), printed],
          }}
        />
        {data.sessions.length === 0 ? (
          <Text style={styles.empty}>{t('documents.daySchedule.empty')}</Text>
        ) : (
          <>
            <View style={styles.headRow} fixed>
              {data.arrangement === 'time' ? null : (
                <View style={[styles.cell, styles.sectionHead]}>
                  <Text style={styles.headText}>{label(data.arrangement)}</Text>
                </View>
              )}
              {columns.map((column) => (
                <View key={column} style={width(column)}>
                  <Text style={styles.headText}>{label(column)}</Text>
                </View>
              ))}
            </View>
            {sections.map((section, index) =>
              data.arrangement === 'time' ? (
                <View key={index}>{section.entries.map(row)}</View>
              ) : (
                // The room or specialist in a first column beside its sessions: no heading line of its own.
                <View key={index} style={styles.section} minPresenceAhead={24}>
                  <View style={[styles.cell, styles.sectionName]}>
                    <Text>{section.heading ?? noRoom}</Text>
                  </View>
                  <View style={styles.grow}>{section.entries.map(row)}</View>
                </View>
              ),
            )}
            <Text style={styles.totals}>
              {t('documents.daySchedule.totals', { sessions: data.sessions.length, cancelled, people })}
            </Text>
          </>
        )}
        <Footer
          pdf={pdf}
          t={t}
          parts={[data.centreName, title, date]}
          margins={{ left: PAGE.left, right: PAGE.right }}
        />
      </Page>
    </Document>
  );
}
