import { KordonError } from './kordon-error';
import type { ScanEvent } from './json-object-scanner';
import { listSnapshotHeader, parseSnapshotHeader } from './snapshot-header';
import type { SnapshotEvent, SnapshotFormat } from './snapshot-event';
import { isRecord } from './structural-checks';
import { assertSnapshotObject } from './validate-snapshot-object';

const HEADER_FIELDS = new Set([
  'apiVersion',
  'kind',
  'cluster',
  'collectedAt',
  'collector',
  'coverage',
]);

function invalid(path: string, problem: string): never {
  throw new KordonError('invalid_snapshot', `${path}: ${problem}`, [{ path, problem }]);
}

function isListKind(kind: unknown): kind is string {
  return typeof kind === 'string' && kind.endsWith('List');
}

/**
 * Turns the members of a top-level JSON object into snapshot events. With an
 * `items` array it is a document (header fields + items) or a Kubernetes List;
 * without, it is the header line of NDJSON. Header fields must precede
 * `items`; a List's `kind` may follow (kubectl's order) when items carry theirs.
 */
export class DocumentSnapshot {
  format: SnapshotFormat | null = null;
  private readonly fields: Record<string, unknown> = {};
  private itemKind: string | null = null;
  private itemApiVersion: string | null = null;

  handle(event: ScanEvent): SnapshotEvent | null {
    switch (event.type) {
      case 'field':
        this.field(event.key, event.value);
        return null;
      case 'items-start':
        return this.begin();
      case 'item':
        return this.item(event.value, event.index);
      case 'items-end':
        return null;
    }
  }

  /** The object closed: without items this was an NDJSON header, else the end. */
  close(itemCount: number): SnapshotEvent {
    if (this.format !== null) return { type: 'end', objects: itemCount };
    const kind = this.fields.kind;
    if (kind === 'ClusterSnapshot') {
      if ('items' in this.fields) invalid('items', 'expected an array');
      this.format = 'ndjson';
      return {
        type: 'header',
        header: parseSnapshotHeader(this.fields, 'line 1'),
        format: 'ndjson',
      };
    }
    if (isListKind(kind)) invalid('items', 'expected an array');
    return invalid(
      'kind',
      'expected a ClusterSnapshot header, a document with items, or a Kubernetes List',
    );
  }

  private field(key: string, value: unknown): void {
    if (this.format === null) {
      this.fields[key] = value;
      return;
    }
    if (this.format === 'document' && HEADER_FIELDS.has(key))
      invalid(key, 'header fields must precede items');
    if (this.format === 'list' && key === 'kind' && !isListKind(value)) {
      invalid('kind', 'a ClusterSnapshot header must precede items; a List has kind List or *List');
    }
  }

  private begin(): SnapshotEvent {
    const kind = this.fields.kind;
    if (kind === 'ClusterSnapshot') {
      this.format = 'document';
      return { type: 'header', header: parseSnapshotHeader(this.fields), format: 'document' };
    }
    if (kind !== undefined && !isListKind(kind)) {
      invalid('kind', 'expected ClusterSnapshot, List or a *List kind');
    }
    this.format = 'list';
    this.itemKind =
      typeof kind === 'string' && kind !== 'List' ? kind.slice(0, -'List'.length) : null;
    const apiVersion = this.fields.apiVersion;
    this.itemApiVersion = typeof apiVersion === 'string' && apiVersion !== '' ? apiVersion : null;
    return { type: 'header', header: listSnapshotHeader(), format: 'list' };
  }

  private item(value: unknown, index: number): SnapshotEvent {
    if (this.format === 'list' && isRecord(value)) {
      if (value.kind === undefined && this.itemKind !== null) value.kind = this.itemKind;
      if (value.apiVersion === undefined && this.itemApiVersion !== null)
        value.apiVersion = this.itemApiVersion;
    }
    assertSnapshotObject(value, `items[${index}]`);
    return { type: 'object', object: value, index };
  }
}
