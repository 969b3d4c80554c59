import { createTestDatabase, type TestDatabase } from '@kordon/testing';
import { ClustersRepository, connectDatabase, type Database, type Tx } from '../src';

describe('Database.transaction', () => {
  let db: TestDatabase;
  let database: Database;
  let clusters: ClustersRepository;

  beforeAll(async () => {
    db = await createTestDatabase();
    database = connectDatabase(db.url, { maxConnections: 2 });
    clusters = new ClustersRepository(database);
  });
  afterAll(async () => {
    await database.close();
    await db.drop();
  });

  it('commits what the work wrote when it resolves', async () => {
    const id = await database.transaction((tx) => clusters.ensureCluster(tx, 'committed'));
    expect((await clusters.findByName('committed'))?.id).toBe(id);
  });

  it('rolls back what the work wrote when it throws, and rethrows', async () => {
    const failure = new Error('after the insert');
    await expect(
      database.transaction(async (tx) => {
        await clusters.ensureCluster(tx, 'rolled-back');
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await clusters.findByName('rolled-back')).toBeNull();
  });

  it('refuses a transaction used after it ended', async () => {
    let leaked: Tx | undefined;
    await database.transaction(async (tx) => {
      leaked = tx;
    });
    await expect(clusters.ensureCluster(leaked as Tx, 'too-late')).rejects.toThrow(
      'the transaction has already ended',
    );
    expect(await clusters.findByName('too-late')).toBeNull();
  });

  it('tells statement listeners about every statement until they stop', async () => {
    const seen: string[] = [];
    const stop = database.onStatement((sql) => seen.push(sql));
    await clusters.findByName('committed');
    await database.transaction((tx) => clusters.ensureCluster(tx, 'observed'));
    stop();
    await clusters.findByName('observed');
    expect(seen[0]).toContain('FROM cluster');
    expect(seen).toContain('BEGIN');
    expect(seen).toContain('COMMIT');
    expect(seen.filter((sql) => sql === 'BEGIN')).toHaveLength(1);
    const count = seen.length;
    await clusters.findByName('observed');
    expect(seen).toHaveLength(count);
  });

  it('closes idempotently', async () => {
    const other = connectDatabase(db.url, { maxConnections: 1 });
    await other.ping();
    await other.close();
    await expect(other.close()).resolves.toBeUndefined();
  });
});
