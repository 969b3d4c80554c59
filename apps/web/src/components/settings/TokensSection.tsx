import { createTokenAction, revokeTokenAction } from '../../app/settings/actions';
import type { Schema } from '../../server/api-types';
import { Timestamp } from '../Timestamp';
import { ActionForm } from './ActionForm';

const SCOPES = ['read', 'ingest', 'scan', 'suppress', 'admin'] as const;

/** API tokens: who can call the API, with which scopes and clusters; create and revoke. */
export function TokensSection({ tokens }: { tokens: Schema<'ApiToken'>[] }) {
  return (
    <section aria-labelledby="tokens-heading" id="tokens">
      <h2 id="tokens-heading">API tokens</h2>
      <div className="table-scroll">
        <table className="tokens">
          <caption className="visually-hidden">API tokens</caption>
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Scopes</th>
              <th scope="col">Clusters</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Expires</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id} data-token={token.name}>
                <th scope="row">
                  {token.name} <code className="muted small">{token.prefix}…</code>
                </th>
                <td>{token.scopes.join(', ')}</td>
                <td>
                  {token.clusters.length && !token.clusters.includes('*')
                    ? token.clusters.join(', ')
                    : 'all'}
                </td>
                <td>
                  <Timestamp iso={token.createdAt} />
                </td>
                <td>
                  <Timestamp iso={token.lastUsedAt} />
                </td>
                <td>
                  <Timestamp iso={token.expiresAt} />
                </td>
                <td>
                  <ActionForm
                    action={revokeTokenAction}
                    label={`Revoke ${token.name}`}
                    submit="Revoke"
                    className="inline-form"
                  >
                    <input type="hidden" name="id" value={token.id} />
                    <input type="hidden" name="name" value={token.name} />
                  </ActionForm>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ActionForm action={createTokenAction} label="Create a token" submit="Create token">
        <fieldset className="form-grid">
          <legend>Create a token</legend>
          <label>
            Name
            <input name="name" required maxLength={100} placeholder="collector prod-eu" />
          </label>
          <fieldset className="checkboxes">
            <legend>Scopes</legend>
            {SCOPES.map((scope) => (
              <label key={scope}>
                <input
                  type="checkbox"
                  name="scopes"
                  value={scope}
                  defaultChecked={scope === 'read'}
                />{' '}
                {scope}
              </label>
            ))}
          </fieldset>
          <label>
            Clusters (names, comma-separated; empty: all)
            <input name="clusters" placeholder="prod-eu, staging" />
          </label>
          <label>
            Expires (optional)
            <input type="date" name="expires" />
          </label>
        </fieldset>
      </ActionForm>
    </section>
  );
}
