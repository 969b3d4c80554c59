import type { Schema } from '../server/api-types';

const PART_LABELS: Record<keyof NonNullable<Schema<'PostureScoreParts'>>, string> = {
  podSecurity: 'Pod Security',
  findings: 'Findings',
  isolation: 'Isolation',
  exposure: 'Exposure',
};

function points(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** What makes up a score: each part's points out of its weight (docs/history.md). */
export function ScoreParts({ parts }: { parts: Schema<'PostureScoreParts'> }) {
  if (!parts) return null;
  return (
    <dl className="score-parts">
      {(Object.keys(PART_LABELS) as (keyof typeof PART_LABELS)[]).map((key) => (
        <div key={key} data-part={key}>
          <dt>{PART_LABELS[key]}</dt>
          <dd>
            {points(parts[key].points)}/{parts[key].weight}
          </dd>
        </div>
      ))}
    </dl>
  );
}
