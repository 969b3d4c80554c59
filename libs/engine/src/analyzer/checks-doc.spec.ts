import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CHECK_CATALOG } from './catalog';

const DOC = path.resolve(__dirname, '../../../../docs/checks.md');

function render(): string {
  const lines = [
    '# Check catalog',
    '',
    "Every check Kordon runs, generated from the engine's catalog (`CHECK_CATALOG`); a test fails when this",
    'page and the code disagree (regenerate with `KORDON_UPDATE_DOCS=1 npx jest libs/engine/src/analyzer/checks-doc`).',
    '',
    '- `pss.*` — the Pod Security Standards, judged exactly as Pod Security Admission (`level`, upstream check id).',
    '- `workload.*` — hardening beyond PSS ("PSS-compliant" is not "hardened").',
    '- `net.*` — network isolation and exposure.',
    '',
  ];
  for (const family of ['pss', 'workload', 'net'] as const) {
    lines.push(
      `## ${family}`,
      '',
      '| id | severity | title | level / upstream | remediation |',
      '|---|---|---|---|---|',
    );
    for (const c of CHECK_CATALOG.filter((x) => x.family === family)) {
      const level = c.pssLevel ? `${c.pssLevel} / \`${c.upstreamId ?? ''}\`` : '';
      const fix = c.remediation.replace(/\|/g, '\\|').replace(/\n/g, ' ');
      lines.push(
        `| [\`${c.id}\`](${c.docsUrl}) | ${c.severity} | ${c.title} | ${level} | ${fix} |`,
      );
    }
    lines.push('');
  }
  return lines.join('\n');
}

describe('docs/checks.md', () => {
  it('lists every check of the catalog, as the code defines it', () => {
    const rendered = render();
    if (process.env['KORDON_UPDATE_DOCS'] === '1') writeFileSync(DOC, rendered);
    expect(readFileSync(DOC, 'utf8')).toBe(rendered);
  });

  it('has unique check ids', () => {
    expect(new Set(CHECK_CATALOG.map((c) => c.id)).size).toBe(CHECK_CATALOG.length);
  });
});
