import type { INestApplicationContext } from '@nestjs/common';
import request from 'supertest';
import type { IssuePageResponse, IssueResponse } from '@kordon/contracts';
import { startWorker } from '../../worker/test/worker-harness';
import { startApi, type ApiHarness } from './api-harness';
import { demoLines, serialize, uploadAndWait } from './history-fixtures';

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF rows). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (quoted && c === '"') {
      quoted = false;
    } else if (quoted || (c !== '"' && c !== ',' && c !== '\r')) {
      field += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    }
  }
  return rows;
}

describe('issues as CSV', () => {
  let api: ApiHarness;
  let worker: INestApplicationContext;
  const auth = () => ({ authorization: `Bearer ${api.adminToken}` });

  beforeAll(async () => {
    api = await startApi();
    worker = await startWorker(api.databaseUrl);
    const demo = demoLines();
    await uploadAndWait(api, 'demo', serialize(demo.header, demo.objects));
  });
  afterAll(async () => {
    await worker.close();
    await api.close();
  });

  async function jsonIssues(query: Record<string, string>): Promise<IssueResponse[]> {
    const all: IssueResponse[] = [];
    let cursor: string | null = null;
    do {
      const res = await request(api.server)
        .get('/api/v1/clusters/demo/issues')
        .query({ ...query, limit: '7', ...(cursor ? { cursor } : {}) })
        .set(auth());
      const page = res.body as IssuePageResponse;
      all.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return all;
  }

  it.each<Record<string, string>>([
    {},
    { severity: 'high' },
    { status: 'open', severity: 'critical' },
  ])(
    'holds every issue the JSON list holds for the same filters %j, in the same order',
    async (query) => {
      const expected = await jsonIssues(query);
      const res = await request(api.server)
        .get('/api/v1/clusters/demo/issues')
        .query(query)
        .set(auth())
        .set('accept', 'text/csv');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      expect(res.headers['content-disposition']).toContain('demo-issues.csv');
      const [header, ...rows] = parseCsv(res.text);
      expect(header?.slice(0, 3)).toEqual(['id', 'fingerprint', 'checkId']);
      const col = (name: string) => (header ?? []).indexOf(name);
      expect(rows.map((r) => r[col('id')])).toEqual(expected.map((i) => i.id));
      expect(rows.map((r) => r[col('path')])).toEqual(expected.map((i) => i.path));
      expect(rows.map((r) => r[col('severity')])).toEqual(expected.map((i) => i.severity));
    },
  );

  it('answers JSON when JSON is preferred, and a 400 naming the field for a bad filter', async () => {
    const json = await request(api.server)
      .get('/api/v1/clusters/demo/issues')
      .set(auth())
      .set('accept', 'application/json, text/csv');
    expect(json.headers['content-type']).toMatch(/json/);
    const bad = await request(api.server)
      .get('/api/v1/clusters/demo/issues?severity=urgent')
      .set(auth())
      .set('accept', 'text/csv');
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].path).toBe('query.severity');
  });
});
