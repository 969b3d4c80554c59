import type { ScanFinding, ScanReport } from '@kordon/contracts';
import { isJudged } from '../scan/to-scan-finding';
import { textTable } from './text-table';

function where(f: ScanFinding): string {
  const id = f.namespace ? `${f.namespace}/${f.kind}/${f.name}` : `${f.kind}/${f.name}`;
  return f.container ? `${id} [${f.container}]` : id;
}

function findingsTable(report: ScanReport): string {
  const shown = report.findings.filter((f) => !f.suppressed && isJudged(f, report.level));
  if (shown.length === 0) return 'No findings.\n';
  const rows = shown.map((f) => [
    f.gating ? `${f.severity.toUpperCase()}*` : f.severity,
    f.check,
    where(f),
    f.message,
  ]);
  return (
    textTable(['SEVERITY', 'CHECK', 'WORKLOAD', 'MESSAGE'], rows) +
    `(* fails the scan: --fail-on ${report.summary.failOn})\n`
  );
}

function workloadsTable(report: ScanReport): string {
  if (report.objects.length === 0) return 'No workloads found.\n';
  const rows = report.objects.map((o) => [
    `${o.namespace}/${o.kind}/${o.name}`,
    o.level,
    o.source ? `${o.source.file}:${o.source.line}` : '-',
  ]);
  return textTable(['WORKLOAD', 'PSS LEVEL', 'SOURCE'], rows);
}

function warningLines(warnings: ScanReport['summary']['warnings']): string[] {
  const count = (level: string) => warnings.filter((w) => w.level === level).length;
  const lines: string[] = [];
  if (count('warning') > 0)
    lines.push(`${count('warning')} object(s) not judged (no kind), see above.`);
  if (count('notice') > 0)
    lines.push(`${count('notice')} non-Kubernetes document(s) skipped, see above.`);
  return lines;
}

function summaryLines(report: ScanReport): string {
  const s = report.summary;
  const counts = `${s.counts.critical} critical, ${s.counts.high} high, ${s.counts.medium} medium, ${s.counts.low} low, ${s.counts.info} info`;
  const skipped = Object.entries(s.skippedKinds)
    .map(([k, n]) => `${k} ×${n}`)
    .join(', ');
  const lines = [
    `Pod Security Standards ${report.pssVersion}, judged at ${report.level}; ${s.objectsRead} objects, ${s.workloads} workloads.`,
    `Findings: ${counts}${s.suppressed > 0 ? `; ${s.suppressed} suppressed` : ''}.`,
    ...(skipped ? [`Skipped kinds: ${skipped}.`] : []),
    ...(s.inputErrors.length > 0 ? [`${s.inputErrors.length} input error(s), see above.`] : []),
    ...warningLines(s.warnings),
    `Result: ${s.verdict.toUpperCase()} (${s.gated} finding(s) at or above ${s.failOn}; exit ${s.exitCode}).`,
  ];
  return lines.join('\n') + '\n';
}

/** Human-readable scan output. */
export function renderScanTable(report: ScanReport): string {
  return [workloadsTable(report), findingsTable(report), summaryLines(report)].join('\n');
}
