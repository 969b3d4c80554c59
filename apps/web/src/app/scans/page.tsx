import type { Metadata } from 'next';
import Link from 'next/link';
import { Pager } from '../../components/Pager';
import { ProblemNotice } from '../../components/ProblemNotice';
import { SeverityCounts } from '../../components/SeverityCounts';
import { Timestamp } from '../../components/Timestamp';
import { NewFindings } from '../../components/scans/NewFindings';
import { groupScans } from '../../format/group-scans';
import { firstParam, hrefWithQuery } from '../../format/href';
import { SEVERITIES, type Scan } from '../../server/api-types';
import { loadOrProblem } from '../../server/load-or-problem';
import { listScans } from '../../server/scans-api';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'CI scans' };

const PAGE_SIZE = 100;

function countsOf(scan: Scan) {
  const total = SEVERITIES.reduce((sum, severity) => sum + scan.counts[severity], 0);
  return { ...scan.counts, total };
}

function Verdict({ scan }: { scan: Scan }) {
  const pass = scan.verdict === 'pass';
  return (
    <span className={`badge ${pass ? 'verdict-pass' : 'verdict-fail'}`} data-verdict={scan.verdict}>
      {pass ? 'Pass' : 'Fail'}
    </span>
  );
}

function Base({ scan }: { scan: Scan }) {
  const base = scan.gate.base;
  if (!scan.gate.requested) return <span className="muted">no gate</span>;
  if (!base) return <span className="muted">no base scan: every finding counts as new</span>;
  return (
    <span className="muted small">
      against {base.branch ?? 'the base'}
      {base.commit ? ` @ ${base.commit.slice(0, 12)}` : ''}
      {base.atMergeBase ? ' (merge-base)' : ''}
    </span>
  );
}

function ScanRow({ scan, first }: { scan: Scan; first: boolean }) {
  return (
    <tr data-scan-id={scan.id} className={first ? 'branch-first' : undefined}>
      <td>
        <Timestamp iso={scan.receivedAt} />
        <br />
        <span className="muted small">
          {scan.tool}
          {scan.commit ? ` · ${scan.commit.slice(0, 12)}` : ''}
        </span>
      </td>
      <td>
        <Verdict scan={scan} />
        <br />
        <Base scan={scan} />
      </td>
      <td>
        <NewFindings findings={scan.gate.newFindings} />
      </td>
      <td>
        <SeverityCounts counts={countsOf(scan)} />
      </td>
    </tr>
  );
}

function Filters({ repository, branch }: { repository: string | null; branch: string | null }) {
  return (
    <form method="get" action="/scans" className="range-form" aria-label="Filter scans">
      <label>
        Repository{' '}
        <input name="repository" defaultValue={repository ?? ''} placeholder="acme/shop" />
      </label>
      <label>
        Branch <input name="branch" defaultValue={branch ?? ''} placeholder="main" />
      </label>
      <button type="submit" className="button">
        Filter
      </button>
      {repository || branch ? <Link href="/scans">Show all</Link> : null}
    </form>
  );
}

function EmptyScans({ filtered }: { filtered: boolean }) {
  if (filtered) return <p className="empty">No scan matches these filters.</p>;
  return (
    <section className="empty teach" aria-labelledby="no-scans-heading">
      <h2 id="no-scans-heading">No CI scans yet</h2>
      <p>
        Scan manifests in CI and upload the report; the job fails only on findings the base branch
        does not have:
      </p>
      <pre>
        <code>npx kordon scan k8s/ --fail-on-new high</code>
      </pre>
      <p>
        Other scanners&apos; SARIF goes through the same gate:{' '}
        <code>npx kordon upload-sarif kube-score.sarif --fail-on-new high</code>. See{' '}
        <code>docs/ci.md</code> for GitHub Actions and GitLab CI.
      </p>
    </section>
  );
}

export default async function ScansPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const search = await searchParams;
  const repository = firstParam(search.repository);
  const branch = firstParam(search.branch);
  const cursor = firstParam(search.cursor);
  const loaded = await loadOrProblem(() =>
    listScans({
      repository: repository ?? undefined,
      branch: branch ?? undefined,
      limit: PAGE_SIZE,
      cursor: cursor ?? undefined,
    }),
  );
  return (
    <>
      <h1>CI scans</h1>
      <Filters repository={repository} branch={branch} />
      {!loaded.ok ? (
        <ProblemNotice problem={loaded.problem} />
      ) : loaded.data.items.length === 0 && !cursor ? (
        <EmptyScans filtered={Boolean(repository || branch)} />
      ) : (
        <>
          {groupScans(loaded.data.items).map((group) => (
            <section
              key={group.repository}
              aria-labelledby={`repo-${group.repository}`}
              className="scan-repository"
              data-repository={group.repository}
            >
              <h2 id={`repo-${group.repository}`}>
                <Link href={hrefWithQuery('/scans', { repository: group.repository })}>
                  {group.repository}
                </Link>
              </h2>
              <div className="table-scroll">
                <table className="scans">
                  <caption className="visually-hidden">
                    Scans of {group.repository} by branch, newest first
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Received</th>
                      <th scope="col">Verdict</th>
                      <th scope="col">New findings</th>
                      <th scope="col">All findings</th>
                    </tr>
                  </thead>
                  {group.branches.map((branchGroup) => (
                    <tbody key={branchGroup.branch ?? ''} data-branch={branchGroup.branch ?? ''}>
                      <tr className="branch-row">
                        <th scope="rowgroup" colSpan={4}>
                          <Link
                            href={hrefWithQuery('/scans', {
                              repository: group.repository,
                              branch: branchGroup.branch,
                            })}
                          >
                            {branchGroup.branch ?? '(no branch)'}
                          </Link>
                        </th>
                      </tr>
                      {branchGroup.scans.map((scan, index) => (
                        <ScanRow key={scan.id} scan={scan} first={index === 0} />
                      ))}
                    </tbody>
                  ))}
                </table>
              </div>
            </section>
          ))}
          <Pager
            pathname="/scans"
            query={{ repository, branch }}
            cursor={cursor}
            nextCursor={loaded.data.nextCursor}
          />
        </>
      )}
    </>
  );
}
