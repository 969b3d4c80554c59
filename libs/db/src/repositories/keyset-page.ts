import { encodeCursor, type Page } from '@kordon/contracts';

/**
 * A page from rows fetched with `LIMIT limit + 1`: the first `limit` rows as items, and a cursor
 * at the last item when the extra row shows there is more.
 */
export function keysetPage<R, T>(
  rows: readonly R[],
  limit: number,
  toItem: (row: R) => T,
  cursorOf: (item: T, row: R) => unknown,
): Page<T> {
  const kept = rows.slice(0, limit);
  const items = kept.map(toItem);
  const lastRow = kept[kept.length - 1];
  const last = items[items.length - 1];
  return {
    items,
    nextCursor:
      rows.length > limit && last !== undefined && lastRow !== undefined
        ? encodeCursor(cursorOf(last, lastRow))
        : null,
  };
}
