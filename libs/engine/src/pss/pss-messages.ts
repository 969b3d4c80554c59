/** PSA's `joinQuote`: `"a", "b"`. */
export function joinQuote(items: readonly string[]): string {
  return items.length === 0 ? '' : `"${items.join('", "')}"`;
}

/** PSA's `pluralize`. */
export function pluralize(singular: string, plural: string, count: number): string {
  return count === 1 ? singular : plural;
}

/** `container "a"` / `containers "a", "b"` */
export function containersPhrase(names: readonly string[]): string {
  return `${pluralize('container', 'containers', names.length)} ${joinQuote(names)}`;
}

/** Sorted distinct values, as Go's `sets.List()`. */
export function sortedUnique(values: Iterable<string>): string[] {
  return [...new Set(values)].sort();
}
