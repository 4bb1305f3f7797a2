import type { ReactElement } from 'react';
import type { DocumentProps } from '@react-pdf/renderer';
import type { RegisterDay, RegisterMonth, RegisterRow } from '../../../../shared/contract/attendance';
import type { Mark } from '../../../../shared/domain/attendance';
import type { Language } from '../../../../shared/domain/languages';
import { formatCalendarDate } from '../../../../shared/i18n/dates';
import { fontFile, type Pdf } from '../pdf';
import { Footer, Heading, Signatures } from '../page-frame';
import { documentT } from '../translate';
import { closureEntries } from './closures';
import { columnsOf, paintRows, type GridStyle, type Painter } from './grid';
import { COLUMN, columnWidths, HEIGHT, PAGE, rowsPerPage, SHADE, styles } from './layout';

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

/** The register's people split into pages (rowsPerPage): always one page at least, even with nobody on it. */
function paginate(rows: RegisterRow[]): RegisterRow[][] {
  let start = 0;
  return rowsPerPage(rows.length).map((count) => rows.slice(start, (start += count)));
}

/**
 * The monthly register on the model of form 0504608: a row per person, a column per day (closed days shaded),
 * the person's totals at the right, the number present per day at the bottom, then the legend with the month's
 * holidays and closures, and the signatures. The rows are counted onto pages here, at a fixed height, and
 * painted straight through pdfkit (grid.ts): laying out ten thousand cells as react-pdf Views took a minute and
 * a half for 300 people. react-pdf lays out only what is text in flow: the heading, the column heading row
 * repeated on every page, the totals row, the legend and the signatures.
 */
export function build(pdf: Pdf, data: RegisterData): ReactElement<DocumentProps> {
  const { Canvas, Document, Page, Text, View } = pdf;
  const { register, language } = data;
  const t = documentT(language);
  const widths = columnWidths(register.days.length);
  const { day: width, name: nameWidth } = widths;
  const period = formatCalendarDate(`${register.month}-01`, language, 'monthYear');
  const title = t('documents.register.title');
  const letters = new Map(MARKS.map((mark) => [mark, t(`attendance.letters.${mark}`)]));
  const letter = (mark: Mark) => letters.get(mark) ?? '';
  const shade = (day: RegisterDay) => (closed(day) ? { backgroundColor: SHADE } : {});
  const dayCell = (day: RegisterDay) => [styles.cell, { width }, shade(day)];
  const totalCell = [styles.cell, { width: COLUMN.total }];
  const columns = columnsOf(register.days.length, widths);
  const grid: GridStyle = {
    regular: fontFile('400Regular'),
    bold: fontFile('700Bold'),
    closed: register.days.map(closed),
    letter,
  };
  const closures = closureEntries(register.days, language, t);

  const scopeLine =
    register.scope.kind === 'centre'
      ? t('documents.register.scope.centre')
      : t(`documents.register.scope.${register.scope.kind}`, { name: data.scopeName ?? '' });

  const heading = (
    <Heading
      pdf={pdf}
      text={{
        centreName: register.centreName,
        title,
        meta: [t('documents.register.period', { period }), scopeLine],
      }}
    />
  );

  const head = (
    <View style={styles.headRow}>
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

  const rows = (people: RegisterRow[]) => (
    <Canvas
      style={{ width: columns.width, height: people.length * HEIGHT.row }}
      paint={(painter: Painter) => {
        paintRows(painter, columns, people, grid);
        return null;
      }}
    />
  );

  const totalsRow = (
    <View style={styles.totalsRow}>
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

  const ending = (
    <>
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
      {closures.length > 0 ? (
        <Text style={styles.closures}>
          <Text style={styles.bold}>{t('documents.register.closures')}</Text> {closures.join('; ')}
        </Text>
      ) : null}
      <Signatures
        pdf={pdf}
        signers={[
          { label: t('documents.register.responsible'), name: data.responsible },
          { label: t('documents.register.head'), name: null },
        ]}
        captions={{
          signature: t('documents.register.signature'),
          fullName: t('documents.register.fullName'),
        }}
      />
    </>
  );

  const footer = (
    <Footer
      pdf={pdf}
      t={t}
      parts={[register.centreName, title, period]}
      margins={{ left: PAGE.left, right: PAGE.right }}
    />
  );

  const pages = paginate(register.rows);
  return (
    <Document title={`${title} — ${period}`} language={language} creator="Imkon" producer="Imkon">
      {pages.map((people, index) => {
        const last = index === pages.length - 1;
        return (
          <Page key={index} size="A4" orientation="landscape" style={styles.page}>
            {index === 0 ? heading : null}
            <View style={styles.table}>
              {head}
              {people.length > 0 ? rows(people) : null}
              {last ? totalsRow : null}
            </View>
            {last ? ending : null}
            {footer}
          </Page>
        );
      })}
    </Document>
  );
}
