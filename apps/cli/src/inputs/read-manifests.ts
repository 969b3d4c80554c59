import { isMap, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { InputError, ReadObject } from './input-source';

/** Objects of one manifest text (multi-document YAML, JSON, Kubernetes Lists), with 1-based lines. */
export interface ManifestRead {
  objects: ReadObject[];
  errors: InputError[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineOf(node: Node | null | undefined, counter: LineCounter, fallback: number): number {
  const offset = node?.range?.[0];
  return offset === undefined ? fallback : counter.linePos(offset).line;
}

/** A `List` (`v1/List`, `PodList`, …): its items, each with its own line. */
function listItems(doc: Document, counter: LineCounter, docLine: number): ReadObject[] | null {
  const root = doc.contents;
  if (!isMap(root)) return null;
  const items = root.get('items', true);
  const kind = root.get('kind');
  if (!isSeq(items) || typeof kind !== 'string' || !kind.endsWith('List')) return null;
  const out: ReadObject[] = [];
  items.items.forEach((item) => {
    const value: unknown = (item as Node).toJSON();
    if (isRecord(value)) out.push({ object: value, line: lineOf(item as Node, counter, docLine) });
  });
  return out;
}

function documentError(doc: Document, counter: LineCounter, file: string): InputError | null {
  const error = doc.errors[0];
  if (error === undefined) return null;
  const line = error.linePos?.[0]?.line ?? counter.linePos(error.pos[0]).line;
  const message = (error.message.split('\n')[0] ?? error.code).replace(/:\s*$/, '');
  return { file, line, message: `malformed YAML/JSON: ${message}` };
}

/** Parses every document; a malformed document is reported (file and line) and skipped. */
export function readManifests(text: string, file: string): ManifestRead {
  const counter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: counter, uniqueKeys: false });
  const objects: ReadObject[] = [];
  const errors: InputError[] = [];
  const all = Array.isArray(docs) ? docs : [];
  for (const doc of all) {
    const problem = documentError(doc, counter, file);
    if (problem) {
      errors.push(problem);
      continue;
    }
    const docLine = lineOf(doc.contents, counter, 1);
    const items = listItems(doc, counter, docLine);
    if (items) {
      objects.push(...items);
      continue;
    }
    const value: unknown = doc.toJSON();
    if (value === null || value === undefined) continue;
    if (!isRecord(value) || typeof value['kind'] !== 'string') {
      errors.push({ file, line: docLine, message: 'not a Kubernetes object (no kind)' });
      continue;
    }
    objects.push({ object: value, line: docLine });
  }
  return { objects, errors };
}
