import type { NamespaceReachTable, Reach } from '@kordon/engine';

const REACH_CODES: Record<Reach, number> = { none: 0, partial: 1, all: 2 };
const CHUNK_CHARS = 1 << 20;

/**
 * Writes `namespaceMatrix.pairs` (every pair whose reach is not `skip`) as a
 * JSON array at `indent`, one pair per line
 * (`{"from":"a","to":"b","reach":"all"}`): millions of pairs at 5,000
 * namespaces, so each pair is three pre-built fragments (its `from`
 * namespace, its `to` namespace, its reach), no pair object is built, and the
 * text leaves in ~1 MB writes. One line per pair keeps the file greppable and
 * about 40% smaller than fully indented JSON.
 */
export function writeNamespacePairsJson(
  table: NamespaceReachTable,
  skip: Reach,
  indent: string,
  write: (text: string) => void,
): void {
  const inner = `${indent}  `;
  const names = table.namespaces;
  const fromText = names.map((n) => `{"from":${JSON.stringify(n)},"to":`);
  const toText = names.map((n) => `${JSON.stringify(n)},"reach":`);
  const reachText = ['none', 'partial', 'all'].map((r) => `"${r}"}`);
  const skipCode = REACH_CODES[skip];
  const d = table.destProfileCount;
  const sep = `,\n${inner}`;
  let text = '';
  let first = true;
  for (let i = 0; i < names.length; i++) {
    const base = (table.sourceProfile[i] ?? 0) * d;
    const from = fromText[i] as string;
    for (let j = 0; j < names.length; j++) {
      const code =
        j === i ? (table.self[i] ?? 0) : (table.cells[base + (table.destProfile[j] ?? 0)] ?? 0);
      if (code === skipCode) continue;
      text +=
        (first ? `[\n${inner}` : sep) + from + (toText[j] as string) + (reachText[code] as string);
      first = false;
    }
    if (text.length >= CHUNK_CHARS) {
      write(text);
      text = '';
    }
  }
  write(first ? '[]' : `${text}\n${indent}]`);
}
