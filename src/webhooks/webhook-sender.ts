import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { publicOnlyLookup } from './webhook-target';

/** At most this much of an answer is read; the rest is dropped with the connection. */
export const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * Connections are kept alive per endpoint (a TLS handshake per delivery would cost more than the delivery): a kept
 * connection goes to an address that was checked when it was opened, and the host is resolved and checked again at
 * every delivery anyway (`assertAllowedTarget`). An idle one closes after 4 s, before the usual 5 s of servers. As
 * many may stay idle as may be open (fewer made a burst of 25 open 17 new TLS connections for every 8 it kept).
 */
const AGENT_OPTIONS = {
  keepAlive: true,
  maxSockets: 32,
  maxFreeSockets: 32,
  timeout: 4000,
  scheduling: 'lifo',
} as const;
const httpAgent = new HttpAgent(AGENT_OPTIONS);
const httpsAgent = new HttpsAgent(AGENT_OPTIONS);

/** How one attempt ended: `ok` for a 2xx; otherwise the status (null when none came) and why. */
export interface AttemptOutcome {
  ok: boolean;
  statusCode: number | null;
  error: string | null;
}

export interface SendOptions {
  timeoutMs: number;
  /** False with `WEBHOOK_ALLOW_PRIVATE=true`: the system resolver, unchecked. */
  checkAddresses: boolean;
}

/**
 * One `POST` of a webhook with Node's own client (`checkAddresses`: a new connection resolves the host through
 * `publicOnlyLookup`, so it connects to the address it checked).
 * Redirects are never followed (a 3xx is a failure), the whole attempt from its connection on has `timeoutMs`, and at most
 * `MAX_RESPONSE_BYTES` of the answer are read. Never rejects: every failure is an outcome.
 */
export function sendWebhook(
  url: string,
  headers: Record<string, string>,
  body: string,
  options: SendOptions,
): Promise<AttemptOutcome> {
  return new Promise<AttemptOutcome>((resolve) => {
    let settled = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = (outcome: AttemptOutcome) => {
      if (!settled) {
        settled = true;
        clearTimeout(timer);
        resolve(outcome);
      }
    };
    const target = new URL(url);
    const https = target.protocol === 'https:';
    const request = https ? httpsRequest : httpRequest;
    const req = request(
      target,
      {
        method: 'POST',
        agent: https ? httpsAgent : httpAgent,
        lookup: options.checkAddresses ? publicOnlyLookup : undefined,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'clinic-booking-webhooks/1',
        },
      },
      (res) => readAnswer(res, finish),
    );
    // The attempt's time starts when it has a connection (a kept one, or one being opened: connecting counts), not
    // while it waits for one of the agent's sockets behind other attempts to the same host.
    req.once('socket', () => {
      if (settled) {
        return;
      }
      timer ??= setTimeout(() => req.destroy(new Error(`no answer within ${options.timeoutMs} ms`)), options.timeoutMs);
    });
    req.on('error', (error) => finish({ ok: false, statusCode: null, error: error.message }));
    req.end(body);
  });
}

function readAnswer(res: IncomingMessage, finish: (outcome: AttemptOutcome) => void): void {
  const statusCode = res.statusCode ?? 0;
  const done = () => finish(outcomeOf(statusCode));
  let read = 0;
  res.on('data', (chunk: Buffer) => {
    read += chunk.length;
    if (read >= MAX_RESPONSE_BYTES) {
      done();
      res.destroy();
    }
  });
  res.on('end', done);
  res.on('close', done);
  res.on('error', done);
}

function outcomeOf(statusCode: number): AttemptOutcome {
  if (statusCode >= 200 && statusCode < 300) {
    return { ok: true, statusCode, error: null };
  }
  const error =
    statusCode >= 300 && statusCode < 400 ? `redirect ${statusCode} not followed` : `answered ${statusCode}`;
  return { ok: false, statusCode: statusCode >= 100 && statusCode <= 599 ? statusCode : null, error };
}
