import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { KordonError } from '@kordon/contracts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Route parameters and arguments holding a row id: `id`, `snapshotId`, … */
const ID_NAME = /^(id|[a-z]+Id)$/;
const MAX_DEPTH = 32;

const PREFIX: Record<ArgumentMetadata['type'], string> = {
  param: 'params',
  query: 'query',
  body: 'body',
  custom: 'args',
};

function reject(path: string, problem: string): never {
  throw new KordonError('validation_failed', `${path}: ${problem}`, [{ path, problem }]);
}

/** The path of the first string holding a NUL character (Postgres text cannot store one). */
function findNul(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object') return null;
  if (depth > MAX_DEPTH) reject(path, `nested deeper than ${MAX_DEPTH} levels`);
  const entries = Array.isArray(value)
    ? value.map((v, i) => [`${path}[${i}]`, v] as const)
    : Object.entries(value).map(([k, v]) => [`${path}.${k}`, v] as const);
  for (const [at, v] of entries) {
    const found = findNul(v, at, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * `@Context()` of a GraphQL resolver (the raw request, the request's loaders)
 * reaches pipes as a whole `custom` parameter without a name: it is the
 * server's own, not client input, so it is not walked.
 */
function isGraphQLContext(value: unknown, metadata: ArgumentMetadata): boolean {
  return (
    metadata.type === 'custom' &&
    metadata.data === undefined &&
    typeof value === 'object' &&
    value !== null &&
    'req' in value
  );
}

/**
 * Runs on every REST parameter, query, body and GraphQL argument: strings
 * holding NUL are validation errors, and ids (`id`, `…Id`) must be UUIDs —
 * so neither ever reaches the database as a 500.
 */
@Injectable()
export class SafeInputPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    if (isGraphQLContext(value, metadata)) return value;
    const prefix = PREFIX[metadata.type] ?? 'args';
    const path = metadata.data ? `${prefix}.${metadata.data}` : prefix;
    const nul = findNul(value, path);
    if (nul) reject(nul, 'must not contain NUL characters');
    if (metadata.data && ID_NAME.test(metadata.data) && typeof value === 'string') {
      if (!UUID.test(value)) reject(path, 'must be an id (uuid)');
    }
    return value;
  }
}
