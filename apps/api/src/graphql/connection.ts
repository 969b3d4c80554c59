import type { Page } from '@kordon/contracts';
import type { PageInfo } from './page-info.model';

export interface Connection<N> {
  edges: { node: N; cursor: string }[];
  nodes: N[];
  pageInfo: PageInfo;
}

/**
 * A page as a Relay connection. Each edge's cursor resumes right after its node
 * (`cursorOf`, from `pageCursors` in libs/db); the last edge's is the page's own
 * `nextCursor` when there is more. Without `cursorOf`, every edge carries the
 * page's `nextCursor` (only the last one is then exact: give lists a `cursorOf`).
 */
export function toConnection<T, N>(
  page: Page<T>,
  map: (item: T) => N,
  cursorOf?: (item: T) => string,
): Connection<N> {
  const edges = page.items.map((item, i) => ({
    node: map(item),
    cursor:
      (i === page.items.length - 1 && page.nextCursor) || !cursorOf
        ? (page.nextCursor ?? '')
        : cursorOf(item),
  }));
  return {
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: {
      hasNextPage: page.nextCursor !== null,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.length ? (edges[edges.length - 1]?.cursor ?? null) : null,
    },
  };
}
