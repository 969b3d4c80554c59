import type {
  PssCheck,
  PssCheckLevel,
  PssViolationField,
  PodContext,
  PssViolation,
} from '../pss-types';
import { containerPath } from '../pod-context';
import { isUserNamespacePod } from '../pod-predicates';
import { containersPhrase, joinQuote, sortedUnique } from '../pss-messages';
import { pssVersion } from '../pss-version';

function procMountCheck(check: string, checkLevel: PssCheckLevel) {
  return (ctx: PodContext): PssViolation | null => {
    let fields: PssViolationField[] | null = null;
    for (const visited of ctx.containers) {
      const procMount = visited.container.securityContext?.procMount;
      if (procMount === undefined || procMount === null || procMount === 'Default') continue;
      fields ??= [];
      fields.push({
        container: visited.name,
        path: `${containerPath(visited)}.securityContext.procMount`,
        observed: procMount,
        expected: 'Default or unset',
      });
    }
    if (!fields) return null;
    const names = fields.map((f) => f.container ?? '');
    const types = sortedUnique(fields.map((f) => String(f.observed)));
    const detail = `${containersPhrase(names)} must not set securityContext.procMount to ${joinQuote(types)}`;
    return { check, checkLevel, reason: 'procMount', detail, fields };
  };
}

const procMountV1Dot0 = procMountCheck('procMount', 'baseline');

function procMountV1Dot35Baseline(ctx: PodContext): PssViolation | null {
  return isUserNamespacePod(ctx.spec) ? null : procMountV1Dot0(ctx);
}

/** Baseline: the default /proc masks; from v1.35 any value in a user-namespaced pod (`hostUsers: false`). */
export const CHECK_PROC_MOUNT_BASELINE: PssCheck = {
  id: 'procMount',
  level: 'baseline',
  variants: [
    { minimumVersion: pssVersion(0), evaluate: procMountV1Dot0 },
    { minimumVersion: pssVersion(35), evaluate: procMountV1Dot35Baseline },
  ],
};

/** Restricted (v1.35+): the default /proc masks, without the user-namespace relaxation. */
export const CHECK_PROC_MOUNT_RESTRICTED: PssCheck = {
  id: 'procMount_restricted',
  level: 'restricted',
  variants: [
    {
      minimumVersion: pssVersion(35),
      evaluate: procMountCheck('procMount_restricted', 'restricted'),
      overrides: ['procMount'],
    },
  ],
};
