import { setTimeout as delay } from 'node:timers/promises';
import type { NodeClient } from '@tandem/devkit';
import type { Referable } from './seed';

/** More than this many unanswered requests means DE cannot keep up: the pacer waits rather than pile on. */
const MAX_IN_FLIGHT = 1000;

export interface SentReferral {
  id: string;
  /** Wall-clock time (epoch ms) DE's 201 arrived: comparable with the receiving node's timestamps on the same machine. */
  answeredAt: number;
  requestMs: number;
}

export interface SendOutcome {
  sent: SentReferral[];
  /** Status (or error) of every request that did not get a 201, with how often. */
  failures: Map<string, number>;
  firstFailure?: string;
  seconds: number;
}

/**
 * One referral per participant, started on a fixed schedule of `rate` per second and not waiting for
 * earlier answers, so a slow answer delays nothing but itself (open-loop load).
 */
export async function sendPaced(client: NodeClient, participants: readonly Referable[], destination: string, rate: number): Promise<SendOutcome> {
  const outcome: SendOutcome = { sent: [], failures: new Map(), seconds: 0 };
  const inFlight = new Set<Promise<void>>();
  const start = performance.now();
  for (const [index, participant] of participants.entries()) {
    const wait = start + (index * 1000) / rate - performance.now();
    if (wait > 0) await delay(wait);
    while (inFlight.size >= MAX_IN_FLIGHT) await Promise.race(inFlight);
    const request = sendOne(client, participant, destination, outcome).finally(() => inFlight.delete(request));
    inFlight.add(request);
  }
  await Promise.all(inFlight);
  outcome.seconds = (performance.now() - start) / 1000;
  return outcome;
}

async function sendOne(client: NodeClient, participant: Referable, destination: string, outcome: SendOutcome): Promise<void> {
  const started = performance.now();
  const body = { ...participant, destination, occupation: '7212', program: 'Welding, evening cohort' };
  let failure: string;
  try {
    const result = await client.post<{ id: string }>('/referrals', body);
    if (result.status === 201) {
      outcome.sent.push({ id: result.body.id, answeredAt: Date.now(), requestMs: performance.now() - started });
      return;
    }
    failure = `HTTP ${result.status}`;
    outcome.firstFailure ??= `${failure}: ${JSON.stringify(result.body)}`;
  } catch (error) {
    failure = (error as Error).name;
    outcome.firstFailure ??= String(error);
  }
  outcome.failures.set(failure, (outcome.failures.get(failure) ?? 0) + 1);
}
