import { cookies } from 'next/headers';

/** The cookie the theme toggle writes (`light` or `dark`); without it the system's preference applies. */
export const THEME_COOKIE = 'kordon_theme';

export type Theme = 'light' | 'dark';

/** The theme the person chose, or null to follow `prefers-color-scheme`. */
export async function chosenTheme(): Promise<Theme | null> {
  const value = (await cookies()).get(THEME_COOKIE)?.value;
  return value === 'light' || value === 'dark' ? value : null;
}
