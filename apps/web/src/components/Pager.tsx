import Link from 'next/link';
import { hrefWithQuery } from '../format/href';

/** Cursor paging: "first page" when not on it, "next page" when the API gave a cursor. */
export function Pager({
  pathname,
  query,
  cursor,
  nextCursor,
}: {
  pathname: string;
  query: Record<string, string | null>;
  cursor: string | null;
  nextCursor: string | null;
}) {
  if (!cursor && !nextCursor) return null;
  return (
    <nav className="pager" aria-label="Pages">
      {cursor ? <Link href={hrefWithQuery(pathname, query)}>« First page</Link> : null}
      {nextCursor ? (
        <Link href={hrefWithQuery(pathname, { ...query, cursor: nextCursor })} rel="next">
          Next page »
        </Link>
      ) : null}
    </nav>
  );
}
