import { problem, type Problem } from './structural-checks';

const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const MAX_LABEL = 63;
const MAX_SUBDOMAIN = 253;

function labelProblem(value: string): string | null {
  if (value.length > MAX_LABEL) return `longer than ${MAX_LABEL} characters`;
  if (!LABEL.test(value))
    return 'must be a DNS-1123 label (lowercase letters, digits and "-", starting and ending with a letter or digit)';
  return null;
}

function subdomainProblem(value: string): string | null {
  if (value.length > MAX_SUBDOMAIN) return `longer than ${MAX_SUBDOMAIN} characters`;
  for (const part of value.split('.')) {
    if (part.length > MAX_LABEL || !LABEL.test(part))
      return 'must be a DNS-1123 subdomain (lowercase letters, digits, "-" and ".")';
  }
  return null;
}

/**
 * Kubernetes' own rules for the names of the kinds Kordon reads (a Namespace's
 * name and every `metadata.namespace` are DNS-1123 labels; other names
 * DNS-1123 subdomains), so input no API server would accept — NUL bytes,
 * 100 KB names — is refused at intake, naming the line, not deep in a worker.
 */
export function checkKubernetesNames(
  kind: string,
  name: unknown,
  namespace: unknown,
): Problem | null {
  if (typeof name === 'string') {
    const found = kind === 'Namespace' ? labelProblem(name) : subdomainProblem(name);
    if (found) return problem('metadata.name', found);
  }
  if (typeof namespace === 'string') {
    const found = labelProblem(namespace);
    if (found) return problem('metadata.namespace', found);
  }
  return null;
}
