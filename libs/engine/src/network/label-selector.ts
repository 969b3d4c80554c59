import type { Labels } from '../model/kube';

export interface LabelSelectorRequirement {
  key: string;
  operator: string;
  values?: string[];
}

/** A Kubernetes `metav1.LabelSelector`. An empty selector selects everything. */
export interface LabelSelector {
  matchLabels?: Labels;
  matchExpressions?: LabelSelectorRequirement[];
}
