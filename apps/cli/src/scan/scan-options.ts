import {
  LATEST_PSS_VERSION,
  PSS_CHECK_LEVELS,
  SEVERITIES,
  parsePssVersion,
  type PssVersion,
} from '@kordon/engine';
import type { ScanFailOn } from '@kordon/contracts';
import { UsageError } from '../usage-error';

export const SCAN_FORMATS = ['table', 'json', 'sarif', 'junit'] as const;
export type ScanFormat = (typeof SCAN_FORMATS)[number];
/** `--fail-on`: any severity but `info` (which never fails a build), or `none`. */
export const FAIL_ON = [...SEVERITIES.filter((s) => s !== 'info'), 'none'] as const;
export const LEVELS = PSS_CHECK_LEVELS;

export function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** `v1.N` or `latest` (the newest implemented); `undefined` leaves it to the snapshot header. */
export function parsePssVersionOption(value: string | undefined): PssVersion | undefined {
  if (value === undefined) return undefined;
  if (value === 'latest') return LATEST_PSS_VERSION;
  const parsed = parsePssVersion(value);
  if (!parsed) throw new UsageError(`--pss-version must be v1.N or latest (got "${value}")`);
  return parsed;
}

export function parseFailOn(value: string): ScanFailOn {
  return oneOf(value, FAIL_ON, '--fail-on');
}

/** `--fail-on-new`: a severity (not `none`, not `info`). */
export const FAIL_ON_NEW = SEVERITIES.filter((s) => s !== 'info');

export function parseFailOnNew(value: string): (typeof FAIL_ON_NEW)[number] {
  return oneOf(value, FAIL_ON_NEW, '--fail-on-new');
}
