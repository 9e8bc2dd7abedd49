import { BadRequestException, type CallHandler, ConflictException, type ExecutionContext, Injectable, Logger, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import { Reflector } from '@nestjs/core';
import { catchError, from, mergeMap, type Observable, of, throwError } from 'rxjs';
import { DataSource } from 'typeorm';
import { PRINCIPAL_PROPERTY, type RequestWithPrincipal } from '../auth/auth.decorators';
import { type IdempotencyClaim, IdempotencyKeyTakenError, runWithClaim } from './idempotency-claim';
import { fingerprintOf, idempotencyKeyOf, InvalidIdempotencyKeyError, sameRequest } from './idempotency-key';
import { type ClaimedKey, IdempotencyStore } from './idempotency-store';

interface HttpRequest extends RequestWithPrincipal {
  method: string;
  originalUrl: string;
  body: unknown;
  headers: Record<string, string | string[] | undefined>;
}

interface HttpResponse {
  setHeader(name: string, value: string): unknown;
}

const PURGE_EVERY_MS = 10 * 60_000;
/** How long a retry waits for a concurrent first request to record its response before answering 409. */
const WAIT_FOR_RESPONSE_MS = 2_000;

/**
 * `Idempotency-Key` on every create (a POST answering 201) of an authenticated caller: the first
 * request claims the key in its own transaction; a retry gets the recorded response again.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);
  private readonly store: IdempotencyStore;
  private nextPurgeAt = 0;

  constructor(
    private readonly reflector: Reflector,
    dataSource: DataSource,
  ) {
    this.store = new IdempotencyStore(dataSource);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const status = this.createdStatus(context);
    if (status === undefined) return next.handle();
    const request = context.switchToHttp().getRequest<HttpRequest>();
    const response = context.switchToHttp().getResponse<HttpResponse>();
    const key = keyOf(request);
    const principal = request[PRINCIPAL_PROPERTY];
    // Public creates have no caller to scope a key to; they behave as without the header.
    if (key === undefined || !principal) return next.handle();
    const claim: IdempotencyClaim = {
      subject: principal.subject,
      key,
      fingerprint: fingerprintOf(request.method, request.originalUrl, request.body),
      committed: false,
    };
    const earlier = await this.store.find(claim.subject, key);
    if (earlier) return of(await this.answerRetry(claim, response, earlier));
    this.purgeNowAndThen();
    return runWithClaim(claim, () => next.handle()).pipe(
      mergeMap(async (body: unknown) => {
        await this.record(claim, status, body);
        return body;
      }),
      catchError((error: unknown) => {
        if (error instanceof IdempotencyKeyTakenError) return from(this.answerRetry(claim, response));
        return throwError(() => error);
      }),
    );
  }

  /** The status a create route answers with, undefined for every other route. */
  private createdStatus(context: ExecutionContext): number | undefined {
    if (context.getType() !== 'http') return undefined;
    if (context.switchToHttp().getRequest<HttpRequest>().method !== 'POST') return undefined;
    const status = this.reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? 201;
    return status === 201 ? status : undefined;
  }

  /** Replays what the first request answered; 409 for another request under the same key, or no answer yet. */
  private async answerRetry(claim: IdempotencyClaim, response: HttpResponse, found?: ClaimedKey): Promise<unknown> {
    let earlier = found ?? (await this.store.find(claim.subject, claim.key));
    const deadline = Date.now() + WAIT_FOR_RESPONSE_MS;
    while (earlier && earlier.responseStatus === null && sameRequest(earlier.fingerprint, claim.fingerprint) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      earlier = await this.store.find(claim.subject, claim.key);
    }
    if (!earlier) throw conflict('This Idempotency-Key was just released; retry the request.');
    if (!sameRequest(earlier.fingerprint, claim.fingerprint)) {
      throw conflict('This Idempotency-Key was used for a different request (method, path or body); use a new key.');
    }
    if (earlier.responseStatus === null) {
      throw conflict('A request with this Idempotency-Key is in progress, or completed without its response being recorded.', earlier);
    }
    response.setHeader('Idempotent-Replayed', 'true');
    return earlier.responseBody;
  }

  private async record(claim: IdempotencyClaim, status: number, body: unknown): Promise<void> {
    try {
      if (claim.committed) await this.store.recordResponse(claim, status, body);
      else {
        this.logger.warn({ msg: 'create ran without a transaction; its idempotency key was recorded after the fact', route: claim.fingerprint.route });
        await this.store.claimAfterwards(claim, status, body);
      }
    } catch (error) {
      // The create committed: answer it. A retry then learns of it by the claim alone (409 with the resource).
      this.logger.warn({ msg: 'response of an idempotent create not recorded', err: error });
    }
  }

  private purgeNowAndThen(): void {
    if (Date.now() < this.nextPurgeAt) return;
    this.nextPurgeAt = Date.now() + PURGE_EVERY_MS;
    this.store.purgeExpired().catch((error: unknown) => this.logger.warn({ msg: 'expired idempotency keys not purged', err: error }));
  }
}

function keyOf(request: HttpRequest): string | undefined {
  try {
    return idempotencyKeyOf(request.headers['idempotency-key']);
  } catch (error) {
    if (!(error instanceof InvalidIdempotencyKeyError)) throw error;
    throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'invalid input', fields: { 'Idempotency-Key': [error.message] } });
  }
}

function conflict(message: string, earlier?: ClaimedKey): ConflictException {
  const resource = earlier?.resourceId ? { resourceType: earlier.resourceType, resourceId: earlier.resourceId } : {};
  return new ConflictException({ statusCode: 409, error: 'Conflict', message, ...resource });
}
