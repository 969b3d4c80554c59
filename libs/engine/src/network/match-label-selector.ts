import type { Labels } from '../model/kube';
import type { LabelSelector, LabelSelectorRequirement } from './label-selector';

/**
 * `matchLabels` AND every `matchExpressions` requirement. An empty selector
 * matches everything; an unknown operator makes the selector invalid, and an
 * invalid selector matches nothing (as the API server would refuse it).
 */
export function matchLabelSelector(selector: LabelSelector, labels: Labels): boolean {
  for (const [key, value] of Object.entries(selector.matchLabels ?? {})) {
    if (labels[key] !== value) return false;
  }
  for (const req of selector.matchExpressions ?? []) {
    if (!matchRequirement(req, labels)) return false;
  }
  return true;
}

function matchRequirement(req: LabelSelectorRequirement, labels: Labels): boolean {
  const has = Object.prototype.hasOwnProperty.call(labels, req.key);
  const value = labels[req.key];
  const values = req.values ?? [];
  switch (req.operator) {
    case 'In':
      return has && value !== undefined && values.includes(value);
    case 'NotIn':
      return !has || value === undefined || !values.includes(value);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      return false;
  }
}
