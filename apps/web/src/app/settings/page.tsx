import type { Metadata } from 'next';
import { ProblemNotice } from '../../components/ProblemNotice';
import { AuditLog } from '../../components/settings/AuditLog';
import { SuppressionsSection } from '../../components/settings/SuppressionsSection';
import { TokensSection } from '../../components/settings/TokensSection';
import { UsersSection } from '../../components/settings/UsersSection';
import { WebhooksSection } from '../../components/settings/WebhooksSection';
import { firstParam } from '../../format/href';
import { listClusters } from '../../server/api-client';
import { currentUser } from '../../server/current-user';
import { loadOrProblem } from '../../server/load-or-problem';
import {
  listAuditEvents,
  listSuppressions,
  listTokens,
  listUsers,
  listWebhooks,
} from '../../server/settings-api';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Settings' };

const AUDIT_PAGE_SIZE = 50;

const SECTIONS = [
  { id: 'tokens', label: 'API tokens' },
  { id: 'users', label: 'Users' },
  { id: 'suppressions', label: 'Suppressions' },
  { id: 'webhooks', label: 'Webhooks' },
  { id: 'audit', label: 'Audit log' },
];

async function loadSettings(action: string | null, cursor: string | null) {
  const [tokens, users, suppressions, webhooks, audit, clusters] = await Promise.all([
    listTokens(),
    listUsers(),
    listSuppressions(),
    listWebhooks(),
    listAuditEvents({
      limit: AUDIT_PAGE_SIZE,
      ...(action ? { action } : {}),
      ...(cursor ? { cursor } : {}),
    }),
    listClusters({ limit: 200 }),
  ]);
  const clusterNames = new Map(clusters.items.map((cluster) => [cluster.id, cluster.name]));
  return { tokens, users, suppressions, webhooks, audit, clusterNames };
}

export default async function SettingsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const search = await searchParams;
  const action = firstParam(search.action);
  const cursor = firstParam(search.cursor);
  const user = await currentUser();
  if (user && user.role !== 'admin') {
    return (
      <>
        <h1>Settings</h1>
        <p className="notice notice-info" role="status">
          Settings are for administrators. You are signed in as {user.email} ({user.role}); ask an
          administrator for tokens, users or webhooks.
        </p>
      </>
    );
  }
  const loaded = await loadOrProblem(() => loadSettings(action, cursor));
  return (
    <>
      <h1>Settings</h1>
      <nav aria-label="Settings sections">
        <ul className="filter">
          {SECTIONS.map((section) => (
            <li key={section.id}>
              <a href={`#${section.id}`}>{section.label}</a>
            </li>
          ))}
        </ul>
      </nav>
      {!loaded.ok ? (
        <ProblemNotice problem={loaded.problem} />
      ) : (
        <>
          <TokensSection tokens={loaded.data.tokens.items} />
          <UsersSection users={loaded.data.users.items} clusterNames={loaded.data.clusterNames} />
          <SuppressionsSection suppressions={loaded.data.suppressions.items} />
          <WebhooksSection webhooks={loaded.data.webhooks.items} />
          <AuditLog
            events={loaded.data.audit.items}
            action={action}
            cursor={cursor}
            nextCursor={loaded.data.audit.nextCursor}
          />
        </>
      )}
    </>
  );
}
