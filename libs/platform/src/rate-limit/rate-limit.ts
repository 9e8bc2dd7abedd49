import { type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import { PRINCIPAL_PROPERTY, type RequestWithPrincipal } from '../auth/auth.decorators';
import type { ServiceConfig } from '../config/service-config';

const LIMIT_SETTING_KEY = 'tandem:rate-limit:setting';

/**
 * Limits a public route per client address, to the number of requests per minute the named setting
 * of the service's config holds (e.g. `RECOGNITION_VERIFY_LIMIT_PER_MINUTE`). Public routes without
 * it (health, metrics, docs) are not limited.
 */
export const LimitedPerAddress = (setting: string): MethodDecorator & ClassDecorator => SetMetadata(LIMIT_SETTING_KEY, setting);

interface LimitedRequest extends RequestWithPrincipal {
  ip?: string;
}

const requestOf = (context: ExecutionContext) => context.switchToHttp().getRequest<LimitedRequest>();

function settingOf(context: ExecutionContext): string | undefined {
  return Reflect.getMetadata(LIMIT_SETTING_KEY, context.getHandler()) ?? Reflect.getMetadata(LIMIT_SETTING_KEY, context.getClass());
}

/**
 * One fixed window a minute: a signed-in caller is counted by municipality and subject, across
 * their addresses; an anonymous one by address, on the public routes that ask for it. Counts are kept
 * per instance, so N replicas allow up to N times the limit. The guard (after authentication) sets
 * `Retry-After` on each 429.
 */
export function rateLimits(config: ServiceConfig): ThrottlerModuleOptions {
  return {
    throttlers: [
      {
        ttl: 60_000,
        limit: (context) => {
          const setting = settingOf(context);
          if (requestOf(context)[PRINCIPAL_PROPERTY] || !setting) return config.RATE_LIMIT_PER_MINUTE;
          return Number((config as unknown as Record<string, unknown>)[setting]);
        },
        skipIf: (context) => context.getType() !== 'http' || (!requestOf(context)[PRINCIPAL_PROPERTY] && !settingOf(context)),
      },
    ],
    getTracker: (request: LimitedRequest) => {
      const principal = request[PRINCIPAL_PROPERTY];
      return principal ? `subject:${principal.municipality}:${principal.subject}` : `address:${request.ip ?? 'unknown'}`;
    },
  };
}
