'use client';

import { useEffect, useState } from 'react';

type Theme = 'light' | 'dark';

const COOKIE = 'kordon_theme';

function systemTheme(): Theme {
  return window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/**
 * Switches between the light and the dark theme, labelled by the theme it switches to. The choice is kept in a cookie the root
 * layout reads (so the first paint is right); without a choice the system's preference applies.
 */
export function ThemeToggle({ chosen }: { chosen: Theme | null }) {
  const [theme, setTheme] = useState<Theme | null>(chosen);
  useEffect(() => {
    if (chosen === null) setTheme(systemTheme());
  }, [chosen]);
  const dark = theme === 'dark';
  function toggle() {
    const next: Theme = dark ? 'light' : 'dark';
    document.documentElement.dataset['theme'] = next;
    document.cookie = `${COOKIE}=${next}; path=/; max-age=31536000; samesite=lax`;
    setTheme(next);
  }
  // labelled by what a click does (the label changes, so no aria-pressed)
  return (
    <button type="button" className="theme-toggle" onClick={toggle}>
      {theme === null ? 'Switch theme' : dark ? 'Switch to light theme' : 'Switch to dark theme'}
    </button>
  );
}
