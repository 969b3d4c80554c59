import { loadScenario, workloadId } from './__fixtures__/scenario-fixture';
import { explainConnection } from './explain-connection';
import { buildNetworkModel } from './network-model';
import type { RuleRef } from './policy-types';

const SCENARIOS = [
  'policy-types-default.yaml',
  'policy-types-declared-wins.yaml',
  'rules-are-unions.yaml',
  'peer-selectors.yaml',
  'empty-versus-missing-selectors.yaml',
  'ip-block.yaml',
  'ports.yaml',
  'match-expressions.yaml',
  'egress-and-ingress.yaml',
];

const ref = (r: RuleRef): string => `${r.policy}:${r.direction}:${r.ruleIndex}`;

describe.each(SCENARIOS)('NetworkPolicy semantics: %s', (file) => {
  const scenario = loadScenario(file);
  const model = buildNetworkModel(scenario.input);

  it.each(
    scenario.expect.map(
      (e) => [`${e.from} → ${e.to} ${e.protocol ?? 'TCP'}/${e.port ?? 'any'}`, e] as const,
    ),
  )('%s', (_name, e) => {
    const result = explainConnection(model, workloadId(e.from), workloadId(e.to), {
      ...(e.port !== undefined ? { port: e.port } : {}),
      ...(e.protocol ? { protocol: e.protocol } : {}),
    });
    expect(result.allowed).toBe(e.allowed);
    if (e.egressRules) expect(result.egress.rules.map(ref)).toEqual(e.egressRules);
    if (e.ingressRules) expect(result.ingress.rules.map(ref)).toEqual(e.ingressRules);
  });
});
