/** Wording for the API's namespace Pod Security note codes (`GET /snapshots/{id}/namespaces`). */
export function formatNamespaceNote(note: {
  code: string;
  params?: Record<string, unknown>;
}): string {
  const param = (key: string) => String(note.params?.[key] ?? '?');
  switch (note.code) {
    case 'exemptions-not-visible':
      return 'Exemptions in the admission configuration are not visible to Kordon.';
    case 'cluster-default-unknown':
      return `No ${param('mode')} label: the cluster default applies (assumed privileged).`;
    case 'invalid-label':
      return `Label ${param('label')}=${param('value')} is invalid: Pod Security Admission treats it as restricted/latest.`;
    case 'no-workloads':
      return 'No workloads: any level can be enforced.';
    case 'enforce-rejects-workloads':
      return `The enforced level would reject ${param('count')} of its workloads.`;
    case 'can-tighten-enforce':
      return `Enforce can be tightened from ${param('from')} to ${param('to')} without rejecting a workload.`;
    default:
      return note.code;
  }
}
