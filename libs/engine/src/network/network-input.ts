import type { KubeObject, Labels } from '../model/kube';

/** A namespace as the network analysis sees it. `kubernetes.io/metadata.name` is added when missing. */
export interface NetNamespace {
  name: string;
  labels: Labels;
}

export interface NetContainerPort {
  name?: string;
  containerPort: number;
  protocol: string;
}

export interface NetHostPort {
  hostPort: number;
  containerPort: number;
  protocol: string;
}

/** The compact projection of a workload that network analysis needs. */
export interface NetWorkload {
  /** `NS/Kind/NAME`. */
  id: string;
  namespace: string;
  kind: string;
  name: string;
  /** Pod template labels. */
  labels: Labels;
  /** Pod IPs when known (node IPs for hostNetwork pods). */
  ips: string[];
  hostNetwork: boolean;
  /** Container ports of all containers (named ports resolve against these). */
  ports: NetContainerPort[];
  hostPorts: NetHostPort[];
  images?: string[];
}

/** A light view of a DaemonSet/Pod/Deployment for CNI detection. */
export interface CniSignal {
  kind: 'DaemonSet' | 'Pod' | 'Deployment';
  namespace: string;
  name: string;
  images: string[];
  containerNames: string[];
}

export interface NetworkInput {
  namespaces: NetNamespace[];
  workloads: NetWorkload[];
  /** `networking.k8s.io/v1` NetworkPolicy objects as in the snapshot. */
  policies: KubeObject[];
  services: KubeObject[];
  ingresses: KubeObject[];
  cniSignals?: CniSignal[];
  /** Names of installed CustomResourceDefinitions, e.g. `felixconfigurations.crd.projectcalico.org`. */
  crdNames: string[];
}

/** The label every namespace carries since Kubernetes 1.21. */
export const NAMESPACE_NAME_LABEL = 'kubernetes.io/metadata.name';
