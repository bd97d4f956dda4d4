// Preloaded into a child app by the jobs test: the process kills itself the moment it has claimed a job, so it dies
// holding that job's lease (what a crash, an OOM kill or a deploy can do). Its claim asks a 2 s lease instead of the
// usual minute, so the test need not wait that long for another instance to take the job over.
/* eslint-disable */
const path = require('path');
const { JobsRepository } = require(path.join(__dirname, '..', '..', 'src', 'jobs', 'jobs.repository.ts'));
const claim = JobsRepository.prototype.claim;
JobsRepository.prototype.claim = async function claimThenDie(lockedBy, limit) {
  const jobs = await claim.call(this, lockedBy, limit, 2000);
  if (jobs.length > 0) {
    process.kill(process.pid, 'SIGKILL');
    await new Promise(() => undefined);
  }
  return jobs;
};
