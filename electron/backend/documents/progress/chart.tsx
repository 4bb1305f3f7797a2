import type { ReactElement } from 'react';
import type { GasLevel } from '../../../../shared/domain/notes';
import { formatGasLevel } from '../../../../shared/domain/notes';
import { FONT_FAMILY, type Pdf } from '../pdf';
import { ACCENT, MUTED, RULE } from './layout';

const LEVELS: GasLevel[] = [2, 1, 0, -1, -2];
const PLOT_HEIGHT = 92;
/** The dates under the plot. */
const FOOT = 12;
const AXIS = 22;
const PAD = 6;
const LABEL_SIZE = 7;

const dayNumber = (date: string) =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;

/**
 * The drawing surface a react-pdf Canvas hands to `paint`: pdfkit's own calls, each returning the painter.
 * Only the calls the chart makes are typed here.
 */
interface Painter {
  save(): Painter;
  restore(): Painter;
  rect(x: number, y: number, w: number, h: number): Painter;
  moveTo(x: number, y: number): Painter;
  lineTo(x: number, y: number): Painter;
  circle(x: number, y: number, r: number): Painter;
  lineWidth(width: number): Painter;
  dash(length: number, options: { space: number }): Painter;
  fillColor(color: string): Painter;
  strokeColor(color: string): Painter;
  fill(color?: string): Painter;
  stroke(color?: string): Painter;
  fillAndStroke(fill: string, stroke: string): Painter;
  font(font: unknown, size: number): Painter;
  text(
    text: string,
    x: number,
    y: number,
    options: { width: number; align: 'left' | 'right'; lineBreak: false },
  ): Painter;
}

/**
 * A goal's level over the period: the five levels as rows (0, the expected outcome, drawn stronger), time
 * across from the period's first to last day, one point per rated day joined by a line, the period's first and
 * last day beneath. Drawn straight onto the page through a Canvas rather than as Svg and Text nodes: a report
 * holds a chart per goal, and each node costs react-pdf layout while the drawing itself is a few pdfkit calls
 * (the bench measured the Svg version at a quarter of the report's time). The labels use the document's own
 * font objects, so pdfkit embeds no second copy of Noto Sans.
 */
export function gasChart(
  pdf: Pdf,
  points: ReadonlyArray<{ date: string; level: GasLevel }>,
  period: { from: string; to: string; fromLabel: string; toLabel: string },
  width: number,
): ReactElement {
  const { Canvas } = pdf;
  const plot = width - AXIS;
  const start = dayNumber(period.from);
  const span = Math.max(dayNumber(period.to) - start, 1);
  const x = (date: string) => AXIS + PAD + ((dayNumber(date) - start) / span) * (plot - 2 * PAD);
  const row = (PLOT_HEIGHT - 2 * PAD) / 4;
  const y = (level: GasLevel) => PAD + (2 - level) * row;
  // pdfkit places text by its top; 0.6 of the size lifts the digits' middle onto the row's line.
  const lift = LABEL_SIZE * 0.6;

  const paint = (painter: Painter): null => {
    // Read when painting: react-pdf loads the fonts during layout, after the document was built.
    const regular = pdf.Font.getFont({ fontFamily: FONT_FAMILY, fontWeight: 400 }).data;
    const bold = pdf.Font.getFont({ fontFamily: FONT_FAMILY, fontWeight: 700 }).data;
    painter.rect(AXIS, 0, plot, PLOT_HEIGHT).lineWidth(0.5).fillAndStroke('#fafbfc', RULE);
    for (const level of LEVELS) {
      const expected = level === 0;
      painter.save().lineWidth(expected ? 0.9 : 0.4);
      if (!expected) painter.dash(2, { space: 2 });
      painter
        .moveTo(AXIS, y(level))
        .lineTo(AXIS + plot, y(level))
        .stroke(expected ? ACCENT : RULE)
        .restore();
      painter
        .font(expected ? bold : regular, LABEL_SIZE)
        .fillColor(expected ? ACCENT : MUTED)
        .text(formatGasLevel(level), 0, y(level) - lift, {
          width: AXIS - 4,
          align: 'right',
          lineBreak: false,
        });
    }
    const [first, ...rest] = points;
    if (first && rest.length > 0) {
      painter.moveTo(x(first.date), y(first.level));
      for (const p of rest) painter.lineTo(x(p.date), y(p.level));
      painter.lineWidth(1.4).stroke(ACCENT);
    }
    for (const p of points) painter.circle(x(p.date), y(p.level), 2.4).fill(ACCENT);
    const below = PLOT_HEIGHT + 2;
    painter
      .font(regular, LABEL_SIZE)
      .fillColor(MUTED)
      .text(period.fromLabel, AXIS, below, { width: plot / 2, align: 'left', lineBreak: false })
      .text(period.toLabel, AXIS + plot / 2, below, { width: plot / 2, align: 'right', lineBreak: false });
    return null;
  };
  return <Canvas style={{ width, height: PLOT_HEIGHT + FOOT }} paint={paint} />;
}
