import type { ChartRow } from '../../format/posture-series';
import { TimeChart, type ChartSeries } from './TimeChart';

/**
 * A titled chart with its numbers as a table for screen readers and keyboard users
 * ("Show the numbers"), so nothing is only in the picture.
 */
export function ChartFigure({
  id,
  title,
  description,
  rows,
  series,
  kind,
  unit = '',
  yMax,
}: {
  id: string;
  title: string;
  description: string;
  rows: ChartRow[];
  series: ChartSeries[];
  kind: 'stacked-area' | 'line';
  unit?: string;
  yMax?: number;
}) {
  return (
    <figure className="chart" id={id} aria-labelledby={`${id}-title`}>
      <figcaption>
        <h3 id={`${id}-title`}>{title}</h3>
        <p className="muted small">{description}</p>
      </figcaption>
      <TimeChart rows={rows} series={series} kind={kind} unit={unit} yMax={yMax} />
      <details className="chart-data">
        <summary>Show the numbers</summary>
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{title}, by day</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                {series.map((s) => (
                  <th scope="col" className="number" key={s.key}>
                    {s.label}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.snapshotId}>
                  <th scope="row">{row.day}</th>
                  {series.map((s) => (
                    <td className="number" key={s.key} data-series={s.key}>
                      {row[s.key]}
                      {unit}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
