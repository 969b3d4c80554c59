import { createWebhookAction, deleteWebhookAction } from '../../app/settings/actions';
import type { Schema } from '../../server/api-types';
import { Timestamp } from '../Timestamp';
import { ActionForm } from './ActionForm';

const EVENTS = ['issues.opened', 'score.dropped', 'collector.silent', 'ci.gate_failed'] as const;

/** Notifications to other systems: where, for what, and a form to add one. */
export function WebhooksSection({ webhooks }: { webhooks: Schema<'Webhook'>[] }) {
  return (
    <section aria-labelledby="webhooks-heading" id="webhooks">
      <h2 id="webhooks-heading">Webhooks</h2>
      {webhooks.length === 0 ? (
        <p className="muted">No webhook: Kordon notifies nobody yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="webhooks">
            <caption className="visually-hidden">Webhooks</caption>
            <thead>
              <tr>
                <th scope="col">URL</th>
                <th scope="col">Scope</th>
                <th scope="col">Events</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {webhooks.map((hook) => (
                <tr key={hook.id} data-webhook={hook.url}>
                  <th scope="row">
                    <code>{hook.url}</code> <span className="muted small">{hook.format}</span>
                  </th>
                  <td>{hook.cluster ?? hook.repository ?? 'everything'}</td>
                  <td>{hook.events.join(', ')}</td>
                  <td>
                    <Timestamp iso={hook.createdAt} />
                  </td>
                  <td>
                    <ActionForm
                      action={deleteWebhookAction}
                      label={`Delete the webhook to ${hook.url}`}
                      submit="Delete"
                      className="inline-form"
                    >
                      <input type="hidden" name="id" value={hook.id} />
                      <input type="hidden" name="name" value={hook.url} />
                    </ActionForm>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <ActionForm action={createWebhookAction} label="Add a webhook" submit="Add webhook">
        <fieldset className="form-grid">
          <legend>Add a webhook</legend>
          <label>
            URL
            <input type="url" name="url" required placeholder="https://hooks.example.com/kordon" />
          </label>
          <label>
            Format
            <select name="format" defaultValue="generic">
              <option value="generic">generic JSON</option>
              <option value="slack">Slack</option>
            </select>
          </label>
          <label>
            Cluster (empty: every cluster)
            <input name="cluster" />
          </label>
          <fieldset className="checkboxes">
            <legend>Events (none ticked: all)</legend>
            {EVENTS.map((event) => (
              <label key={event}>
                <input type="checkbox" name="events" value={event} /> {event}
              </label>
            ))}
          </fieldset>
        </fieldset>
      </ActionForm>
    </section>
  );
}
