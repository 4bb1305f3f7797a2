import type { ReactElement, ReactNode } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';
import { formatGasLevel, isGasLevel } from '../../../../shared/domain/notes';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import type { Pdf } from '../pdf';
import { documentT } from '../translate';
import { gasChart } from './chart';
import type { ProgressReportData, ReportGoal, ReportProgramme } from './data';
import { styles } from './layout';

const DOMAINS = ['movement', 'communication', 'self_care', 'learning', 'social', 'family'] as const;

/**
 * One child's progress report, portrait A4, to hand to a family: who the child is, the programme with each
 * goal's scale and a chart of the level reached over the period, attendance per service, the specialists'
 * conclusions and the signature lines.
 */
export function build(pdf: Pdf, data: ProgressReportData): ReactElement<DocumentProps> {
  const { Document, Page, Text, View } = pdf;
  const { language } = data;
  const t = documentT(language);
  const date = (value: string) => formatCalendarDate(value, language, 'long');
  const title = t('notes.report.title');
  const periodText = `${date(data.from)} – ${date(data.to)}`;

  const fact = (label: string, value: string, wide = false) => (
    <View style={wide ? styles.factWide : styles.fact}>
      <Text style={styles.label}>{label}</Text>
      <Text style={styles.value}>{value}</Text>
    </View>
  );
  const section = (heading: string, children: ReactNode, key?: string) => (
    <View key={key} style={styles.section}>
      <Text style={styles.heading} minPresenceAhead={40}>
        {heading}
      </Text>
      {children}
    </View>
  );
  const domainName = (domain: string) =>
    (DOMAINS as readonly string[]).includes(domain) ? t(`notes.report.domain.${domain}`) : domain;

  const goal = (item: ReportGoal, index: number) => {
    const last = item.points.at(-1);
    return (
      <View key={index} style={styles.goal} wrap={false}>
        <Text style={styles.goalTitle}>
          {index + 1}. {item.goal}
        </Text>
        <Text style={[styles.muted, styles.small]}>
          {[
            domainName(item.domain),
            item.icf.length > 0 ? t('notes.report.icf', { codes: item.icf.join(', ') }) : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {item.baseline ? (
          <Text style={styles.small}>{t('notes.report.baseline', { text: item.baseline })}</Text>
        ) : null}
        <View style={styles.goalBody}>
          <View style={styles.scale}>
            <Text style={[styles.small, styles.bold, { marginBottom: 2 }]}>{t('notes.report.scale')}</Text>
            {[2, 1, 0, -1, -2].map((level) =>
              isGasLevel(level) ? (
                <View key={level} style={styles.scaleRow}>
                  <Text style={styles.scaleLevel}>{formatGasLevel(level)}</Text>
                  <Text style={styles.scaleText}>{item.scale[level + 2] || t(`notes.gas.${level}`)}</Text>
                </View>
              ) : null,
            )}
          </View>
          <View style={styles.chart}>
            <Text style={[styles.small, styles.bold, { marginBottom: 2 }]}>
              {t('notes.report.chartLabel')}
            </Text>
            {gasChart(
              pdf,
              item.points,
              { from: data.from, to: data.to, fromLabel: date(data.from), toLabel: date(data.to) },
              240,
            )}
            <Text style={[styles.small, { marginTop: 3 }]}>
              {last
                ? t('notes.report.latest', { level: formatGasLevel(last.level), date: date(last.date) })
                : t('notes.report.noRatings')}
            </Text>
          </View>
        </View>
      </View>
    );
  };

  const numberRow = (cells: Array<string | number>, head = false, key?: string | number) => (
    <View key={key} style={head ? styles.headRow : styles.row} wrap={false}>
      {cells.map((cell, index) => (
        <Text
          key={index}
          style={[index === 0 ? styles.cellFirst : styles.cellNumber, ...(head ? [styles.headText] : [])]}
        >
          {cell}
        </Text>
      ))}
    </View>
  );

  // A second programme in the period (the next one after a review) starts apart from the first one's last goal.
  // Its heading lines stay on one page with its first goal (a goal is never split), never alone at a page's foot.
  const programme = (item: ReportProgramme, index: number) => {
    const [first, ...rest] = item.goals;
    return (
      <View key={index} style={index > 0 ? styles.nextProgramme : undefined}>
        <View wrap={false}>
          <Text style={styles.bold}>
            {t('notes.report.programmePeriod', {
              from: date(item.startDate),
              to: date(item.endDate),
              review: date(item.reviewDate),
            })}{' '}
            <Text style={[styles.muted, { fontWeight: 400 }]}>
              ({t(`notes.report.status.${item.status}`)})
            </Text>
          </Text>
          {item.prescriptions.length > 0 ? (
            <View style={[styles.table, { marginTop: 6 }]}>
              {numberRow(
                [
                  t('notes.report.service'),
                  t('notes.report.perWeek'),
                  t('notes.report.weeks'),
                  t('notes.report.minutes'),
                ],
                true,
              )}
              {item.prescriptions.map((p, i) =>
                numberRow(
                  [
                    p.specialist ? `${p.service} (${p.specialist})` : p.service,
                    p.perWeek,
                    p.weeks,
                    p.minutes,
                  ],
                  false,
                  i,
                ),
              )}
            </View>
          ) : null}
          <Text style={[styles.bold, { marginTop: 8 }]}>{t('notes.report.goals')}</Text>
          {first ? goal(first, 0) : null}
        </View>
        {rest.map((item, i) => goal(item, i + 1))}
      </View>
    );
  };

  const totals = data.attendance.reduce(
    (sum, row) => ({
      sessions: sum.sessions + row.sessions,
      attended: sum.attended + row.attended,
      absentExcused: sum.absentExcused + row.absentExcused,
      absentUnexcused: sum.absentUnexcused + row.absentUnexcused,
      cancelled: sum.cancelled + row.cancelled,
    }),
    { sessions: 0, attended: 0, absentExcused: 0, absentUnexcused: 0, cancelled: 0 },
  );
  const attendanceCells = (row: typeof totals) => [
    row.sessions,
    row.attended,
    row.absentExcused,
    row.absentUnexcused,
    row.cancelled,
  ];

  const signature = (label: string, name: string | null, key: string) => (
    <View key={key} wrap={false}>
      <View style={styles.signature}>
        <Text style={styles.signatureLabel}>{label}</Text>
        <View style={styles.signatureLine} />
        <Text style={styles.signatureName}>{name ?? ''}</Text>
      </View>
      <View style={styles.caption}>
        <Text style={{ width: 122 }}>{t('notes.report.signature')}</Text>
        <Text>{t('notes.report.fullName')}</Text>
      </View>
    </View>
  );

  return (
    <Document title={`${title} — ${data.child.name}`} language={language} creator="Imkon" producer="Imkon">
      <Page size="A4" style={styles.page}>
        <View style={styles.body}>
          {data.centreName ? <Text style={styles.centre}>{data.centreName}</Text> : null}
          <Text style={styles.title}>{title}</Text>
          <View style={styles.facts}>
            {fact(t('notes.report.child'), data.child.name, true)}
            {fact(t('notes.report.birthDate'), date(data.child.birthDate))}
            {data.child.pinfl ? fact(t('notes.report.pinfl'), data.child.pinfl) : null}
            {data.child.address ? fact(t('notes.report.address'), data.child.address, true) : null}
            {data.child.guardian ? fact(t('notes.report.guardian'), data.child.guardian, true) : null}
            {fact(t('notes.report.period'), periodText, true)}
          </View>

          {section(
            t('notes.report.programme'),
            data.programmes.length === 0 ? (
              <Text>{t('notes.report.noProgramme')}</Text>
            ) : (
              data.programmes.map(programme)
            ),
          )}

          {section(
            t('notes.report.attendance'),
            data.attendance.length === 0 ? (
              <Text>{t('notes.report.noSessions')}</Text>
            ) : (
              <View style={styles.table}>
                {numberRow(
                  [
                    t('notes.report.service'),
                    t('notes.report.sessions'),
                    t('notes.report.attended'),
                    t('notes.report.absentExcused'),
                    t('notes.report.absentUnexcused'),
                    t('notes.report.cancelled'),
                  ],
                  true,
                )}
                {data.attendance.map((row, i) => numberRow([row.service, ...attendanceCells(row)], false, i))}
                {data.attendance.length > 1
                  ? numberRow([t('notes.report.total'), ...attendanceCells(totals)], false, 'total')
                  : null}
              </View>
            ),
          )}

          {section(
            t('notes.report.conclusions'),
            data.conclusions.length === 0 ? (
              <Text>{t('notes.report.noConclusions')}</Text>
            ) : (
              data.conclusions.map((c, i) => (
                <View key={i} style={styles.conclusion} wrap={false}>
                  <Text style={styles.bold}>
                    {c.kind === 'review'
                      ? t('notes.report.reviewOf', { date: date(c.date) })
                      : t('notes.report.noteOf', { service: c.service ?? '', date: date(c.date) })}
                    {c.author ? <Text style={[styles.muted, { fontWeight: 400 }]}> — {c.author}</Text> : null}
                  </Text>
                  <Text>{c.text}</Text>
                </View>
              ))
            ),
          )}

          <View style={styles.signatures} wrap={false}>
            <Text style={styles.heading} minPresenceAhead={60}>
              {t('notes.report.signatures')}
            </Text>
            {data.specialists.map((name) => signature(t('notes.report.specialist'), name, name))}
            {signature(t('notes.report.head'), null, 'head')}
            {signature(t('notes.report.guardianSigned'), data.child.guardian, 'guardian')}
          </View>
        </View>

        <View style={styles.footer} fixed>
          <Text>
            {data.child.name} · {t('notes.report.printed', { date: date(data.printedOn) })}
          </Text>
          <Text
            render={({ pageNumber, totalPages }) =>
              t('documents.page', { page: pageNumber, total: totalPages })
            }
          />
        </View>
      </Page>
    </Document>
  );
}
