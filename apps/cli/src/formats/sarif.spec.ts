import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import sarifSchema from '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json';
import { DEMO_SNAPSHOT, runCli } from '../__fixtures__/run-cli';

interface SarifLog {
  version: string;
  runs: {
    tool: {
      driver: { name: string; rules: { id: string; properties: Record<string, unknown> }[] };
    };
    results: {
      ruleId: string;
      level: string;
      locations?: {
        physicalLocation?: { artifactLocation: { uri: string }; region: { startLine: number } };
      }[];
      suppressions?: { kind: string; justification: string }[];
    }[];
  }[];
}

const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validate = ajv.compile(sarifSchema);

async function sarif(argv: string[]): Promise<SarifLog> {
  const { stdout } = await runCli(['scan', '--format', 'sarif', ...argv]);
  const log = JSON.parse(stdout) as SarifLog;
  if (!validate(log)) throw new Error(JSON.stringify(validate.errors, null, 2));
  return log;
}

describe('kordon scan --format sarif', () => {
  it('is valid SARIF 2.1.0 with one run, the rules used, and source locations', async () => {
    const log = await sarif(['deployment']);
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run?.tool.driver.name).toBe('kordon');
    const result = run?.results.find((r) => r.ruleId === 'pss.restricted.run-as-user');
    expect(result?.level).toBe('error');
    expect(result?.locations?.[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'deployment/web.yaml' },
      region: { startLine: 2 },
    });
    const rule = run?.tool.driver.rules.find((r) => r.id === 'pss.restricted.run-as-user');
    expect(rule?.properties['security-severity']).toBe('8.0');
    expect(new Set(run?.tool.driver.rules.map((r) => r.id))).toEqual(
      new Set(run?.results.map((r) => r.ruleId)),
    );
  });

  it('carries suppressions as external with their justification', async () => {
    const log = await sarif(['deployment', '--ignore', 'suppressions.yaml']);
    const result = log.runs[0]?.results.find((r) => r.ruleId === 'pss.restricted.run-as-user');
    expect(result?.suppressions).toEqual([
      { kind: 'external', justification: 'legacy image needs root until the rewrite' },
    ]);
  });

  it('stays valid for a whole cluster snapshot, including findings without a file', async () => {
    const log = await sarif([DEMO_SNAPSHOT]);
    expect(log.runs[0]?.results.length).toBeGreaterThan(50);
  });
});
