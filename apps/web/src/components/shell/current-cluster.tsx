'use client';

import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';

/**
 * The cluster a page belongs to when its address does not say (a snapshot's page), for the
 * header's cluster switcher. Pages under /clusters/{name} need nothing: the path says it.
 */
const CurrentClusterContext = createContext<{
  name: string | null;
  setName: (name: string | null) => void;
}>({ name: null, setName: () => undefined });

export function CurrentClusterProvider({ children }: { children: ReactNode }) {
  const [name, setName] = useState<string | null>(null);
  return (
    <CurrentClusterContext.Provider value={{ name, setName }}>
      {children}
    </CurrentClusterContext.Provider>
  );
}

/** Rendered by a page: its cluster is the current one while the page is shown. */
export function CurrentCluster({ name }: { name: string }) {
  const { setName } = useContext(CurrentClusterContext);
  useEffect(() => {
    setName(name);
    return () => setName(null);
  }, [name, setName]);
  return null;
}

export function useCurrentCluster(): string | null {
  return useContext(CurrentClusterContext).name;
}
