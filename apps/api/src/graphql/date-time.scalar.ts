import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** RFC 3339 with a time and an offset (`2026-11-29T09:00:00Z`, `…+01:00`, fractions allowed). */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i;

function parse(value: unknown): Date {
  const date = typeof value === 'string' && RFC3339.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime()))
    throw new GraphQLError(
      `DateTime must be an RFC 3339 date-time such as 2026-11-29T09:00:00Z, not ${JSON.stringify(value)}`,
      { extensions: { code: 'validation_failed' } },
    );
  return date;
}

/**
 * `DateTime`: an instant, written as RFC 3339 in UTC (what `Date#toISOString`
 * gives, the same strings REST returns); read from RFC 3339 with any offset.
 */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant, as an RFC 3339 date-time in UTC: 2026-11-29T09:00:00.000Z.',
  serialize(value) {
    if (value instanceof Date) return value.toISOString();
    return parse(value).toISOString();
  },
  parseValue: parse,
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError('DateTime must be a string', {
        extensions: { code: 'validation_failed' },
      });
    return parse(ast.value);
  },
});
