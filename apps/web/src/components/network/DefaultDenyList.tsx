import Link from 'next/link';
import { namespaceHref } from '../../format/cluster-href';
import type { DefaultDenyPolicy } from '../../server/read-model-types';
import { CodeBlock } from '../cluster/CodeBlock';

function missing(policy: DefaultDenyPolicy): string {
  if (!policy.defaultDenyIngress && !policy.defaultDenyEgress) return 'ingress and egress';
  return policy.defaultDenyIngress ? 'egress' : 'ingress';
}

/** For each namespace not isolated both ways, the default-deny NetworkPolicy to apply. */
export function DefaultDenyList({
  cluster,
  policies,
}: {
  cluster: string;
  policies: DefaultDenyPolicy[];
}) {
  const needed = policies.filter((policy) => policy.yaml !== null);
  if (needed.length === 0)
    return <p className="empty">Every namespace denies ingress and egress by default.</p>;
  return (
    <ul className="plain-list default-deny">
      {needed.map((policy) => (
        <li key={policy.namespace} data-namespace={policy.namespace}>
          <details>
            <summary>
              <span className="name">{policy.namespace}</span> does not deny {missing(policy)} by
              default
            </summary>
            <p className="muted">
              Namespace{' '}
              <Link href={namespaceHref(cluster, policy.namespace)} className="name">
                {policy.namespace}
              </Link>
              : apply with <code>kubectl apply -f default-deny.yaml</code>; it keeps DNS to kube-dns
              open. Add allow policies for the traffic the namespace needs first.
            </p>
            <CodeBlock
              code={policy.yaml ?? ''}
              label={`default-deny policy for ${policy.namespace}`}
            />
          </details>
        </li>
      ))}
    </ul>
  );
}
