import { createRequire } from 'node:module';
import type { ProgressReportData, ReportGoal } from '../../electron/backend/documents/progress/data';
import { ACCENT, INK, MUTED, PAGE, RULE } from '../../electron/backend/documents/progress/layout';
import { FONT_FAMILY, type Pdf } from '../../electron/backend/documents/pdf';
import { documentT } from '../../electron/backend/documents/translate';
import { formatGasLevel, type GasLevel } from '../../shared/domain/notes';
import { formatCalendarDate } from '../../shared/i18n/dates';

/** The few pdfkit 0.20 calls the floor makes (the package ships no types of its own). */
interface Kit {
  x: number;
  y: number;
  page: { margins: { bottom: number } };
  registerFont(name: string, font: unknown): Kit;
  font(name: string, size?: number): Kit;
  fontSize(size: number): Kit;
  fillColor(color: string): Kit;
  strokeColor(color: string): Kit;
  lineWidth(width: number): Kit;
  dash(length: number, options: { space: number }): Kit;
  undash(): Kit;
  text(text: string, x?: number, y?: number, options?: Record<string, unknown>): Kit;
  heightOfString(text: string, options?: Record<string, unknown>): number;
  moveTo(x: number, y: number): Kit;
  lineTo(x: number, y: number): Kit;
  rect(x: number, y: number, w: number, h: number): Kit;
  circle(x: number, y: number, r: number): Kit;
  stroke(color?: string): Kit;
  fill(color?: string): Kit;
  fillAndStroke(fill: string, stroke: string): Kit;
  addPage(): Kit;
  bufferedPageRange(): { start: number; count: number };
  switchToPage(index: number): Kit;
  on(event: 'data', listener: (chunk: Buffer) => void): Kit;
  on(event: 'end', listener: () => void): Kit;
  end(): void;
}
type KitConstructor = new (options: Record<string, unknown>) => Kit;

const PDFDocument = createRequire(__filename)('pdfkit') as KitConstructor;

const LEFT = PAGE.left;
const WIDTH = PAGE.width - PAGE.left - PAGE.right;
const BOTTOM = 842 - PAGE.bottom;
const LEVELS: GasLevel[] = [2, 1, 0, -1, -2];

const dayNumber = (date: string) =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;

/**
 * The floor of one progress report: the same texts, scales, charts, tables, signature lines and page footers
 * drawn with bare pdfkit (the library react-pdf draws through), placed by hand, with the fonts react-pdf has
 * already parsed. What is left between this and documents.progressReport is react-pdf's layout and our layers.
 */
export async function pdfkitReport(pdf: Pdf, data: ProgressReportData): Promise<Buffer> {
  const regular = pdf.Font.getFont({ fontFamily: FONT_FAMILY, fontWeight: 400 });
  const bold = pdf.Font.getFont({ fontFamily: FONT_FAMILY, fontWeight: 700 });
  await Promise.all([regular.load(), bold.load()]);
  const t = documentT(data.language);
  const date = (value: string) => formatCalendarDate(value, data.language, 'long');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: PAGE.top, left: LEFT, right: PAGE.right, bottom: PAGE.bottom },
    bufferPages: true,
    info: { Title: `${t('notes.report.title')} — ${data.child.name}`, Creator: 'Imkon', Producer: 'Imkon' },
  });
  doc.registerFont('regular', regular.data).registerFont('bold', bold.data);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));

  const room = (height: number) => {
    if (doc.y + height > BOTTOM) doc.addPage();
  };
  const write = (text: string, options: { size?: number; bold?: boolean; color?: string; x?: number } = {}) =>
    doc
      .font(options.bold ? 'bold' : 'regular', options.size ?? 9.5)
      .fillColor(options.color ?? INK)
      .text(text, options.x ?? LEFT, doc.y, { width: WIDTH - ((options.x ?? LEFT) - LEFT), lineGap: 2 });
  const heading = (text: string) => {
    room(40);
    doc.y += 14;
    write(text, { size: 11.5, bold: true });
    doc
      .moveTo(LEFT, doc.y)
      .lineTo(LEFT + WIDTH, doc.y)
      .lineWidth(0.75)
      .stroke(ACCENT);
    doc.y += 6;
  };
  const row = (cells: Array<string | number>, head: boolean) => {
    const top = doc.y;
    const first = WIDTH - 62 * (cells.length - 1);
    if (head) doc.rect(LEFT, top, WIDTH, 24).fill('#f1f4f8');
    cells.forEach((cell, index) =>
      doc
        .font(head ? 'bold' : 'regular', head ? 8 : 9.5)
        .fillColor(INK)
        .text(String(cell), index === 0 ? LEFT + 4 : LEFT + first + 62 * (index - 1), top + 2.5, {
          width: index === 0 ? first - 8 : 58,
          align: index === 0 ? 'left' : 'right',
        }),
    );
    doc.y = top + (head ? 24 : 15);
    doc
      .moveTo(LEFT, doc.y)
      .lineTo(LEFT + WIDTH, doc.y)
      .lineWidth(0.5)
      .stroke(RULE);
  };
  const chart = (goal: ReportGoal, x0: number, y0: number, width: number) => {
    const axis = 22;
    const plot = width - axis;
    const start = dayNumber(data.from);
    const span = Math.max(dayNumber(data.to) - start, 1);
    const x = (day: string) => x0 + axis + 6 + ((dayNumber(day) - start) / span) * (plot - 12);
    const y = (level: GasLevel) => y0 + 6 + (2 - level) * 20;
    doc
      .rect(x0 + axis, y0, plot, 92)
      .lineWidth(0.5)
      .fillAndStroke('#fafbfc', RULE);
    for (const level of LEVELS) {
      if (level !== 0) doc.dash(2, { space: 2 });
      doc
        .moveTo(x0 + axis, y(level))
        .lineTo(x0 + width, y(level))
        .lineWidth(level === 0 ? 0.9 : 0.4)
        .stroke(level === 0 ? ACCENT : RULE);
      doc.undash();
      doc
        .font(level === 0 ? 'bold' : 'regular', 7)
        .fillColor(level === 0 ? ACCENT : MUTED)
        .text(formatGasLevel(level), x0, y(level) - 4, { width: axis - 4, align: 'right', lineBreak: false });
    }
    const [first, ...rest] = goal.points;
    if (first && rest.length > 0) {
      doc.moveTo(x(first.date), y(first.level));
      for (const p of rest) doc.lineTo(x(p.date), y(p.level));
      doc.lineWidth(1.4).stroke(ACCENT);
    }
    for (const p of goal.points) doc.circle(x(p.date), y(p.level), 2.4).fill(ACCENT);
    doc.font('regular', 7).fillColor(MUTED);
    doc.text(date(data.from), x0 + axis, y0 + 94, { width: plot / 2, lineBreak: false });
    doc.text(date(data.to), x0 + axis + plot / 2, y0 + 94, {
      width: plot / 2,
      align: 'right',
      lineBreak: false,
    });
  };

  if (data.centreName) write(data.centreName, { size: 9, color: MUTED });
  write(t('notes.report.title'), { size: 16, bold: true, color: ACCENT });
  doc.y += 8;
  const facts: Array<[string, string]> = [
    [t('notes.report.child'), data.child.name],
    [t('notes.report.birthDate'), date(data.child.birthDate)],
    ...(data.child.pinfl ? [[t('notes.report.pinfl'), data.child.pinfl] as [string, string]] : []),
    ...(data.child.address ? [[t('notes.report.address'), data.child.address] as [string, string]] : []),
    ...(data.child.guardian ? [[t('notes.report.guardian'), data.child.guardian] as [string, string]] : []),
    [t('notes.report.period'), `${date(data.from)} – ${date(data.to)}`],
  ];
  for (const [label, value] of facts) {
    const top = doc.y;
    doc.font('regular', 9.5).fillColor(MUTED).text(label, LEFT, top, { width: 118 });
    doc.fillColor(INK).text(value, LEFT + 118, top, { width: WIDTH - 118 });
    doc.y += 2;
  }

  heading(t('notes.report.programme'));
  if (data.programmes.length === 0) write(t('notes.report.noProgramme'));
  for (const programme of data.programmes) {
    write(
      `${t('notes.report.programmePeriod', { from: date(programme.startDate), to: date(programme.endDate), review: date(programme.reviewDate) })} (${t(`notes.report.status.${programme.status}`)})`,
      { bold: true },
    );
    if (programme.prescriptions.length > 0) {
      doc.y += 6;
      const perWeek = [t('notes.report.perWeek'), t('notes.report.weeks'), t('notes.report.minutes')];
      row([t('notes.report.service'), ...perWeek], true);
      for (const p of programme.prescriptions)
        row(
          [p.specialist ? `${p.service} (${p.specialist})` : p.service, p.perWeek, p.weeks, p.minutes],
          false,
        );
    }
    doc.y += 8;
    write(t('notes.report.goals'), { bold: true });
    programme.goals.forEach((goal, index) => {
      room(180);
      doc.y += 8;
      doc
        .moveTo(LEFT, doc.y)
        .lineTo(LEFT + WIDTH, doc.y)
        .lineWidth(0.5)
        .stroke(RULE);
      doc.y += 6;
      write(`${index + 1}. ${goal.goal}`, { size: 10.5, bold: true });
      write(t(`notes.report.domain.${goal.domain}`, { defaultValue: goal.domain }), {
        size: 8,
        color: MUTED,
      });
      if (goal.baseline) write(t('notes.report.baseline', { text: goal.baseline }), { size: 8 });
      const top = doc.y + 4;
      doc.y = top;
      write(t('notes.report.scale'), { size: 8, bold: true });
      for (const level of LEVELS) {
        const at = doc.y;
        doc
          .font('bold', 9.5)
          .fillColor(INK)
          .text(formatGasLevel(level), LEFT, at, { width: 20, align: 'right' });
        doc
          .font('regular', 8.5)
          .text(goal.scale[level + 2] || t(`notes.gas.${level}`), LEFT + 26, at, { width: 214 });
        doc.y += 1.5;
      }
      const below = doc.y;
      doc.y = top;
      write(t('notes.report.chartLabel'), { size: 8, bold: true, x: LEFT + 250 });
      const chartTop = doc.y + 2;
      chart(goal, LEFT + 250, chartTop, 240);
      doc.y = chartTop + 108;
      const last = goal.points.at(-1);
      write(
        last
          ? t('notes.report.latest', { level: formatGasLevel(last.level), date: date(last.date) })
          : t('notes.report.noRatings'),
        { size: 8, x: LEFT + 250 },
      );
      doc.y = Math.max(doc.y, below);
    });
  }

  heading(t('notes.report.attendance'));
  if (data.attendance.length === 0) write(t('notes.report.noSessions'));
  else {
    const heads = ['sessions', 'attended', 'absentExcused', 'absentUnexcused', 'cancelled'] as const;
    row([t('notes.report.service'), ...heads.map((key) => t(`notes.report.${key}`))], true);
    for (const r of data.attendance)
      row([r.service, r.sessions, r.attended, r.absentExcused, r.absentUnexcused, r.cancelled], false);
  }

  heading(t('notes.report.conclusions'));
  if (data.conclusions.length === 0) write(t('notes.report.noConclusions'));
  for (const c of data.conclusions) {
    room(30);
    const head =
      c.kind === 'review'
        ? t('notes.report.reviewOf', { date: date(c.date) })
        : t('notes.report.noteOf', { service: c.service ?? '', date: date(c.date) });
    write(c.author ? `${head} — ${c.author}` : head, { bold: true });
    write(c.text);
    doc.y += 6;
  }

  room(60 + 40 * (data.specialists.length + 2));
  heading(t('notes.report.signatures'));
  const signature = (label: string, name: string | null) => {
    doc.y += 18;
    const top = doc.y;
    doc.font('regular', 9.5).fillColor(INK).text(label, LEFT, top, { width: 182 });
    doc.text(name ?? '', LEFT + 312, top, { width: WIDTH - 312 });
    doc
      .moveTo(LEFT + 190, top + 12)
      .lineTo(LEFT + 300, top + 12)
      .lineWidth(0.75)
      .stroke(INK);
    doc
      .moveTo(LEFT + 312, top + 12)
      .lineTo(LEFT + WIDTH, top + 12)
      .stroke(INK);
    doc.font('regular', 7).fillColor(MUTED);
    doc.text(t('notes.report.signature'), LEFT + 190, top + 13, { width: 122 });
    doc.text(t('notes.report.fullName'), LEFT + 312, top + 13, { width: 120 });
  };
  for (const name of data.specialists) signature(t('notes.report.specialist'), name);
  signature(t('notes.report.head'), null);
  signature(t('notes.report.guardianSigned'), data.child.guardian);

  const { count } = doc.bufferedPageRange();
  const footer = `${data.child.name} · ${t('notes.report.printed', { date: date(data.printedOn) })}`;
  for (let index = 0; index < count; index += 1) {
    doc.switchToPage(index);
    // The footer sits in the bottom margin, where pdfkit would otherwise start a new page.
    doc.page.margins.bottom = 0;
    doc.font('regular', 7.5).fillColor(MUTED);
    doc.text(footer, LEFT, 842 - 32, { width: WIDTH, lineBreak: false });
    doc.text(t('documents.page', { page: index + 1, total: count }), LEFT, 842 - 32, {
      width: WIDTH,
      align: 'right',
      lineBreak: false,
    });
  }
  doc.end();
  return done;
}
