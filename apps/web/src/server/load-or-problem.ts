import { notFound } from 'next/navigation';
import { ApiProblem } from './api-problem';

export type Loaded<T> = { ok: true; data: T } | { ok: false; problem: ApiProblem };

/**
 * Runs an API call for a page: a 404 from the API renders the not-found page,
 * other API problems come back as values for the page to explain; anything
 * else (a bug) propagates to the error boundary.
 */
export async function loadOrProblem<T>(load: () => Promise<T>): Promise<Loaded<T>> {
  let problem: ApiProblem;
  try {
    return { ok: true, data: await load() };
  } catch (error) {
    if (!(error instanceof ApiProblem)) throw error;
    problem = error;
  }
  if (problem.kind === 'not_found') notFound();
  return { ok: false, problem };
}

/** Like loadOrProblem, but a 404 is a value too (a question about an unknown workload, a missing cell). */
export async function loadOrAnyProblem<T>(load: () => Promise<T>): Promise<Loaded<T>> {
  try {
    return { ok: true, data: await load() };
  } catch (error) {
    if (!(error instanceof ApiProblem)) throw error;
    return { ok: false, problem: error };
  }
}
