import { CHECK_ALLOW_PRIVILEGE_ESCALATION } from './checks/check-allow-privilege-escalation';
import { CHECK_APP_ARMOR_PROFILE } from './checks/check-app-armor-profile';
import { CHECK_CAPABILITIES_BASELINE } from './checks/check-capabilities-baseline';
import { CHECK_CAPABILITIES_RESTRICTED } from './checks/check-capabilities-restricted';
import { CHECK_HOST_NAMESPACES } from './checks/check-host-namespaces';
import { CHECK_HOST_PATH_VOLUMES } from './checks/check-host-path-volumes';
import { CHECK_HOST_PORTS } from './checks/check-host-ports';
import { CHECK_HOST_PROBES_AND_HOST_LIFECYCLE } from './checks/check-host-probes-and-host-lifecycle';
import { CHECK_PRIVILEGED } from './checks/check-privileged';
import { CHECK_PROC_MOUNT_BASELINE, CHECK_PROC_MOUNT_RESTRICTED } from './checks/check-proc-mount';
import { CHECK_RESTRICTED_VOLUMES } from './checks/check-restricted-volumes';
import { CHECK_RUN_AS_NON_ROOT } from './checks/check-run-as-non-root';
import { CHECK_RUN_AS_USER } from './checks/check-run-as-user';
import { CHECK_SE_LINUX_OPTIONS } from './checks/check-se-linux-options';
import { CHECK_SECCOMP_PROFILE_BASELINE } from './checks/check-seccomp-profile-baseline';
import { CHECK_SECCOMP_PROFILE_RESTRICTED } from './checks/check-seccomp-profile-restricted';
import { CHECK_SYSCTLS } from './checks/check-sysctls';
import { CHECK_WINDOWS_HOST_PROCESS } from './checks/check-windows-host-process';
import type { PssCheck } from './pss-types';

/** Every Pod Security Admission check, baseline first (PSA orders by level, then id). */
export const ALL_PSS_CHECKS: readonly PssCheck[] = [
  CHECK_APP_ARMOR_PROFILE,
  CHECK_CAPABILITIES_BASELINE,
  CHECK_HOST_NAMESPACES,
  CHECK_HOST_PATH_VOLUMES,
  CHECK_HOST_PORTS,
  CHECK_HOST_PROBES_AND_HOST_LIFECYCLE,
  CHECK_PRIVILEGED,
  CHECK_PROC_MOUNT_BASELINE,
  CHECK_SE_LINUX_OPTIONS,
  CHECK_SECCOMP_PROFILE_BASELINE,
  CHECK_SYSCTLS,
  CHECK_WINDOWS_HOST_PROCESS,
  CHECK_ALLOW_PRIVILEGE_ESCALATION,
  CHECK_CAPABILITIES_RESTRICTED,
  CHECK_PROC_MOUNT_RESTRICTED,
  CHECK_RESTRICTED_VOLUMES,
  CHECK_RUN_AS_NON_ROOT,
  CHECK_RUN_AS_USER,
  CHECK_SECCOMP_PROFILE_RESTRICTED,
];
