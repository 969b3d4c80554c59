/** SQL LIKE pattern of a suppression glob column: `*` is any run, everything else literal. */
const likeOf = (expr: string) =>
  `replace(replace(replace(replace(${expr}, '\\', '\\\\'), '%', '\\%'), '_', '\\_'), '*', '%')`;

/**
 * True when suppression `s` is in force at `at` and matches issue `i` — the SQL
 * twin of `matchSuppression` in @kordon/contracts (same globs, same `Kind/name`
 * or `name` workload rule).
 */
export const suppressionMatchesSql = (s: string, i: string, at: string) => `(
  ${s}.cluster_id = ${i}.cluster_id
  AND (${s}.expires_at IS NULL OR ${s}.expires_at > ${at})
  AND ${i}.check_id LIKE ${likeOf(`${s}.check_id`)}
  AND (${s}.namespace IS NULL OR ${i}.namespace LIKE ${likeOf(`${s}.namespace`)})
  AND (${s}.workload IS NULL OR CASE WHEN strpos(${s}.workload, '/') = 0
        THEN ${i}.name LIKE ${likeOf(`${s}.workload`)}
        ELSE ${i}.kind LIKE ${likeOf(`split_part(${s}.workload, '/', 1)`)}
         AND ${i}.name LIKE ${likeOf(`substr(${s}.workload, strpos(${s}.workload, '/') + 1)`)} END)
  AND (${s}.container IS NULL OR ${i}.container LIKE ${likeOf(`${s}.container`)}))`;

/** Issue `i` is suppressed right now by some suppression of its cluster. */
export const issueSuppressedNowSql = (i: string) =>
  `EXISTS (SELECT 1 FROM suppression s WHERE ${suppressionMatchesSql('s', i, 'now()')})`;
