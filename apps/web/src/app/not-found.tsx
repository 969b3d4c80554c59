import Link from 'next/link';

export default function NotFound() {
  return (
    <section aria-labelledby="not-found-heading">
      <h1 id="not-found-heading">Not found</h1>
      <p>
        There is no cluster or snapshot at this address. It may have been deleted, or the link is
        mistyped.
      </p>
      <p>
        <Link href="/">Back to all clusters</Link>
      </p>
    </section>
  );
}
