import type { ReachPorts, RuleRef } from '../server/read-model-types';

/** `all ports`, `TCP 8443`, `TCP 8000–8080, UDP 53`, `TCP any port`. */
export function formatPorts(ports: ReachPorts): string {
  if (ports === 'all') return 'all ports';
  if (ports.length === 0) return 'no ports';
  return ports
    .map((entry) => {
      if (entry.port === null || entry.port === undefined) return `${entry.protocol} any port`;
      const range = entry.endPort ? `${entry.port}–${entry.endPort}` : String(entry.port);
      return `${entry.protocol} ${range}`;
    })
    .join(', ');
}

/** `payments/api-from-shop (ingress rule 0)`. */
export function formatRule(rule: RuleRef): string {
  return `${rule.policy} (${rule.direction} rule ${rule.ruleIndex})`;
}

/** `payments/api-from-shop ingress rule 0, …`, or what it means when no rule is named. */
export function formatRules(rules: RuleRef[], isolatedMeaning = 'not isolated'): string {
  return rules.length === 0 ? isolatedMeaning : rules.map(formatRule).join(', ');
}
