/**
 * A worker thread of the slots fan-out scenario: opens its share of the watchers, each watching one doctor, and notes
 * when each `slots.changed` reaches each socket (ms since the epoch, comparable across threads). Spread over threads
 * so that the bench's own event loop, decoding thousands of frames, weighs as little as possible on the figures.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { io, type Socket } from 'socket.io-client';

export interface WatcherSetup {
  url: string;
  tokens: string[];
  doctorId: string;
  connectConcurrency: number;
}
export type WatcherCommand = { type: 'reset' } | { type: 'collect' } | { type: 'close' };
export type WatcherReport =
  | { type: 'ready'; sockets: number }
  | { type: 'failed'; message: string }
  | { type: 'reset' }
  | { type: 'closed' }
  /** For each socket, when each `slots.changed` since the last reset arrived, in order. */
  | { type: 'receipts'; receipts: number[][] };

const now = () => performance.timeOrigin + performance.now();

async function watcher(setup: WatcherSetup, token: string, receipts: number[]): Promise<Socket> {
  const socket = io(`${setup.url}/notifications`, {
    transports: ['websocket'],
    auth: { token },
    reconnection: false,
    forceNew: true,
    timeout: 30_000,
  });
  socket.on('slots.changed', (event: { doctorId: string }) => {
    if (event.doctorId === setup.doctorId) {
      receipts.push(now());
    }
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
  const ack = (await socket.emitWithAck('slots.watch', { doctorId: setup.doctorId })) as { ok: boolean; code?: string };
  if (!ack.ok) {
    socket.close();
    throw new Error(`slots.watch answered ${ack.code ?? 'not ok'}`);
  }
  return socket;
}

async function main(port: NonNullable<typeof parentPort>, setup: WatcherSetup): Promise<void> {
  const sockets: Socket[] = [];
  const receipts: number[][] = setup.tokens.map(() => []);
  port.on('message', (command: WatcherCommand) => {
    switch (command.type) {
      case 'reset':
        receipts.forEach((list) => list.splice(0));
        port.postMessage({ type: 'reset' } satisfies WatcherReport);
        break;
      case 'collect':
        port.postMessage({ type: 'receipts', receipts } satisfies WatcherReport);
        break;
      case 'close':
        sockets.forEach((socket) => socket.close());
        port.postMessage({ type: 'closed' } satisfies WatcherReport);
        port.close();
        break;
    }
  });
  try {
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(setup.connectConcurrency, setup.tokens.length) }, async () => {
        for (let i = next++; i < setup.tokens.length; i = next++) {
          sockets.push(await watcher(setup, setup.tokens[i], receipts[i]));
        }
      }),
    );
    port.postMessage({ type: 'ready', sockets: sockets.length } satisfies WatcherReport);
  } catch (error) {
    sockets.forEach((socket) => socket.close());
    port.postMessage({
      type: 'failed',
      message: error instanceof Error ? error.message : String(error),
    } satisfies WatcherReport);
  }
}

if (parentPort) {
  void main(parentPort, workerData as WatcherSetup);
}
