/**
 * `owner/name` from a git remote URL (`https://github.com/acme/shop.git`,
 * `git@gitlab.com:group/sub/shop.git`, `ssh://git@host:22/acme/shop`); null when it has no path.
 */
export function repositoryFromUrl(url: string): string | null {
  const trimmed = url
    .trim()
    .replace(/\/+$/, '')
    .replace(/\.git$/, '');
  let rest: string;
  const scp = /^[^/@:]+@[^/:]+:(?!\/)(.+)$/.exec(trimmed);
  if (scp?.[1]) rest = scp[1];
  else {
    try {
      rest = new URL(trimmed).pathname;
    } catch {
      rest = trimmed;
    }
  }
  const name = rest.replace(/^\/+/, '');
  return name === '' ? null : name;
}

/** `refs/heads/main` → `main`; `origin/main` → `main` (Jenkins' GIT_BRANCH). */
export function shortBranch(ref: string | undefined): string | undefined {
  if (ref === undefined) return undefined;
  return ref.replace(/^refs\/heads\//, '').replace(/^origin\//, '');
}
