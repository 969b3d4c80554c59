/** The ESM-only @kubernetes/client-node 1.4.0, typed. */
export type KubeClientModule = typeof import('@kubernetes/client-node');

// A real `import()` that the CommonJS build keeps as is (a plain `import()` would be
// compiled to `require`). The one place the ESM-only client is loaded.
const importEsm = new Function('specifier', 'return import(specifier)') as (
  specifier: string,
) => Promise<unknown>;

let loaded: Promise<KubeClientModule> | null = null;

/** Loads @kubernetes/client-node once, through a dynamic import. */
export function loadKubeClient(): Promise<KubeClientModule> {
  loaded ??= importEsm('@kubernetes/client-node') as Promise<KubeClientModule>;
  return loaded;
}
