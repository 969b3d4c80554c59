/** Builds a same-site link with a query string, leaving out empty values. */
export function hrefWithQuery(
  pathname: string,
  query: Record<string, string | null | undefined>,
): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `${pathname}?${search}` : pathname;
}

/** The first value of a search parameter, if it is a non-empty string. */
export function firstParam(value: string | string[] | undefined): string | null {
  const first = Array.isArray(value) ? value[0] : value;
  return first ? first : null;
}

/** Decodes a route parameter, keeping it as it is when it is not valid percent-encoding. */
export function decodeParam(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
