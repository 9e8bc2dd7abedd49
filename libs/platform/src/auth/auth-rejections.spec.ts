import { Controller, Get, type INestApplication, type LoggerService } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { DEV_AUDIENCE, DEV_ISSUER, DevIssuer } from '@tandem/devkit';
import { Roles } from './auth.decorators';
import { AuthModule } from './auth.module';

const MUNICIPALITY = 'de-goerlitz';

@Controller('cases')
class CasesController {
  @Roles('caseworker')
  @Get()
  list(): string {
    return 'cases';
  }
}

/** Keeps what the application logs, as a service's logger would be handed it. */
class CapturedLog implements LoggerService {
  readonly lines: Array<{ level: string; text: string }> = [];
  log(message: unknown, ...context: unknown[]): void {
    this.keep('log', message, context);
  }
  error(message: unknown, ...context: unknown[]): void {
    this.keep('error', message, context);
  }
  warn(message: unknown, ...context: unknown[]): void {
    this.keep('warn', message, context);
  }
  get warnings(): string[] {
    return this.lines.filter((line) => line.level === 'warn').map((line) => line.text);
  }
  private keep(level: string, message: unknown, context: unknown[]): void {
    this.lines.push({ level, text: JSON.stringify([message, ...context]) });
  }
}

describe('rejected bearer tokens', () => {
  let app: INestApplication;
  let issuer: DevIssuer;
  let keyDir: string;
  const captured = new CapturedLog();

  beforeAll(async () => {
    issuer = await DevIssuer.generate();
    keyDir = await mkdtemp(join(tmpdir(), 'tandem-auth-log-'));
    await issuer.writeJwks(join(keyDir, 'jwks.json'));
    const moduleRef = await Test.createTestingModule({
      imports: [AuthModule.forRoot({ municipality: MUNICIPALITY, issuer: DEV_ISSUER, audience: DEV_AUDIENCE, jwksFile: join(keyDir, 'jwks.json') }, { throttlers: [{ ttl: 60_000, limit: 1000 }] })],
      controllers: [CasesController],
    }).compile();
    app = moduleRef.createNestApplication({ logger: captured });
    await app.init();
  });

  afterAll(async () => {
    await app?.close();
    await rm(keyDir, { recursive: true, force: true });
  });

  it('are logged as one warning each that names the reason and holds no part of the token', async () => {
    const token = await issuer.token({ sub: 'alice', municipality: MUNICIPALITY, roles: ['caseworker'], expiresInSeconds: -120 });
    await request(app.getHttpServer()).get('/cases').set('Authorization', `Bearer ${token}`).expect(401);
    await request(app.getHttpServer()).get('/cases').expect(401);
    expect(captured.warnings).toHaveLength(2);
    expect(captured.warnings[0]).toContain('"reason":"token expired"');
    expect(captured.warnings[1]).toContain('"reason":"no bearer token"');
    for (const part of token.split('.')) expect(captured.lines.map((line) => line.text).join('\n')).not.toContain(part);
  });

  it('are not logged when the token is valid', async () => {
    const before = captured.warnings.length;
    const token = await issuer.token({ sub: 'alice', municipality: MUNICIPALITY, roles: ['caseworker'] });
    await request(app.getHttpServer()).get('/cases').set('Authorization', `Bearer ${token}`).expect(200, 'cases');
    expect(captured.warnings).toHaveLength(before);
  });
});
