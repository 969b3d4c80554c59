import type { SELinuxOptions } from '../../model/kube';
import type { PssCheck, PssViolationField, PodContext, PssViolation } from '../pss-types';
import { containerPath } from '../pod-context';
import { joinQuote, pluralize, sortedUnique } from '../pss-messages';
import { pssVersion } from '../pss-version';

const TYPES_V1_0: ReadonlySet<string> = new Set([
  '',
  'container_t',
  'container_init_t',
  'container_kvm_t',
]);
const TYPES_V1_31: ReadonlySet<string> = new Set([...TYPES_V1_0, 'container_engine_t']);

function collect(
  options: SELinuxOptions | null | undefined,
  prefix: string,
  container: string | null,
  allowedTypes: ReadonlySet<string>,
  fields: PssViolationField[] | null,
): PssViolationField[] | null {
  if (!options) return fields;
  let out = fields;
  if (options.type && !allowedTypes.has(options.type)) {
    const expected = `unset or one of ${[...allowedTypes].filter(Boolean).join(', ')}`;
    const path = `${prefix}.seLinuxOptions.type`;
    (out ??= []).push({ container, path, observed: options.type, expected });
  }
  for (const key of ['user', 'role'] as const) {
    const value = options[key];
    if (!value) continue;
    const path = `${prefix}.seLinuxOptions.${key}`;
    (out ??= []).push({ container, path, observed: value, expected: 'unset or empty' });
  }
  return out;
}

function describe(fields: PssViolationField[]): string {
  const parts: string[] = [];
  for (const key of ['type', 'user', 'role'] as const) {
    const matching = fields.filter((f) => f.path.endsWith(`.seLinuxOptions.${key}`));
    if (matching.length === 0) continue;
    const values = sortedUnique(matching.map((f) => String(f.observed)));
    parts.push(`${pluralize(`${key}`, `${key}s`, values.length)} ${joinQuote(values)}`);
  }
  const setters = sortedUnique(
    fields.map((f) => (f.container === null ? 'pod' : `container "${f.container}"`)),
  );
  return `${setters.join(', ')} set forbidden securityContext.seLinuxOptions: ${parts.join('; ')}`;
}

function seLinuxOptionsCheck(allowedTypes: ReadonlySet<string>) {
  return (ctx: PodContext): PssViolation | null => {
    const fields: PssViolationField[] = [];
    collect(
      ctx.spec.securityContext?.seLinuxOptions,
      'spec.securityContext',
      null,
      allowedTypes,
      fields,
    );
    for (const visited of ctx.containers) {
      const options = visited.container.securityContext?.seLinuxOptions;
      if (options)
        collect(
          options,
          `${containerPath(visited)}.securityContext`,
          visited.name,
          allowedTypes,
          fields,
        );
    }
    if (fields.length === 0) return null;
    return {
      check: 'seLinuxOptions',
      checkLevel: 'baseline',
      reason: 'seLinuxOptions',
      detail: describe(fields),
      fields,
    };
  };
}

/** Baseline: SELinux type limited to the container types; user and role unset. */
export const CHECK_SE_LINUX_OPTIONS: PssCheck = {
  id: 'seLinuxOptions',
  level: 'baseline',
  variants: [
    { minimumVersion: pssVersion(0), evaluate: seLinuxOptionsCheck(TYPES_V1_0) },
    { minimumVersion: pssVersion(31), evaluate: seLinuxOptionsCheck(TYPES_V1_31) },
  ],
};
