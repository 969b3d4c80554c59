import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { preparePgDir } from './postgres-access-check';
import { canTraverse, findUntraversable, type UnixUser } from './traversable';

/** Someone who owns nothing here: only the "other" permission bits apply. */
const stranger: UnixUser = { name: 'postgres', uid: 54_321, gids: [54_321] };

describe('findUntraversable', () => {
  let base: string;
  beforeEach(async () => {
    base = await mkdtemp(path.join(tmpdir(), 'kordon-traverse-'));
  });
  afterEach(async () => {
    await chmod(base, 0o700);
    await rm(base, { recursive: true, force: true });
  });

  it('finds a mode-0700 folder owned by someone else on the way to the target', async () => {
    await chmod(base, 0o700);
    const problem = findUntraversable(path.join(base, 'home', 'postgres'), stranger);
    expect(problem).toEqual({
      dir: base,
      mode: '0700',
      target: path.join(base, 'home', 'postgres'),
    });
  });

  it('accepts a path every user can enter, including parts that do not exist yet', async () => {
    await chmod(base, 0o755);
    await mkdir(path.join(base, 'home'), { mode: 0o711 });
    await chmod(path.join(base, 'home'), 0o711);
    expect(findUntraversable(path.join(base, 'home', 'not-yet', 'postgres'), stranger)).toBeNull();
  });

  it('says what to do when KORDON_PG_DIR is out of reach of the postgres user too', async () => {
    await chmod(base, 0o700);
    const pgDir = path.join(base, 'var', 'kordon');
    expect(() => preparePgDir(pgDir, stranger)).toThrow(
      /cannot enter .*kordon-traverse-.* \(mode 0700\) on the way to KORDON_PG_DIR[\s\S]*set KORDON_PG_DIR[\s\S]*DATABASE_URL/,
    );
  });

  it('creates a KORDON_PG_DIR every user can enter', async () => {
    await chmod(base, 0o755);
    const pgDir = path.join(base, 'var', 'kordon');
    expect(preparePgDir(pgDir, stranger)).toBe(pgDir);
    expect(findUntraversable(path.join(pgDir, 'data-x'), stranger)).toBeNull();
  });
});

describe('canTraverse', () => {
  it('uses the owner, then the group, then the other bits', () => {
    expect(canTraverse({ uid: 7, gid: 8, mode: 0o700 }, { name: 'u', uid: 7, gids: [9] })).toBe(
      true,
    );
    expect(canTraverse({ uid: 1, gid: 8, mode: 0o750 }, { name: 'u', uid: 7, gids: [8] })).toBe(
      true,
    );
    expect(canTraverse({ uid: 1, gid: 8, mode: 0o705 }, { name: 'u', uid: 7, gids: [8] })).toBe(
      false,
    );
    expect(canTraverse({ uid: 1, gid: 2, mode: 0o701 }, { name: 'u', uid: 7, gids: [8] })).toBe(
      true,
    );
  });
});
