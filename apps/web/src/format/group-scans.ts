/** Scans grouped by repository, then branch, in the order they come (newest first). */
export interface ScanLike {
  repository: string;
  branch: string | null;
}

export interface BranchGroup<S> {
  branch: string | null;
  scans: S[];
}

export interface RepositoryGroup<S> {
  repository: string;
  branches: BranchGroup<S>[];
}

export function groupScans<S extends ScanLike>(scans: readonly S[]): RepositoryGroup<S>[] {
  const repositories: RepositoryGroup<S>[] = [];
  for (const scan of scans) {
    let repository = repositories.find((group) => group.repository === scan.repository);
    if (!repository) {
      repository = { repository: scan.repository, branches: [] };
      repositories.push(repository);
    }
    let branch = repository.branches.find((group) => group.branch === scan.branch);
    if (!branch) {
      branch = { branch: scan.branch, scans: [] };
      repository.branches.push(branch);
    }
    branch.scans.push(scan);
  }
  return repositories;
}
