import { formatPorts, formatRules } from '../../format/reach-text';
import type { MatrixCell } from '../../server/read-model-types';
import { WorkloadLink } from '../cluster/WorkloadLink';
import { REACH_LABEL } from './MatrixHeatmap';

/** One matrix cell: the workload pairs that can connect, on which ports, and the rules allowing them. */
export function MatrixCellPanel({ cluster, cell }: { cluster: string; cell: MatrixCell }) {
  return (
    <section id="cell" className="panel" aria-labelledby="cell-heading" tabIndex={-1}>
      <h3 id="cell-heading">
        <span className="name">{cell.from}</span> → <span className="name">{cell.to}</span>:{' '}
        {REACH_LABEL[cell.reach]}
      </h3>
      {cell.pairs.length === 0 ? (
        <p className="empty">
          No workload in {cell.from} can open a connection to one in {cell.to}.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="cell-pairs">
            <caption>
              {cell.pairs.length} workload pair{cell.pairs.length === 1 ? '' : 's'}
              {cell.complete ? '' : ' (the first 500; more exist)'}
            </caption>
            <thead>
              <tr>
                <th scope="col">From</th>
                <th scope="col">To</th>
                <th scope="col">Ports</th>
                <th scope="col">Allowed by (egress)</th>
                <th scope="col">Allowed by (ingress)</th>
              </tr>
            </thead>
            <tbody>
              {cell.pairs.map((pair) => (
                <tr key={`${pair.from}→${pair.to}`}>
                  <td>
                    <WorkloadLink cluster={cluster} id={pair.from} />
                  </td>
                  <td>
                    <WorkloadLink cluster={cluster} id={pair.to} />
                  </td>
                  <td>{formatPorts(pair.ports)}</td>
                  <td>{formatRules(pair.egressRules, 'no egress policy (not isolated)')}</td>
                  <td>{formatRules(pair.ingressRules, 'no ingress policy (not isolated)')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
