import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  id: string;
  timestamp: number;
  signature: string;
  body: { type: string; timestamp: string; data: Record<string, unknown> };
  raw: string;
}

/** A real receiver on 127.0.0.1: each path is one subscriber, answering 200 unless told to fail first. */
export class WebhookReceiver {
  private readonly received = new Map<string, ReceivedWebhook[]>();
  private readonly failures = new Map<string, number[]>();

  private constructor(private readonly server: Server) {}

  static async start(): Promise<WebhookReceiver> {
    const receiver: WebhookReceiver = new WebhookReceiver(createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const raw = Buffer.concat(chunks).toString();
        const path = request.url ?? '/';
        const header = (name: string) => String(request.headers[name] ?? '');
        const webhook = { id: header('webhook-id'), timestamp: Number(header('webhook-timestamp')), signature: header('webhook-signature'), body: JSON.parse(raw), raw };
        receiver.received.set(path, [...(receiver.received.get(path) ?? []), webhook]);
        response.writeHead(receiver.failures.get(path)?.shift() ?? 200).end();
      });
    }));
    await new Promise<void>((resolve) => receiver.server.listen(0, '127.0.0.1', resolve));
    return receiver;
  }

  get hostPort(): string {
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  url(path: string): string {
    return `http://${this.hostPort}${path}`;
  }

  /** The next answers to `path`, e.g. [500, 500, 500] before the 200s. */
  failNext(path: string, statuses: number[]): void {
    this.failures.set(path, [...statuses]);
  }

  at(path: string): ReceivedWebhook[] {
    return this.received.get(path) ?? [];
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

/** Whether any of the header's `v1,` signatures is the secret's HMAC of `id.timestamp.body`, as a receiver checks it. */
export function verifies(webhook: ReceivedWebhook, secret: string): boolean {
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', key).update(`${webhook.id}.${webhook.timestamp}.${webhook.raw}`).digest('base64');
  return webhook.signature.split(' ').includes(`v1,${expected}`);
}
