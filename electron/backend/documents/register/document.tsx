import type { ReactElement } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';
import type { RegisterDay, RegisterMonth, RegisterRow } from '../../../../shared/contract/attendance';
import type { Mark } from '../../../../shared/domain/attendance';
import type { Language } from '../../../../shared/domain/languages';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import type { Pdf } from '../pdf';
import { documentT } from '../translate';
import { COLUMN, columnWidths, SHADE, styles } from './layout';

/** What the register prints, as it crosses into the rendering thread: plain data, cloneable. */
export interface RegisterData {
  register: RegisterMonth;
  language: Language;
  /** The group, service or specialist as the heading names it; null for the whole centre. */
  scopeName: string | null;
  /** The responsible specialist printed under the signature line, when the scope has one. */
  responsible: string | null;
}

const MARKS: Mark[] = ['present', 'late', 'absent_excused', 'absent_unexcused', 'cancelled_by_centre'];

const closed = (day: RegisterDay): boolean => day.dayOff || day.closure !== null;

/**
 * The monthly register on the model of form 0504608: a row per person, a column per day (closed days shaded),
 * the person's totals at the right, the number present per day at the bottom, then the legend and signatures.
 * The heading row is `fixed`, so react-pdf repeats it at the top of every page the table runs onto.
 */
export function build(pdf: Pdf, data: RegisterData): ReactElement<DocumentProps> {
  const { Document, Page, Text, View } = pdf;
  const { register, language } = data;
  const t = documentT(language);
  const { day: width, name: nameWidth } = columnWidths(register.days.length);
  const period = formatCalendarDate(`${register.month}-01`, language, 'monthYear');
  const title = t('documents.register.title');
  const letter = (mark: Mark) => t(`attendance.letters.${mark}`);
  const shade = (day: RegisterDay) => (closed(day) ? { backgroundColor: SHADE } : {});
  const dayCell = (day: RegisterDay) => [styles.cell, { width }, shade(day)];
  const totalCell = [styles.cell, { width: COLUMN.total }];

  const scopeLine =
    register.scope.kind === 'centre'
      ? t('documents.register.scope.centre')
      : t(`documents.register.scope.${register.scope.kind}`, { name: data.scopeName ?? '' });

  const head = (
    <View style={styles.headRow} fixed>
      <View style={[styles.cell, { width: COLUMN.number }]}>
        <Text style={styles.headText}>{t('documents.register.number')}</Text>
      </View>
      <View style={[styles.cell, styles.nameCell, { width: nameWidth }]}>
        <Text style={styles.headText}>{t('documents.register.name')}</Text>
      </View>
      {register.days.map((day) => (
        <View key={day.date} style={dayCell(day)}>
          <Text style={styles.headText}>{day.day}</Text>
          <Text style={styles.weekday}>
            {formatCalendarDate(day.date, language, 'weekdayShort').slice(0, 2)}
          </Text>
        </View>
      ))}
      {(['attended', 'absentExcused', 'absentUnexcused', 'cancelled'] as const).map((key) => (
        <View key={key} style={totalCell}>
          <Text style={styles.headText}>{t(`documents.register.${key}`)}</Text>
        </View>
      ))}
    </View>
  );

  const row = (person: RegisterRow) => (
    <View key={person.beneficiaryId} style={styles.row} wrap={false}>
      <View style={[styles.cell, { width: COLUMN.number }]}>
        <Text>{person.number}</Text>
      </View>
      <View style={[styles.cell, styles.nameCell, { width: nameWidth }]}>
        <Text>{[person.familyName, person.givenName, person.patronymic].filter(Boolean).join(' ')}</Text>
      </View>
      {register.days.map((day, index) => {
        const cell = person.cells[index];
        return (
          <View key={day.date} style={dayCell(day)}>
            {cell?.mark ? <Text style={styles.mark}>{letter(cell.mark)}</Text> : null}
          </View>
        );
      })}
      {[
        person.totals.attended,
        person.totals.absentExcused,
        person.totals.absentUnexcused,
        person.totals.cancelledByCentre,
      ].map((value, index) => (
        <View key={index} style={totalCell}>
          <Text>{value}</Text>
        </View>
      ))}
    </View>
  );

  const totalsRow = (
    <View style={styles.totalsRow} wrap={false}>
      <View style={[styles.cell, styles.nameCell, { width: COLUMN.number + nameWidth }]}>
        <Text style={styles.bold}>{t('documents.register.dayTotals')}</Text>
      </View>
      {register.days.map((day, index) => {
        const totals = register.dayTotals[index];
        return (
          <View key={day.date} style={dayCell(day)}>
            {totals && totals.attended + totals.absent + totals.cancelledByCentre > 0 ? (
              <Text style={styles.bold}>{totals.attended}</Text>
            ) : null}
          </View>
        );
      })}
      {[
        register.totals.attended,
        register.totals.absentExcused,
        register.totals.absentUnexcused,
        register.totals.cancelledByCentre,
      ].map((value, index) => (
        <View key={index} style={totalCell}>
          <Text style={styles.bold}>{value}</Text>
        </View>
      ))}
    </View>
  );

  const signature = (label: string, name: string | null) => (
    <View style={styles.signature}>
      <Text>{label}</Text>
      <View style={styles.signatureLine}>
        <View style={styles.line} />
        <View style={styles.line}>
          <Text>{name ?? ''}</Text>
        </View>
      </View>
      <View style={styles.caption}>
        <Text style={{ width: 160 }}>{t('documents.register.signature')}</Text>
        <Text>{t('documents.register.fullName')}</Text>
      </View>
    </View>
  );

  return (
    <Document title={`${title} — ${period}`} language={language} creator="Imkon" producer="Imkon">
      <Page size="A4" orientation="landscape" style={styles.page}>
        <View style={styles.heading}>
          <View>
            {register.centreName ? <Text style={styles.centre}>{register.centreName}</Text> : null}
            <Text style={styles.title}>{title}</Text>
          </View>
          <View>
            <Text style={styles.meta}>{t('documents.register.period', { period })}</Text>
            <Text style={styles.meta}>{scopeLine}</Text>
          </View>
        </View>
        <View style={styles.table}>
          {head}
          {register.rows.map(row)}
          {totalsRow}
        </View>
        {register.rows.length === 0 ? <Text>{t('documents.register.empty')}</Text> : null}
        <View style={styles.legend} wrap={false}>
          <Text style={[styles.bold, { marginRight: 8 }]}>{t('documents.register.legend')}</Text>
          {MARKS.map((mark) => (
            <View key={mark} style={styles.legendItem}>
              <Text style={[styles.bold, { marginRight: 3 }]}>{letter(mark)}</Text>
              <Text>— {t(`attendance.marks.${mark}`)}</Text>
            </View>
          ))}
          <View style={styles.legendItem}>
            <View style={styles.swatch} />
            <Text>— {t('documents.register.closedDay')}</Text>
          </View>
        </View>
        <View style={styles.signatures} wrap={false}>
          {signature(t('documents.register.responsible'), data.responsible)}
          {signature(t('documents.register.head'), null)}
        </View>
        <View style={styles.footer} fixed>
          <Text>{[register.centreName, title, period].filter(Boolean).join(' · ')}</Text>
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
