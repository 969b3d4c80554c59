import type { Page } from '@kordon/contracts';

/** A REST page as a Relay-style connection (`first`/`after`); the cursor is the page's. */
export function toConnection<T, N>(page: Page<T>, map: (item: T) => N) {
  const nodes = page.items.map(map);
  return {
    edges: nodes.map((node) => ({ node, cursor: page.nextCursor ?? '' })),
    nodes,
    pageInfo: { hasNextPage: page.nextCursor !== null, endCursor: page.nextCursor },
  };
}
