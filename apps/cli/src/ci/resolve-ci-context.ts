import type { CiContext } from '@kordon/contracts';
import type { CliIo } from '../cli-io';
import { UsageError } from '../usage-error';
import { detectCiEnv } from './detect-ci-env';
import { detectGit, detectMergeBase } from './detect-git';

export interface CiContextOptions {
  repository?: string;
  commit?: string;
  branch?: string;
  baseBranch?: string;
}

/**
 * The scan's context: flags first, then the CI system's variables, then git.
 * The merge-base is asked of git when the base branch is known and the branch differs.
 */
export async function resolveCiContext(options: CiContextOptions, io: CliIo): Promise<CiContext> {
  const ci = detectCiEnv(io.env.ci);
  const checkout = await detectGit(io.cwd);
  const repository = options.repository ?? ci.repository ?? checkout.repository;
  if (!repository)
    throw new UsageError(
      'cannot tell which repository this scan belongs to (no CI variables, no git remote "origin"); pass --repository',
    );
  const commit = options.commit ?? ci.commit ?? checkout.commit ?? null;
  const branch = options.branch ?? ci.branch ?? checkout.branch ?? null;
  const defaultBranch = ci.defaultBranch ?? checkout.defaultBranch ?? null;
  const baseBranch = options.baseBranch ?? ci.baseBranch ?? null;
  const compareTo = baseBranch ?? defaultBranch;
  const mergeBase =
    ci.mergeBase ??
    (compareTo && compareTo !== branch ? await detectMergeBase(io.cwd, compareTo) : undefined) ??
    null;
  return { repository, commit, branch, baseBranch, defaultBranch, mergeBase };
}
