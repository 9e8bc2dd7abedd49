import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ThrottlerGuard, ThrottlerModule, type ThrottlerModuleOptions } from '@nestjs/throttler';
import { AuthGuard } from './auth.guard';
import { type AuthOptions, JwtVerifier } from './jwt-verifier';

/** Protects every HTTP route of the importing application (see AuthGuard), then limits its rate (see rateLimits). */
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions, rateLimits: ThrottlerModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      imports: [ThrottlerModule.forRoot(rateLimits)],
      providers: [
        { provide: JwtVerifier, useFactory: () => new JwtVerifier(options) },
        { provide: APP_GUARD, useClass: AuthGuard },
        // After authentication, so a caller is counted by who they are, not where they call from.
        { provide: APP_GUARD, useClass: ThrottlerGuard },
      ],
      exports: [JwtVerifier],
    };
  }
}
