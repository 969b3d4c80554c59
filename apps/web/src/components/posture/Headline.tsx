import { formatChange } from '../../format/posture-summary';
import type { ChartRow } from '../../format/posture-series';

interface Fact {
  key: keyof ChartRow;
  label: string;
  unit?: string;
  /** A rise is good news (score, coverage) rather than bad (issues, exposure). */
  higherIsBetter: boolean;
}

const FACTS: Fact[] = [
  { key: 'score', label: 'Score', higherIsBetter: true },
  { key: 'privileged', label: 'Privileged workloads', higherIsBetter: false },
  { key: 'critical', label: 'Critical issues', higherIsBetter: false },
  { key: 'ingressCoverage', label: 'Ingress isolation', unit: '%', higherIsBetter: true },
  { key: 'defaultDenyIngress', label: 'Default-deny namespaces', higherIsBetter: true },
  { key: 'exposed', label: 'Exposed workloads', higherIsBetter: false },
  { key: 'attackPaths', label: 'Attack paths', higherIsBetter: false },
];

/** The latest figures of the range, each with its change since the range's first point. */
export function Headline({ first, last }: { first: ChartRow; last: ChartRow }) {
  return (
    <dl className="headline" aria-label={`Latest figures (${last.day})`}>
      {FACTS.map((fact) => {
        const value = Number(last[fact.key]);
        const change = Math.round((value - Number(first[fact.key])) * 10) / 10;
        const better = fact.higherIsBetter ? change > 0 : change < 0;
        return (
          <div key={fact.key} data-fact={fact.key}>
            <dt>{fact.label}</dt>
            <dd>
              <span className="value">
                {value}
                {fact.unit ?? ''}
              </span>{' '}
              <span className={`change ${change === 0 ? '' : better ? 'better' : 'worse'}`}>
                {formatChange(change)}
                <span className="visually-hidden"> since {first.day}</span>
              </span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
