import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { registerQueueGauges, type QueueSources } from '@kordon/db';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 120];

export interface ApiMetrics {
  registry: Registry;
  /** Records one answered request; `route` is the matched route template, never the raw URL. */
  observe(method: string, route: string, status: number, seconds: number): void;
}

/** The API's Prometheus metrics: requests and latencies by route, queue depth, snapshots by status, process. */
export function createApiMetrics(sources: QueueSources): ApiMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'kordon_api_' });
  const requests = new Counter({
    name: 'kordon_http_requests_total',
    help: 'HTTP requests answered, by method, route template and status.',
    labelNames: ['method', 'route', 'status'],
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'kordon_http_request_duration_seconds',
    help: 'Time to answer HTTP requests, by method and route template.',
    labelNames: ['method', 'route'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  registerQueueGauges(registry, sources);
  return {
    registry,
    observe(method, route, status, seconds) {
      requests.inc({ method, route, status: String(status) });
      latency.observe({ method, route }, seconds);
    },
  };
}
