import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { CurrentClusterProvider } from '../components/shell/current-cluster';
import { SiteHeader } from '../components/shell/SiteHeader';
import { chosenTheme } from '../server/theme';
import './globals.css';

export const dynamic = 'force-dynamic';

export const metadata: Metadata = {
  title: { default: 'Kordon', template: '%s · Kordon' },
  description:
    'Kubernetes security posture: Pod Security Standards and network isolation, per cluster and over time.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = await chosenTheme();
  return (
    <html lang="en" data-theme={theme ?? undefined}>
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <CurrentClusterProvider>
          <SiteHeader theme={theme} />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
        </CurrentClusterProvider>
      </body>
    </html>
  );
}
