import { ArgumentsHost, Catch, type INestApplication, type RpcExceptionFilter } from '@nestjs/common';
import { BaseRpcContext, type CustomTransportStrategy, Server } from '@nestjs/microservices';
import { lastValueFrom, type Observable, throwError } from 'rxjs';
import type { EntityManager } from 'typeorm';
import type { CloudEvent } from '@tandem/contracts';
import { type EventHandler, InboxConsumer, type InboxConsumerOptions } from '@tandem/messaging';

/** What an `@EventPattern` handler gets as `@Ctx()`: the event's envelope and the inbox transaction. */
export class InboxEventContext extends BaseRpcContext<[CloudEvent, EntityManager]> {
  get event(): CloudEvent {
    return this.args[0];
  }

  /** Write the handler's effects through this manager: they commit with the inbox record, or not at all. */
  get manager(): EntityManager {
    return this.args[1];
  }
}

/**
 * Nest's default RPC filter turns every exception into "Internal server error"; the inbox needs
 * the original to tell a lost connection (retry) from a broken message (dead letter).
 */
@Catch()
export class PropagateToInboxFilter implements RpcExceptionFilter {
  catch(exception: unknown, _host: ArgumentsHost): Observable<never> {
    return throwError(() => exception);
  }
}

export type InboxTransportOptions = Omit<InboxConsumerOptions, 'handlers'> & {
  /**
   * The event types this inbox applies. A service with two inboxes has all its handlers in each: a
   * partner's signed record must never reach a handler of node-local events, nor the reverse.
   */
  serves: ReadonlySet<string>;
};

/**
 * Serves `@EventPattern('<ce type>')` handlers from an InboxConsumer, so a Nest handler keeps every
 * guarantee of the inbox: contract validation, effectively-once effects, retries, dead letters.
 */
export class InboxTransport extends Server implements CustomTransportStrategy {
  private consumer?: InboxConsumer;

  constructor(private readonly options: InboxTransportOptions) {
    super();
  }

  listen(callback: (error?: unknown) => void): void {
    const handlers: Record<string, EventHandler> = {};
    for (const pattern of this.messageHandlers.keys()) {
      if (this.options.serves.has(pattern)) handlers[pattern] = (event, manager) => this.apply(pattern, event, manager);
    }
    this.consumer = new InboxConsumer({ ...this.options, handlers });
    this.consumer.start().then(() => callback(), callback);
  }

  async close(): Promise<void> {
    await this.consumer?.stop();
  }

  get stats() {
    return this.consumer?.stats;
  }

  on(): never {
    throw new Error('InboxTransport has no events to subscribe to');
  }

  unwrap<T>(): T {
    return this.consumer as T;
  }

  private async apply(pattern: string, event: CloudEvent, manager: EntityManager): Promise<void> {
    const handler = this.getHandlerByPattern(pattern);
    if (!handler) throw new Error(`no handler for ${pattern}`);
    const result = await handler(event.data, new InboxEventContext([event, manager]));
    await lastValueFrom(this.transformToObservable(result), { defaultValue: undefined });
  }
}

/** Connects the inbox transport to a service app; start it with `app.startAllMicroservices()`. */
export function connectInbox(app: INestApplication, options: InboxTransportOptions): InboxTransport {
  const strategy = new InboxTransport(options);
  // Deferred, so the filter is in place before Nest wraps the handlers.
  app.connectMicroservice({ strategy }, { deferInitialization: true }).useGlobalFilters(new PropagateToInboxFilter());
  return strategy;
}
