import { clampPssVersion, LATEST_PSS_VERSION, pssVersion, type PssVersion } from './pss-version';

const VERSION_PATTERN = /^v1\.(0|[1-9][0-9]*)$/;

/**
 * Parses a policy version as written in `pod-security.kubernetes.io/*-version`
 * labels: `v1.N` or `latest`. `latest` means `latest` when given (the cluster's
 * own version), else the newest implemented. Versions newer than that clamp to
 * it, as PSA does. Returns `null` for anything else.
 */
export function parsePssVersion(text: string, latest?: PssVersion): PssVersion | null {
  const ceiling = latest ? clampPssVersion(latest) : LATEST_PSS_VERSION;
  if (text === 'latest') return ceiling;
  const match = VERSION_PATTERN.exec(text);
  if (!match?.[1]) return null;
  const minor = Number(match[1]);
  if (!Number.isSafeInteger(minor)) return null;
  return clampPssVersion(pssVersion(minor), ceiling);
}

/**
 * The policy version of a Kubernetes server version (`v1.31.2`, `1.31+`,
 * `v1.31.0-gke.1`): its major.minor, clamped to the newest implemented.
 * Returns `null` when the text carries no `1.N`.
 */
export function pssVersionOfKubernetes(gitVersion: string): PssVersion | null {
  const match = /^v?1\.(\d+)/.exec(gitVersion);
  if (!match?.[1]) return null;
  return clampPssVersion(pssVersion(Number(match[1])));
}
