/** Single-quotes a shell word when it needs it. */
function shellWord(text: string): string {
  return /^[A-Za-z0-9._/=:-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The command that makes `namespace` enforce `level`, pinned to the version Kordon judged at. */
export function kubectlLabelCommand(namespace: string, level: string, pssVersion: string): string {
  return [
    'kubectl label --overwrite namespace',
    shellWord(namespace),
    `pod-security.kubernetes.io/enforce=${level}`,
    `pod-security.kubernetes.io/enforce-version=${pssVersion}`,
  ].join(' ');
}
