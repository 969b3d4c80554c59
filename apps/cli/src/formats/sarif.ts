import type { ScanFinding, ScanReport, ScanSeverity } from '@kordon/contracts';
import { findCheck } from '@kordon/engine';
import { CLI_VERSION, INFORMATION_URI } from '../version';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** GitHub code scanning reads `security-severity` (0–10) to rank results. */
const SECURITY_SEVERITY: Record<ScanSeverity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '0.0',
};
const LEVEL: Record<ScanSeverity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

function toUri(file: string): string {
  if (file === '-') return 'stdin';
  const encoded = file.split('\\').join('/').split('/').map(encodeURIComponent).join('/');
  return encoded.startsWith('/') ? `file://${encoded}` : encoded;
}

function rule(f: ScanFinding) {
  const check = findCheck(f.check);
  const family = f.check.split('.')[0] ?? 'kordon';
  return {
    id: f.check,
    name: f.check,
    shortDescription: { text: check?.title ?? f.title },
    fullDescription: { text: check?.title ?? f.title },
    help: {
      text: `${check?.remediation ?? f.remediation}\n${check?.docsUrl ?? f.docsUrl}`,
      markdown: `${check?.remediation ?? f.remediation}\n\n[Documentation](${check?.docsUrl ?? f.docsUrl})`,
    },
    helpUri: check?.docsUrl ?? f.docsUrl,
    defaultConfiguration: { level: LEVEL[f.severity] },
    properties: {
      'security-severity': SECURITY_SEVERITY[f.severity],
      tags: ['security', 'kubernetes', family, ...(f.pssLevel ? [`pss-${f.pssLevel}`] : [])],
    },
  };
}

function result(f: ScanFinding, ruleIndex: number) {
  const subject = `${f.namespace}/${f.kind}/${f.name}`;
  return {
    ruleId: f.check,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: `${subject}${f.container ? ` container ${f.container}` : ''}: ${f.message}` },
    ...(f.source
      ? {
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: toUri(f.source.file) },
                region: { startLine: Math.max(1, f.source.line) },
              },
              logicalLocations: [{ fullyQualifiedName: subject, kind: 'resource' }],
            },
          ],
        }
      : { locations: [{ logicalLocations: [{ fullyQualifiedName: subject, kind: 'resource' }] }] }),
    partialFingerprints: { 'kordonFingerprint/v1': f.id },
    properties: { path: f.path, severity: f.severity, gating: f.gating },
    ...(f.suppressed
      ? { suppressions: [{ kind: 'external', justification: f.suppressed.reason }] }
      : {}),
  };
}

/** SARIF 2.1.0: one run, the rules used, one result per finding. */
export function renderSarif(report: ScanReport): string {
  const ruleIndex = new Map<string, number>();
  const rules: ReturnType<typeof rule>[] = [];
  for (const f of report.findings) {
    if (ruleIndex.has(f.check)) continue;
    ruleIndex.set(f.check, rules.length);
    rules.push(rule(f));
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'kordon',
            version: CLI_VERSION,
            semanticVersion: CLI_VERSION,
            informationUri: INFORMATION_URI,
            rules,
          },
        },
        results: report.findings.map((f) => result(f, ruleIndex.get(f.check) ?? 0)),
        properties: {
          pssVersion: report.pssVersion,
          level: report.level,
          verdict: report.summary.verdict,
        },
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
