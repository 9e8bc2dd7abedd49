import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Static, TSchema } from '@sinclair/typebox';
import type { EventContract } from './event-contract';

export class ContractViolationError extends Error {
  override readonly name = 'ContractViolationError';
  constructor(
    readonly eventType: string,
    readonly errors: string[],
  ) {
    super(`${eventType} violates its contract: ${errors.join('; ')}`);
  }
}

export class UnknownEventTypeError extends Error {
  override readonly name = 'UnknownEventTypeError';
  constructor(readonly eventType: string) {
    super(`unknown event type ${eventType}`);
  }
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
}

/** Compiles each contract's schema once and checks data against it, for producers and consumers alike. */
export class ContractRegistry {
  private readonly entries = new Map<string, { contract: EventContract; validate: ValidateFunction }>();

  constructor(contracts: readonly EventContract[]) {
    const ajv = new Ajv({ allErrors: true, strict: true });
    addFormats(ajv);
    for (const contract of contracts) {
      if (this.entries.has(contract.type)) throw new Error(`event type ${contract.type} is declared twice`);
      this.entries.set(contract.type, { contract, validate: ajv.compile(contract.schema) });
    }
  }

  has(type: string): boolean {
    return this.entries.has(type);
  }

  get(type: string): EventContract {
    const entry = this.entries.get(type);
    if (!entry) throw new UnknownEventTypeError(type);
    return entry.contract;
  }

  all(): EventContract[] {
    return [...this.entries.values()].map((entry) => entry.contract);
  }

  /** Throws ContractViolationError naming every field that is wrong. */
  assertValid<S extends TSchema>(contract: EventContract<S>, data: unknown): asserts data is Static<S>;
  assertValid(type: string, data: unknown): void;
  assertValid(contractOrType: EventContract | string, data: unknown): void {
    const type = typeof contractOrType === 'string' ? contractOrType : contractOrType.type;
    const entry = this.entries.get(type);
    if (!entry) throw new UnknownEventTypeError(type);
    if (!entry.validate(data)) throw new ContractViolationError(type, describe(entry.validate.errors));
  }
}
