import Link from 'next/link';

/** Which namespaces the matrix shows: the most connected by default, or those matching a filter. */
export function NamespaceFilter({
  pathname,
  query,
  shown,
  total,
}: {
  pathname: string;
  query: string | null;
  shown: number;
  total: number;
}) {
  return (
    <form method="get" action={pathname} className="form-grid" aria-label="Namespaces to show">
      <div className="field">
        <label htmlFor="matrix-nsq">Namespace filter</label>
        <input id="matrix-nsq" name="nsq" type="search" defaultValue={query ?? ''} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          Show
        </button>
        {query ? <Link href={pathname}>Most connected</Link> : null}
      </div>
      <p className="facts-wide muted" data-testid="matrix-count">
        {shown} of {total} namespaces
        {shown < total
          ? query
            ? ' matching, the most connected first'
            : ', the most connected'
          : ''}
        .
      </p>
    </form>
  );
}
