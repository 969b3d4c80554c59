'use server';

import { redirect } from 'next/navigation';
import { hrefWithQuery } from '../../../../format/href';
import {
  decodeSuppressionTarget,
  type SuppressionTarget,
} from '../../../../format/suppression-target';
import { ApiProblem } from '../../../../server/api-problem';
import { createSuppression } from '../../../../server/read-model-api';

function text(form: FormData, key: string): string {
  const value = form.get(key);
  return typeof value === 'string' ? value.trim() : '';
}

/** Only back to an issues page of this dashboard (never an open redirect). */
function safeReturn(value: string, cluster: string): string {
  const fallback = `/clusters/${encodeURIComponent(cluster)}/issues`;
  return value.startsWith(`${fallback}`) && !value.startsWith('//') ? value : fallback;
}

function withNotice(returnTo: string, notice: Record<string, string>): string {
  const url = new URL(returnTo, 'http://dashboard.invalid');
  url.searchParams.delete('cursor');
  const query: Record<string, string> = {};
  for (const [key, value] of url.searchParams) query[key] = value;
  return hrefWithQuery(url.pathname, { ...query, ...notice });
}

function uniqueTargets(values: FormDataEntryValue[]): SuppressionTarget[] | null {
  const seen = new Map<string, SuppressionTarget>();
  for (const value of values) {
    if (typeof value !== 'string') return null;
    const target = decodeSuppressionTarget(value);
    if (!target) return null;
    seen.set(value, target);
  }
  return [...seen.values()];
}

/**
 * The issues page's suppress form: one suppression per selected issue (its check, namespace,
 * workload and container) with the reason and expiry given, created as the signed-in user.
 * Comes back to the page with how many were created, or why the API refused.
 */
export async function suppressIssues(form: FormData): Promise<void> {
  const cluster = text(form, 'cluster');
  const returnTo = safeReturn(text(form, 'returnTo'), cluster);
  const reason = text(form, 'reason');
  const expires = text(form, 'expires');
  const targets = uniqueTargets(form.getAll('issue'));
  let outcome: Record<string, string>;
  if (!targets || targets.length === 0) {
    outcome = { suppressError: 'Select at least one open issue to suppress.' };
  } else if (!reason) {
    outcome = {
      suppressError: 'Give a reason: it is kept with the suppression and in the audit log.',
    };
  } else {
    try {
      for (const target of targets) {
        await createSuppression({
          check: target.check,
          cluster,
          namespace: target.namespace,
          workload: target.workload,
          ...(target.container ? { container: target.container } : {}),
          reason,
          ...(expires ? { expires } : {}),
        });
      }
      outcome = { suppressed: String(targets.length) };
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      outcome = { suppressError: error.message };
    }
  }
  redirect(withNotice(returnTo, outcome));
}
