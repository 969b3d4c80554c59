import type { ScanFinding, ScanObject, ScanReport } from '@kordon/contracts';
import { xmlAttrs, xmlEscape } from './xml';

type Subject = Pick<ScanObject, 'kind' | 'namespace' | 'name' | 'source'>;

interface Suite {
  name: string;
  cases: { object: Subject; failures: ScanFinding[] }[];
}

const NO_FILE = '(no source file)';

function key(kind: string, namespace: string, name: string): string {
  return `${namespace}/${kind}/${name}`;
}

function suites(report: ScanReport): Suite[] {
  const gating = new Map<string, ScanFinding[]>();
  for (const f of report.findings) {
    if (!f.gating) continue;
    const k = key(f.kind, f.namespace, f.name);
    gating.set(k, [...(gating.get(k) ?? []), f]);
  }
  const byFile = new Map<string, Suite>();
  const add = (object: Subject, failures: ScanFinding[]) => {
    const file = object.source?.file ?? NO_FILE;
    const suite = byFile.get(file) ?? { name: file, cases: [] };
    suite.cases.push({ object, failures });
    byFile.set(file, suite);
  };
  for (const object of report.objects) {
    const k = key(object.kind, object.namespace, object.name);
    add(object, gating.get(k) ?? []);
    gating.delete(k);
  }
  // Findings about namespaces, policies and services get a testcase of their own.
  for (const failures of gating.values()) {
    const first = failures[0];
    if (first) add(first, failures);
  }
  return [...byFile.values()];
}

function testcase(c: Suite['cases'][number]): string {
  const o = c.object;
  const attrs = xmlAttrs({
    classname: o.namespace,
    name: `${o.kind}/${o.name}`,
    file: o.source?.file ?? '',
    line: o.source?.line ?? 0,
  });
  if (c.failures.length === 0) return `    <testcase${attrs}/>`;
  const failures = c.failures.map((f) => {
    const body = `${f.title}\npath: ${f.path}\nremediation: ${f.remediation}\n${f.docsUrl}`;
    return `      <failure${xmlAttrs({ message: `${f.check}: ${f.message}`, type: f.severity })}>${xmlEscape(body)}</failure>`;
  });
  return [`    <testcase${attrs}>`, ...failures, '    </testcase>'].join('\n');
}

/** JUnit XML: one testsuite per input file, one testcase per workload, a failure per gating finding. */
export function renderJunit(report: ScanReport): string {
  const all = suites(report);
  const total = all.reduce((n, s) => n + s.cases.length, 0);
  const failed = all.reduce((n, s) => n + s.cases.filter((c) => c.failures.length > 0).length, 0);
  const body = all.map((s) => {
    const failures = s.cases.filter((c) => c.failures.length > 0).length;
    const open = `  <testsuite${xmlAttrs({ name: s.name, tests: s.cases.length, failures, errors: 0, skipped: 0 })}>`;
    return [open, ...s.cases.map(testcase), '  </testsuite>'].join('\n');
  });
  const root = `<testsuites${xmlAttrs({ name: 'kordon scan', tests: total, failures: failed, errors: 0 })}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', root, ...body, '</testsuites>', ''].join('\n');
}
