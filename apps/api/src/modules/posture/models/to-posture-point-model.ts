import type { PosturePointView } from '../posture.mapper';
import type { PosturePoint } from './posture-point.model';

const asCount = (v: number | boolean) => (typeof v === 'boolean' ? Number(v) : v);

/** The REST point as the GraphQL model: namespace points' default-deny flags become 0 or 1. */
export function toPosturePointModel(v: PosturePointView): PosturePoint {
  return {
    ...v,
    defaultDeny: { ingress: asCount(v.defaultDeny.ingress), egress: asCount(v.defaultDeny.egress) },
  };
}
