import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthGuard } from './auth.guard';
import { type AuthOptions, JwtVerifier } from './jwt-verifier';

/** Protects every HTTP route of the importing application; see AuthGuard for the rules. */
@Module({})
export class AuthModule {
  static forRoot(options: AuthOptions): DynamicModule {
    return {
      module: AuthModule,
      providers: [
        { provide: JwtVerifier, useFactory: () => new JwtVerifier(options) },
        { provide: APP_GUARD, useClass: AuthGuard },
      ],
      exports: [JwtVerifier],
    };
  }
}
