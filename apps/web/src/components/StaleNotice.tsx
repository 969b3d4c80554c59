import { freshness } from '../format/freshness';
import { Timestamp } from './Timestamp';

/**
 * Says how old a cluster's data is when the collector has not uploaded for more than a day,
 * and what to check. Renders nothing while the data is fresh.
 */
export function StaleNotice({
  cluster,
  collectedAt,
  now = new Date(),
}: {
  cluster: string;
  collectedAt: string;
  now?: Date;
}) {
  const { stale, age } = freshness(collectedAt, now);
  if (!stale) return null;
  return (
    <p className="notice notice-warning" role="status">
      <strong>Stale data:</strong> the latest snapshot of {cluster} was collected {age} ago (
      <Timestamp iso={collectedAt} />
      ). Check that the collector CronJob still runs (<code>kubectl -n kordon get cronjob</code>)
      and can reach the API.
    </p>
  );
}
