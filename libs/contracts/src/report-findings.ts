import type { CiFinding } from './responses/scan';
import type { ScanReport } from './scan-report';

/**
 * The findings of a `kordon scan` report as CI findings (tool `kordon`), one per
 * fingerprint; restricted-only checks are left out of a scan judged at `baseline`.
 */
export function reportFindings(report: ScanReport): CiFinding[] {
  const out = new Map<string, CiFinding>();
  for (const f of report.findings) {
    if (out.has(f.id)) continue;
    if (report.level === 'baseline' && f.pssLevel === 'restricted') continue;
    out.set(f.id, {
      fingerprint: f.id,
      tool: 'kordon',
      ruleId: f.check,
      severity: f.severity,
      title: f.title,
      message: f.message,
      kind: f.kind,
      namespace: f.namespace,
      name: f.name,
      container: f.container,
      path: f.path,
      location: f.source?.file ?? null,
      line: f.source?.line ?? null,
      suppressed: f.suppressed !== undefined,
      suppressionReason: f.suppressed?.reason ?? null,
    });
  }
  return [...out.values()];
}
