import { Controller, Get, type INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { SignJWT } from 'jose';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DEV_AUDIENCE, DEV_ISSUER, DevIssuer } from '@tandem/devkit';
import { CurrentPrincipal, Public, Roles } from './auth.decorators';
import { AuthModule } from './auth.module';
import type { Principal } from './principal';

const MUNICIPALITY = 'de-goerlitz';

@Controller('test')
class TestController {
  @Public()
  @Get('public')
  open(): string {
    return 'open';
  }

  @Roles('caseworker')
  @Get('cases')
  cases(): string {
    return 'cases';
  }

  @Get('undeclared')
  undeclared(): string {
    return 'undeclared';
  }

  @Roles('caseworker', 'auditor')
  @Get('me')
  me(@CurrentPrincipal() principal: Principal): Principal {
    return principal;
  }
}

describe('AuthGuard', () => {
  let app: INestApplication;
  let issuer: DevIssuer;
  let keyDir: string;

  const caseworker = { sub: 'alice', municipality: MUNICIPALITY, roles: ['caseworker'] };
  const get = (path: string, token?: string) => {
    const call = request(app.getHttpServer()).get(path);
    return token === undefined ? call : call.set('Authorization', `Bearer ${token}`);
  };
  const expectInvalidToken = async (token: string, reason: RegExp) => {
    const response = await get('/test/cases', token).expect(401);
    expect(response.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
    expect(response.body.message).toMatch(reason);
  };

  beforeAll(async () => {
    issuer = await DevIssuer.generate();
    keyDir = await mkdtemp(join(tmpdir(), 'tandem-auth-'));
    const jwksFile = join(keyDir, 'jwks.json');
    await issuer.writeJwks(jwksFile);
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot({ municipality: MUNICIPALITY, issuer: DEV_ISSUER, audience: DEV_AUDIENCE, jwksFile }, { throttlers: [{ ttl: 60_000, limit: 1000 }] })],
      controllers: [TestController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await rm(keyDir, { recursive: true, force: true });
  });

  it('lets anyone call a public route without a token', async () => {
    await get('/test/public').expect(200, 'open');
  });

  it('rejects a missing token with 401 and a WWW-Authenticate challenge', async () => {
    const response = await get('/test/cases').expect(401);
    expect(response.headers['www-authenticate']).toBe('Bearer');
  });

  it('rejects a token signed by another key with 401', async () => {
    const stranger = await DevIssuer.generate();
    await expectInvalidToken(await stranger.token(caseworker), /signature/);
  });

  it('rejects a token from the wrong issuer with 401', async () => {
    await expectInvalidToken(await issuer.token({ ...caseworker, issuer: 'urn:elsewhere' }), /"iss"/);
  });

  it('rejects a token for the wrong audience with 401', async () => {
    await expectInvalidToken(await issuer.token({ ...caseworker, audience: 'someone-else' }), /"aud"/);
  });

  it('rejects an expired token with 401', async () => {
    await expectInvalidToken(await issuer.token({ ...caseworker, expiresInSeconds: -120 }), /expired/);
  });

  it('rejects an HS256 token signed with a shared secret with 401', async () => {
    const token = await new SignJWT({ municipality: MUNICIPALITY, roles: ['caseworker'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('mallory')
      .setIssuer(DEV_ISSUER)
      .setAudience(DEV_AUDIENCE)
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('a-shared-secret-that-is-long-enough-for-hs256'));
    await expectInvalidToken(token, /algorithm not allowed/);
  });

  it('rejects a token issued for another municipality with 401', async () => {
    await expectInvalidToken(await issuer.token({ ...caseworker, municipality: 'pl-zgorzelec' }), /municipality/);
  });

  it('forbids a valid token without the required role with 403', async () => {
    await get('/test/cases', await issuer.token({ ...caseworker, roles: ['employer'] })).expect(403);
  });

  it('forbids a route that declares no roles with 403 even for a valid token', async () => {
    await get('/test/undeclared', await issuer.token({ ...caseworker, roles: ['admin'] })).expect(403);
  });

  it('allows a valid token with the role and exposes its sub, municipality and roles as the principal', async () => {
    await get('/test/cases', await issuer.token(caseworker)).expect(200, 'cases');
    const token = await issuer.token({ ...caseworker, roles: ['caseworker', 'auditor', 'not-a-tandem-role'] });
    const response = await get('/test/me', token).expect(200);
    expect(response.body).toEqual({ subject: 'alice', municipality: MUNICIPALITY, roles: ['caseworker', 'auditor'] });
  });
});
