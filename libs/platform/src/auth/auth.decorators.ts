import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Principal, Role } from './principal';

export const IS_PUBLIC_KEY = 'tandem:auth:public';
export const ROLES_KEY = 'tandem:auth:roles';

/** The request property under which the guard stores the verified principal. */
export const PRINCIPAL_PROPERTY = 'principal';

export interface RequestWithPrincipal {
  [PRINCIPAL_PROPERTY]?: Principal;
}

/** Marks a route or controller as callable without a token (health checks, API docs). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC_KEY, true);

/**
 * Roles allowed to call a route or every route of a controller; holding any one suffices.
 * A route-level declaration replaces the controller-level one.
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

/** Injects the principal the auth guard attached to the request. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<RequestWithPrincipal>()[PRINCIPAL_PROPERTY];
  // Only reachable on a @Public route, where no token is verified: a programming error, not a client one.
  if (!principal) throw new Error('@CurrentPrincipal() used on a route without an authenticated principal');
  return principal;
});
