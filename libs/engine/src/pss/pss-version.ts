/** A Pod Security Standards policy version, `v1.N`. Only major version 1 exists. */
export interface PssVersion {
  readonly major: 1;
  readonly minor: number;
}

/** The newest policy version this engine implements (PSA HEAD at commit 8f84a87). */
export const LATEST_PSS_VERSION: PssVersion = { major: 1, minor: 37 };

/** The oldest policy version. */
export const FIRST_PSS_VERSION: PssVersion = { major: 1, minor: 0 };

export function pssVersion(minor: number): PssVersion {
  return { major: 1, minor };
}

/** `v1.N`, as written in namespace labels. */
export function formatPssVersion(version: PssVersion): string {
  return `v${version.major}.${version.minor}`;
}

/** Versions newer than the newest implemented evaluate as the newest (as PSA does). */
export function clampPssVersion(
  version: PssVersion,
  ceiling: PssVersion = LATEST_PSS_VERSION,
): PssVersion {
  const max = Math.min(ceiling.minor, LATEST_PSS_VERSION.minor);
  return version.minor > max ? pssVersion(max) : version;
}
