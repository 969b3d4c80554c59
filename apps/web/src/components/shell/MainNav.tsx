'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';

interface NavLink {
  href: string;
  label: string;
  /** Also current for these path prefixes. */
  prefixes: string[];
}

function isCurrent(pathname: string, link: NavLink): boolean {
  if (pathname === link.href) return true;
  return link.prefixes.some((prefix) => pathname.startsWith(prefix));
}

/** The top-level pages; Settings only for admins. */
export function MainNav({ admin }: { admin: boolean }) {
  const pathname = usePathname();
  const links: NavLink[] = [
    { href: '/', label: 'Overview', prefixes: [] }, // a cluster's pages have their own navigation
    { href: '/scans', label: 'CI scans', prefixes: ['/scans/'] },
    ...(admin ? [{ href: '/settings', label: 'Settings', prefixes: ['/settings/'] }] : []),
  ];
  return (
    <nav aria-label="Main" className="main-nav">
      <ul>
        {links.map((link) => (
          <li key={link.href}>
            <Link href={link.href} aria-current={isCurrent(pathname, link) ? 'page' : undefined}>
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
