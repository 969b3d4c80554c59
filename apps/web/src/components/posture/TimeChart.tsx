'use client';

import {
  Area,
  AreaChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { ChartRow } from '../../format/posture-series';

export interface ChartSeries {
  key: keyof ChartRow;
  label: string;
  /** A CSS colour, e.g. `var(--critical)`: both themes define the variables. */
  color: string;
}

const AXIS = { stroke: 'var(--muted)', fontSize: 12 };
const CHART_WIDTH = 640;
const CHART_HEIGHT = 240;
const TOOLTIP_STYLE = {
  background: 'var(--bg)',
  border: '1px solid var(--border)',
  color: 'var(--fg)',
};

/**
 * A chart over the posture rows: stacked areas (counts that add up, like workloads by Pod
 * Security level) or lines. Decorative for screen readers: the figure around it carries the
 * same numbers as a table.
 */
export function TimeChart({
  rows,
  series,
  kind,
  unit = '',
  yMax,
}: {
  rows: ChartRow[];
  series: ChartSeries[];
  kind: 'stacked-area' | 'line';
  unit?: string;
  yMax?: number;
}) {
  // Fixed drawing size so the server renders the SVG (no wait for hydration); CSS scales it
  // to the column's width (globals.css, .time-chart).
  const common = {
    data: rows,
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    accessibilityLayer: false,
    margin: { top: 8, right: 16, bottom: 0, left: 0 },
  };
  const axes = (
    <>
      <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
      <XAxis dataKey="day" tick={AXIS} stroke="var(--border)" minTickGap={24} />
      <YAxis
        tick={AXIS}
        stroke="var(--border)"
        allowDecimals={false}
        domain={[0, yMax ?? 'auto']}
        unit={unit}
        width={48}
      />
      <Tooltip contentStyle={TOOLTIP_STYLE} formatter={(value) => `${value}${unit}`} />
      <Legend wrapperStyle={{ fontSize: 13 }} itemSorter={null} />
    </>
  );
  return (
    <div className="time-chart" aria-hidden="true">
      {kind === 'stacked-area' ? (
        <AreaChart {...common}>
          {axes}
          {series.map((s) => (
            <Area
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="stack"
              type="monotone"
              stroke={s.color}
              fill={s.color}
              fillOpacity={0.55}
              isAnimationActive={false}
            />
          ))}
        </AreaChart>
      ) : (
        <LineChart {...common}>
          {axes}
          {series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              type="monotone"
              stroke={s.color}
              strokeWidth={2}
              dot={rows.length < 40}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      )}
    </div>
  );
}
