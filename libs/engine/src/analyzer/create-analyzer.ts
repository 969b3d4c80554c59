import type { KubeObject, PodSpec } from '../model/kube';
import type { NetNamespace } from '../network/network-input';
import { LATEST_PSS_VERSION, formatPssVersion, type PssVersion } from '../pss/pss-version';
import { pssVersionOfKubernetes } from '../pss/parse-pss-version';
import { podTemplateOf } from '../workloads/pod-template-of';
import { WorkloadCollector } from '../workloads/workload-collector';
import type { SourceLocation } from '../workloads/workload';
import type { AnalysisResult, SnapshotInfo } from './analysis-types';
import { isCniEvidence } from '../network/detect-cni';
import { cniSettingOf } from '../network/cni-settings';
import { finishAnalysis, type CollectedInput } from './finish-analysis';
import { toCniSignal } from './network-projection';

export interface AnalyzerOptions {
  /** Evaluate at this Pod Security Standards version; default: the cluster's own version, else the newest. */
  pssVersion?: PssVersion;
  /** Namespace of namespaced objects that name none (manifests). Default `default`. */
  defaultNamespace?: string;
  /**
   * `false`: only each workload's Pod Security level and verdicts (for reachability):
   * no effective contexts, no security-context findings and no attack paths (they
   * start from those findings). Default `true`.
   */
  securityContext?: boolean;
  /**
   * Objects that repeat a workload identity (`namespace/Kind/name`) seen before —
   * a base and an overlay of one Deployment, a pod listed twice — are always
   * reported in `duplicates`. `'judge-each'` (manifest scans) also judges each
   * repeat on its own, with its own source: security-context findings and a
   * workload entry, outside the network model. Default `'first'`: only the first
   * is analyzed.
   */
  duplicates?: 'first' | 'judge-each';
}

export interface Analyzer {
  begin(info: SnapshotInfo): void;
  add(object: KubeObject, source?: SourceLocation | null): void;
  finish(): AnalysisResult;
}

const CLUSTER_SCOPED = new Set(['Namespace', 'Node', 'CustomResourceDefinition']);
const READ_ELSEWHERE = new Set(['Node', 'ServiceAccount']);

/**
 * The engine's streaming API: `begin(header)`, `add(object)` for each object,
 * `finish()` for the results. Memory grows with the compact projections the
 * analysis needs (workloads, distinct pod specs, policies), not with the input.
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const collector = new WorkloadCollector();
  const input: CollectedInput = {
    namespaces: new Map<string, NetNamespace>(),
    policies: [],
    services: [],
    ingresses: [],
    cniSignals: [],
    cniSettings: [],
    crdNames: [],
    skippedKinds: {},
    objects: 0,
  };
  const cniEvidence = new CniEvidence();
  let version: PssVersion = options.pssVersion ?? LATEST_PSS_VERSION;
  const defaultNamespace = options.defaultNamespace ?? 'default';

  return {
    begin(info) {
      if (!options.pssVersion && info.kubernetesVersion) {
        version = pssVersionOfKubernetes(info.kubernetesVersion) ?? LATEST_PSS_VERSION;
      }
    },
    add(object, source = null) {
      input.objects += 1;
      const kind = object.kind ?? '';
      const namespace = CLUSTER_SCOPED.has(kind)
        ? ''
        : (object.metadata?.namespace ?? defaultNamespace);
      if (collector.add(object, namespace, source)) {
        const spec =
          kind === 'Pod' ? (object.spec as PodSpec | undefined) : podTemplateOf(object)?.spec;
        if (cniEvidence.of(object, namespace, spec)) {
          const signal = toCniSignal(object, namespace, spec);
          if (signal) input.cniSignals.push(signal);
        }
        return;
      }
      if (!takeOther(object, kind, namespace, input)) {
        input.skippedKinds[kind || '(none)'] = (input.skippedKinds[kind || '(none)'] ?? 0) + 1;
      }
    },
    finish() {
      const collected = collector.finish();
      const result = finishAnalysis(
        collected.workloads,
        input,
        version,
        options.securityContext !== false,
        options.duplicates === 'judge-each' ? collected.repeated : [],
      );
      result.duplicates = collected.duplicates;
      return { ...result, pssVersion: formatPssVersion(version) };
    },
  };
}

function takeOther(
  object: KubeObject,
  kind: string,
  namespace: string,
  input: CollectedInput,
): boolean {
  switch (kind) {
    case 'Namespace': {
      const name = object.metadata?.name ?? '';
      input.namespaces.set(name, { name, labels: object.metadata?.labels ?? {} });
      return true;
    }
    case 'NetworkPolicy':
      input.policies.push(withNamespace(object, namespace));
      return true;
    case 'Service':
      input.services.push(withNamespace(object, namespace));
      return true;
    case 'Ingress':
      input.ingresses.push(withNamespace(object, namespace));
      return true;
    case 'CustomResourceDefinition':
      input.crdNames.push(object.metadata?.name ?? '');
      return true;
    case 'ConfigMap': {
      const setting = cniSettingOf(object);
      if (setting) input.cniSettings.push(setting);
      return setting !== null;
    }
    default:
      return READ_ELSEWHERE.has(kind);
  }
}

/**
 * Whether an object is CNI evidence (`isCniEvidence` of its `toCniSignal`),
 * judging its containers once per spec object: pods read with shared specs
 * (`sharePodSpecs`) then cost one name check each.
 */
class CniEvidence {
  private readonly bySpec = new WeakMap<object, boolean>();

  of(object: KubeObject, namespace: string, spec: PodSpec | undefined): boolean {
    const named = toCniSignal(
      { kind: object.kind, metadata: { name: object.metadata?.name ?? '' } },
      namespace,
      undefined,
    );
    if (named === null) return false;
    if (isCniEvidence(named)) return true;
    if (spec === undefined) return false;
    let found = this.bySpec.get(spec);
    if (found === undefined) {
      const containers = toCniSignal({ kind: object.kind }, namespace, spec);
      found = containers !== null && isCniEvidence(containers);
      this.bySpec.set(spec, found);
    }
    return found;
  }
}

function withNamespace(object: KubeObject, namespace: string): KubeObject {
  if (object.metadata?.namespace === namespace) return object;
  return { ...object, metadata: { ...object.metadata, namespace } };
}
