import {
  HttpCode,
  RequestMapping,
  RequestMethod,
  SetMetadata,
  applyDecorators,
} from '@nestjs/common';
import { AnyPrincipal, Public, Scopes } from '../common/scopes.decorator';
import { defaultStatusOf, type HttpMethod, type RouteSpec } from './route-spec';

export const ROUTE_SPEC_KEY = 'kordon:route-spec';

const METHODS: Record<HttpMethod, RequestMethod> = {
  get: RequestMethod.GET,
  post: RequestMethod.POST,
  put: RequestMethod.PUT,
  patch: RequestMethod.PATCH,
  delete: RequestMethod.DELETE,
};

/** `/api/v1/clusters/{name}` → `/api/v1/clusters/:name`. */
export function toNestPath(path: string): string {
  return path.replace(/\{(\w+)\}/g, ':$1');
}

/**
 * Registers a REST handler from its spec: method and path, scopes (or public),
 * default status, and the spec itself (read by the test that every handler is
 * documented). Use in a controller declared with a bare `@Controller()`.
 */
export function Route(spec: RouteSpec): MethodDecorator {
  return applyDecorators(
    RequestMapping({ path: toNestPath(spec.path), method: METHODS[spec.method] }),
    spec.scopes === 'public'
      ? Public()
      : spec.scopes === 'any'
        ? AnyPrincipal()
        : Scopes(...spec.scopes),
    HttpCode(defaultStatusOf(spec)),
    SetMetadata(ROUTE_SPEC_KEY, spec),
  );
}
