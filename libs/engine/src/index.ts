export * from './model/kube';
export * from './model/vocabulary';
export * from './catalog/check-definition';
export * from './workloads/workload';
export { WorkloadCollector } from './workloads/workload-collector';
export * from './pss';
export * from './hardening';
export * from './network';
export * from './analyzer';
