import Link from 'next/link';
import { clusterPageHref, namespaceHref } from '../../format/cluster-href';
import { hrefWithQuery } from '../../format/href';
import type { SnapshotDiff } from '../../server/read-model-types';

/** Namespace pairs that became reachable or unreachable, each linking to its matrix cell. */
export function DiffReach({
  cluster,
  reach,
  toSnapshot,
}: {
  cluster: string;
  reach: SnapshotDiff['reach'];
  toSnapshot: string;
}) {
  const rows = [
    ...reach.becameReachable.map(([from = '?', to = '?']) => ({
      from,
      to,
      change: 'became reachable',
    })),
    ...reach.becameUnreachable.map(([from = '?', to = '?']) => ({
      from,
      to,
      change: 'became unreachable',
    })),
  ];
  return (
    <>
      {reach.complete ? null : (
        <p className="muted">
          A stored matrix was cut short or is missing: the lists may miss pairs.
        </p>
      )}
      {rows.length === 0 ? (
        <p className="empty">No namespace pair changed reachability.</p>
      ) : (
        <div className="table-scroll">
          <table className="diff-reach">
            <caption>
              {reach.counts.becameReachable} pairs became reachable,{' '}
              {reach.counts.becameUnreachable} unreachable
            </caption>
            <thead>
              <tr>
                <th scope="col">From namespace</th>
                <th scope="col">To namespace</th>
                <th scope="col">Change</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={`${row.change}:${row.from}:${row.to}`}>
                  <td className="name">
                    <Link href={namespaceHref(cluster, row.from)}>{row.from}</Link>
                  </td>
                  <td className="name">
                    <Link href={namespaceHref(cluster, row.to)}>{row.to}</Link>
                  </td>
                  <td>
                    <Link
                      href={`${hrefWithQuery(clusterPageHref(cluster, 'network'), {
                        snapshot: toSnapshot,
                        cellFrom: row.from,
                        cellTo: row.to,
                      })}#cell`}
                    >
                      {row.change}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
