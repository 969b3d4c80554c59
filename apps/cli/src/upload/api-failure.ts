import { errorDetailSchema } from '@kordon/contracts';
import { z } from 'zod';
import { EXIT_API, EXIT_USAGE } from '../exit-codes';
import type { ApiTarget } from './resolve-api';

/** An API call that did not succeed: what to print and the exit code (2 for 4xx, 3 otherwise). */
/** Kordon's error body, read leniently: a newer server may answer with codes this CLI does not know. */
const errorBodySchema = z.object({
  code: z.string(),
  message: z.string(),
  details: z.array(errorDetailSchema).default([]),
});

export class ApiFailure extends Error {
  override readonly name = 'ApiFailure';
  constructor(
    message: string,
    readonly exitCode: number,
    readonly status: number | null = null,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

export function unreachable(target: ApiTarget, error: unknown): ApiFailure {
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const why =
    cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  const hint = target.local
    ? 'is `npm start` running? set --api or KORDON_API_URL'
    : 'check --api or KORDON_API_URL';
  return new ApiFailure(`cannot reach the Kordon API at ${target.url} (${why}); ${hint}`, EXIT_API);
}

/** Reads an error response: `code: message` and its details when it is Kordon's error body. */
export async function failureOf(response: Response): Promise<ApiFailure> {
  const exitCode = response.status >= 400 && response.status < 500 ? EXIT_USAGE : EXIT_API;
  const text = await response.text().catch(() => '');
  let body: unknown = null;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    body = null;
  }
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const details = parsed.data.details.map((d) => `${d.path}: ${d.problem}`);
    return new ApiFailure(
      `${parsed.data.code}: ${parsed.data.message}`,
      exitCode,
      response.status,
      details,
    );
  }
  const snippet = text.trim().slice(0, 200);
  return new ApiFailure(
    `HTTP ${response.status} ${response.statusText}${snippet ? `: ${snippet}` : ''}`,
    exitCode,
    response.status,
  );
}
