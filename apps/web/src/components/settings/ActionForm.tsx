'use client';

import { useActionState, type ReactNode } from 'react';
import type { ActionResult } from '../../app/settings/action-result';

/**
 * A form run by a server action, with what happened said next to it (and a one-time secret
 * when the action created one). Works before hydration too: the page answers the post.
 */
export function ActionForm({
  action,
  label,
  submit,
  children,
  className,
}: {
  action: (previous: ActionResult, form: FormData) => Promise<ActionResult>;
  /** The form's accessible name. */
  label: string;
  submit: string;
  children?: ReactNode;
  className?: string;
}) {
  const [result, run, pending] = useActionState(action, null);
  return (
    <form action={run} aria-label={label} className={className ?? 'settings-form'}>
      {children}
      <button type="submit" className="button" disabled={pending}>
        {submit}
      </button>
      {result ? (
        <div
          className={`form-result ${result.ok ? 'result-ok' : 'result-error'}`}
          role={result.ok ? 'status' : 'alert'}
        >
          <p>{result.message}</p>
          {result.ok && result.secret ? (
            <p>
              {result.secret.label} <code className="secret">{result.secret.value}</code>
            </p>
          ) : null}
        </div>
      ) : null}
    </form>
  );
}
