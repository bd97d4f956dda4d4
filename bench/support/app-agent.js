'use strict';
// Preloaded into the app by the benchmark only (node --expose-gc -r ./bench/support/app-agent.js …). Over the IPC
// channel the harness opened, it runs a full GC before a memory reading, and starts/stops V8's CPU profiler around a
// measured phase (so a profile holds that phase, not the start-up). Not part of the app; never loaded in production.
const { Session } = require('node:inspector');
const { writeFileSync } = require('node:fs');

let session = null;

function post(method, params) {
  return new Promise((resolve, reject) =>
    session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

const handlers = {
  async gc() {
    if (typeof global.gc === 'function') {
      global.gc();
    }
  },
  async 'profile-start'() {
    session = new Session();
    session.connect();
    await post('Profiler.enable');
    await post('Profiler.setSamplingInterval', { interval: 1000 });
    await post('Profiler.start');
  },
  async 'profile-stop'({ file }) {
    const { profile } = await post('Profiler.stop');
    session.disconnect();
    session = null;
    writeFileSync(file, JSON.stringify(profile));
  },
};

if (process.send) {
  process.on('message', (message) => {
    const handler = message && handlers[message.type];
    if (!handler) {
      return;
    }
    handler(message).then(
      () => process.send({ id: message.id, ok: true }),
      (error) => process.send({ id: message.id, ok: false, error: String(error) }),
    );
  });
  // The channel must not keep the app alive once it wants to exit.
  process.channel.unref();
}
