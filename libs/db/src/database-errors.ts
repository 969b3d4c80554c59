/**
 * Whether a thrown value is Postgres refusing a duplicate (SQLSTATE 23505): two
 * requests raced to create the same row, and the loser should read the winner's.
 */
export function isUniqueViolation(error: unknown): boolean {
  return (
    error !== null && typeof error === 'object' && (error as { code?: unknown }).code === '23505'
  );
}
