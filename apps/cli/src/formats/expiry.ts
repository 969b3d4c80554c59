const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * An expiry for tables: `--expires 2026-12-31` means valid through that day (UTC) and is
 * stored as the next midnight, 2027-01-01T00:00:00.000Z; such an instant reads back as
 * `2026-12-31 (through)`. Any other instant is shown as is; none is `never`.
 */
export function expiryText(expiresAt: string | null | undefined): string {
  if (!expiresAt) return 'never';
  const at = new Date(expiresAt);
  if (Number.isNaN(at.getTime()) || at.getTime() % DAY_MS !== 0) return expiresAt;
  return `${new Date(at.getTime() - DAY_MS).toISOString().slice(0, 10)} (through)`;
}
