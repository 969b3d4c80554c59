import { LruCache } from './lru-cache';

describe('LruCache', () => {
  it('evicts the least recently used entry beyond its capacity', () => {
    const c = new LruCache<string, number>(2);
    c.set('a', 1);
    c.set('b', 2);
    expect(c.get('a')).toBe(1);
    c.set('c', 3);
    expect(c.get('b')).toBeUndefined();
    expect([c.get('a'), c.get('c')]).toEqual([1, 3]);
  });

  it('keeps the total weight within its budget, never evicting the entry just weighed', () => {
    const c = new LruCache<string, string>(10, 100);
    c.set('a', 'A');
    c.weigh('a', 60);
    c.set('b', 'B');
    c.weigh('b', 30);
    expect([c.get('a'), c.get('b')]).toEqual(['A', 'B']);
    c.set('big', 'BIG');
    c.weigh('big', 150);
    expect([c.get('a'), c.get('b'), c.get('big')]).toEqual([undefined, undefined, 'BIG']);
    c.set('d', 'D');
    c.weigh('d', 10);
    expect([c.get('big'), c.get('d')]).toEqual([undefined, 'D']);
  });
});
