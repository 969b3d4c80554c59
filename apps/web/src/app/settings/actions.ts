'use server';

import { revalidatePath } from 'next/cache';
import { list, text, values } from '../../format/form-fields';
import { ApiProblem } from '../../server/api-problem';
import {
  createToken,
  createUser,
  createWebhook,
  deleteSuppression,
  deleteWebhook,
  revokeToken,
  type CreateTokenBody,
  type CreateUserBody,
  type CreateWebhookBody,
} from '../../server/settings-api';
import type { ActionResult } from './action-result';

/**
 * The settings page's forms. Each calls the API as the signed-in admin (the API checks the
 * role and records the audit event), refreshes the page's lists, and says what happened —
 * a new token's or password's secret is shown once, in the answer, never in a URL.
 */

async function attempt(run: () => Promise<ActionResult>): Promise<ActionResult> {
  try {
    const result = await run();
    revalidatePath('/settings');
    return result;
  } catch (error) {
    if (error instanceof ApiProblem) return { ok: false, message: error.message };
    throw error;
  }
}

export async function createTokenAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const name = text(form, 'name');
  const scopes = values(form, 'scopes') as CreateTokenBody['scopes'];
  const clusters = list(text(form, 'clusters'));
  const expires = text(form, 'expires');
  if (!name) return { ok: false, message: 'Give the token a name.' };
  if (scopes.length === 0) return { ok: false, message: 'Choose at least one scope.' };
  return attempt(async () => {
    const created = await createToken({
      name,
      scopes,
      ...(clusters.length > 0 ? { clusters } : {}),
      ...(expires ? { expires } : {}),
    });
    return {
      ok: true,
      message: `Token ${created.apiToken.name} created.`,
      secret: { label: 'Copy it now: it is shown only once.', value: created.token },
    };
  });
}

export async function createUserAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const email = text(form, 'email');
  const role = text(form, 'role') as CreateUserBody['role'];
  const clusters = list(text(form, 'clusters'));
  if (!email) return { ok: false, message: 'Give the user an email address.' };
  return attempt(async () => {
    const created = await createUser({ email, role, clusters: clusters.length ? clusters : '*' });
    return {
      ok: true,
      message: `User ${created.user.email} (${created.user.role}) created.`,
      ...(created.generatedPassword
        ? {
            secret: {
              label: 'Their first password, shown only once:',
              value: created.generatedPassword,
            },
          }
        : {}),
    };
  });
}

export async function createWebhookAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const url = text(form, 'url');
  const cluster = text(form, 'cluster');
  const events = values(form, 'events') as NonNullable<CreateWebhookBody['events']>;
  const format = (text(form, 'format') || 'generic') as CreateWebhookBody['format'];
  if (!url) return { ok: false, message: 'Give the URL to notify.' };
  return attempt(async () => {
    const created = await createWebhook({
      url,
      format,
      ...(cluster ? { cluster } : {}),
      ...(events.length ? { events } : {}),
    });
    return {
      ok: true,
      message: `Webhook to ${created.url} created.`,
      ...(created.secret
        ? { secret: { label: 'Its signing secret, shown only once:', value: created.secret } }
        : {}),
    };
  });
}

export async function revokeTokenAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  const name = text(form, 'name');
  return attempt(async () => {
    await revokeToken(text(form, 'id'));
    return { ok: true, message: `Token ${name} revoked.` };
  });
}

export async function deleteSuppressionAction(
  _: ActionResult,
  form: FormData,
): Promise<ActionResult> {
  return attempt(async () => {
    await deleteSuppression(text(form, 'id'));
    return { ok: true, message: `Suppression of ${text(form, 'name')} deleted.` };
  });
}

export async function deleteWebhookAction(_: ActionResult, form: FormData): Promise<ActionResult> {
  return attempt(async () => {
    await deleteWebhook(text(form, 'id'));
    return { ok: true, message: `Webhook to ${text(form, 'name')} deleted.` };
  });
}
