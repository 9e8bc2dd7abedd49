import { assertPortFree } from './readiness';

// The kernel hands out listen(0) ports from the range it also takes the local ports of outgoing connections
// from (Linux: 32768-60999), so a Kafka or PostgreSQL client could take one between our check and the
// service's bind. Ports come from below that range instead, a slice for each jest worker (JEST_WORKER_ID
// counts from 1; other processes take slice 0) so that parallel workers never hand out the same port.
const PORT_RANGE_START = 20_000;
const PORTS_PER_SLICE = 1_000;
const SLICES = 12;
const handedOut = new Set<number>();

/** A TCP port on the loopback interface that nothing listens on and this process has not handed out before. */
export async function freePort(): Promise<number> {
  const first = PORT_RANGE_START + (Number(process.env.JEST_WORKER_ID ?? 0) % SLICES) * PORTS_PER_SLICE;
  const offset = Math.floor(Math.random() * PORTS_PER_SLICE);
  for (let i = 0; i < PORTS_PER_SLICE; i++) {
    const port = first + ((offset + i) % PORTS_PER_SLICE);
    if (!handedOut.has(port) && (await canListen(port))) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`no free port in ${first}-${first + PORTS_PER_SLICE - 1}`);
}

function canListen(port: number): Promise<boolean> {
  return assertPortFree(port).then(
    () => true,
    () => false,
  );
}
