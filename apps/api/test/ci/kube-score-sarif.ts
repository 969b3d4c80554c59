/** A SARIF 2.1.0 log shaped like `kube-score score --output-format sarif` writes. */
export function kubeScoreSarif(results: { rule: string; level: string; object: string }[]) {
  const rules = [...new Set(results.map((r) => r.rule))].map((id) => ({
    id,
    shortDescription: { text: `kube-score check ${id}` },
  }));
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'kube-score', informationUri: 'https://kube-score.com/', rules },
        },
        results: results.map((r) => ({
          ruleId: r.rule,
          level: r.level,
          message: { text: `${r.object}: ${r.rule}` },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: 'deploy/app.yaml' },
                region: { startLine: 1 + results.indexOf(r) * 7 },
              },
              logicalLocations: [{ fullyQualifiedName: r.object, kind: 'object' }],
            },
          ],
        })),
      },
    ],
  };
}
