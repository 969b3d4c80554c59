import { createServer, type Server } from 'node:http';
import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { registerQueueGauges, type QueueSources } from '@kordon/db';

const ANALYSIS_BUCKETS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 900];

/** The worker's Prometheus metrics: analyses and their duration by outcome, queue depth, snapshots by status. */
export class WorkerMetrics {
  readonly registry = new Registry();
  private readonly analyses: Counter;
  private readonly duration: Histogram;

  constructor(sources: QueueSources) {
    collectDefaultMetrics({ register: this.registry, prefix: 'kordon_worker_' });
    this.analyses = new Counter({
      name: 'kordon_analyses_total',
      help: 'Analysis attempts, by outcome (done, superseded, failed).',
      labelNames: ['outcome'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'kordon_analysis_duration_seconds',
      help: 'Time one analysis attempt took, by outcome.',
      labelNames: ['outcome'],
      buckets: ANALYSIS_BUCKETS,
      registers: [this.registry],
    });
    registerQueueGauges(this.registry, sources);
  }

  observeAnalysis(outcome: string, seconds: number): void {
    this.analyses.inc({ outcome });
    this.duration.observe({ outcome }, seconds);
  }

  /** Serves `GET /metrics` on host:port; resolves null (and says why) when the port is taken. */
  listen(port: number, host: string, warn: (line: string) => void): Promise<Server | null> {
    const server = createServer((req, res) => {
      if (req.method !== 'GET' || req.url !== '/metrics') {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
        return;
      }
      this.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': this.registry.contentType }).end(text),
        () => res.writeHead(500, { 'content-type': 'text/plain' }).end('metrics failed\n'),
      );
    });
    return new Promise((resolve) => {
      server.once('error', (error: NodeJS.ErrnoException) => {
        warn(
          `metrics: cannot listen on ${host}:${port} (${error.code ?? error.message}); running without /metrics (KORDON_WORKER_METRICS_PORT)`,
        );
        resolve(null);
      });
      server.listen(port, host, () => resolve(server));
    });
  }
}
