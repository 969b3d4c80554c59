import { formatTimestamp } from '../../format/format-time';
import type { SnapshotListItem } from '../../server/api-types';

function label(snapshot: SnapshotListItem): string {
  return formatTimestamp(snapshot.collectedAt ?? snapshot.receivedAt);
}

/** Chooses the two snapshots to compare (GET form: `?from=&to=`). */
export function SnapshotPicker({
  pathname,
  snapshots,
  from,
  to,
}: {
  pathname: string;
  snapshots: SnapshotListItem[];
  from: string | null;
  to: string | null;
}) {
  return (
    <form method="get" action={pathname} className="form-grid" aria-label="Snapshots to compare">
      <div className="field">
        <label htmlFor="compare-from">From (older)</label>
        <select id="compare-from" name="from" defaultValue={from ?? ''}>
          {snapshots.map((snapshot) => (
            <option key={snapshot.id} value={snapshot.id}>
              {label(snapshot)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="compare-to">To (newer)</label>
        <select id="compare-to" name="to" defaultValue={to ?? ''}>
          {snapshots.map((snapshot) => (
            <option key={snapshot.id} value={snapshot.id}>
              {label(snapshot)}
            </option>
          ))}
        </select>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Compare
        </button>
      </div>
    </form>
  );
}
