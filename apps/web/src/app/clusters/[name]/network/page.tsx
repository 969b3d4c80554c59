import type { Metadata } from 'next';
import { ClusterPageHeader } from '../../../../components/cluster/ClusterPageHeader';
import { NoSnapshot } from '../../../../components/cluster/NoSnapshot';
import { AttackPathList } from '../../../../components/network/AttackPathList';
import { CniBanner, IsolationTable } from '../../../../components/network/IsolationTable';
import { DefaultDenyList } from '../../../../components/network/DefaultDenyList';
import { ExposureList } from '../../../../components/network/ExposureList';
import { MatrixCellPanel } from '../../../../components/network/MatrixCellPanel';
import { MatrixHeatmap } from '../../../../components/network/MatrixHeatmap';
import { NamespaceFilter } from '../../../../components/network/NamespaceFilter';
import { NamespaceGraph } from '../../../../components/network/NamespaceGraph';
import { ReachAnswerView } from '../../../../components/network/ReachAnswerView';
import { ReachQuestionForm } from '../../../../components/network/ReachQuestionForm';
import { ProblemNotice } from '../../../../components/ProblemNotice';
import { clusterPageHref } from '../../../../format/cluster-href';
import { decodeParam, firstParam } from '../../../../format/href';
import { pickNamespaces, subMatrix } from '../../../../format/matrix-reach';
import { loadOrAnyProblem, loadOrProblem } from '../../../../server/load-or-problem';
import {
  askReach,
  getDefaultDeny,
  getMatrixCell,
  getNetwork,
  suggestWorkloads,
  pickSnapshot,
  type ReachQuestion,
} from '../../../../server/read-model-api';

export const dynamic = 'force-dynamic';

/** Default-deny manifests fetched per page view; the rest are counted. */
const MAX_DEFAULT_DENY = 10;

/** Namespaces the heat map and the graph draw at once. */
const MAX_MATRIX = 20;

/** Says when the API cut a list at its limit (`totals` counts everything). */
function Cut({ shown, total, what }: { shown: number; total: number; what: string }) {
  if (shown >= total) return null;
  return (
    <p className="muted">
      The first {shown} of {total} {what}.
    </p>
  );
}

interface NetworkPageProps {
  params: Promise<{ name: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: NetworkPageProps): Promise<Metadata> {
  return { title: `Network · ${decodeParam((await params).name)}` };
}

function questionOf(search: Record<string, string | string[] | undefined>): ReachQuestion | null {
  const from = firstParam(search.from);
  const to = firstParam(search.to);
  if (!from || !to) return null;
  return { from, to, port: firstParam(search.port), protocol: firstParam(search.protocol) };
}

async function loadNetworkPage(
  cluster: string,
  search: Record<string, string | string[] | undefined>,
) {
  const snapshot = await pickSnapshot(cluster, firstParam(search.snapshot));
  if (!snapshot) return null;
  const network = await getNetwork(snapshot.id);
  const cellFrom = firstParam(search.cellFrom);
  const cellTo = firstParam(search.cellTo);
  const question = questionOf(search);
  const notDenied = network.isolation.filter((n) => !n.defaultDenyIngress || !n.defaultDenyEgress);
  const shownPolicies = notDenied.slice(0, MAX_DEFAULT_DENY);
  const [cell, answer, policies, workloads] = await Promise.all([
    cellFrom && cellTo
      ? loadOrAnyProblem(() => getMatrixCell(snapshot.id, cellFrom, cellTo))
      : null,
    question ? loadOrAnyProblem(() => askReach(snapshot.id, question)) : null,
    Promise.all(shownPolicies.map((n) => getDefaultDeny(snapshot.id, n.namespace))),
    suggestWorkloads(snapshot.id),
  ]);
  const names = firstParam(search.ns)
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const query = firstParam(search.nsq);
  const shown = pickNamespaces(network.matrix, { names, query, max: MAX_MATRIX });
  return {
    snapshot,
    network,
    matrix: subMatrix(network.matrix, shown),
    query,
    cell,
    question,
    answer,
    policies,
    morePolicies: notDenied.length - shownPolicies.length,
    workloads,
  };
}

export default async function NetworkPage({ params, searchParams }: NetworkPageProps) {
  const cluster = decodeParam((await params).name);
  const search = await searchParams;
  const pathname = clusterPageHref(cluster, 'network');
  const loaded = await loadOrProblem(() => loadNetworkPage(cluster, search));
  const data = loaded.ok ? loaded.data : null;
  return (
    <>
      <ClusterPageHeader cluster={cluster} title="Network" snapshot={data?.snapshot} />
      {!loaded.ok ? (
        <ProblemNotice problem={loaded.problem} />
      ) : !data ? (
        <NoSnapshot cluster={cluster} />
      ) : (
        <>
          <CniBanner cni={data.network.cni} />
          <section aria-labelledby="matrix-heading">
            <h2 id="matrix-heading">Namespace reachability</h2>
            <NamespaceFilter
              pathname={pathname}
              query={data.query}
              shown={data.matrix.namespaces.length}
              total={data.network.matrix.namespaces.length}
            />
            {data.matrix.namespaces.length === 0 ? (
              <p className="empty">No namespace with workloads matches.</p>
            ) : (
              <div className="matrix-views">
                <MatrixHeatmap
                  cluster={cluster}
                  matrix={data.matrix}
                  pathname={pathname}
                  selected={data.cell?.ok ? data.cell.data : null}
                />
                <NamespaceGraph matrix={data.matrix} pathname={pathname} />
              </div>
            )}
            {data.cell ? (
              data.cell.ok ? (
                <MatrixCellPanel cluster={cluster} cell={data.cell.data} />
              ) : (
                <ProblemNotice problem={data.cell.problem} />
              )
            ) : null}
          </section>
          <section aria-labelledby="reach-heading">
            <h2 id="reach-heading">Can one workload reach another?</h2>
            <ReachQuestionForm
              pathname={pathname}
              question={data.question}
              workloads={data.workloads.map((w) => w.id)}
            />
            {data.answer ? (
              data.answer.ok ? (
                <ReachAnswerView cluster={cluster} answer={data.answer.data} />
              ) : (
                <ProblemNotice problem={data.answer.problem} />
              )
            ) : null}
          </section>
          <section aria-labelledby="isolation-heading">
            <h2 id="isolation-heading">Isolation by namespace</h2>
            <IsolationTable cluster={cluster} isolation={data.network.isolation} />
            <Cut
              shown={data.network.isolation.length}
              total={data.network.totals.isolation}
              what="namespaces"
            />
            <h3>Default-deny policies to apply</h3>
            <DefaultDenyList cluster={cluster} policies={data.policies} />
            {data.morePolicies > 0 ? (
              <p className="muted">
                {data.morePolicies} more namespaces lack a default-deny policy: the same manifest
                applies, with their name as its namespace.
              </p>
            ) : null}
          </section>
          <section aria-labelledby="exposed-heading">
            <h2 id="exposed-heading">Exposed workloads</h2>
            <ExposureList
              cluster={cluster}
              exposures={data.network.exposures}
              caption="Workloads reachable from outside the cluster or around NetworkPolicy"
            />
            <Cut
              shown={data.network.exposures.length}
              total={data.network.totals.exposures}
              what="exposures"
            />
            {data.network.danglingBackends.length > 0 ? (
              <ExposureList
                cluster={cluster}
                exposures={data.network.danglingBackends}
                caption="Exposures whose backends select no workload"
              />
            ) : null}
          </section>
          <section aria-labelledby="paths-heading">
            <h2 id="paths-heading">Attack paths</h2>
            <AttackPathList cluster={cluster} paths={data.network.attackPaths} />
            <Cut
              shown={data.network.attackPaths.length}
              total={data.network.totals.attackPaths}
              what="attack paths"
            />
          </section>
        </>
      )}
    </>
  );
}
