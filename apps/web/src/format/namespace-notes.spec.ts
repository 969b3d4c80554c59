import { formatNamespaceNote } from './namespace-notes';

describe('formatNamespaceNote', () => {
  it('words each note with its parameters', () => {
    expect(
      formatNamespaceNote({
        code: 'can-tighten-enforce',
        params: { from: 'privileged', to: 'baseline' },
      }),
    ).toBe('Enforce can be tightened from privileged to baseline without rejecting a workload.');
    expect(formatNamespaceNote({ code: 'enforce-rejects-workloads', params: { count: 2 } })).toBe(
      'The enforced level would reject 2 of its workloads.',
    );
  });

  it('shows the code of a note it does not know yet', () => {
    expect(formatNamespaceNote({ code: 'something-new' })).toBe('something-new');
  });
});
