import { formatValue } from '../../format/format-value';
import { remediationSnippet } from '../../format/remediation-snippet';
import {
  SECURITY_CONTEXT_FIELDS,
  fieldViolations,
  type FieldViolation,
} from '../../format/security-context-fields';
import type { EffectiveContainer, WorkloadDetail } from '../../server/read-model-types';
import { CodeBlock } from '../cluster/CodeBlock';

const SOURCE_LABEL = {
  container: 'container',
  pod: 'pod',
  unset: 'unset (runtime or image decides)',
} as const;

function Violations({ violations }: { violations: FieldViolation[] }) {
  if (violations.length === 0) return <span className="verdict-allowed">meets both</span>;
  return (
    <ul className="plain-list">
      {violations.map((violation) => (
        <li key={`${violation.check}:${violation.path}`}>
          <strong>violates {violation.level}</strong> ({violation.reason})
          <br />
          <code className="field-path">{violation.path}</code>
          <br />
          expected {violation.expected}
        </li>
      ))}
    </ul>
  );
}

/** One container's effective securityContext beside what baseline and restricted require. */
export function ContainerSecurityContext({
  container,
  pss,
}: {
  container: EffectiveContainer;
  pss: WorkloadDetail['pss'];
}) {
  const rows = SECURITY_CONTEXT_FIELDS.map((field) => ({
    field,
    value: field.read(container),
    violations: fieldViolations(container.name, field.key, pss),
  }));
  const snippet = remediationSnippet(
    container.name,
    rows.filter((row) => row.violations.length > 0).map((row) => row.field.key),
  );
  return (
    <section
      className="panel"
      aria-labelledby={`container-${container.name}`}
      data-container={container.name}
    >
      <h3 id={`container-${container.name}`}>
        {container.type === 'initContainer'
          ? 'Init container'
          : container.type === 'ephemeralContainer'
            ? 'Ephemeral container'
            : 'Container'}{' '}
        <span className="name">{container.name}</span>
        {container.image ? (
          <span className="muted">
            {' '}
            · <code>{container.image}</code>
          </span>
        ) : null}
      </h3>
      <div className="table-scroll">
        <table className="security-context">
          <caption>
            Effective securityContext of {container.name} against the Pod Security levels
          </caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Effective value</th>
              <th scope="col">Set on</th>
              <th scope="col">Baseline requires</th>
              <th scope="col">Restricted requires</th>
              <th scope="col">Verdict</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ field, value, violations }) => {
              const bad = violations.length > 0;
              return (
                <tr
                  key={field.key}
                  className={bad ? 'violation' : undefined}
                  data-field={field.key}
                >
                  <th scope="row">
                    <code>securityContext.{field.key}</code>
                  </th>
                  <td className={bad ? 'violation' : undefined}>
                    <code>{formatValue(value.value) ?? '—'}</code>
                  </td>
                  <td data-source={value.source}>{SOURCE_LABEL[value.source]}</td>
                  <td>{field.baseline}</td>
                  <td>{field.restricted}</td>
                  <td className={bad ? 'violation' : undefined}>
                    <Violations violations={violations} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {snippet ? (
        <>
          <h4>Remediation</h4>
          <CodeBlock code={snippet} label={`securityContext fix for ${container.name}`} />
        </>
      ) : (
        <p className="verdict-allowed">This container’s securityContext meets restricted.</p>
      )}
    </section>
  );
}
