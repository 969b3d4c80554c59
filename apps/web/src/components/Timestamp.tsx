import { formatTimestamp } from '../format/format-time';

export function Timestamp({ iso }: { iso: string | null | undefined }) {
  if (!iso) return <span className="muted">—</span>;
  return <time dateTime={iso}>{formatTimestamp(iso)}</time>;
}
