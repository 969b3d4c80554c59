import Link from 'next/link';
import { formatChange } from '../../format/posture-summary';
import type { NamespaceRegression } from '../../format/posture-series';
import { clusterPageHref } from '../../format/cluster-href';

/** The namespaces whose score fell most over the range, each linked to its open issues. */
export function RegressedNamespaces({
  cluster,
  regressions,
  from,
}: {
  cluster: string;
  regressions: NamespaceRegression[];
  from: string;
}) {
  if (regressions.length === 0) {
    return <p className="muted">No namespace got worse since {from}.</p>;
  }
  return (
    <div className="table-scroll">
      <table className="regressions">
        <caption className="visually-hidden">
          Namespaces whose score fell the most since {from}
        </caption>
        <thead>
          <tr>
            <th scope="col">Namespace</th>
            <th scope="col" className="number">
              Score then
            </th>
            <th scope="col" className="number">
              Score now
            </th>
            <th scope="col" className="number">
              Change
            </th>
          </tr>
        </thead>
        <tbody>
          {regressions.map((entry) => (
            <tr key={entry.namespace} data-namespace={entry.namespace}>
              <th scope="row">
                <Link
                  href={`${clusterPageHref(cluster, 'issues')}?namespace=${encodeURIComponent(entry.namespace)}`}
                >
                  {entry.namespace}
                </Link>
              </th>
              <td className="number">{entry.from}</td>
              <td className="number">{entry.to}</td>
              <td className="number change worse">{formatChange(entry.change)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
