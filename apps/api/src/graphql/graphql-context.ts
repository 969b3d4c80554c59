import type { AuthenticatedRequest } from '../common/request-context';
import type { RequestLoaders } from './loaders/request-loaders';

/** What every resolver finds in its GraphQL context: the request (for the guard) and its loaders. */
export interface GraphQLContext {
  req: AuthenticatedRequest;
  loaders: RequestLoaders;
}
