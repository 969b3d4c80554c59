import type { PssCheck, PssViolationField, PodContext, PssViolation } from '../pss-types';
import { pssVersion } from '../pss-version';

const SAFE_V1_0 = [
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_unprivileged_port_start',
];
const SAFE_V1_27 = [...SAFE_V1_0, 'net.ipv4.ip_local_reserved_ports'];
const SAFE_V1_29 = [
  ...SAFE_V1_27,
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
];
const SAFE_V1_32 = [...SAFE_V1_29, 'net.ipv4.tcp_rmem', 'net.ipv4.tcp_wmem'];
const SAFE_V1_37 = [
  ...SAFE_V1_32,
  'net.ipv4.tcp_slow_start_after_idle',
  'net.ipv4.tcp_notsent_lowat',
];

function sysctlsCheck(safeList: readonly string[]) {
  const safe: ReadonlySet<string> = new Set(safeList);
  const expected = `unset, or only ${safeList.join(', ')}`;
  return (ctx: PodContext): PssViolation | null => {
    const sysctls = ctx.spec.securityContext?.sysctls;
    if (!sysctls || sysctls.length === 0) return null;
    let fields: PssViolationField[] | null = null;
    for (const sysctl of sysctls) {
      const name = sysctl?.name ?? '';
      if (safe.has(name)) continue;
      fields ??= [];
      fields.push({
        container: null,
        path: `spec.securityContext.sysctls[name=${name}]`,
        observed: name,
        expected,
      });
    }
    if (!fields) return null;
    const names = fields.map((f) => String(f.observed));
    return {
      check: 'sysctls',
      checkLevel: 'baseline',
      reason: 'forbidden sysctls',
      detail: names.join(', '),
      fields,
    };
  };
}

/** Baseline: only namespaced, safe sysctls; the safe set grows by version. */
export const CHECK_SYSCTLS: PssCheck = {
  id: 'sysctls',
  level: 'baseline',
  variants: [
    { minimumVersion: pssVersion(0), evaluate: sysctlsCheck(SAFE_V1_0) },
    { minimumVersion: pssVersion(27), evaluate: sysctlsCheck(SAFE_V1_27) },
    { minimumVersion: pssVersion(29), evaluate: sysctlsCheck(SAFE_V1_29) },
    { minimumVersion: pssVersion(32), evaluate: sysctlsCheck(SAFE_V1_32) },
    { minimumVersion: pssVersion(37), evaluate: sysctlsCheck(SAFE_V1_37) },
  ],
};
