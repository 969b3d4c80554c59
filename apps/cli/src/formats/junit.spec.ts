import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_SNAPSHOT, runCli } from '../__fixtures__/run-cli';
import { renderJunit } from './junit';
import { xmlEscape } from './xml';

/** A minimal well-formedness walk: every tag closes in order, attributes are quoted, entities are known. */
function checkWellFormed(xml: string): { tags: Record<string, number> } {
  const stack: string[] = [];
  const tags: Record<string, number> = {};
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = body.slice(i, lt === -1 ? body.length : lt);
    if (/&(?!(amp|lt|gt|quot|apos);)/.test(text) || text.includes('>'))
      throw new Error(`bad text: ${text}`);
    if (lt === -1) break;
    const gt = body.indexOf('>', lt);
    const tag = body.slice(lt + 1, gt);
    const name = /^\/?([A-Za-z]+)/.exec(tag)?.[1] ?? '';
    if (tag.startsWith('/')) {
      if (stack.pop() !== name) throw new Error(`mismatched </${name}>`);
    } else {
      const attrs = tag.slice(name.length).replace(/\/$/, '').trim();
      if (attrs && !/^(\s*[a-z]+="[^"<]*")*$/.test(attrs))
        throw new Error(`bad attributes: ${attrs}`);
      tags[name] = (tags[name] ?? 0) + 1;
      if (!tag.endsWith('/')) stack.push(name);
    }
    i = gt + 1;
  }
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(',')}`);
  return { tags };
}

describe('kordon scan --format junit', () => {
  it('writes one testsuite per file, one testcase per workload and a failure per gating finding', async () => {
    const { code, stdout } = await runCli(['scan', '--format', 'junit', 'deployment', 'list.json']);
    expect(code).toBe(1);
    const { tags } = checkWellFormed(stdout);
    expect(tags['testsuite']).toBe(3);
    expect(tags['testcase']).toBe(4);
    expect(tags['failure']).toBe(2);
    expect(stdout).toContain('message="pss.restricted.run-as-user: container &quot;web&quot; sets');
  });

  it('is well-formed for a whole snapshot, written with --output', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kordon-junit-'));
    try {
      const out = path.join(dir, 'report.xml');
      const { stdout } = await runCli([
        'scan',
        '--format',
        'junit',
        '--output',
        out,
        DEMO_SNAPSHOT,
      ]);
      expect(stdout).toBe('');
      expect(checkWellFormed(await readFile(out, 'utf8')).tags['failure']).toBeGreaterThan(10);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('escapes markup in names and messages', () => {
    expect(xmlEscape(`a<b & "c" 'd'>\u0001`)).toBe('a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;');
    const xml = renderJunit({
      apiVersion: 'kordon.dev/v1',
      kind: 'ScanReport',
      pssVersion: 'v1.31',
      level: 'restricted',
      objects: [
        {
          kind: 'Pod',
          namespace: 'a&b',
          name: '<x>',
          source: { file: 'd"ir/f.yaml', line: 1 },
          level: 'privileged',
          pss: {
            baseline: { allowed: true, violations: [] },
            restricted: { allowed: true, violations: [] },
          },
          containers: [],
        },
      ],
      namespaces: [],
      findings: [],
      summary: {
        counts: { critical: 0, high: 0, medium: 0, low: 0, info: 0, total: 0 },
        suppressed: 0,
        gated: 0,
        failOn: 'high',
        verdict: 'pass',
        exitCode: 0,
        objectsRead: 1,
        workloads: 1,
        skippedKinds: {},
        expiredSuppressions: [],
        inputErrors: [],
        warnings: [],
      },
    });
    expect(checkWellFormed(xml).tags['testcase']).toBe(1);
  });
});
