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

function load(kc: KubeConfig, options: ConnectionOptions): void {
  if (options.inCluster) {
    kc.loadFromCluster(options.inClusterRoot);
    return;
  }
  if (options.kubeconfig) kc.loadFromFile(options.kubeconfig);
  else kc.loadFromDefault();
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
  if (!cluster?.server)
    throw new UsageError(
      'no cluster configured: pass --kubeconfig FILE, set KUBECONFIG, or run in a pod with --in-cluster',
    );
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
