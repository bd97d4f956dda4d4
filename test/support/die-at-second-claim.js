// Preloaded into a child app by the reminders test: its claims take at most 20 jobs with a 2 s lease, and the process
// kills itself the moment its second claim has returned jobs. So it dies after one batch was done and committed,
// holding the next batch's leases, with more jobs still queued: a restart in the middle of the due work.
/* eslint-disable */
const path = require('path');
const { JobsRepository } = require(path.join(__dirname, '..', '..', 'src', 'jobs', 'jobs.repository.ts'));
const claim = JobsRepository.prototype.claim;
let claims = 0;
JobsRepository.prototype.claim = async function claimTwiceThenDie(lockedBy) {
  const jobs = await claim.call(this, lockedBy, 20, 2000);
  if (jobs.length > 0) {
    claims += 1;
    if (claims === 2) {
      process.kill(process.pid, 'SIGKILL');
      await new Promise(() => undefined);
    }
  }
  return jobs;
};
