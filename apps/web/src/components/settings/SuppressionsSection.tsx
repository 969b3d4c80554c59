import Link from 'next/link';
import { deleteSuppressionAction } from '../../app/settings/actions';
import { clusterPageHref } from '../../format/cluster-href';
import { hrefWithQuery } from '../../format/href';
import type { Schema } from '../../server/api-types';
import { Timestamp } from '../Timestamp';
import { ActionForm } from './ActionForm';

function scopeOf(s: Schema<'Suppression'>): string {
  return [s.namespace, s.workload, s.container ? `container ${s.container}` : null]
    .filter(Boolean)
    .join(' / ');
}

/** Decisions not to count a check: in force or expired, with reason, author and expiry. */
export function SuppressionsSection({ suppressions }: { suppressions: Schema<'Suppression'>[] }) {
  return (
    <section aria-labelledby="suppressions-heading" id="suppressions">
      <h2 id="suppressions-heading">Suppressions</h2>
      {suppressions.length === 0 ? (
        <p className="muted">
          None. Triagers suppress issues from a cluster&apos;s Issues page, with a reason and an
          expiry.
        </p>
      ) : (
        <div className="table-scroll">
          <table className="suppressions">
            <caption className="visually-hidden">Suppressions</caption>
            <thead>
              <tr>
                <th scope="col">Check</th>
                <th scope="col">Where</th>
                <th scope="col">Reason</th>
                <th scope="col">By</th>
                <th scope="col">Expires</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {suppressions.map((s) => (
                <tr key={s.id} data-suppression={s.id} className={s.active ? undefined : 'muted'}>
                  <th scope="row">
                    <code>{s.check}</code>
                    {s.active ? null : <span className="small"> (expired)</span>}
                  </th>
                  <td>
                    {s.cluster ? (
                      <Link
                        href={hrefWithQuery(clusterPageHref(s.cluster, 'issues'), {
                          status: 'suppressed',
                        })}
                      >
                        {s.cluster}
                      </Link>
                    ) : (
                      <Link href={hrefWithQuery('/scans', { repository: s.repository })}>
                        {s.repository}
                      </Link>
                    )}
                    {scopeOf(s) ? <span className="muted small"> {scopeOf(s)}</span> : null}
                  </td>
                  <td>{s.reason}</td>
                  <td>
                    {s.author}
                    <br />
                    <span className="muted small">
                      <Timestamp iso={s.createdAt} />
                    </span>
                  </td>
                  <td>
                    {s.expiresAt ? (
                      <Timestamp iso={s.expiresAt} />
                    ) : (
                      <span className="muted">never</span>
                    )}
                  </td>
                  <td>
                    <ActionForm
                      action={deleteSuppressionAction}
                      label={`Delete the suppression of ${s.check}`}
                      submit="Delete"
                      className="inline-form"
                    >
                      <input type="hidden" name="id" value={s.id} />
                      <input type="hidden" name="name" value={s.check} />
                    </ActionForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
