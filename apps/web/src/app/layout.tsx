import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { SessionBar } from '../components/SessionBar';
import './globals.css';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Kordon', template: '%s · Kordon' },
  description:
    'Kubernetes security posture: Pod Security Standards and network isolation, per cluster and over time.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Kordon
          </Link>
          <span className="muted">Kubernetes security posture</span>
          <SessionBar />
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
