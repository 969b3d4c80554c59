import type { Agent, RequestOptions } from 'node:https';
import { UsageError } from '../usage-error';
import { loadKubeClient } from './kube-client-module';

/** How `collect` reaches the API server: `--kubeconfig`, `--context`, or in-cluster. */
export interface ConnectionOptions {
  kubeconfig?: string;
  context?: string;
  inCluster?: boolean;
  /** Where the service account folder is found in-cluster (`KORDON_IN_CLUSTER_ROOT`); default `/`. */
  inClusterRoot?: string;
}

/** A configured connection: the server URL and fresh request options (auth may refresh). */
export interface KubeConnection {
  server: string;
  /** The kubeconfig cluster's name (`in-cluster` in a pod): the default snapshot cluster name. */
  clusterName: string;
  /** Headers (Authorization), TLS agent: call before each request. */
  requestOptions(): Promise<RequestOptions>;
}

type KubeConfig = InstanceType<Awaited<ReturnType<typeof loadKubeClient>>['KubeConfig']>;

const NO_CLUSTER =
  'no cluster configured: pass --kubeconfig FILE, set KUBECONFIG, or run in a pod with --in-cluster';

/**
 * With no KUBECONFIG, no ~/.kube/config and no service account, @kubernetes/client-node's
 * `loadFromDefault` invents a cluster at http://localhost:8080 (then refuses plain http): that
 * is no configuration at all, not a cluster to try.
 */
function isClientNodeFallback(kc: KubeConfig): boolean {
  const cluster = kc.getCurrentCluster();
  return (
    kc.getCurrentContext() === 'loaded-context' &&
    kc.getClusters().length === 1 &&
    cluster?.name === 'cluster' &&
    cluster.server === 'http://localhost:8080'
  );
}

function load(kc: KubeConfig, options: ConnectionOptions): void {
  if (options.inCluster) {
    kc.loadFromCluster(options.inClusterRoot);
    return;
  }
  if (options.kubeconfig) kc.loadFromFile(options.kubeconfig);
  else {
    kc.loadFromDefault();
    if (isClientNodeFallback(kc)) throw new UsageError(NO_CLUSTER);
  }
  if (options.context) {
    if (!kc.getContextObject(options.context))
      throw new UsageError(`--context: no context "${options.context}" in the kubeconfig`);
    kc.setCurrentContext(options.context);
  }
}

/** Reads the kubeconfig (or the in-cluster service account) with @kubernetes/client-node. */
export async function openKubeConnection(options: ConnectionOptions): Promise<KubeConnection> {
  const { KubeConfig } = await loadKubeClient();
  const kc = new KubeConfig();
  try {
    load(kc, options);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new UsageError(`cannot read the cluster configuration: ${message}`);
  }
  const cluster = kc.getCurrentCluster();
  if (!cluster?.server) throw new UsageError(NO_CLUSTER);
  let agent: Agent | undefined;
  return {
    server: cluster.server.replace(/\/+$/, ''),
    clusterName: options.inCluster ? 'in-cluster' : cluster.name,
    async requestOptions() {
      const opts: RequestOptions = { headers: {} };
      await kc.applyToHTTPSOptions(opts);
      agent ??= opts.agent as Agent | undefined;
      return { ...opts, agent };
    },
  };
}
