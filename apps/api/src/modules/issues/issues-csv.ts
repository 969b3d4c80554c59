import type { IssueResponse } from '@kordon/contracts';

/** Columns of the CSV export, in order: the issue's fields as the JSON list names them. */
export const ISSUE_CSV_COLUMNS = [
  'id',
  'fingerprint',
  'checkId',
  'title',
  'severity',
  'kind',
  'namespace',
  'name',
  'container',
  'path',
  'message',
  'observed',
  'expected',
  'open',
  'firstSeenAt',
  'resolvedAt',
  'resolvedReason',
  'reopenCount',
  'remediation',
  'docsUrl',
] as const satisfies readonly (keyof IssueResponse)[];

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote or line break;
 * text a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first)
 * is prefixed with `'`.
 */
export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : JSON.stringify(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function issueCsvHeader(): string {
  return ISSUE_CSV_COLUMNS.join(',') + '\r\n';
}

export function issueCsvRow(issue: IssueResponse): string {
  return ISSUE_CSV_COLUMNS.map((c) => csvField(issue[c])).join(',') + '\r\n';
}
