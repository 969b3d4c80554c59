import { suppressIssues } from '../../app/clusters/[name]/issues/actions';
import { SelectAllIssues } from './SelectAllIssues';
import { SUPPRESS_FORM_ID } from './suppress-form-id';

/**
 * Suppresses the issues ticked in the table (their checkboxes belong to this form), with a
 * reason and an optional expiry. Shown to triagers and admins only; the API checks the role too.
 */
export function SuppressForm({ cluster, returnTo }: { cluster: string; returnTo: string }) {
  return (
    <form id={SUPPRESS_FORM_ID} action={suppressIssues} className="suppress-form">
      <fieldset className="form-grid">
        <legend>Suppress the selected issues</legend>
        <input type="hidden" name="cluster" value={cluster} />
        <input type="hidden" name="returnTo" value={returnTo} />
        <div className="field">
          <label htmlFor="suppress-reason">Reason (required)</label>
          <input
            id="suppress-reason"
            name="reason"
            required
            maxLength={500}
            placeholder="accepted risk: …"
          />
        </div>
        <div className="field">
          <label htmlFor="suppress-expires">Expires (optional, valid through that day)</label>
          <input id="suppress-expires" type="date" name="expires" />
        </div>
        <SelectAllIssues />
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            Suppress selected
          </button>
        </div>
      </fieldset>
    </form>
  );
}
