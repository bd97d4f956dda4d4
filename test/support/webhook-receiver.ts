import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the receiver got: its path, headers and the body exactly as sent. */
export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  at: number;
}

/** How the receiver answers the next request (by default: 204). */
export type Answer = { status: number; location?: string } | { delayMs: number };

/**
 * A local HTTP endpoint for webhook tests and the bench: records every request, answers as told per path
 * (`answerNext` queues answers for the next requests to a path, `answerAlways` sets the one after them; by default
 * 204), and wakes who waits for a count.
 */
export class WebhookReceiver {
  readonly received: ReceivedWebhook[] = [];
  private readonly queued = new Map<string, Answer[]>();
  private readonly fallback = new Map<string, Answer>();
  private waiters: (() => void)[] = [];
  private server!: Server;
  url = '';
  /** Receivers may see each request here as it arrives (the bench measures lag with it). */
  onReceive: ((webhook: ReceivedWebhook) => void) | null = null;

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const webhook = {
          path: req.url ?? '/',
          headers: req.headers,
          body: Buffer.concat(chunks).toString('utf8'),
          at: Date.now(),
        };
        this.received.push(webhook);
        this.onReceive?.(webhook);
        this.answer(res, this.queued.get(webhook.path)?.shift() ?? this.fallback.get(webhook.path) ?? { status: 204 });
        const waiters = this.waiters;
        this.waiters = [];
        waiters.forEach((wake) => wake());
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  answerNext(path: string, ...answers: Answer[]): void {
    this.queued.set(path, [...(this.queued.get(path) ?? []), ...answers]);
  }

  answerAlways(path: string, answer: Answer): void {
    this.fallback.set(path, answer);
  }

  /** The requests to `path`. */
  at(path: string): ReceivedWebhook[] {
    return this.received.filter((webhook) => webhook.path === path);
  }

  /** Resolves once `count` requests reached `path` (bounded by `ms`); answers those requests. */
  async waitFor(path: string, count: number, ms = 15_000): Promise<ReceivedWebhook[]> {
    const deadline = Date.now() + ms;
    while (this.at(path).length < count && Date.now() < deadline) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.max(deadline - Date.now(), 0));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return this.at(path);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(res: ServerResponse, answer: Answer): void {
    if ('delayMs' in answer) {
      const timer = setTimeout(() => res.writeHead(204).end(), answer.delayMs);
      res.on('close', () => clearTimeout(timer));
      return;
    }
    res.writeHead(answer.status, answer.location ? { location: answer.location } : {}).end();
  }
}
