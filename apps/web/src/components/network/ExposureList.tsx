import { formatValue } from '../../format/format-value';
import type { Exposure } from '../../server/read-model-types';
import { WorkloadLink } from '../cluster/WorkloadLink';

const KIND_LABEL: Record<string, string> = {
  'host-network': 'Host network',
  'host-port': 'Host port',
  'node-port': 'NodePort Service',
  'load-balancer': 'LoadBalancer Service',
  ingress: 'Ingress',
  'open-to-everyone': 'Policy open to everyone',
};

export function exposureKindLabel(kind: string): string {
  return KIND_LABEL[kind] ?? kind;
}

function Details({ details }: { details: Record<string, unknown> }) {
  const entries = Object.entries(details);
  if (entries.length === 0) return <span className="muted">—</span>;
  return (
    <dl className="observed">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt>{key}</dt>
          <dd>
            <code>{formatValue(value) ?? '—'}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** How workloads are reachable from outside the cluster (or around NetworkPolicy). */
export function ExposureList({
  cluster,
  exposures,
  caption,
}: {
  cluster: string;
  exposures: Exposure[];
  caption: string;
}) {
  if (exposures.length === 0) return <p className="empty">Nothing is exposed.</p>;
  return (
    <div className="table-scroll">
      <table className="exposures">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Exposure</th>
            <th scope="col">Through</th>
            <th scope="col">Workloads</th>
            <th scope="col">Details</th>
          </tr>
        </thead>
        <tbody>
          {exposures.map((exposure, index) => (
            <tr
              key={`${exposure.kind}:${exposure.subject.namespace}/${exposure.subject.name}:${index}`}
            >
              <td>{exposureKindLabel(exposure.kind)}</td>
              <td className="name">
                {exposure.subject.namespace}/{exposure.subject.kind}/{exposure.subject.name}
              </td>
              <td>
                <ul className="plain-list">
                  {exposure.workloads.map((id) => (
                    <li key={id}>
                      <WorkloadLink cluster={cluster} id={id} />
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                <Details details={exposure.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
