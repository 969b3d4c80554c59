import { regressedNamespaces } from '../../format/posture-series';
import { getClusterPosture } from '../../server/api-client';
import { ProblemNotice } from '../ProblemNotice';
import { loadOrProblem } from '../../server/load-or-problem';
import { RegressedNamespaces } from './RegressedNamespaces';

/** The namespaces' points of one day (the posture of a one-day range, per namespace). */
async function namespacesOn(cluster: string, day: string) {
  const posture = await getClusterPosture(cluster, { from: day, to: day, namespaces: 'true' });
  return new Map((posture.namespaces ?? []).map((n) => [n.namespace, n.points.at(-1)?.score]));
}

/**
 * The namespaces that regressed most between the range's first and last points. Reads only
 * those two days per namespace (a whole range per namespace is megabytes on a big cluster);
 * rendered in its own Suspense boundary so the charts never wait for it.
 */
export async function RegressedSection({
  cluster,
  firstDay,
  lastDay,
}: {
  cluster: string;
  firstDay: string;
  lastDay: string;
}) {
  const loaded = await loadOrProblem(() =>
    Promise.all([namespacesOn(cluster, firstDay), namespacesOn(cluster, lastDay)]),
  );
  if (!loaded.ok) return <ProblemNotice problem={loaded.problem} />;
  const [first, last] = loaded.data;
  const series = [...last].flatMap(([namespace, lastScore]) => {
    const firstScore = first.get(namespace);
    return lastScore === undefined || firstScore === undefined
      ? []
      : [{ namespace, points: [{ score: firstScore }, { score: lastScore }] }];
  });
  return (
    <RegressedNamespaces
      cluster={cluster}
      regressions={regressedNamespaces(series)}
      from={firstDay}
    />
  );
}
