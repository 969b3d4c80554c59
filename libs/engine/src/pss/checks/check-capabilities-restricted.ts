import type { PssCheck, PssViolationField, PodContext, PssViolation } from '../pss-types';
import { containerPath } from '../pod-context';
import { isWindowsPod } from '../pod-predicates';
import { containersPhrase, joinQuote, sortedUnique } from '../pss-messages';
import { pssVersion } from '../pss-version';

const ALL = 'ALL';
const NET_BIND_SERVICE = 'NET_BIND_SERVICE';

function describe(missingDrop: string[], adding: string[], caps: string[]): string {
  const details: string[] = [];
  if (missingDrop.length > 0) {
    details.push(
      `${containersPhrase(missingDrop)} must set securityContext.capabilities.drop=["ALL"]`,
    );
  }
  if (adding.length > 0) {
    details.push(
      `${containersPhrase(adding)} must not include ${joinQuote(caps)} in securityContext.capabilities.add`,
    );
  }
  return details.join('; ');
}

function capabilitiesRestrictedV1Dot22(ctx: PodContext): PssViolation | null {
  let fields: PssViolationField[] | null = null;
  const missingDrop: string[] = [];
  const adding: string[] = [];
  for (const visited of ctx.containers) {
    const capabilities = visited.container.securityContext?.capabilities;
    const base = `${containerPath(visited)}.securityContext.capabilities`;
    const drop = capabilities?.drop;
    if (!drop || !drop.includes(ALL)) {
      missingDrop.push(visited.name);
      (fields ??= []).push({
        container: visited.name,
        path: `${base}.drop`,
        observed: drop ?? null,
        expected: 'includes ALL',
      });
    }
    const add = capabilities?.add;
    const forbidden = add ? add.filter((cap) => cap !== NET_BIND_SERVICE) : [];
    if (forbidden.length > 0) {
      adding.push(visited.name);
      const expected = 'unset, empty or only NET_BIND_SERVICE';
      (fields ??= []).push({
        container: visited.name,
        path: `${base}.add`,
        observed: forbidden,
        expected,
      });
    }
  }
  if (!fields) return null;
  const caps = sortedUnique(
    fields.filter((f) => f.path.endsWith('.add')).flatMap((f) => f.observed as string[]),
  );
  return {
    check: 'capabilities_restricted',
    checkLevel: 'restricted',
    reason: 'unrestricted capabilities',
    detail: describe(missingDrop, adding, caps),
    fields,
  };
}

function capabilitiesRestrictedV1Dot25(ctx: PodContext): PssViolation | null {
  return isWindowsPod(ctx.spec) ? null : capabilitiesRestrictedV1Dot22(ctx);
}

/** Restricted (v1.22+): drop ALL, add at most NET_BIND_SERVICE (replaces capabilities_baseline). */
export const CHECK_CAPABILITIES_RESTRICTED: PssCheck = {
  id: 'capabilities_restricted',
  level: 'restricted',
  variants: [
    {
      minimumVersion: pssVersion(22),
      evaluate: capabilitiesRestrictedV1Dot22,
      overrides: ['capabilities_baseline'],
    },
    {
      minimumVersion: pssVersion(25),
      evaluate: capabilitiesRestrictedV1Dot25,
      overrides: ['capabilities_baseline'],
    },
  ],
};
