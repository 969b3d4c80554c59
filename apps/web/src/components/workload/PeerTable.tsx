import { formatPorts, formatRules } from '../../format/reach-text';
import type { WorkloadPeer } from '../../server/read-model-types';
import { WorkloadLink } from '../cluster/WorkloadLink';

/** Workloads this one can reach, or that can reach it, with ports and the rules allowing it. */
export function PeerTable({
  cluster,
  peers,
  caption,
  peerHeading,
}: {
  cluster: string;
  peers: WorkloadPeer[];
  caption: string;
  peerHeading: string;
}) {
  if (peers.length === 0) return <p className="empty">{caption}: none.</p>;
  return (
    <div className="table-scroll">
      <table className="peers">
        <caption>
          {caption} ({peers.length})
        </caption>
        <thead>
          <tr>
            <th scope="col">{peerHeading}</th>
            <th scope="col">Ports</th>
            <th scope="col">Egress rules</th>
            <th scope="col">Ingress rules</th>
          </tr>
        </thead>
        <tbody>
          {peers.map((peer) => (
            <tr key={peer.workload}>
              <td>
                <WorkloadLink cluster={cluster} id={peer.workload} />
              </td>
              <td>{formatPorts(peer.ports)}</td>
              <td>{formatRules(peer.egressRules)}</td>
              <td>{formatRules(peer.ingressRules)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
