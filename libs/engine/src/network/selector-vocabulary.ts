import type { Labels } from '../model/kube';
import type { LabelSelector } from './label-selector';
import type { ParsedPolicy } from './policy-types';

/** Label keys some selector uses, with the values selectors mention for each. */
export type Vocabulary = Map<string, Set<string>>;

export interface SelectorVocabulary {
  pod: Vocabulary;
  namespace: Vocabulary;
}

function addSelector(vocab: Vocabulary, selector: LabelSelector | null): void {
  if (!selector) return;
  const add = (key: string, values: readonly string[]): void => {
    const set = vocab.get(key) ?? new Set<string>();
    for (const v of values) set.add(v);
    vocab.set(key, set);
  };
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) add(k, [v]);
  for (const req of selector.matchExpressions ?? []) add(req.key, req.values ?? []);
}

export function collectVocabulary(policies: readonly ParsedPolicy[]): SelectorVocabulary {
  const pod: Vocabulary = new Map();
  const namespace: Vocabulary = new Map();
  for (const policy of policies) {
    addSelector(pod, policy.podSelector);
    for (const rule of [...(policy.ingress ?? []), ...(policy.egress ?? [])]) {
      for (const peer of rule.peers ?? []) {
        if (peer.kind !== 'pods') continue;
        addSelector(pod, peer.podSelector);
        addSelector(namespace, peer.namespaceSelector);
      }
    }
  }
  return { pod, namespace };
}

/**
 * Projects labels onto the vocabulary: keys no selector uses are dropped, and
 * values no selector mentions collapse to one "other" value. Two label sets
 * with the same projection are matched by exactly the same selectors.
 */
export function projectLabels(labels: Labels, vocab: Vocabulary): string {
  const parts: string[] = [];
  for (const [key, values] of vocab) {
    const value = labels[key];
    if (value === undefined) continue;
    parts.push(`${key}=${values.has(value) ? value : '\u0001'}`);
  }
  return parts.sort().join('\u0002');
}
