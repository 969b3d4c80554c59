import type { AdminToken } from './admin-token';

/** What `npm start` prints about the admin token: the token itself once, later where it is. */
export function adminTokenLines(admin: AdminToken): string[] {
  if (admin.issued) {
    return [
      'Created an admin API token (shown only this once; also saved, mode 0600, in the file below):',
      `  ${admin.token ?? ''}`,
      `  ${admin.file}`,
      'The CLI and the dashboard read it from there; for the API send "Authorization: Bearer <token>".',
    ];
  }
  return [`The admin API token is in ${admin.file}`];
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
    `  (the CLI finds this instance and its token in ${urls.tokenFile}; elsewhere set KORDON_API_URL and KORDON_TOKEN)`,
    'Press Ctrl-C to stop.',
  ];
}
