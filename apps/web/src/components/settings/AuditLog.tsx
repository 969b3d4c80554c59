import Link from 'next/link';
import { hrefWithQuery } from '../../format/href';
import type { Schema } from '../../server/api-types';
import { Pager } from '../Pager';
import { Timestamp } from '../Timestamp';

const ACTION_FILTERS = [
  { value: null, label: 'Everything' },
  { value: 'token.', label: 'Tokens' },
  { value: 'user.', label: 'Users' },
  { value: 'suppression.', label: 'Suppressions' },
  { value: 'webhook.', label: 'Webhooks' },
  { value: 'cluster.', label: 'Clusters' },
] as const;

function details(event: Schema<'AuditEvent'>): string {
  const entries = Object.entries(event.details);
  if (entries.length === 0) return '';
  return entries
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(' · ');
}

/** Who did what, newest first, filtered by kind of action. */
export function AuditLog({
  events,
  action,
  cursor,
  nextCursor,
}: {
  events: Schema<'AuditEvent'>[];
  action: string | null;
  cursor: string | null;
  nextCursor: string | null;
}) {
  return (
    <section aria-labelledby="audit-heading" id="audit">
      <h2 id="audit-heading">Audit log</h2>
      <nav aria-label="Filter the audit log">
        <ul className="filter">
          {ACTION_FILTERS.map((filter) => (
            <li key={filter.label}>
              <Link
                href={`${hrefWithQuery('/settings', { action: filter.value })}#audit`}
                aria-current={filter.value === action ? 'page' : undefined}
              >
                {filter.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {events.length === 0 ? (
        <p className="muted">Nothing recorded{action ? ' of this kind' : ''} yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="audit">
            <caption className="visually-hidden">Audit events, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Action</th>
                <th scope="col">Target</th>
                <th scope="col">Details</th>
              </tr>
            </thead>
            <tbody>
              {events.map((event) => (
                <tr key={event.id} data-action={event.action}>
                  <td>
                    <Timestamp iso={event.at} />
                  </td>
                  <td>{event.actor}</td>
                  <th scope="row">
                    <code>{event.action}</code>
                  </th>
                  <td>
                    {event.targetType}
                    {event.targetId ? (
                      <span className="muted small"> {event.targetId.slice(0, 8)}</span>
                    ) : null}
                  </td>
                  <td className="small">{details(event)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager pathname="/settings" query={{ action }} cursor={cursor} nextCursor={nextCursor} />
    </section>
  );
}
