import type { ReactElement } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';
import type { SummaryCounts, SummaryServiceRow } from '../../../../shared/contract/attendance-summary';
import { formatCalendarDate, formatDateRange } from '../../../../shared/i18n/dates';
import { formatNumber } from '../../../../shared/i18n/numbers';
import type { Pdf } from '../pdf';
import { Footer, Heading } from '../page-frame';
import { documentT } from '../translate';
import type { SummaryDocumentData } from './data';
import { PAGE, styles } from './layout';

/** The figures of a line, left to right, with the catalogue key of each column's head. */
const FIGURES = [
  ['sessions', (c: SummaryCounts) => c.sessions],
  ['planned', (c: SummaryCounts) => c.planned],
  ['attended', (c: SummaryCounts) => c.attended],
  ['late', (c: SummaryCounts) => c.late],
  ['absentExcused', (c: SummaryCounts) => c.absentExcused],
  ['absentUnexcused', (c: SummaryCounts) => c.absentUnexcused],
  ['cancelled', (c: SummaryCounts) => c.cancelledByCentre],
  ['notMarked', (c: SummaryCounts) => c.notMarked],
] as const;

/**
 * The lines worth printing: a service, group or bucket of sessions outside groups with nothing planned in the
 * period (only sessions still to come, counted in the footnote) would be a line of zeros.
 */
function held(services: readonly SummaryServiceRow[]): SummaryServiceRow[] {
  return services
    .filter((service) => service.counts.planned > 0)
    .map((service) => ({
      ...service,
      groups: service.groups.filter((group) => group.counts.planned > 0),
      individual: service.individual && service.individual.planned > 0 ? service.individual : null,
    }));
}

/**
 * The attendance summary of a period: a line per service (with its groups and its sessions outside groups
 * beneath it when it has groups), the centre's total, and the rate's definition as a footnote.
 */
export function build(pdf: Pdf, data: SummaryDocumentData): ReactElement<DocumentProps> {
  const { Document, Page, Text, View } = pdf;
  const { language, summary } = data;
  const services = held(summary.services);
  const t = documentT(language);
  const title = t('documents.summary.title');
  const period = formatDateRange(summary.from, summary.to, language);
  const number = (value: number) => formatNumber(value, language);
  const rate = (value: number | null) =>
    value === null
      ? '—'
      : formatNumber(value, language, {
          style: 'percent',
          minimumFractionDigits: 1,
          maximumFractionDigits: 1,
        });
  const scope = summary.scope;
  const scopeLine =
    scope.kind === 'centre'
      ? t('documents.summary.scope.centre')
      : t(`documents.summary.scope.${scope.kind}`, {
          name: scope.kind === 'group' ? scope.name : scope.names[language],
        });

  const line = (key: string, name: string, counts: SummaryCounts, kind: 'service' | 'group' | 'total') => (
    <View
      key={key}
      style={[
        styles.row,
        kind === 'service' ? styles.serviceRow : {},
        kind === 'total' ? styles.totalRow : {},
      ]}
      wrap={false}
    >
      <Text style={kind === 'group' ? [styles.name, styles.indented] : styles.name}>{name}</Text>
      {FIGURES.map(([column, value]) => (
        <Text key={column} style={styles.figure}>
          {number(value(counts))}
        </Text>
      ))}
      <Text style={[styles.figure, styles.rate]}>{rate(counts.rate)}</Text>
    </View>
  );

  return (
    <Document title={`${title} — ${period}`} language={language} creator="Imkon" producer="Imkon">
      <Page size="A4" orientation="landscape" style={styles.page}>
        <Heading
          pdf={pdf}
          text={{
            centreName: summary.centreName,
            title,
            meta: [
              t('documents.summary.period', { period }),
              scopeLine,
              t('documents.printed', {
                date: formatCalendarDate(data.printed.date, language, 'short'),
                time: data.printed.time,
              }),
            ],
          }}
        />
        {services.length === 0 ? (
          <Text style={styles.empty}>{t('documents.summary.empty')}</Text>
        ) : (
          <View>
            <View style={styles.headRow} fixed>
              <Text style={[styles.name, styles.headName]}>{t('documents.summary.name')}</Text>
              {FIGURES.map(([column]) => (
                <Text key={column} style={[styles.figure, styles.headText]}>
                  {t(`documents.summary.${column}`)}
                </Text>
              ))}
              <Text style={[styles.figure, styles.headText]}>{t('documents.summary.rate')}</Text>
            </View>
            {services.flatMap((service) => [
              line(`s${service.serviceId}`, service.names[language], service.counts, 'service'),
              ...(service.groups.length === 0
                ? []
                : [
                    ...service.groups.map((group) =>
                      line(`g${group.groupId}`, group.name, group.counts, 'group'),
                    ),
                    ...(service.individual
                      ? [
                          line(
                            `i${service.serviceId}`,
                            t('documents.summary.outsideGroups'),
                            service.individual,
                            'group',
                          ),
                        ]
                      : []),
                  ]),
            ])}
            {line('total', t('documents.summary.total'), summary.total, 'total')}
          </View>
        )}
        <View style={styles.footnote} wrap={false}>
          <Text>{t('documents.summary.footnote')}</Text>
          {summary.total.upcoming > 0 ? (
            <Text>{t('documents.summary.upcoming', { count: number(summary.total.upcoming) })}</Text>
          ) : null}
        </View>
        <Footer
          pdf={pdf}
          t={t}
          parts={[summary.centreName, title, period]}
          margins={{ left: PAGE.left, right: PAGE.right }}
        />
      </Page>
    </Document>
  );
}
