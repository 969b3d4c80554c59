export * from './kube-object-store';
export * from './kube-api-server';
export { SERVED_RESOURCES, KUBERNETES_VERSION } from './kube-discovery';
export * from './test-certificate';
