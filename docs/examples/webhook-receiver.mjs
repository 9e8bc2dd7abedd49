// A minimal receiver of Tandem placement webhooks: plain Node (18+), no dependencies.
//
//   WEBHOOK_SECRET='whsec_…' PORT=8080 node docs/examples/webhook-receiver.mjs
//
// It verifies each request's Standard Webhooks signature, refuses stale timestamps, answers 2xx only
// once the event is handled, and handles each webhook-id once (Tandem retries and replays with the
// same id). A real receiver keeps the seen ids in its database, in the transaction that handles the event.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';

const secrets = (process.env.WEBHOOK_SECRET ?? '').split(',').filter(Boolean);
const port = Number(process.env.PORT ?? 8080);
const TOLERANCE_SECONDS = 5 * 60;
if (!secrets.length) throw new Error('set WEBHOOK_SECRET to the whsec_… secret shown when subscribing (comma-separate two during a rotation)');

/** Any `v1,` signature of the header made with any of our secrets over `id.timestamp.body`. */
function verified(id, timestamp, body, header) {
  const given = header.split(' ').filter((part) => part.startsWith('v1,')).map((part) => Buffer.from(part.slice(3), 'base64'));
  return secrets.some((secret) => {
    const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
    const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
    return given.some((signature) => signature.length === expected.length && timingSafeEqual(signature, expected));
  });
}

const seen = new Set();

function handle(event) {
  console.log(event.type, event.timestamp, JSON.stringify(event.data));
}

createServer((request, response) => {
  const chunks = [];
  request.on('data', (chunk) => chunks.push(chunk));
  request.on('end', () => {
    const body = Buffer.concat(chunks).toString('utf8');
    const id = String(request.headers['webhook-id'] ?? '');
    const timestamp = String(request.headers['webhook-timestamp'] ?? '');
    const signature = String(request.headers['webhook-signature'] ?? '');
    const age = Math.abs(Date.now() / 1000 - Number(timestamp));
    if (!id || !(age <= TOLERANCE_SECONDS) || !verified(id, timestamp, body, signature)) {
      response.writeHead(401).end();
      return;
    }
    if (!seen.has(id)) {
      handle(JSON.parse(body));
      seen.add(id);
    }
    response.writeHead(204).end();
  });
}).listen(port, () => console.log(`receiving Tandem webhooks on port ${port}`));
