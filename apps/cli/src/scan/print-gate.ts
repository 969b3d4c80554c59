import type { CiFinding, ScanUploadResult } from '@kordon/contracts';
import type { CliIo } from '../cli-io';

function short(commit: string | null): string {
  return commit ? commit.slice(0, 12) : 'unknown commit';
}

function where(f: CiFinding): string {
  const subject =
    f.kind && f.name
      ? `${f.kind} ${f.namespace ? `${f.namespace}/` : ''}${f.name}${f.container ? ` container ${f.container}` : ''}`
      : (f.path ?? '');
  const file = f.location ? ` (${f.location}${f.line ? `:${f.line}` : ''})` : '';
  return `${subject}${file}`.trim();
}

/** One line per new finding: severity, tool:rule, where, message. */
export function formatNewFinding(f: CiFinding): string {
  const tool = f.tool === 'kordon' ? '' : `${f.tool}: `;
  return `  ${f.severity.toUpperCase().padEnd(8)} ${tool}${f.ruleId}  ${where(f)}  ${f.message}`;
}

/** Which base the gate compared against, in words. */
export function describeBase(result: ScanUploadResult): string {
  const { gate } = result;
  if (!gate.base) {
    const branch = gate.baseBranch ?? 'the base branch (unknown: pass --base-branch)';
    return `no ${result.tool} scan of ${branch} to compare against: every finding counts as new`;
  }
  const how = gate.base.atMergeBase
    ? `at the merge-base ${short(gate.base.commit)}`
    : `latest (commit ${short(gate.base.commit)}; no scan at the merge-base)`;
  return `compared against ${gate.base.branch ?? gate.baseBranch}'s ${result.tool} scan ${how}, scan ${gate.base.scanId}`;
}

/** Prints the stored scan and the gate: the base, then exactly the new findings. */
export function printGate(result: ScanUploadResult, io: CliIo): void {
  const at = [
    result.branch && `branch ${result.branch}`,
    result.commit && `commit ${short(result.commit)}`,
  ]
    .filter(Boolean)
    .join(', ');
  io.stderr(
    `kordon: scan ${result.id} ${result.created ? 'uploaded' : 'already uploaded'} (${result.repository}${at ? `, ${at}` : ''})\n`,
  );
  if (!result.gate.requested) return;
  const { gate } = result;
  io.stderr(`kordon: gate: ${describeBase(result)}\n`);
  const suppressed = gate.suppressedNew > 0 ? ` (${gate.suppressedNew} suppressed)` : '';
  if (gate.newFindings.length === 0) {
    io.stderr(`kordon: gate passed: no new findings at or above ${gate.failOn}${suppressed}\n`);
    return;
  }
  const n = gate.newFindings.length;
  io.stderr(
    `kordon: gate failed: ${n} new finding${n === 1 ? '' : 's'} at or above ${gate.failOn}${suppressed}:\n`,
  );
  for (const f of gate.newFindings) io.stderr(`${formatNewFinding(f)}\n`);
}
