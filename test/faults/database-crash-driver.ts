import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';

/** One create as a client sees it: the key it retries under, and what the service said it made. */
export interface Command {
  key: string;
  /** Unique per command, so its rows can be found by it. */
  familyName: string;
  attempts: number;
  /** What the last attempt got, for the failure message. */
  lastAnswer?: string;
  /** Set once a 201, or a 409 naming the participant the key's first request created, came back. */
  participantId?: string;
}

const REQUEST_TIMEOUT_MS = 5_000;
const RETRY_PAUSE_MS = 200;
/** A command still unanswered after this long fails the run instead of hanging it. */
const GIVE_UP_MS = 90_000;

const profile = (familyName: string) => ({
  givenName: 'Crash',
  familyName,
  dateOfBirth: '1990-01-01',
  gender: 'female',
  residenceMunicipality: 'de-goerlitz',
  status: 'refugee',
  languages: [{ code: 'uk', level: 'C1' }],
});

/**
 * POSTs one participant with its Idempotency-Key until it is acknowledged, as a careful client would:
 * every error, 5xx, timeout or 409 without a resource is retried with the same key and body.
 */
export async function createUntilAcknowledged(url: string, token: string, command: Command): Promise<void> {
  const started = Date.now();
  const body = JSON.stringify(profile(command.familyName));
  while (Date.now() - started < GIVE_UP_MS) {
    command.attempts += 1;
    const answer = await fetch(`${url}/participants`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': command.key },
      body,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    }).then(
      async (response) => ({ status: response.status, body: (await response.json().catch(() => ({}))) as { id?: string; resourceId?: string } }),
      () => undefined,
    );
    command.lastAnswer = answer ? `${answer.status} ${JSON.stringify(answer.body)}` : 'no answer';
    const id = answer?.status === 201 ? answer.body.id : answer?.status === 409 ? answer.body.resourceId : undefined;
    if (id) {
      command.participantId = id;
      return;
    }
    if (answer && answer.status < 500 && answer.status !== 409) throw new Error(`create answered ${answer.status}: ${JSON.stringify(answer.body)}`);
    await delay(RETRY_PAUSE_MS);
  }
  throw new Error(`command ${command.key} not acknowledged within ${GIVE_UP_MS / 1000} s; last: ${command.lastAnswer}`);
}

/** `workers` clients, each creating one participant after another until `until()` says stop. */
export async function driveCreates(url: string, tokens: string[], until: () => boolean): Promise<Command[]> {
  const commands: Command[] = [];
  await Promise.all(
    tokens.map(async (token) => {
      while (!until()) {
        const command: Command = { key: randomUUID(), familyName: `crash-${randomUUID()}`, attempts: 0 };
        commands.push(command);
        await createUntilAcknowledged(url, token, command);
      }
    }),
  );
  return commands;
}

/** Seconds until GET /health/ready answers 200 again. */
export async function secondsUntilReady(url: string, since: number, timeoutMs: number): Promise<number> {
  while (Date.now() - since < timeoutMs) {
    const ready = await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(2_000) }).then((r) => r.ok, () => false);
    if (ready) return (Date.now() - since) / 1000;
    await delay(100);
  }
  return Number.POSITIVE_INFINITY;
}
