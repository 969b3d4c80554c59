import { read } from './api-client';
import type { QueryOf } from './api-types';

/** Calls of the CI scans page. */
export function listScans(query: QueryOf<'listScans'>) {
  return read((api) => api.GET('/api/v1/scans', { params: { query } }));
}
