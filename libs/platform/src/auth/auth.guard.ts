import {
  type CanActivate,
  type ExecutionContext,
  ForbiddenException,
  Injectable,
  Logger,
  UnauthorizedException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { IS_PUBLIC_KEY, PRINCIPAL_PROPERTY, type RequestWithPrincipal, ROLES_KEY } from './auth.decorators';
import { InvalidTokenError, JwtVerifier } from './jwt-verifier';
import type { Principal, Role } from './principal';

interface HttpRequest extends RequestWithPrincipal {
  headers: Record<string, string | string[] | undefined>;
}

/** Works with both the Express and the Fastify adapter. */
interface HttpResponse {
  setHeader?(name: string, value: string): unknown;
  header?(name: string, value: string): unknown;
}

/**
 * Application-wide guard, deny by default: a route is reachable only if it is @Public, or the caller
 * presents a valid bearer token and holds one of the roles the route (or its controller) declares.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  // Through the application's logger: in a service, its JSON lines with the request's id and URL.
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: JwtVerifier,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    // Scope is the HTTP API; message consumers are not driven through Nest's request pipeline.
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC_KEY, targets)) return true;

    const http = context.switchToHttp();
    const principal = await this.authenticate(http.getRequest<HttpRequest>(), http.getResponse<HttpResponse>());
    const allowedRoles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!allowedRoles || allowedRoles.length === 0) {
      throw new ForbiddenException('This route declares no roles and is closed to everyone');
    }
    if (!allowedRoles.some((role) => principal.roles.includes(role))) {
      throw new ForbiddenException('None of your roles may call this route');
    }
    return true;
  }

  private async authenticate(request: HttpRequest, response: HttpResponse): Promise<Principal> {
    const token = bearerToken(request.headers.authorization);
    if (token === undefined) {
      this.logger.warn({ msg: 'request without a bearer token refused', reason: 'no bearer token' });
      setHeader(response, 'WWW-Authenticate', 'Bearer');
      throw new UnauthorizedException('A bearer token is required');
    }
    try {
      const principal = await this.verifier.verify(token);
      request[PRINCIPAL_PROPERTY] = principal;
      return principal;
    } catch (error) {
      if (!(error instanceof InvalidTokenError)) throw error;
      // The reason only: the token itself is a credential and never goes into a log.
      this.logger.warn({ msg: 'bearer token rejected', reason: error.message });
      setHeader(response, 'WWW-Authenticate', 'Bearer error="invalid_token"');
      throw new UnauthorizedException(`Invalid token: ${error.message}`);
    }
  }
}

function bearerToken(header: string | string[] | undefined): string | undefined {
  if (typeof header !== 'string') return undefined;
  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  return match?.[1];
}

function setHeader(response: HttpResponse, name: string, value: string): void {
  if (response.setHeader) response.setHeader(name, value);
  else response.header?.(name, value);
}
