import { LocalBroker, type ProcessExit, type ServiceProcess, uniqueName } from '@tandem/devkit';
import { CrashConsumers, publishSteps } from './support/crash-consumers';
import { eventually, FaultWorld, sleep } from './support/fault-world';
import { consumerLag, orderViolations } from './support/ledger';

// On a busy shared 2-core machine the suite takes several minutes at this count; FAULTS_EVENTS=1000 is the lighter run.
const EVENTS = Number(process.env.FAULTS_EVENTS ?? 5000);
// How long each process consumes, once it applies anything, before it is SIGKILLed.
const LIFE_MS = 2000;
// The second process kills itself between the database commit of its 25th application and that record's offset commit.
const HOOK_LIFE = 2;
const HOOK_AFTER = 25;

interface Result {
  produced: number;
  applied: number;
  distinct: number;
  redeliveries: number;
  kills: number;
  lag: number;
}

/** Its exit, or SIGKILL after `ms`: a process that should have crashed itself must not hang the suite. */
function exitWithin(child: ServiceProcess, ms = 90_000): Promise<ProcessExit> {
  return Promise.race([child.exited, sleep(ms).then(() => child.kill())]);
}

async function settle(world: FaultWorld, consumers: CrashConsumers): Promise<number> {
  await eventually(async () => (await consumerLag(world.kafka, consumers.groupId, world.topic)) === 0, 120_000, 250);
  return consumerLag(world.kafka, consumers.groupId, world.topic);
}

describe(`a consuming process SIGKILLed every ${LIFE_MS / 1000} s over ${EVENTS} events`, () => {
  let broker: LocalBroker;
  let result: Result | undefined;

  beforeAll(async () => {
    broker = await LocalBroker.create(uniqueName('ccrash'));
    await broker.start();
  }, 180_000);

  afterAll(async () => {
    await broker.stop();
    if (result) process.stdout.write(`${JSON.stringify({ suite: 'consumer-crash', ...result })}\n`);
  }, 60_000);

  it('applies every event exactly once, redelivers what a crash left uncommitted and catches up', async () => {
    const world = await FaultWorld.create('ccrash', broker.brokers);
    const consumers = new CrashConsumers(world, broker.brokers, uniqueName('steps'));
    try {
      await publishSteps(world, EVENTS);
      const inboxRows = () => world.count('SELECT count(*) FROM inbox');
      let kills = 0;
      let hookEventId: string | undefined;
      for (let life = 1; (await inboxRows()) < EVENTS; life++) {
        if (life === HOOK_LIFE) {
          const child = consumers.start({ FAULT_EXIT_AFTER_APPLY: String(HOOK_AFTER) });
          const exit = await exitWithin(child);
          hookEventId = /exit-after-apply (\S+)/.exec(child.recentOutput)?.[1];
          expect({ signal: exit.signal, hookEventId: Boolean(hookEventId) }).toEqual({ signal: 'SIGKILL', hookEventId: true });
          consumers.watch(`redelivery ${hookEventId}`);
        } else {
          const before = await inboxRows();
          const child = consumers.start();
          expect(await eventually(async () => (await inboxRows()) > before, 90_000, 50)).toBe(true);
          await sleep(LIFE_MS);
          await child.kill('SIGKILL');
        }
        kills++;
      }
      // A last process, left running, must commit the group's offsets up to the end.
      consumers.start();
      const lag = await settle(world, consumers);
      await consumers.stopAll();

      const applied = await world.count('SELECT count(*) FROM effects');
      const distinct = await world.count('SELECT count(DISTINCT event_id) FROM effects');
      result = { produced: EVENTS, applied, distinct, redeliveries: consumers.redeliveries, kills, lag };
      expect(await inboxRows()).toBe(EVENTS);
      expect(result).toMatchObject({ applied: EVENTS, distinct: EVENTS, lag: 0 });
      expect(result.redeliveries).toBeGreaterThan(0);
      expect(kills).toBeGreaterThanOrEqual(HOOK_LIFE);
      // The record applied just before the crash had no committed offset: it came again and was skipped.
      expect(consumers.sightings(`redelivery ${hookEventId}`)).toBeGreaterThan(0);
      expect(await orderViolations(world)).toBe(0);
    } finally {
      await consumers.stopAll();
      await world.close();
    }
  }, 600_000);

  it('reports loss for a consumer that commits offsets before applying', async () => {
    const world = await FaultWorld.create('ccrash', broker.brokers);
    const consumers = new CrashConsumers(world, broker.brokers, uniqueName('steps'));
    try {
      const produced = Math.min(EVENTS, 1000);
      await publishSteps(world, produced);
      const crashed = await exitWithin(consumers.start({ FAULT_COMMIT_FIRST: '1', FAULT_EXIT_AFTER_APPLY: String(HOOK_AFTER) }));
      expect(crashed.signal).toBe('SIGKILL');
      consumers.start({ FAULT_COMMIT_FIRST: '1' });
      expect(await settle(world, consumers)).toBe(0);
      // Offsets run ahead of applications here: wait until nothing more is being applied.
      let previous = -1;
      await eventually(async () => {
        const now = await world.count('SELECT count(*) FROM inbox');
        const still = now === previous;
        previous = now;
        return still;
      }, 60_000, 2000);
      const distinct = await world.count('SELECT count(DISTINCT event_id) FROM effects');
      process.stdout.write(`consumer-crash, offsets committed before applying: ${distinct} of ${produced} applied\n`);
      expect(distinct).toBeLessThan(produced);
    } finally {
      await consumers.stopAll();
      await world.close();
    }
  }, 300_000);
});
