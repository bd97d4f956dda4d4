// Preloaded into a child app by the outbox test: the process kills itself the moment a committed change hands its
// events to the relay, so it dies exactly between commit and publish (what a crash, an OOM kill or a deploy can do).
/* eslint-disable */
const path = require('path');
const { EventRelay } = require(path.join(__dirname, '..', '..', 'src', 'outbox', 'event-relay.ts'));
EventRelay.prototype.published = function diedBeforePublishing() {
  process.kill(process.pid, 'SIGKILL');
};
