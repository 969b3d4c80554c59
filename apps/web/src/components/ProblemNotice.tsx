import type { ApiProblem, ApiProblemKind } from '../server/api-problem';

const HEADINGS: Record<ApiProblemKind, string> = {
  unreachable: 'The Kordon API is unreachable',
  unauthorized: 'You are not signed in',
  forbidden: 'Your role lacks permission',
  not_found: 'Not found',
  bad_request: 'The API refused the request',
  server: 'The API had a problem',
};

/** Explains why a page has no data, with what to change (KORDON_API_URL, a role). */
export function ProblemNotice({ problem }: { problem: ApiProblem }) {
  return (
    <section className="notice notice-error" role="alert" aria-labelledby="problem-heading">
      <h2 id="problem-heading">{HEADINGS[problem.kind]}</h2>
      <p>{problem.message}</p>
      {problem.code ? (
        <p className="muted">
          Error code: <code>{problem.code}</code>
        </p>
      ) : null}
    </section>
  );
}
