/**
 * Runs a DataLoader batch as one read per group of compatible keys (same page
 * size, same filter…), the groups in parallel, and answers in the keys' order.
 */
export async function batchByGroup<K, V>(
  keys: readonly K[],
  groupOf: (key: K) => string,
  load: (group: K[]) => Promise<V[]>,
): Promise<V[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((key, i) => {
    const name = groupOf(key);
    groups.set(name, [...(groups.get(name) ?? []), i]);
  });
  const out = new Array<V>(keys.length);
  await Promise.all(
    [...groups.values()].map(async (indexes) => {
      const values = await load(indexes.map((i) => keys[i] as K));
      indexes.forEach((keyIndex, i) => {
        out[keyIndex] = values[i] as V;
      });
    }),
  );
  return out;
}
