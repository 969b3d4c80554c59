import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { detectCiEnv } from './detect-ci-env';
import { repositoryFromUrl } from './repository-name';

describe('detectCiEnv', () => {
  it('reads a GitHub Actions pull request: head commit and default branch from the event file', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'kordon-gh-'));
    const event = path.join(dir, 'event.json');
    await writeFile(
      event,
      JSON.stringify({
        repository: { default_branch: 'trunk' },
        pull_request: { head: { sha: 'head123' } },
      }),
    );
    expect(
      detectCiEnv({
        GITHUB_ACTIONS: 'true',
        GITHUB_REPOSITORY: 'acme/shop',
        GITHUB_SHA: 'merge999',
        GITHUB_REF_NAME: '12/merge',
        GITHUB_HEAD_REF: 'feature/x',
        GITHUB_BASE_REF: 'trunk',
        GITHUB_EVENT_PATH: event,
      }),
    ).toMatchObject({
      repository: 'acme/shop',
      commit: 'head123',
      branch: 'feature/x',
      baseBranch: 'trunk',
      defaultBranch: 'trunk',
    });
    await rm(dir, { recursive: true, force: true });
  });

  it('reads a GitLab merge request pipeline, with its diff base as merge-base', () => {
    expect(
      detectCiEnv({
        GITLAB_CI: 'true',
        CI_PROJECT_PATH: 'group/sub/shop',
        CI_COMMIT_SHA: 'abc',
        CI_COMMIT_REF_NAME: 'feature/x',
        CI_MERGE_REQUEST_SOURCE_BRANCH_NAME: 'feature/x',
        CI_MERGE_REQUEST_TARGET_BRANCH_NAME: 'main',
        CI_MERGE_REQUEST_DIFF_BASE_SHA: 'base1',
        CI_DEFAULT_BRANCH: 'main',
      }),
    ).toEqual({
      system: 'GitLab CI',
      repository: 'group/sub/shop',
      commit: 'abc',
      branch: 'feature/x',
      baseBranch: 'main',
      defaultBranch: 'main',
      mergeBase: 'base1',
    });
  });

  it('reads Jenkins, CircleCI, Azure Pipelines and Buildkite', () => {
    expect(
      detectCiEnv({
        JENKINS_URL: 'https://ci',
        GIT_URL: 'git@github.com:acme/shop.git',
        GIT_COMMIT: 'j1',
        GIT_BRANCH: 'origin/feature/x',
        CHANGE_TARGET: 'main',
      }),
    ).toMatchObject({
      repository: 'acme/shop',
      commit: 'j1',
      branch: 'feature/x',
      baseBranch: 'main',
    });
    expect(
      detectCiEnv({
        CIRCLECI: 'true',
        CIRCLE_PROJECT_USERNAME: 'acme',
        CIRCLE_PROJECT_REPONAME: 'shop',
        CIRCLE_SHA1: 'c1',
        CIRCLE_BRANCH: 'feature/x',
      }),
    ).toMatchObject({ repository: 'acme/shop', commit: 'c1', branch: 'feature/x' });
    expect(
      detectCiEnv({
        TF_BUILD: 'True',
        BUILD_REPOSITORY_NAME: 'acme/shop',
        BUILD_SOURCEVERSION: 'a1',
        BUILD_SOURCEBRANCH: 'refs/pull/7/merge',
        SYSTEM_PULLREQUEST_SOURCEBRANCH: 'refs/heads/feature/x',
        SYSTEM_PULLREQUEST_TARGETBRANCH: 'refs/heads/main',
      }),
    ).toMatchObject({
      repository: 'acme/shop',
      commit: 'a1',
      branch: 'feature/x',
      baseBranch: 'main',
    });
    expect(
      detectCiEnv({
        BUILDKITE: 'true',
        BUILDKITE_REPO: 'https://github.com/acme/shop.git',
        BUILDKITE_COMMIT: 'b1',
        BUILDKITE_BRANCH: 'feature/x',
        BUILDKITE_PULL_REQUEST_BASE_BRANCH: 'main',
        BUILDKITE_PIPELINE_DEFAULT_BRANCH: 'main',
      }),
    ).toMatchObject({
      repository: 'acme/shop',
      commit: 'b1',
      baseBranch: 'main',
      defaultBranch: 'main',
    });
  });

  it('finds nothing outside CI', () => {
    expect(detectCiEnv({})).toEqual({});
  });
});

describe('repositoryFromUrl', () => {
  it.each([
    ['https://github.com/acme/shop.git', 'acme/shop'],
    ['git@gitlab.com:group/sub/shop.git', 'group/sub/shop'],
    ['ssh://git@host:2222/acme/shop', 'acme/shop'],
    ['https://dev.azure.com/org/project/_git/shop', 'org/project/_git/shop'],
  ])('%s → %s', (url, name) => {
    expect(repositoryFromUrl(url)).toBe(name);
  });
});
