import { isMap, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml';
import type { InputError, InputWarning, ReadObject } from './input-source';

/** Objects of one manifest text (multi-document YAML, JSON, Kubernetes Lists), with 1-based lines. */
export interface ManifestRead {
  objects: ReadObject[];
  errors: InputError[];
  warnings: InputWarning[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineOf(node: Node | null | undefined, counter: LineCounter, fallback: number): number {
  const offset = node?.range?.[0];
  return offset === undefined ? fallback : counter.linePos(offset).line;
}

function isListKind(kind: unknown): kind is string {
  return typeof kind === 'string' && kind.endsWith('List');
}

/**
 * A `List` (`v1/List`) or a typed list as the API returns it (`PodList`,
 * `apps/v1` `DeploymentList`, whose items carry no kind): its items, each with
 * its own line. Items of a typed list take the list's kind and apiVersion.
 */
function listItems(doc: Document, counter: LineCounter, docLine: number): ReadObject[] | null {
  const root = doc.contents;
  if (!isMap(root)) return null;
  const items = root.get('items', true);
  const kind = root.get('kind');
  if (!isSeq(items) || !isListKind(kind)) return null;
  const itemKind = kind === 'List' ? null : kind.slice(0, -'List'.length);
  const apiVersion = root.get('apiVersion');
  const out: ReadObject[] = [];
  for (const item of items.items) {
    const value: unknown = (item as Node).toJSON();
    if (!isRecord(value)) continue;
    if (itemKind !== null && value.kind === undefined) value.kind = itemKind;
    if (itemKind !== null && value.apiVersion === undefined && typeof apiVersion === 'string')
      value.apiVersion = apiVersion;
    out.push({ object: value, line: lineOf(item as Node, counter, docLine) });
  }
  return out;
}

function documentError(doc: Document, counter: LineCounter, file: string): InputError | null {
  const error = doc.errors[0];
  if (error === undefined) return null;
  const line = error.linePos?.[0]?.line ?? counter.linePos(error.pos[0]).line;
  const message = (error.message.split('\n')[0] ?? error.code).replace(/:\s*$/, '');
  return { file, line, message: `malformed YAML/JSON: ${message}` };
}

/** Looks like a Kubernetes object (it has `apiVersion` or `metadata`) even though its kind is missing. */
function looksLikeObject(value: Record<string, unknown>): boolean {
  return typeof value.apiVersion === 'string' || isRecord(value.metadata);
}

/**
 * Sorts one read object: kept when its kind is known, else a warning (an
 * object whose kind cannot be known) or a notice (no Kubernetes object at all).
 */
function classify(value: unknown, line: number, file: string, out: ManifestRead): void {
  if (isRecord(value) && typeof value.kind === 'string' && value.kind !== '') {
    out.objects.push({ object: value, line });
    return;
  }
  if (isRecord(value) && looksLikeObject(value)) {
    out.warnings.push({
      file,
      line,
      level: 'warning',
      message: 'a Kubernetes object without a kind: not judged',
    });
    return;
  }
  out.warnings.push({
    file,
    line,
    level: 'notice',
    message: 'not a Kubernetes object (no apiVersion or kind), skipped',
  });
}

/** Parses every document; a malformed document is reported (file and line) and skipped. */
export function readManifests(text: string, file: string): ManifestRead {
  const counter = new LineCounter();
  const docs = parseAllDocuments(text, { lineCounter: counter, uniqueKeys: false });
  const out: ManifestRead = { objects: [], errors: [], warnings: [] };
  const all = Array.isArray(docs) ? docs : [];
  for (const doc of all) {
    const problem = documentError(doc, counter, file);
    if (problem) {
      out.errors.push(problem);
      continue;
    }
    const docLine = lineOf(doc.contents, counter, 1);
    const items = listItems(doc, counter, docLine);
    if (items) {
      for (const item of items) classify(item.object, item.line, file, out);
      continue;
    }
    const value: unknown = doc.toJSON();
    if (value === null || value === undefined) continue;
    classify(value, docLine, file, out);
  }
  return out;
}
