import type { ReactElement } from 'react';
import type { GasLevel } from '../../../../shared/domain/notes';
import { formatGasLevel } from '../../../../shared/domain/notes';
import type { Pdf } from '../pdf';
import { ACCENT, MUTED, RULE } from './layout';

const LEVELS: GasLevel[] = [2, 1, 0, -1, -2];
const HEIGHT = 92;
const AXIS = 22;
const PAD = 6;

const dayNumber = (date: string) =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000;

/**
 * A goal's level over the period: the five levels as rows (0, the expected outcome, drawn stronger), time
 * across from the period's first to last day, one point per rated day joined by a line. Labels are react-pdf
 * Text outside the Svg, so they use the document's font (Svg text would not embed it).
 */
export function gasChart(
  pdf: Pdf,
  points: ReadonlyArray<{ date: string; level: GasLevel }>,
  period: { from: string; to: string; fromLabel: string; toLabel: string },
  width: number,
): ReactElement {
  const { Svg, Line, Polyline, Circle, Rect, View, Text } = pdf;
  const plot = width - AXIS;
  const start = dayNumber(period.from);
  const span = Math.max(dayNumber(period.to) - start, 1);
  const x = (date: string) => PAD + ((dayNumber(date) - start) / span) * (plot - 2 * PAD);
  const row = (HEIGHT - 2 * PAD) / 4;
  const y = (level: GasLevel) => PAD + (2 - level) * row;
  const coordinates = points.map((p) => `${x(p.date).toFixed(1)},${y(p.level).toFixed(1)}`).join(' ');
  return (
    <View>
      <View style={{ flexDirection: 'row' }}>
        <View style={{ width: AXIS, height: HEIGHT, position: 'relative' }}>
          {LEVELS.map((level) => (
            <Text
              key={level}
              style={{
                position: 'absolute',
                top: y(level) - 5,
                right: 4,
                fontSize: 7,
                color: level === 0 ? ACCENT : MUTED,
                fontWeight: level === 0 ? 700 : 400,
              }}
            >
              {formatGasLevel(level)}
            </Text>
          ))}
        </View>
        <Svg width={plot} height={HEIGHT} viewBox={`0 0 ${plot} ${HEIGHT}`}>
          <Rect x={0} y={0} width={plot} height={HEIGHT} fill="#fafbfc" stroke={RULE} strokeWidth={0.5} />
          {LEVELS.map((level) => (
            <Line
              key={level}
              x1={0}
              x2={plot}
              y1={y(level)}
              y2={y(level)}
              stroke={level === 0 ? ACCENT : RULE}
              strokeWidth={level === 0 ? 0.9 : 0.4}
              strokeDasharray={level === 0 ? undefined : '2 2'}
            />
          ))}
          {points.length > 1 ? (
            <Polyline points={coordinates} fill="none" stroke={ACCENT} strokeWidth={1.4} />
          ) : null}
          {points.map((p) => (
            <Circle key={p.date} cx={x(p.date)} cy={y(p.level)} r={2.4} fill={ACCENT} />
          ))}
        </Svg>
      </View>
      <View
        style={{
          flexDirection: 'row',
          justifyContent: 'space-between',
          marginLeft: AXIS,
          fontSize: 7,
          color: MUTED,
        }}
      >
        <Text>{period.fromLabel}</Text>
        <Text>{period.toLabel}</Text>
      </View>
    </View>
  );
}
