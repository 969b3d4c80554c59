import type { CniSetting } from './cni-settings';
import type { CniSignal } from './network-input';

export type CniVerdict = 'enforces' | 'does-not-enforce' | 'unknown';

export interface CniDetection {
  verdict: CniVerdict;
  plugins: string[];
  /** `Kind namespace/name: plugin (what matched)` or `crd name: plugin`. */
  evidence: string[];
}

interface PluginRule {
  plugin: string;
  enforces: boolean;
  /** Object or container names (exact, or prefix followed by `-`). */
  names: string[];
  /** Substrings of image references. */
  images: string[];
  /** CRD group suffixes or full CRD names. */
  crds: string[];
}

const PLUGINS: readonly PluginRule[] = [
  {
    plugin: 'calico',
    enforces: true,
    names: ['calico-node', 'calico-kube-controllers', 'tigera-operator', 'calico-typha'],
    images: ['calico/node', 'tigera/operator'],
    crds: ['.crd.projectcalico.org', '.operator.tigera.io'],
  },
  {
    plugin: 'cilium',
    enforces: true,
    names: ['cilium', 'cilium-agent', 'cilium-operator', 'anetd'],
    images: ['cilium/cilium', '/anetd', 'cilium/operator'],
    crds: ['.cilium.io'],
  },
  {
    plugin: 'weave-net',
    enforces: true,
    names: ['weave-net', 'weave-npc'],
    images: ['weaveworks/weave-npc', 'weaveworks/weave-kube'],
    crds: [],
  },
  {
    plugin: 'antrea',
    enforces: true,
    names: ['antrea-agent', 'antrea-controller'],
    images: ['antrea/antrea'],
    crds: ['.antrea.io', '.antrea.tanzu.vmware.com'],
  },
  {
    plugin: 'kube-router',
    enforces: true,
    names: ['kube-router'],
    images: ['kube-router'],
    crds: [],
  },
  { plugin: 'azure-npm', enforces: true, names: ['azure-npm'], images: ['azure-npm'], crds: [] },
  {
    plugin: 'kube-network-policies',
    enforces: true,
    names: ['kube-network-policies'],
    images: ['kube-network-policies'],
    crds: [],
  },
  {
    plugin: 'aws-network-policy-agent',
    enforces: true,
    names: ['aws-eks-nodeagent', 'aws-network-policy-agent'],
    images: ['aws-network-policy-agent'],
    crds: ['policyendpoints.networking.k8s.aws'],
  },
  {
    plugin: 'aws-vpc-cni',
    enforces: false,
    names: ['aws-node'],
    images: ['amazon-k8s-cni'],
    crds: [],
  },
  {
    plugin: 'flannel',
    enforces: false,
    names: ['kube-flannel-ds', 'kube-flannel', 'flannel', 'flanneld'],
    images: ['flannel'],
    crds: [],
  },
];

/** k3s runs its own (embedded, kube-router based) policy controller that leaves no API trace. */
const K3S_SIGNS = {
  names: ['svclb', 'helm-install-traefik'],
  images: [
    'rancher/klipper-lb',
    'rancher/klipper-helm',
    'rancher/local-path-provisioner',
    'rancher/mirrored-',
  ],
};

function nameMatches(candidate: string, names: readonly string[]): string | undefined {
  return names.find(
    (n) => candidate === n || (candidate.startsWith(n) && candidate.charCodeAt(n.length) === 0x2d),
  );
}

/** Runs once per signal and plugin (165,000 × 10 at 150,000 pods): no allocation. */
function signalMatch(
  s: CniSignal,
  names: readonly string[],
  images: readonly string[],
): string | undefined {
  const own = nameMatches(s.name, names);
  if (own) return own;
  for (const c of s.containerNames) {
    const hit = nameMatches(c, names);
    if (hit) return hit;
  }
  for (const img of s.images) for (const i of images) if (img.includes(i)) return img;
  return undefined;
}

/**
 * True when a signal matches some plugin or k3s: the only signals `detectCni`
 * reads, so an analyzer keeps these and drops the rest (one per pod).
 */
export function isCniEvidence(s: CniSignal): boolean {
  if (signalMatch(s, K3S_SIGNS.names, K3S_SIGNS.images) !== undefined) return true;
  return PLUGINS.some((rule) => signalMatch(s, rule.names, rule.images) !== undefined);
}

function crdMatch(crd: string, suffixes: readonly string[]): boolean {
  return suffixes.some((s) => (s.startsWith('.') ? crd.endsWith(s) : crd === s));
}

/**
 * Infers whether the cluster's CNI enforces NetworkPolicy from API-visible
 * signals. An enforcing plugin wins (Canal = Calico + Flannel). Flannel alone
 * and AWS VPC CNI without its policy agent do not enforce; the ConfigMap
 * settings of `CNI_SETTING_KEYS` override what the workloads suggest. Anything else —
 * including k3s, whose embedded controller leaves no trace — is `unknown`.
 * Inference only: an active probe is the proof.
 */
/**
 * What a setting says, when it decides: Cilium with `enable-policy: never`
 * enforces nothing; the AWS VPC CNI's network policy controller on (`true`)
 * means the policy agent enforces, off (`false`) means nothing does.
 */
function applySetting(setting: CniSetting, found: Map<string, boolean>, evidence: string[]): void {
  const where = `ConfigMap ${setting.namespace}/${setting.name}: ${setting.key}=${setting.value}`;
  const value = setting.value.toLowerCase();
  if (setting.name === 'cilium-config') {
    if (value === 'never') {
      found.set('cilium', false);
      evidence.push(`${where}: cilium (enforces no NetworkPolicy)`);
    } else if (value === 'default' || value === 'always') {
      found.set('cilium', true);
      evidence.push(`${where}: cilium`);
    }
    return;
  }
  if (value === 'true') {
    found.set('aws-network-policy-agent', true);
    evidence.push(`${where}: aws-network-policy-agent`);
  } else if (value === 'false') {
    if (found.has('aws-network-policy-agent')) found.set('aws-network-policy-agent', false);
    found.set('aws-vpc-cni', false);
    evidence.push(`${where}: aws-vpc-cni (network policy controller off)`);
  }
}

export function detectCni(
  signals: readonly CniSignal[],
  crdNames: readonly string[],
  settings: readonly CniSetting[] = [],
): CniDetection {
  const found = new Map<string, boolean>();
  const evidence: string[] = [];
  for (const rule of PLUGINS) {
    for (const s of signals) {
      const hit = signalMatch(s, rule.names, rule.images);
      if (hit) evidence.push(`${s.kind} ${s.namespace}/${s.name}: ${rule.plugin} (${hit})`);
      if (hit) found.set(rule.plugin, rule.enforces);
    }
    const crd = crdNames.find((c) => crdMatch(c, rule.crds));
    if (crd) evidence.push(`CustomResourceDefinition ${crd}: ${rule.plugin}`);
    if (crd) found.set(rule.plugin, rule.enforces);
  }
  for (const setting of settings) applySetting(setting, found, evidence);
  const k3s = signals.find((s) => signalMatch(s, K3S_SIGNS.names, K3S_SIGNS.images));
  if (k3s)
    evidence.push(
      `${k3s.kind} ${k3s.namespace}/${k3s.name}: k3s (embedded policy controller, not visible through the API)`,
    );
  const plugins = [...found.keys()];
  const verdict: CniVerdict = [...found.values()].some(Boolean)
    ? 'enforces'
    : plugins.length > 0 && !k3s
      ? 'does-not-enforce'
      : 'unknown';
  return { verdict, plugins, evidence };
}
