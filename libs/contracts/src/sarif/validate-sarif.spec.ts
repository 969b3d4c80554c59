import { KordonError } from '../kordon-error';
import { sarifFindings } from './sarif-findings';
import { validateSarif } from './validate-sarif';

const log = () => ({
  version: '2.1.0',
  runs: [
    {
      tool: {
        driver: {
          name: 'kube-linter',
          rules: [{ id: 'privileged-container', properties: { 'security-severity': '9.1' } }],
        },
      },
      results: [
        {
          ruleId: 'privileged-container',
          message: { text: 'container "app" is privileged' },
          partialFingerprints: { objectKey: 'shop/Deployment/web/app' },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'deploy/web.yaml' },
                region: { startLine: 12 },
              },
            },
          ],
        },
      ],
    },
  ],
});

function problemOf(value: unknown): { path: string; problem: string } | undefined {
  try {
    validateSarif(value);
  } catch (error) {
    if (error instanceof KordonError) return error.details[0];
    throw error;
  }
  return undefined;
}

describe('validateSarif (the SARIF 2.1.0 schema, offline)', () => {
  it('accepts a KubeLinter-shaped log', () => {
    expect(problemOf(log())).toBeUndefined();
  });

  it('names a missing required property with its path', () => {
    const broken = log();
    delete (broken.runs[0]?.results[0] as { message?: unknown }).message;
    expect(problemOf(broken)).toEqual({
      path: 'sarif.runs[0].results[0]',
      problem: "must have required property 'message'",
    });
  });

  it('refuses another SARIF version and a document that is not a log', () => {
    expect(problemOf({ ...log(), version: '2.0.0' })?.path).toBe('sarif.version');
    expect(problemOf([])?.path).toBe('sarif');
  });
});

describe('sarifFindings', () => {
  it('maps security-severity, keeps the line for display and keys identity on partialFingerprints', () => {
    const [finding] = sarifFindings(validateSarif(log()));
    expect(finding).toMatchObject({
      tool: 'kube-linter',
      severity: 'critical',
      location: 'deploy/web.yaml',
      line: 12,
    });
    const moved = log();
    const region = moved.runs[0]?.results[0]?.locations[0]?.physicalLocation.region as {
      startLine: number;
    };
    region.startLine = 40;
    expect(sarifFindings(validateSarif(moved))[0]?.fingerprint).toBe(finding?.fingerprint);
  });

  it('without partialFingerprints, identity is tool + rule + file + logical location, never the line', () => {
    const plain = log();
    const result = plain.runs[0]?.results[0] as { partialFingerprints?: unknown };
    delete result.partialFingerprints;
    const first = sarifFindings(validateSarif(plain))[0]?.fingerprint;
    const region = plain.runs[0]?.results[0]?.locations[0]?.physicalLocation.region as {
      startLine: number;
    };
    region.startLine = 99;
    expect(sarifFindings(validateSarif(plain))[0]?.fingerprint).toBe(first);
    const uri = plain.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation as {
      uri: string;
    };
    uri.uri = 'deploy/other.yaml';
    expect(sarifFindings(validateSarif(plain))[0]?.fingerprint).not.toBe(first);
  });
});
