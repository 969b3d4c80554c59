import type { KubeResource } from '@kordon/contracts';

/** A `metav1.Status` failure as the API server writes it. */
export function status(code: number, reason: string, message: string, details?: object): object {
  return {
    kind: 'Status',
    apiVersion: 'v1',
    metadata: {},
    status: 'Failure',
    message,
    reason,
    ...(details ? { details } : {}),
    code,
  };
}

export function forbidden(resource: KubeResource, verb: string, namespace?: string): object {
  const name = resource.group === '' ? resource.plural : `${resource.plural}.${resource.group}`;
  const scope =
    namespace === undefined ? 'at the cluster scope' : `in the namespace "${namespace}"`;
  return status(
    403,
    'Forbidden',
    `${name} is forbidden: User "system:serviceaccount:kordon:kordon-collector" cannot ${verb} resource "${resource.plural}" in API group "${resource.group}" ${scope}`,
    { group: resource.group, kind: resource.plural },
  );
}

export const EXPIRED = status(
  410,
  'Expired',
  'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.',
);

export function notFound(what: string): object {
  return status(404, 'NotFound', `${what} not found`);
}
