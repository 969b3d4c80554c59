import { readModelRows, type ReadModelHistory } from '../read-model/read-model-history';
import type { CopyRate } from './copy-rate';

export interface HistoryResult {
  pods: number;
  uploadToDoneMs: number;
  intakeMs: number;
  analysisMs: number;
  workerPeakBytes: number;
  apiGrowthBytes: number;
  firstIssueRows: number;
  secondIssueRows: number;
  snapshots: number;
  storageBytes: number;
  storageByTable: { table: string; bytes: number }[];
  readModel: ReadModelHistory;
  copy: CopyRate;
  trend: { rows: number; medianMs: number };
}

const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

/** The history section of docs/benchmarks.md. */
export function renderHistory(r: HistoryResult, machine: string): string {
  const churnShare = r.firstIssueRows > 0 ? r.secondIssueRows / r.firstIssueRows : 0;
  return [
    `### Posture history at ${r.pods.toLocaleString('en-US')} pods`,
    '',
    machine,
    '',
    '| measure | result | target | |',
    '|---|---|---|---|',
    `| upload (gzip, through the API) to \`done\` | ${s(r.uploadToDoneMs)} (intake ${s(r.intakeMs)}, analysis + lifecycle ${s(r.analysisMs)}) | < 30 s | ${verdict(r.uploadToDoneMs < 30_000)} |`,
    `| worker peak memory | ${mb(r.workerPeakBytes)} | < 1.5 GB | ${verdict(r.workerPeakBytes < 1.5 * 1024 ** 3)} |`,
    `| API memory growth during the upload | ${mb(r.apiGrowthBytes)} | < 200 MB | ${verdict(r.apiGrowthBytes < 200 * 1024 ** 2)} |`,
    `| issue rows written by a snapshot with 1% of workloads changed | ${r.secondIssueRows.toLocaleString('en-US')} = ${(churnShare * 100).toFixed(2)}% of the first's ${r.firstIssueRows.toLocaleString('en-US')} | < 5% | ${verdict(churnShare < 0.05)} |`,
    `| findings written through the lifecycle vs raw COPY into \`issue\` (${r.copy.rows.toLocaleString('en-US')} rows) | ${Math.round(r.copy.lifecycleRowsPerSecond).toLocaleString('en-US')} vs ${Math.round(r.copy.rawRowsPerSecond).toLocaleString('en-US')} rows/s = ${(r.copy.ratio * 100).toFixed(0)}% | ≥ 50% | ${verdict(r.copy.ratio >= 0.5)} |`,
    `| database size after ${r.snapshots} hourly snapshots with 1% churn, raw snapshots excluded, without the read model | ${mb(r.storageBytes - r.readModel.totalBytes)} | < 100 MB | ${verdict(r.storageBytes - r.readModel.totalBytes < 100 * 1024 ** 2)} |`,
    `| the same, with the read model (workloads, network, namespaces) | ${mb(r.storageBytes)} | < 150 MB | ${verdict(r.storageBytes < 150 * 1024 ** 2)} |`,
    ...readModelRows(r.readModel, verdict),
    `| 90-day posture trend, one cluster of 50 namespaces (${r.trend.rows.toLocaleString('en-US')} rollup rows), median of 20 through the API | ${r.trend.medianMs.toFixed(1)} ms | < 20 ms | ${verdict(r.trend.medianMs < 20)} |`,
    '',
    'Storage by table (bytes including indexes and TOAST): ' +
      r.storageByTable.map((t) => `\`${t.table}\` ${mb(t.bytes)}`).join(', ') +
      '.',
    '',
  ].join('\n');
}
