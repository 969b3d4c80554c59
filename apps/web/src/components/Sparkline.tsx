import { sparklinePath } from '../format/posture-summary';

const WIDTH = 120;
const HEIGHT = 28;

/** A small trend line scaled to its own range (within 0–100), described by `label`. */
export function Sparkline({ values, label }: { values: number[]; label: string }) {
  const low = Math.max(0, Math.min(...values) - 5);
  const high = Math.min(100, Math.max(...values) + 5);
  const path = sparklinePath(values, WIDTH, HEIGHT, low, high);
  if (!path) return <span className="muted">Not enough history</span>;
  return (
    <svg
      className="sparkline"
      role="img"
      aria-label={label}
      width={WIDTH}
      height={HEIGHT + 4}
      viewBox={`0 -2 ${WIDTH} ${HEIGHT + 4}`}
    >
      <path d={path} fill="none" stroke="var(--chart-1)" strokeWidth={2} />
    </svg>
  );
}
