/**
 * Benchmark, not a test run by CI (testMatch is `*.spec.ts`). Run with:
 *   npx jest --testMatch '**\/*.perf.ts' libs/engine/src/network/__bench__
 */
import { namespaceMatrixFromTable, namespacePairs } from '../namespace-matrix';
import { namespaceReachTable } from '../namespace-reach-table';
import { buildNetworkModel } from '../network-model';
import { syntheticCluster } from './synthetic-cluster';

function timed<T>(label: string, fn: () => T): T {
  const start = performance.now();
  const result = fn();
  process.stdout.write(`${label}: ${(performance.now() - start).toFixed(0)} ms\n`);
  return result;
}

it('namespace matrix at 5,000 namespaces / 15,000 workloads / 14,000 policies', () => {
  const input = timed('generate', () =>
    syntheticCluster({ namespaces: 5000, workloadsPerNamespace: 3, policyNamespacesPerFive: 2 }),
  );
  process.stdout.write(
    `namespaces ${input.namespaces.length}, workloads ${input.workloads.length}, policies ${input.policies.length}\n`,
  );
  const model = timed('buildNetworkModel', () => buildNetworkModel(input));
  process.stdout.write(`classes ${model.classes.length}\n`);
  const table = timed('namespaceReachTable (factored)', () => namespaceReachTable(model));
  process.stdout.write(
    `source profiles ${new Set(table.sourceProfile).size}, dest profiles ${table.destProfileCount}\n`,
  );
  const matrix = timed('namespaceMatrix (blocks)', () => namespaceMatrixFromTable(table));
  process.stdout.write(
    `default ${matrix.default}, blocks ${matrix.blocks.length}, diagonal pairs ${matrix.pairs.length}\n`,
  );
  let n = 0;
  timed('namespacePairs: iterate all differing pairs (lazy)', () => {
    for (const _ of namespacePairs(table, matrix.default)) n++;
  });
  process.stdout.write(`differing pairs ${n}\n`);
  expect(matrix.namespaces).toHaveLength(5000);
});
