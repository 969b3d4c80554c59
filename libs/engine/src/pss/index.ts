export {
  LATEST_PSS_VERSION,
  FIRST_PSS_VERSION,
  formatPssVersion,
  clampPssVersion,
  pssVersion,
} from './pss-version';
export type { PssVersion } from './pss-version';
export { parsePssVersion, pssVersionOfKubernetes } from './parse-pss-version';
export type {
  PssCheckLevel,
  PssLevelName,
  PssViolation,
  PssViolationField,
  PssEvaluation,
} from './pss-types';
export { evaluatePodSecurity, highestPssLevel } from './evaluate-pod-security';
export { pssCheckJudging } from './pss-check-registry';
export { pssCheckVersions, type PssCheckVersions } from './pss-check-versions';
export { podSecurityFindings } from './pod-security-findings';
export { effectiveSecurityContexts, effectivePodContext } from './effective-security-context';
export type {
  ContextSource,
  Sourced,
  EffectiveContainerType,
  EffectiveContainerContext,
  EffectivePodContext,
} from './effective-security-context';
export { namespacePodSecurity, PSS_LABEL_PREFIX, PSS_MODES } from './namespace-pod-security';
export type {
  PssMode,
  NamespaceModePolicy,
  NamespacePodSecurity,
  NamespacePodSecurityNote,
  NamespacePodSecurityNoteCode,
} from './namespace-pod-security';
export { PSS_CHECKS, pssCheckDefinition } from '../catalog/pss-catalog';
