/** How long ago `iso` was, from `now`: `45 min`, `5 h`, `3 d`; `—` for a missing or future time. */
export function formatAge(iso: string | null | undefined, now: Date): string {
  if (!iso) return '—';
  const then = new Date(iso).getTime();
  if (Number.isNaN(then)) return '—';
  const minutes = Math.floor((now.getTime() - then) / 60_000);
  if (minutes < 0) return '—';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${hours} h`;
  return `${Math.floor(hours / 24)} d`;
}
