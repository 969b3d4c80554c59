import { formatPorts, formatRules } from '../../format/reach-text';
import type { ReachAnswer, ReachDirection } from '../../server/read-model-types';
import { WorkloadLink } from '../cluster/WorkloadLink';

function Direction({ title, direction }: { title: string; direction: ReachDirection }) {
  return (
    <div>
      <h4>{title}</h4>
      <dl className="facts">
        <div>
          <dt>Isolated</dt>
          <dd>{direction.isolated ? 'yes' : 'no (no policy selects it: all allowed)'}</dd>
        </div>
        <div>
          <dt>Allows it</dt>
          <dd className={direction.allowed ? 'verdict-allowed' : 'verdict-denied'}>
            {direction.allowed ? 'yes' : 'no'}
          </dd>
        </div>
        <div>
          <dt>Ports</dt>
          <dd>{formatPorts(direction.ports)}</dd>
        </div>
        <div className="facts-wide">
          <dt>{direction.allowed ? 'Allowing rules' : 'Rules (none matches)'}</dt>
          <dd>{formatRules(direction.rules, direction.isolated ? 'none' : 'no policy applies')}</dd>
        </div>
        <div className="facts-wide">
          <dt>
            {direction.allowed
              ? 'Policies selecting it'
              : 'Denying policies (they select it, no rule allows)'}
          </dt>
          <dd>{direction.policies.length > 0 ? direction.policies.join(', ') : 'none'}</dd>
        </div>
      </dl>
    </div>
  );
}

/** The answer to a reachability question, with the rules that allow or deny each direction. */
export function ReachAnswerView({ cluster, answer }: { cluster: string; answer: ReachAnswer }) {
  const target =
    answer.port === null ? 'on any port' : `on ${answer.protocol ?? 'TCP'} ${answer.port}`;
  return (
    <section className="panel reach-answer" aria-labelledby="reach-answer-heading">
      <h3 id="reach-answer-heading">
        <span className={answer.allowed ? 'verdict-allowed' : 'verdict-denied'}>
          {answer.allowed ? 'Allowed' : 'Denied'}
        </span>
        : <WorkloadLink cluster={cluster} id={answer.from} /> →{' '}
        <WorkloadLink cluster={cluster} id={answer.to} /> {target}
      </h3>
      <p>Reachable ports: {formatPorts(answer.ports)}</p>
      <div className="two-columns">
        <Direction title={`Egress from ${answer.from}`} direction={answer.egress} />
        <Direction title={`Ingress to ${answer.to}`} direction={answer.ingress} />
      </div>
    </section>
  );
}
