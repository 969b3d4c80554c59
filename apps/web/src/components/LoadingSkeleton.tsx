/** Shown while a page's data loads (the header and, on cluster pages, the cluster navigation stay). */
export function LoadingSkeleton() {
  return (
    <div className="loading" role="status" aria-live="polite">
      <span className="visually-hidden">Loading…</span>
      <div className="skeleton skeleton-title" />
      <div className="skeleton skeleton-block" />
      <div className="skeleton skeleton-block" />
    </div>
  );
}
