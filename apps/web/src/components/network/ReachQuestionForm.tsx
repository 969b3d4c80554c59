import { REACH_PROTOCOLS } from '../../server/read-model-types';
import type { ReachQuestion } from '../../server/read-model-api';

/**
 * Can workload A open a connection to workload B (on a port)? A plain GET form, so it
 * works without JavaScript; the answer is rendered by the page.
 */
export function ReachQuestionForm({
  pathname,
  question,
  workloads,
}: {
  pathname: string;
  question: ReachQuestion | null;
  workloads: string[];
}) {
  return (
    <form
      method="get"
      action={pathname}
      className="form-grid reach-form"
      aria-label="Reachability question"
    >
      <div className="field">
        <label htmlFor="reach-from">From workload</label>
        <input
          id="reach-from"
          name="from"
          required
          list="reach-workloads"
          defaultValue={question?.from ?? ''}
          placeholder="shop/Deployment/cart"
        />
      </div>
      <div className="field">
        <label htmlFor="reach-to">To workload</label>
        <input
          id="reach-to"
          name="to"
          required
          list="reach-workloads"
          defaultValue={question?.to ?? ''}
          placeholder="payments/Deployment/payments-api"
        />
      </div>
      <div className="field">
        <label htmlFor="reach-port">Port (optional)</label>
        <input
          id="reach-port"
          name="port"
          inputMode="numeric"
          pattern="[0-9]*"
          defaultValue={question?.port ?? ''}
          placeholder="8443"
        />
      </div>
      <div className="field">
        <label htmlFor="reach-protocol">Protocol</label>
        <select
          id="reach-protocol"
          name="protocol"
          aria-describedby="reach-protocol-hint"
          defaultValue={question?.protocol ?? ''}
        >
          <option value="">Auto</option>
          {REACH_PROTOCOLS.map((protocol) => (
            <option key={protocol} value={protocol}>
              {protocol}
            </option>
          ))}
        </select>
        <small id="reach-protocol-hint" className="muted">
          Auto: TCP with a port, any without
        </small>
      </div>
      <datalist id="reach-workloads">
        {workloads.map((id) => (
          <option key={id} value={id} />
        ))}
      </datalist>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Ask
        </button>
      </div>
    </form>
  );
}
