import { formatValue } from '../../format/format-value';
import { podViolations } from '../../format/security-context-fields';
import type { WorkloadDetail } from '../../server/read-model-types';

/** Violations about the pod rather than a container's securityContext: volumes, host namespaces, host ports. */
export function PodViolations({ pss }: { pss: WorkloadDetail['pss'] }) {
  const violations = podViolations(pss);
  if (violations.length === 0) return null;
  return (
    <div className="table-scroll">
      <table className="security-context">
        <caption>Violations outside the containers’ securityContext</caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Check</th>
            <th scope="col">Field</th>
            <th scope="col">Observed</th>
            <th scope="col">Expected</th>
          </tr>
        </thead>
        <tbody>
          {violations.map((violation) => (
            <tr key={`${violation.check}:${violation.path}`} className="violation">
              <td>{violation.level}</td>
              <td>{violation.reason}</td>
              <td className="violation">
                <code className="field-path">{violation.path}</code>
              </td>
              <td>
                <code>{formatValue(violation.observed) ?? 'unset'}</code>
              </td>
              <td>{violation.expected}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
