import type { Pool, PoolClient } from 'pg';
import { z } from 'zod';
import { decodeCursor, severitySchema, type CiFinding, type Page } from '@kordon/contracts';
import { keysetPage } from './keyset-page';

const COLUMNS = [
  'fingerprint',
  'tool',
  'rule_id',
  'severity',
  'title',
  'message',
  'kind',
  'namespace',
  'name',
  'container',
  'path',
  'location',
  'line',
  'suppressed',
  'suppression_reason',
] as const;

const TYPES = [
  'bpchar',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'text',
  'int4',
  'bool',
  'text',
];

function column(f: CiFinding, name: (typeof COLUMNS)[number]): unknown {
  switch (name) {
    case 'rule_id':
      return f.ruleId;
    case 'suppression_reason':
      return f.suppressionReason;
    default:
      return f[name];
  }
}

/** One INSERT … SELECT FROM unnest(arrays): a few thousand findings in one round trip. */
export async function insertScanFindings(
  client: PoolClient,
  scanId: string,
  findings: CiFinding[],
): Promise<void> {
  const chunk = 5000;
  for (let i = 0; i < findings.length; i += chunk) {
    const part = findings.slice(i, i + chunk);
    const arrays = COLUMNS.map((c) => part.map((f) => column(f, c)));
    const unnest = TYPES.map((t, k) => `$${k + 2}::${t}[]`).join(', ');
    await client.query(
      `INSERT INTO scan_finding (scan_id, ${COLUMNS.join(', ')})
       SELECT $1, * FROM unnest(${unnest})`,
      [scanId, ...arrays],
    );
  }
}

interface FindingRow {
  fingerprint: string;
  tool: string;
  rule_id: string;
  severity: string;
  title: string;
  message: string;
  kind: string | null;
  namespace: string | null;
  name: string | null;
  container: string | null;
  path: string | null;
  location: string | null;
  line: number | null;
  suppressed: boolean;
  suppression_reason: string | null;
  rank: number;
}

function toFinding(r: FindingRow): CiFinding {
  return {
    fingerprint: r.fingerprint,
    tool: r.tool,
    ruleId: r.rule_id,
    severity: severitySchema.catch('info').parse(r.severity),
    title: r.title,
    message: r.message,
    kind: r.kind,
    namespace: r.namespace,
    name: r.name,
    container: r.container,
    path: r.path,
    location: r.location,
    line: r.line,
    suppressed: r.suppressed,
    suppressionReason: r.suppression_reason,
  };
}

const RANK = `array_position(ARRAY['critical','high','medium','low','info'], severity)`;
const cursorSchema = z.object({ r: z.number().int(), f: z.string() });

/** A scan's findings, most severe first, paged by (severity, fingerprint). */
export async function listScanFindings(
  pool: Pool,
  scanId: string,
  limit: number,
  cursor?: string,
): Promise<Page<CiFinding>> {
  const params: unknown[] = [scanId, limit + 1];
  let after = '';
  if (cursor) {
    const c = decodeCursor(cursor, cursorSchema);
    params.push(c.r, c.f);
    after = `AND (${RANK}, fingerprint) > ($3::int, $4::bpchar)`;
  }
  const { rows } = await pool.query<FindingRow>(
    `SELECT *, ${RANK} AS rank FROM scan_finding WHERE scan_id = $1 ${after}
     ORDER BY rank, fingerprint LIMIT $2`,
    params,
  );
  return keysetPage(rows, limit, toFinding, (_, last) => ({ r: last.rank, f: last.fingerprint }));
}
