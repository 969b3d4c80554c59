'use client';

import { useRouter } from 'next/navigation';
import { useEffect } from 'react';

/** Re-renders the server page every `intervalMs` while analysis is in progress. */
export function AutoRefresh({
  intervalMs = 2000,
  message,
}: {
  intervalMs?: number;
  message: string;
}) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), intervalMs);
    return () => clearInterval(timer);
  }, [router, intervalMs]);
  return (
    <p className="notice notice-info" role="status">
      {message} This page refreshes every {Math.round(intervalMs / 1000)} seconds.
    </p>
  );
}
