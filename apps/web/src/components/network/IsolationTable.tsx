import Link from 'next/link';
import { namespaceHref } from '../../format/cluster-href';
import type { NamespaceIsolation, NetworkView } from '../../server/read-model-types';

function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}

function YesNo({ value }: { value: boolean }) {
  return (
    <span className={value ? 'verdict-allowed' : 'verdict-denied'}>{value ? 'yes' : 'no'}</span>
  );
}

/** Per namespace: default-deny in each direction and the share of workloads isolated. */
export function IsolationTable({
  cluster,
  isolation,
}: {
  cluster: string;
  isolation: NamespaceIsolation[];
}) {
  if (isolation.length === 0) return <p className="empty">No namespace has workloads.</p>;
  return (
    <div className="table-scroll">
      <table className="isolation">
        <caption>Default-deny policies and isolated workloads per namespace</caption>
        <thead>
          <tr>
            <th scope="col">Namespace</th>
            <th scope="col" className="number">
              Workloads
            </th>
            <th scope="col">Default-deny ingress</th>
            <th scope="col">Default-deny egress</th>
            <th scope="col" className="number">
              Ingress isolated
            </th>
            <th scope="col" className="number">
              Egress isolated
            </th>
          </tr>
        </thead>
        <tbody>
          {isolation.map((row) => (
            <tr key={row.namespace} data-namespace={row.namespace}>
              <th scope="row">
                <Link href={namespaceHref(cluster, row.namespace)} className="name">
                  {row.namespace}
                </Link>
              </th>
              <td className="number">{row.workloads}</td>
              <td>
                <YesNo value={row.defaultDenyIngress} />
              </td>
              <td>
                <YesNo value={row.defaultDenyEgress} />
              </td>
              <td className="number">{percent(row.ingressIsolatedShare)}</td>
              <td className="number">{percent(row.egressIsolatedShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Whether NetworkPolicy is enforced at all: a warning banner when the CNI does not, or may not. */
export function CniBanner({ cni }: { cni: NetworkView['cni'] }) {
  const plugins = cni.plugins.length > 0 ? cni.plugins.join(', ') : 'no known plugin';
  if (cni.verdict === 'enforces')
    return (
      <p className="muted">
        CNI: {plugins} — enforces NetworkPolicy, so the policies below take effect.
      </p>
    );
  return (
    <section className="notice notice-warning" role="note" aria-labelledby="cni-heading">
      <h2 id="cni-heading">
        {cni.verdict === 'does-not-enforce'
          ? 'This cluster’s CNI does not enforce NetworkPolicy'
          : 'Kordon cannot tell whether the CNI enforces NetworkPolicy'}
      </h2>
      <p>
        CNI: {plugins}. The reachability below is what the policies say; without enforcement, every
        pod can reach every pod.
      </p>
      {cni.evidence.length > 0 ? (
        <ul>
          {cni.evidence.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
