import type { AdminToken } from './admin-token';

/** What `npm start` prints about the admin token: the token itself once, later where it is. */
export function adminTokenLines(admin: AdminToken): string[] {
  if (admin.issued) {
    return [
      'Created an admin API token (shown only this once; also saved, mode 0600, in the file below):',
      `  ${admin.token ?? ''}`,
      `  ${admin.file}`,
      'Use it as KORDON_TOKEN for the CLI, or as "Authorization: Bearer <token>" for the API.',
    ];
  }
  const where = admin.token
    ? `The admin API token is in ${admin.file}`
    : `No admin token file at ${admin.file}`;
  return [
    admin.token
      ? where
      : `${where}; an admin token already exists in the database (issue a new one through the API if you lost it).`,
  ];
}

export interface ReadyUrls {
  apiUrl: string;
  webUrl: string | null;
  tokenFile: string;
}

/** The "Kordon is up" summary: where everything is and what to do next. */
export function readyLines(urls: ReadyUrls): string[] {
  return [
    '',
    'Kordon is running.',
    ...(urls.webUrl ? [`  Dashboard:  ${urls.webUrl}`] : ['  Dashboard:  not started']),
    `  API:        ${urls.apiUrl}/api/v1`,
    `  API docs:   ${urls.apiUrl}/api/docs`,
    `  GraphQL:    ${urls.apiUrl}/graphql`,
    '',
    'Next step: upload the demo cluster and wait for its analysis:',
    '  npx kordon upload examples/demo-cluster.ndjson --wait',
    `  (the CLI reads KORDON_API_URL=${urls.apiUrl} and KORDON_TOKEN=$(cat ${urls.tokenFile}))`,
    'Press Ctrl-C to stop.',
  ];
}
