import { remediationSnippet } from './remediation-snippet';

describe('remediationSnippet', () => {
  it('writes one securityContext fixing every violated field, capabilities merged', () => {
    expect(
      remediationSnippet('fluent-bit', [
        'capabilities.drop',
        'privileged',
        'seccompProfile',
        'allowPrivilegeEscalation',
        'capabilities.add',
      ]),
    ).toBe(
      [
        '# container "fluent-bit": under spec.containers[name=fluent-bit] (or the pod template\'s)',
        'securityContext:',
        '  privileged: false',
        '  allowPrivilegeEscalation: false',
        '  seccompProfile:',
        '    type: RuntimeDefault',
        '  capabilities:',
        '    add: []  # at most NET_BIND_SERVICE',
        '    drop: ["ALL"]',
      ].join('\n'),
    );
  });

  it('has nothing to suggest for a container without violations or with unknown fields only', () => {
    expect(remediationSnippet('app', [])).toBeNull();
    expect(remediationSnippet('app', ['readOnlyRootFilesystem'])).toBeNull();
  });
});
