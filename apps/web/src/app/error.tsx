'use client';

/** Last resort for unexpected failures; API problems are explained by the pages themselves. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <section className="notice notice-error" role="alert">
      <h1>Something went wrong</h1>
      <p>
        The dashboard could not render this page. The server log has the details
        {error.digest ? ` (digest ${error.digest})` : ''}.
      </p>
      <button type="button" onClick={() => reset()}>
        Try again
      </button>
    </section>
  );
}
