import Link from 'next/link';
import { namespaceHref } from '../../format/cluster-href';
import { hrefWithQuery } from '../../format/href';
import { matrixReach } from '../../format/matrix-reach';
import type { NamespaceMatrix, ReachValue } from '../../server/read-model-types';

const SYMBOL: Record<ReachValue, string> = { all: '●', partial: '◐', none: '○' };
export const REACH_LABEL: Record<ReachValue, string> = {
  all: 'all workloads on all ports',
  partial: 'some workloads or ports',
  none: 'nothing',
};

/**
 * The namespace matrix as a heat map: one row per source namespace, one column per
 * destination; each cell's colour and symbol say how much can connect, and the cell
 * links to its workload pairs (`?cellFrom=&cellTo=`).
 */
export function MatrixHeatmap({
  cluster,
  matrix,
  pathname,
  selected,
}: {
  cluster: string;
  matrix: NamespaceMatrix;
  pathname: string;
  selected: { from: string; to: string } | null;
}) {
  return (
    <div className="table-scroll">
      <table className="heatmap">
        <caption>
          Who can open connections to whom: rows are the source namespace, columns the destination.{' '}
          {SYMBOL.all} all, {SYMBOL.partial} partial, {SYMBOL.none} none. Open a cell for its
          workload pairs and the rules that allow them.
        </caption>
        <thead>
          <tr>
            <th scope="col">from ↓ to →</th>
            {matrix.namespaces.map((to) => (
              <th scope="col" key={to} className="name">
                <Link href={namespaceHref(cluster, to)}>{to}</Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {matrix.namespaces.map((from) => (
            <tr key={from}>
              <th scope="row" className="name">
                <Link href={namespaceHref(cluster, from)}>{from}</Link>
              </th>
              {matrix.namespaces.map((to) => {
                const reach = matrixReach(matrix, from, to);
                const isSelected = selected?.from === from && selected.to === to;
                return (
                  <td key={to} className={`reach reach-${reach}`} data-from={from} data-to={to}>
                    <Link
                      href={`${hrefWithQuery(pathname, { cellFrom: from, cellTo: to })}#cell`}
                      aria-current={isSelected ? 'true' : undefined}
                      title={`${from} to ${to}: ${REACH_LABEL[reach]}`}
                    >
                      <span className="visually-hidden">
                        {from} to {to}:{' '}
                      </span>
                      <span aria-hidden="true">{SYMBOL[reach]}</span> {reach}
                    </Link>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
