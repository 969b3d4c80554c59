/**
 * Structural types of the Kubernetes objects the engine reads. Every field is
 * optional: input comes from live clusters and hand-written manifests alike, and
 * the engine must judge what is there, never assume what is not.
 */

export type Labels = Record<string, string>;

export interface OwnerReference {
  apiVersion?: string;
  kind?: string;
  name?: string;
  uid?: string;
  controller?: boolean;
}

export interface ObjectMeta {
  name?: string;
  namespace?: string;
  uid?: string;
  labels?: Labels;
  annotations?: Record<string, string>;
  ownerReferences?: OwnerReference[];
}

export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: ObjectMeta;
  spec?: unknown;
  status?: unknown;
  [key: string]: unknown;
}

export interface Capabilities {
  add?: string[] | null;
  drop?: string[] | null;
}

export interface SeccompProfile {
  type?: string;
  localhostProfile?: string;
}

export interface AppArmorProfile {
  type?: string;
  localhostProfile?: string;
}

export interface SELinuxOptions {
  user?: string;
  role?: string;
  type?: string;
  level?: string;
}

export interface WindowsOptions {
  hostProcess?: boolean | null;
  gmsaCredentialSpecName?: string;
  runAsUserName?: string;
}

export interface SecurityContext {
  privileged?: boolean | null;
  allowPrivilegeEscalation?: boolean | null;
  runAsNonRoot?: boolean | null;
  runAsUser?: number | null;
  runAsGroup?: number | null;
  readOnlyRootFilesystem?: boolean | null;
  procMount?: string | null;
  capabilities?: Capabilities | null;
  seccompProfile?: SeccompProfile | null;
  appArmorProfile?: AppArmorProfile | null;
  seLinuxOptions?: SELinuxOptions | null;
  windowsOptions?: WindowsOptions | null;
}

export interface PodSecurityContext {
  runAsNonRoot?: boolean | null;
  runAsUser?: number | null;
  runAsGroup?: number | null;
  fsGroup?: number | null;
  supplementalGroups?: number[] | null;
  seccompProfile?: SeccompProfile | null;
  appArmorProfile?: AppArmorProfile | null;
  seLinuxOptions?: SELinuxOptions | null;
  windowsOptions?: WindowsOptions | null;
  sysctls?: { name?: string; value?: string }[] | null;
}

export interface ContainerPort {
  name?: string;
  containerPort?: number;
  hostPort?: number;
  hostIP?: string;
  protocol?: string;
}

export interface HandlerHost {
  httpGet?: { host?: string; port?: number | string; path?: string } | null;
  tcpSocket?: { host?: string; port?: number | string } | null;
  exec?: unknown;
  grpc?: unknown;
}

export interface Container {
  name?: string;
  image?: string;
  imagePullPolicy?: string;
  ports?: ContainerPort[] | null;
  securityContext?: SecurityContext | null;
  resources?: {
    limits?: Record<string, string | number> | null;
    requests?: Record<string, string | number> | null;
  } | null;
  livenessProbe?: HandlerHost | null;
  readinessProbe?: HandlerHost | null;
  startupProbe?: HandlerHost | null;
  lifecycle?: { postStart?: HandlerHost | null; preStop?: HandlerHost | null } | null;
  env?: unknown;
  envFrom?: unknown;
  [key: string]: unknown;
}

export interface Volume {
  name?: string;
  [source: string]: unknown;
}

export interface PodSpec {
  containers?: Container[] | null;
  initContainers?: Container[] | null;
  ephemeralContainers?: Container[] | null;
  volumes?: Volume[] | null;
  hostNetwork?: boolean | null;
  hostPID?: boolean | null;
  hostIPC?: boolean | null;
  hostUsers?: boolean | null;
  securityContext?: PodSecurityContext | null;
  serviceAccountName?: string;
  serviceAccount?: string;
  automountServiceAccountToken?: boolean | null;
  nodeName?: string;
  os?: { name?: string } | null;
  runtimeClassName?: string;
  [key: string]: unknown;
}

/** What Pod Security Admission looks at: pod metadata (annotations) and the pod spec. */
export interface PodShape {
  metadata?: Pick<ObjectMeta, 'labels' | 'annotations'>;
  spec?: PodSpec;
}
