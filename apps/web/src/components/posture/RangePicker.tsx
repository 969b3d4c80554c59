import Link from 'next/link';
import { hrefWithQuery } from '../../format/href';
import { PRESET_DAYS, lastDays, type PostureRange } from '../../format/posture-range';

/** Presets (last 7, 30, 90, 365 days) and a from–to form; plain links and a GET form. */
export function RangePicker({
  pathname,
  range,
  now,
}: {
  pathname: string;
  range: PostureRange;
  now: Date;
}) {
  return (
    <div className="range-picker">
      <nav aria-label="Date range presets">
        <ul className="filter">
          {PRESET_DAYS.map((days) => {
            const preset = lastDays(days, now);
            const current = preset.from === range.from && preset.to === range.to;
            return (
              <li key={days}>
                <Link
                  href={hrefWithQuery(pathname, preset)}
                  aria-current={current ? 'page' : undefined}
                >
                  Last {days} days
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <form method="get" action={pathname} className="range-form" aria-label="Date range">
        <label>
          From <input type="date" name="from" defaultValue={range.from} max={range.to} required />
        </label>
        <label>
          To <input type="date" name="to" defaultValue={range.to} required />
        </label>
        <button type="submit" className="button">
          Show
        </button>
      </form>
      {range.problem ? (
        <p className="notice notice-error" role="alert">
          {range.problem} Showing {range.from} to {range.to} instead.
        </p>
      ) : null}
    </div>
  );
}
