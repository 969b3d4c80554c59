import type { Metadata } from 'next';
import Link from 'next/link';
import { ClusterPageHeader } from '../../../../components/cluster/ClusterPageHeader';
import { CodeBlock } from '../../../../components/cluster/CodeBlock';
import { NoSnapshot } from '../../../../components/cluster/NoSnapshot';
import { Pager } from '../../../../components/Pager';
import { ProblemNotice } from '../../../../components/ProblemNotice';
import { clusterPageHref } from '../../../../format/cluster-href';
import { decodeParam, firstParam, hrefWithQuery } from '../../../../format/href';
import { formatNamespaceNote } from '../../../../format/namespace-notes';
import { loadOrProblem } from '../../../../server/load-or-problem';
import { getNamespaces, pickSnapshot } from '../../../../server/read-model-api';
import type { NamespacePodSecurity } from '../../../../server/read-model-types';

export const dynamic = 'force-dynamic';

interface NamespacesPageProps {
  params: Promise<{ name: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export async function generateMetadata({ params }: NamespacesPageProps): Promise<Metadata> {
  return { title: `Namespaces · ${decodeParam((await params).name)}` };
}

const SOURCE = { label: 'label', 'invalid-label': 'invalid label', default: 'cluster default' };

function Mode({ mode }: { mode: NamespacePodSecurity['modes']['enforce'] }) {
  return (
    <>
      <span className={`level level-${mode.level}`}>{mode.level}</span> {mode.version}
      <br />
      <span className="muted">{SOURCE[mode.source]}</span>
    </>
  );
}

function NamespaceRow({ cluster, item }: { cluster: string; item: NamespacePodSecurity }) {
  const tighter = item.recommendedEnforce !== item.modes.enforce.level;
  return (
    <tr id={`ns-${item.name}`} data-namespace={item.name}>
      <th scope="row">
        <span className="name">{item.name}</span>
        <br />
        <Link href={hrefWithQuery(clusterPageHref(cluster, 'issues'), { namespace: item.name })}>
          issues<span className="visually-hidden"> in {item.name}</span>
        </Link>
      </th>
      <td className="number">{item.workloads}</td>
      <td>
        <Mode mode={item.modes.enforce} />
      </td>
      <td>
        <Mode mode={item.modes.audit} />
      </td>
      <td>
        <Mode mode={item.modes.warn} />
      </td>
      <td data-testid="recommended">
        <span className={`level level-${item.recommendedEnforce}`}>{item.recommendedEnforce}</span>
        {tighter ? <span className="muted"> (differs from enforce)</span> : null}
      </td>
      <td className="number">{item.workloadsRejectedByEnforce}</td>
      <td>
        <ul className="plain-list notes">
          {item.notes.map((note, index) => (
            <li key={`${note.code}:${index}`}>{formatNamespaceNote(note)}</li>
          ))}
        </ul>
      </td>
    </tr>
  );
}

export default async function NamespacesPage({ params, searchParams }: NamespacesPageProps) {
  const cluster = decodeParam((await params).name);
  const search = await searchParams;
  const requested = firstParam(search.snapshot);
  const cursor = firstParam(search.cursor);
  const loaded = await loadOrProblem(async () => {
    const snapshot = await pickSnapshot(cluster, requested);
    return snapshot ? { snapshot, view: await getNamespaces(snapshot.id, cursor) } : null;
  });
  const data = loaded.ok ? loaded.data : null;
  return (
    <>
      <ClusterPageHeader cluster={cluster} title="Namespaces" snapshot={data?.snapshot} />
      {!loaded.ok ? (
        <ProblemNotice problem={loaded.problem} />
      ) : !data ? (
        <NoSnapshot cluster={cluster} />
      ) : data.view.items.length === 0 ? (
        <p className="empty">The snapshot has no namespaces.</p>
      ) : (
        <>
          <p>
            Pod Security Admission labels of each namespace against the highest level it could
            enforce today without rejecting any of its workloads (Pod Security Standards{' '}
            {data.view.pssVersion}). {data.view.total} namespace{data.view.total === 1 ? '' : 's'}
            {data.view.items.length < data.view.total
              ? `, ${data.view.items.length} on this page`
              : ''}
            .
          </p>
          <div className="table-scroll">
            <table className="namespaces">
              <caption>Pod Security labels and the highest enforceable level per namespace</caption>
              <thead>
                <tr>
                  <th scope="col">Namespace</th>
                  <th scope="col" className="number">
                    Workloads
                  </th>
                  <th scope="col">Enforce</th>
                  <th scope="col">Audit</th>
                  <th scope="col">Warn</th>
                  <th scope="col">Could enforce</th>
                  <th scope="col" className="number">
                    Rejected by enforce
                  </th>
                  <th scope="col">Notes</th>
                </tr>
              </thead>
              <tbody>
                {data.view.items.map((item) => (
                  <NamespaceRow key={item.name} cluster={cluster} item={item} />
                ))}
              </tbody>
            </table>
          </div>
          <h2>Commands</h2>
          <p className="muted">
            Each sets <code>enforce</code> to the level the namespace could enforce today. Check the
            audit and warn results first when tightening.
          </p>
          <ul className="plain-list commands">
            {data.view.items.map((item) => (
              <li key={item.name} data-namespace={item.name}>
                <h3 className="name">{item.name}</h3>
                <CodeBlock code={item.command} label={`kubectl label command for ${item.name}`} />
              </li>
            ))}
          </ul>
          <Pager
            pathname={clusterPageHref(cluster, 'namespaces')}
            query={{ snapshot: requested }}
            cursor={cursor}
            nextCursor={data.view.nextCursor}
          />
        </>
      )}
    </>
  );
}
