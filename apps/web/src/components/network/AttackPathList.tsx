import { formatPorts, formatRules } from '../../format/reach-text';
import type { AttackPath } from '../../server/read-model-types';
import { WorkloadLink } from '../cluster/WorkloadLink';
import { exposureKindLabel } from './ExposureList';

/** Exposed workloads that can reach a privileged or sensitive one, hop by hop. */
export function AttackPathList({ cluster, paths }: { cluster: string; paths: AttackPath[] }) {
  if (paths.length === 0)
    return <p className="empty">No exposed workload can reach a privileged one.</p>;
  return (
    <ol className="attack-paths">
      {paths.map((path) => (
        <li key={`${path.from}→${path.to}`}>
          <p>
            <WorkloadLink cluster={cluster} id={path.from} /> (
            {path.exposures.map(exposureKindLabel).join(', ')}) →{' '}
            <WorkloadLink cluster={cluster} id={path.to} />
          </p>
          <ul className="plain-list hops">
            {path.hops.map((hop) => (
              <li key={`${hop.from}→${hop.to}`}>
                <span className="name">{hop.from}</span> → <span className="name">{hop.to}</span> on{' '}
                {formatPorts(hop.ports)}; egress: {formatRules(hop.egressRules)}; ingress:{' '}
                {formatRules(hop.ingressRules)}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
