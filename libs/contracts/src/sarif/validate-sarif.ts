import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Log } from 'sarif';
import { KordonError } from '../kordon-error';
/** The official SARIF 2.1.0 (rtm.5) JSON schema (a copy of the one @microsoft/jest-sarif ships). */
import sarifSchema from './sarif-2.1.0.schema.json';

let compiled: ValidateFunction | null = null;

function validator(): ValidateFunction {
  if (compiled) return compiled;
  // The schema is draft-04 but uses nothing draft-07 reads differently (no boolean
  // exclusiveMinimum, `id` only at the top): compiled offline by Ajv's default draft,
  // without its remote `id` and `$schema`.
  const { id: _id, $schema: _draft, ...schema } = sarifSchema as Record<string, unknown>;
  void _id;
  void _draft;
  const ajv = new Ajv({
    allErrors: false,
    strict: false,
    unicodeRegExp: false,
    validateSchema: false,
  });
  addFormats(ajv);
  compiled = ajv.compile(schema);
  return compiled;
}

function problemOf(error: ErrorObject): string {
  const params = error.params as { additionalProperty?: string; allowedValues?: unknown[] };
  if (params.additionalProperty) return `unknown property "${params.additionalProperty}"`;
  if (params.allowedValues)
    return `${error.message ?? 'invalid'}: ${params.allowedValues.join(', ')}`;
  return error.message ?? 'invalid';
}

function pathOf(prefix: string, pointer: string): string {
  let out = prefix;
  for (const part of pointer.split('/').slice(1)) {
    const key = part.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(key) ? `[${key}]` : `.${key}`;
  }
  return out;
}

/**
 * Validates a SARIF log against the SARIF 2.1.0 schema; throws `validation_failed`
 * naming the first problem (`sarif.runs[0].tool.driver: must have required property 'name'`).
 */
export function validateSarif(value: unknown, prefix = 'sarif'): Log {
  const validate = validator();
  if (validate(value)) {
    const version = (value as { version?: unknown }).version;
    if (version !== '2.1.0')
      throw new KordonError('validation_failed', `${prefix}.version: must be "2.1.0"`, [
        { path: `${prefix}.version`, problem: 'must be "2.1.0"' },
      ]);
    return value as Log;
  }
  const first = validate.errors?.[0];
  const where = first ? pathOf(prefix, first.instancePath) : prefix;
  const problem = first ? problemOf(first) : 'not a SARIF 2.1.0 log';
  throw new KordonError('validation_failed', `invalid SARIF 2.1.0: ${where}: ${problem}`, [
    { path: where, problem },
  ]);
}
