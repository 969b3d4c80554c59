import type { ReachDirection, ReachPorts, ReachQuestion, ReachReport } from '@kordon/contracts';
import { textTable } from './text-table';

export function describePorts(ports: ReachPorts): string {
  if (ports === 'all') return 'all ports';
  if (ports.length === 0) return 'nothing';
  return ports
    .map((p) =>
      p.port === null
        ? `${p.protocol}/*`
        : `${p.protocol}/${p.port}${p.endPort ? `-${p.endPort}` : ''}`,
    )
    .join(', ');
}

function direction(side: 'egress' | 'ingress', workload: string, d: ReachDirection): string {
  const head = `${side} of ${workload}: ${d.allowed ? 'allows' : 'denies'}`;
  if (!d.isolated) return `${head} (not isolated: no policy selects it for ${side})\n`;
  const rules = d.rules
    .map((r) => `    allowed by ${r.policy} ${r.direction}[${r.ruleIndex}]\n`)
    .join('');
  const policies = `    selected by ${d.policies.join(', ')}\n`;
  return `${head} (isolated)\n${policies}${rules || '    no rule of these policies allows it\n'}`;
}

function renderQuestion(q: ReachQuestion): string {
  const what =
    q.port === null
      ? q.protocol
        ? `any ${q.protocol} port`
        : 'any port'
      : `${q.protocol ?? 'TCP'}/${q.port}`;
  const verdict = q.allowed ? `ALLOWED (${describePorts(q.ports)})` : 'DENIED';
  return (
    `${q.from} -> ${q.to} on ${what}: ${verdict}\n` +
    direction('egress', q.from, q.egress) +
    direction('ingress', q.to, q.ingress)
  );
}

function isolationTable(report: ReachReport): string {
  const flag = (b: boolean) => (b ? 'isolated' : 'open');
  const rows = report.workloads.map((w) => [
    w.id,
    w.hostNetwork ? 'host network' : flag(w.ingressIsolated),
    w.hostNetwork ? 'host network' : flag(w.egressIsolated),
  ]);
  return textTable(['WORKLOAD', 'INGRESS', 'EGRESS'], rows);
}

function cniLine(report: ReachReport): string {
  const plugins = report.cni.plugins.length > 0 ? ` (${report.cni.plugins.join(', ')})` : '';
  return `CNI: ${report.cni.verdict}${plugins}\n`;
}

/** Human-readable reach output. */
export function renderReachTable(report: ReachReport): string {
  if (report.question) return renderQuestion(report.question);
  const parts = [cniLine(report), isolationTable(report)];
  if (report.namespaceMatrix) {
    const m = report.namespaceMatrix;
    const rows = m.pairs.map((p) => [p.from, p.to, p.reach]);
    parts.push(
      `Namespace reach: ${m.default} unless listed\n` +
        (rows.length > 0 ? textTable(['FROM', 'TO', 'REACH'], rows) : ''),
    );
  }
  if (report.connections) {
    const rows = report.connections.map((c) => [c.from, c.to, describePorts(c.allowed)]);
    parts.push(
      rows.length > 0
        ? textTable(['FROM', 'TO', 'ALLOWED'], rows)
        : 'No workload can reach another.\n',
    );
  }
  return parts.join('\n');
}
