import type { Metadata } from 'next';
import Link from 'next/link';
import { ClusterPageHeader } from '../../../../../../../components/cluster/ClusterPageHeader';
import { NoSnapshot } from '../../../../../../../components/cluster/NoSnapshot';
import { ExposureList } from '../../../../../../../components/network/ExposureList';
import { ProblemNotice } from '../../../../../../../components/ProblemNotice';
import { ContainerSecurityContext } from '../../../../../../../components/workload/ContainerSecurityContext';
import { PeerTable } from '../../../../../../../components/workload/PeerTable';
import { PodViolations } from '../../../../../../../components/workload/PodViolations';
import { WorkloadHistory } from '../../../../../../../components/workload/WorkloadHistory';
import { clusterPageHref, namespaceHref } from '../../../../../../../format/cluster-href';
import { decodeParam, firstParam, hrefWithQuery } from '../../../../../../../format/href';
import { loadOrProblem } from '../../../../../../../server/load-or-problem';
import { getWorkload, pickSnapshot } from '../../../../../../../server/read-model-api';
import type { WorkloadDetail } from '../../../../../../../server/read-model-types';

export const dynamic = 'force-dynamic';

interface WorkloadPageProps {
  params: Promise<{ name: string; namespace: string; kind: string; workload: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

async function routeOf(props: WorkloadPageProps) {
  const params = await props.params;
  return {
    cluster: decodeParam(params.name),
    namespace: decodeParam(params.namespace),
    kind: decodeParam(params.kind),
    name: decodeParam(params.workload),
  };
}

export async function generateMetadata(props: WorkloadPageProps): Promise<Metadata> {
  const route = await routeOf(props);
  return { title: `${route.namespace}/${route.kind}/${route.name} · ${route.cluster}` };
}

function Summary({ cluster, workload }: { cluster: string; workload: WorkloadDetail }) {
  const isolation = workload.isolation;
  return (
    <dl className="facts">
      <div>
        <dt>Pod Security level</dt>
        <dd>
          <span className={`level level-${workload.level}`} data-testid="workload-level">
            {workload.level}
          </span>{' '}
          <span className="muted">(PSS {workload.pssVersion})</span>
        </dd>
      </div>
      <div>
        <dt>Namespace</dt>
        <dd>
          <Link href={namespaceHref(cluster, workload.namespace)} className="name">
            {workload.namespace}
          </Link>
        </dd>
      </div>
      <div>
        <dt>Pods</dt>
        <dd>
          {workload.observedPods} observed
          {workload.desiredReplicas === null ? '' : ` of ${workload.desiredReplicas} desired`}
        </dd>
      </div>
      <div>
        <dt>Baseline / restricted</dt>
        <dd>
          {workload.pss.baseline.allowed ? 'meets' : 'violates'} baseline,{' '}
          {workload.pss.restricted.allowed ? 'meets' : 'violates'} restricted
        </dd>
      </div>
      <div>
        <dt>Network isolation</dt>
        <dd>
          {isolation
            ? `ingress ${isolation.ingressIsolated ? 'isolated' : 'open'}, egress ${isolation.egressIsolated ? 'isolated' : 'open'}${isolation.hostNetwork ? ', host network' : ''}`
            : '—'}
        </dd>
      </div>
      <div>
        <dt>Policies selecting it</dt>
        <dd>
          {isolation && isolation.ingressPolicies.length + isolation.egressPolicies.length > 0
            ? [...new Set([...isolation.ingressPolicies, ...isolation.egressPolicies])].join(', ')
            : 'none'}
        </dd>
      </div>
    </dl>
  );
}

export default async function WorkloadPage(props: WorkloadPageProps) {
  const route = await routeOf(props);
  const requested = firstParam((await props.searchParams).snapshot);
  const loaded = await loadOrProblem(async () => {
    const snapshot = await pickSnapshot(route.cluster, requested);
    if (!snapshot) return null;
    return {
      snapshot,
      workload: await getWorkload(snapshot.id, route.namespace, route.kind, route.name),
    };
  });
  const data = loaded.ok ? loaded.data : null;
  const title = `${route.namespace}/${route.kind}/${route.name}`;
  return (
    <>
      <ClusterPageHeader cluster={route.cluster} title={title} snapshot={data?.snapshot} />
      {!loaded.ok ? (
        <ProblemNotice problem={loaded.problem} />
      ) : !data ? (
        <NoSnapshot cluster={route.cluster} />
      ) : (
        <>
          <Summary cluster={route.cluster} workload={data.workload} />
          <p>
            <Link
              href={hrefWithQuery(clusterPageHref(route.cluster, 'issues'), {
                namespace: route.namespace,
                kind: route.kind,
                workload: route.name,
              })}
            >
              Open issues of this workload
            </Link>
          </p>
          <section aria-labelledby="context-heading">
            <h2 id="context-heading">Security context</h2>
            {data.workload.containers.map((container) => (
              <ContainerSecurityContext
                key={`${container.type}:${container.name}`}
                container={container}
                pss={data.workload.pss}
              />
            ))}
            <PodViolations pss={data.workload.pss} />
          </section>
          <section aria-labelledby="exposures-heading">
            <h2 id="exposures-heading">Exposures</h2>
            <ExposureList
              cluster={route.cluster}
              exposures={data.workload.exposures}
              caption="How this workload is reachable from outside the cluster"
            />
          </section>
          <section aria-labelledby="reach-heading">
            <h2 id="reach-heading">Reachability</h2>
            {data.workload.reach.complete ? null : (
              <p className="muted">Each list shows the first 200 workloads.</p>
            )}
            <div className="two-columns">
              <PeerTable
                cluster={route.cluster}
                peers={data.workload.reach.canReach}
                caption="Workloads it can reach"
                peerHeading="Destination"
              />
              <PeerTable
                cluster={route.cluster}
                peers={data.workload.reach.reachableFrom}
                caption="Workloads that can reach it"
                peerHeading="Source"
              />
            </div>
          </section>
          <section aria-labelledby="history-heading">
            <h2 id="history-heading">History</h2>
            <WorkloadHistory history={data.workload.history} />
          </section>
        </>
      )}
    </>
  );
}
