import type { MeResponse } from '@kordon/contracts';
import type { Principal } from '../../common/principal';

export function toMeResponse(principal: Principal): MeResponse {
  return {
    kind: principal.kind,
    label: principal.label,
    user: principal.user ?? null,
    scopes: principal.scopes,
    clusters: principal.clusters === '*' ? '*' : [...principal.clusters],
  };
}
