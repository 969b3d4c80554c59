import { z } from 'zod';
import {
  cursorField,
  decodeCursor,
  encodeCursor,
  type IssueFilter,
  type IssueSort,
  type Page,
} from '@kordon/contracts';
import { SEVERITY_RANK, toIssue, type IssueRecord, type IssueRow } from './issue-record';

type KeyType = 'int' | 'timestamptz' | 'text';
interface SortKey {
  expr: string;
  type: KeyType;
}

/** Keyset orders: the columns, all in one direction, then the id as tie-breaker. */
const SORTS: Record<IssueSort, { keys: SortKey[]; desc: boolean }> = {
  severity: { keys: [{ expr: SEVERITY_RANK, type: 'int' }], desc: false },
  firstSeen: { keys: [{ expr: 'i.first_seen_at', type: 'timestamptz' }], desc: false },
  '-firstSeen': { keys: [{ expr: 'i.first_seen_at', type: 'timestamptz' }], desc: true },
  namespace: {
    keys: [
      { expr: 'i.namespace', type: 'text' },
      { expr: 'i.name', type: 'text' },
    ],
    desc: false,
  },
  check: { keys: [{ expr: 'i.check_id', type: 'text' }], desc: false },
};

const VALUE: Record<KeyType, z.ZodType<string | number>> = {
  int: cursorField.int,
  timestamptz: cursorField.timestamp,
  text: cursorField.name,
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Appends the filter's conditions to `where`, its values to `params`. */
function addFilters(filter: IssueFilter, where: string[], params: unknown[]): void {
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    where.push(sql(`$${params.length}`));
  };
  if (filter.namespace !== undefined) add((p) => `i.namespace = ${p}`, filter.namespace);
  if (filter.workload !== undefined) add((p) => `i.name = ${p}`, filter.workload);
  if (filter.kind !== undefined) add((p) => `i.kind = ${p}`, filter.kind);
  if (filter.check !== undefined) {
    const prefix = /[.*]$/.test(filter.check);
    const value = prefix ? `${escapeLike(filter.check.replace(/\*$/, ''))}%` : filter.check;
    add((p) => (prefix ? `i.check_id LIKE ${p}` : `i.check_id = ${p}`), value);
  }
  if (filter.severity) add((p) => `i.severity = ${p}`, filter.severity);
  if (filter.firstSeenAfter) add((p) => `i.first_seen_at > ${p}`, filter.firstSeenAfter);
  if (filter.firstSeenBefore) add((p) => `i.first_seen_at < ${p}`, filter.firstSeenBefore);
  if (filter.text) {
    add(
      (p) =>
        `concat_ws(' ', i.check_id, i.namespace, i.name, i.container, i.path, i.message) ILIKE ${p}`,
      `%${escapeLike(filter.text)}%`,
    );
  }
}

function addCursor(filter: IssueFilter, where: string[], params: unknown[]): void {
  if (!filter.cursor) return;
  const sort = SORTS[filter.sort];
  const c = decodeCursor(
    filter.cursor,
    z.object({
      s: z.literal(filter.sort),
      v: z.tuple(sort.keys.map((k) => VALUE[k.type]) as [z.ZodType, ...z.ZodType[]]),
      id: cursorField.uuid,
    }),
  );
  const placeholders = sort.keys.map((k, n) => {
    params.push(c.v[n]);
    return `$${params.length}::${k.type}`;
  });
  params.push(c.id);
  const left = [...sort.keys.map((k) => k.expr), 'i.id'].join(', ');
  const right = [...placeholders, `$${params.length}::uuid`].join(', ');
  where.push(`(${left}) ${sort.desc ? '<' : '>'} (${right})`);
}

/** The select list (sort keys, suppression flag) and order of a page in `filter.sort`. */
function pageShape(filter: IssueFilter, suppressedSql?: string) {
  const sort = SORTS[filter.sort];
  const dir = sort.desc ? 'DESC' : 'ASC';
  const keys = [
    ...sort.keys.map((k, n) => `${k.expr} AS k${n}`),
    ...(suppressedSql ? [`${suppressedSql} AS suppressed`] : []),
  ].join(', ');
  const order = [...sort.keys.map((_, n) => `k${n} ${dir}`), `i.id ${dir}`].join(', ');
  return { sort, keys, order };
}

type PageRow = IssueRow & Record<string, unknown>;

/** `limit + 1` rows read in `filter.sort` as a page with the cursor after its last item. */
function toPage(
  rows: PageRow[],
  filter: IssueFilter,
  suppressedSql: string | undefined,
): Page<IssueRecord> {
  const sort = SORTS[filter.sort];
  const page = rows.slice(0, filter.limit);
  const last = page[page.length - 1];
  const position = (r: Record<string, unknown>) =>
    sort.keys.map((k, n) => {
      const v = r[`k${n}`];
      return v instanceof Date ? v.toISOString() : (v as string | number);
    });
  return {
    items: page.map((r) =>
      suppressedSql ? { ...toIssue(r), suppressed: r['suppressed'] === true } : toIssue(r),
    ),
    nextCursor:
      rows.length > filter.limit && last
        ? encodeCursor({ s: filter.sort, v: position(last), id: last.id })
        : null,
  };
}

/**
 * One page of issues matching `filter` among those `scope` (SQL over `i`) admits,
 * in the filter's order. `params` already holds the scope's own values.
 */
export async function queryIssuePage(
  run: <R>(sql: string, params: unknown[]) => Promise<R[]>,
  scope: string[],
  params: unknown[],
  filter: IssueFilter,
  /** SQL of whether the issue is held by a suppression now (sets `suppressed` on each record). */
  suppressedSql?: string,
): Promise<Page<IssueRecord>> {
  const where = [...scope];
  const values = [...params];
  addFilters(filter, where, values);
  addCursor(filter, where, values);
  const { keys, order } = pageShape(filter, suppressedSql);
  values.push(filter.limit + 1);
  const rows = await run<PageRow>(
    `SELECT i.*, ${keys} FROM issue i WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $${values.length}`,
    values,
  );
  return toPage(rows, filter, suppressedSql);
}

/**
 * The first page of issues of each cluster in one statement (a lateral read per
 * cluster): `scope` is SQL over `i` and `k.cluster_id`; `$1` holds the cluster ids.
 */
export async function queryIssueFirstPages(
  run: <R>(sql: string, params: unknown[]) => Promise<R[]>,
  scope: string[],
  clusterIds: readonly string[],
  filter: Omit<IssueFilter, 'cursor'>,
  suppressedSql?: string,
): Promise<Map<string, Page<IssueRecord>>> {
  const where = [...scope];
  const values: unknown[] = [clusterIds];
  addFilters(filter, where, values);
  const { keys, order } = pageShape(filter, suppressedSql);
  values.push(filter.limit + 1);
  const rows = await run<PageRow & { cluster_id: string }>(
    `SELECT x.* FROM unnest($1::uuid[]) AS k(cluster_id) CROSS JOIN LATERAL (
       SELECT i.*, ${keys} FROM issue i WHERE ${where.join(' AND ')} ORDER BY ${order} LIMIT $${values.length}
     ) x`,
    values,
  );
  const byCluster = new Map<string, PageRow[]>(clusterIds.map((id) => [id, []]));
  for (const row of rows) byCluster.get(row.cluster_id)?.push(row);
  return new Map([...byCluster].map(([id, list]) => [id, toPage(list, filter, suppressedSql)]));
}
