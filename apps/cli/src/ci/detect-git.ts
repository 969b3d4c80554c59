import { execFile } from 'node:child_process';
import type { DetectedContext } from './detect-ci-env';
import { repositoryFromUrl } from './repository-name';

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', args, { cwd, timeout: 5000 }, (error, stdout) => {
      const out = String(stdout).trim();
      resolve(error || out === '' ? undefined : out);
    });
  });
}

/** Repository, commit, branch and default branch of the checkout at `cwd` (nothing outside git). */
export async function detectGit(cwd: string): Promise<DetectedContext> {
  const [remote, commit, branch, originHead] = await Promise.all([
    git(cwd, ['config', '--get', 'remote.origin.url']),
    git(cwd, ['rev-parse', 'HEAD']),
    git(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']),
    git(cwd, ['symbolic-ref', '--short', 'refs/remotes/origin/HEAD']),
  ]);
  return {
    repository: remote ? (repositoryFromUrl(remote) ?? undefined) : undefined,
    commit,
    branch: branch === 'HEAD' ? undefined : branch,
    defaultBranch: originHead?.replace(/^origin\//, '') ?? (await conventionalDefault(cwd)),
  };
}

/** Without `origin/HEAD` (a fresh clone sets it; CI checkouts often do not): `main`, else `master`. */
async function conventionalDefault(cwd: string): Promise<string | undefined> {
  for (const name of ['main', 'master']) {
    for (const ref of [`refs/remotes/origin/${name}`, `refs/heads/${name}`]) {
      if (await git(cwd, ['rev-parse', '--verify', '--quiet', ref])) return name;
    }
  }
  return undefined;
}

/** The merge-base of HEAD and the base branch (its remote-tracking ref first), when git knows it. */
export async function detectMergeBase(
  cwd: string,
  baseBranch: string,
): Promise<string | undefined> {
  return (
    (await git(cwd, ['merge-base', 'HEAD', `refs/remotes/origin/${baseBranch}`])) ??
    (await git(cwd, ['merge-base', 'HEAD', `refs/heads/${baseBranch}`]))
  );
}
