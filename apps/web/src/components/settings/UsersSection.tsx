import { createUserAction } from '../../app/settings/actions';
import type { Schema } from '../../server/api-types';
import { Timestamp } from '../Timestamp';
import { ActionForm } from './ActionForm';

/** Who can sign in, with which role and clusters; create a user (the first password shows once). */
export function UsersSection({
  users,
  clusterNames,
}: {
  users: Schema<'User'>[];
  /** Cluster id → name, to show restrictions by name. */
  clusterNames: Map<string, string>;
}) {
  return (
    <section aria-labelledby="users-heading" id="users">
      <h2 id="users-heading">Users</h2>
      <div className="table-scroll">
        <table className="users">
          <caption className="visually-hidden">Users</caption>
          <thead>
            <tr>
              <th scope="col">Email</th>
              <th scope="col">Role</th>
              <th scope="col">Clusters</th>
              <th scope="col">Sign-in</th>
              <th scope="col">Created</th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id} data-user={user.email}>
                <th scope="row">{user.email}</th>
                <td>{user.role}</td>
                <td>
                  {user.clusters === '*'
                    ? 'all'
                    : user.clusters.map((id) => clusterNames.get(id) ?? id).join(', ')}
                </td>
                <td>{user.hasPassword ? 'password' : 'single sign-on'}</td>
                <td>
                  <Timestamp iso={user.createdAt} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ActionForm action={createUserAction} label="Create a user" submit="Create user">
        <fieldset className="form-grid">
          <legend>Create a user</legend>
          <label>
            Email
            <input type="email" name="email" required />
          </label>
          <label>
            Role
            <select name="role" defaultValue="viewer">
              <option value="viewer">viewer — reads</option>
              <option value="triager">triager — reads and suppresses</option>
              <option value="admin">admin — everything</option>
            </select>
          </label>
          <label>
            Clusters (names, comma-separated; empty: all)
            <input name="clusters" placeholder="prod-eu" />
          </label>
        </fieldset>
      </ActionForm>
    </section>
  );
}
