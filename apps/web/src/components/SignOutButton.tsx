'use client';

/** Ends the session (the API wants the CSRF token from the readable cookie), then goes to /login. */
export function SignOutButton() {
  async function signOut() {
    const csrf = document.cookie
      .split('; ')
      .find((pair) => pair.startsWith('kordon_csrf='))
      ?.slice('kordon_csrf='.length);
    await fetch('/auth/sign-out', {
      method: 'POST',
      headers: csrf ? { 'x-kordon-csrf': decodeURIComponent(csrf) } : {},
    }).catch(() => undefined);
    window.location.assign('/login');
  }

  return (
    <button type="button" className="link-button" onClick={signOut}>
      Sign out
    </button>
  );
}
