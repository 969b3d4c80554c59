import { readFileSync } from 'node:fs';
import type { CiVariables } from './ci-variables';
import { repositoryFromUrl, shortBranch } from './repository-name';

/** What a CI system says about the build; any field may be unknown. */
export interface DetectedContext {
  system?: string;
  repository?: string;
  commit?: string;
  branch?: string;
  baseBranch?: string;
  defaultBranch?: string;
  mergeBase?: string;
}

interface GithubEvent {
  repository?: { default_branch?: string };
  pull_request?: { head?: { sha?: string }; base?: { sha?: string } };
}

function readGithubEvent(file: string | undefined): GithubEvent {
  if (!file) return {};
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as GithubEvent;
  } catch {
    return {};
  }
}

function github(v: CiVariables): DetectedContext {
  const event = readGithubEvent(v.GITHUB_EVENT_PATH);
  return {
    system: 'GitHub Actions',
    repository: v.GITHUB_REPOSITORY,
    // On pull_request events GITHUB_SHA is a merge commit; the head commit is the branch's.
    commit: event.pull_request?.head?.sha ?? v.GITHUB_SHA,
    branch: v.GITHUB_HEAD_REF ?? v.GITHUB_REF_NAME,
    baseBranch: v.GITHUB_BASE_REF,
    defaultBranch: event.repository?.default_branch,
  };
}

function gitlab(v: CiVariables): DetectedContext {
  return {
    system: 'GitLab CI',
    repository: v.CI_PROJECT_PATH,
    commit: v.CI_COMMIT_SHA,
    branch: v.CI_MERGE_REQUEST_SOURCE_BRANCH_NAME ?? v.CI_COMMIT_BRANCH ?? v.CI_COMMIT_REF_NAME,
    baseBranch: v.CI_MERGE_REQUEST_TARGET_BRANCH_NAME,
    defaultBranch: v.CI_DEFAULT_BRANCH,
    mergeBase: v.CI_MERGE_REQUEST_DIFF_BASE_SHA,
  };
}

function jenkins(v: CiVariables): DetectedContext {
  return {
    system: 'Jenkins',
    repository: v.GIT_URL ? (repositoryFromUrl(v.GIT_URL) ?? undefined) : undefined,
    commit: v.GIT_COMMIT,
    branch: v.CHANGE_BRANCH ?? v.BRANCH_NAME ?? shortBranch(v.GIT_BRANCH),
    baseBranch: v.CHANGE_TARGET,
  };
}

function circleci(v: CiVariables): DetectedContext {
  const { CIRCLE_PROJECT_USERNAME: owner, CIRCLE_PROJECT_REPONAME: name } = v;
  return {
    system: 'CircleCI',
    repository: owner && name ? `${owner}/${name}` : undefined,
    commit: v.CIRCLE_SHA1,
    branch: v.CIRCLE_BRANCH,
  };
}

function azure(v: CiVariables): DetectedContext {
  return {
    system: 'Azure Pipelines',
    repository: v.BUILD_REPOSITORY_NAME,
    commit: v.BUILD_SOURCEVERSION,
    branch: shortBranch(v.SYSTEM_PULLREQUEST_SOURCEBRANCH ?? v.BUILD_SOURCEBRANCH),
    baseBranch: shortBranch(v.SYSTEM_PULLREQUEST_TARGETBRANCH),
  };
}

function buildkite(v: CiVariables): DetectedContext {
  return {
    system: 'Buildkite',
    repository: v.BUILDKITE_REPO ? (repositoryFromUrl(v.BUILDKITE_REPO) ?? undefined) : undefined,
    commit: v.BUILDKITE_COMMIT,
    branch: v.BUILDKITE_BRANCH,
    baseBranch: v.BUILDKITE_PULL_REQUEST_BASE_BRANCH,
    defaultBranch: v.BUILDKITE_PIPELINE_DEFAULT_BRANCH,
  };
}

/** The context the CI system running this process exposes (empty outside CI). */
export function detectCiEnv(v: CiVariables): DetectedContext {
  if (v.GITHUB_ACTIONS === 'true') return github(v);
  if (v.GITLAB_CI) return gitlab(v);
  if (v.BUILDKITE === 'true') return buildkite(v);
  if (v.CIRCLECI === 'true') return circleci(v);
  if (v.TF_BUILD) return azure(v);
  if (v.JENKINS_URL) return jenkins(v);
  return {};
}
