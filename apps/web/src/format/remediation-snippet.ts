/**
 * The `securityContext` a container needs to stop violating the fields listed, as YAML to
 * paste under the container (`spec.containers[name=…]` or the pod template's). One line
 * (or block) per violated field; the comment says what to check before applying it.
 */
const FIXES: Readonly<Record<string, string[]>> = {
  privileged: ['privileged: false'],
  allowPrivilegeEscalation: ['allowPrivilegeEscalation: false'],
  runAsNonRoot: ['runAsNonRoot: true  # the image must run as a non-root user'],
  runAsUser: ['runAsUser: 10001  # any non-zero UID the image can run as'],
  seccompProfile: ['seccompProfile:', '  type: RuntimeDefault'],
  appArmorProfile: ['appArmorProfile:', '  type: RuntimeDefault'],
  seLinuxOptions: ['seLinuxOptions: {}  # no custom user, role or type'],
  'capabilities.add': ['capabilities:', '  add: []  # at most NET_BIND_SERVICE'],
  'capabilities.drop': ['capabilities:', '  drop: ["ALL"]'],
  procMount: ['procMount: Default'],
};

/** Order of the fixes in the snippet (the order of a typical securityContext). */
const ORDER = Object.keys(FIXES);

export function remediationSnippet(
  container: string,
  violatedKeys: readonly string[],
): string | null {
  const keys = ORDER.filter((key) => violatedKeys.includes(key));
  if (keys.length === 0) return null;
  const lines: string[] = [];
  const capabilities: string[] = [];
  for (const key of keys) {
    const fix = FIXES[key] ?? [];
    if (key.startsWith('capabilities.')) capabilities.push(...fix.slice(1));
    else lines.push(...fix);
  }
  if (capabilities.length > 0) lines.push('capabilities:', ...capabilities);
  return [
    `# container "${container}": under spec.containers[name=${container}] (or the pod template's)`,
    'securityContext:',
    ...lines.map((line) => `  ${line}`),
  ].join('\n');
}
