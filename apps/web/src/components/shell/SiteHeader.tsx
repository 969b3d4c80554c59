import Link from 'next/link';
import { currentUser } from '../../server/current-user';
import { listClusters } from '../../server/api-client';
import type { Theme } from '../../server/theme';
import { SignOutButton } from '../SignOutButton';
import { ClusterSwitcher } from './ClusterSwitcher';
import { MainNav } from './MainNav';
import { ThemeToggle } from './ThemeToggle';

async function clusterNames(): Promise<string[]> {
  try {
    return (await listClusters({ limit: 200 })).items.map((cluster) => cluster.name);
  } catch {
    return []; // signed out, or the API unreachable: the page itself explains
  }
}

/** Brand, navigation and cluster switcher (signed in only), theme, who is signed in. */
export async function SiteHeader({ theme }: { theme: Theme | null }) {
  // in parallel: without a session the cluster list fails and is dropped
  const [user, names] = await Promise.all([currentUser(), clusterNames()]);
  const clusters = user ? names : [];
  return (
    <header className="site-header">
      <Link href="/" className="brand">
        Kordon
      </Link>
      {user ? (
        <>
          <MainNav admin={user.role === 'admin'} />
          <ClusterSwitcher clusters={clusters} />
        </>
      ) : (
        <span className="muted">Kubernetes security posture</span>
      )}
      <div className="header-end">
        <ThemeToggle chosen={theme} />
        {user ? (
          <div className="session-bar">
            <span>
              {user.email} <span className="muted">({user.role})</span>
            </span>
            <SignOutButton />
          </div>
        ) : null}
      </div>
    </header>
  );
}
