import type { PssCheck, PssViolationField, PodContext, PssViolation } from '../pss-types';
import { joinQuote, pluralize } from '../pss-messages';
import { pssVersion } from '../pss-version';

function hostPathVolumesV1Dot0(ctx: PodContext): PssViolation | null {
  const volumes = ctx.spec.volumes;
  if (!volumes) return null;
  let fields: PssViolationField[] | null = null;
  const names: string[] = [];
  for (const volume of volumes) {
    const hostPath = volume?.['hostPath'];
    if (hostPath === undefined || hostPath === null) continue;
    const name = volume.name ?? '';
    names.push(name);
    fields ??= [];
    fields.push({
      container: null,
      path: `spec.volumes[name=${name}].hostPath`,
      observed: (hostPath as { path?: unknown }).path ?? hostPath,
      expected: 'unset',
    });
  }
  if (!fields) return null;
  return {
    check: 'hostPathVolumes',
    checkLevel: 'baseline',
    reason: 'hostPath volumes',
    detail: `${pluralize('volume', 'volumes', names.length)} ${joinQuote(names)}`,
    fields,
  };
}

/** Baseline: no hostPath volumes. */
export const CHECK_HOST_PATH_VOLUMES: PssCheck = {
  id: 'hostPathVolumes',
  level: 'baseline',
  variants: [{ minimumVersion: pssVersion(0), evaluate: hostPathVolumesV1Dot0 }],
};
