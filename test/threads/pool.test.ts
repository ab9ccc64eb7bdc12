// Jobs on worker threads as the language server's import runs them: cancelled while they run or
// wait, and threads that wait too long for work stopped. (Threads that die or never end: the CLI's
// reader tests, test/cli/readers.test.ts.)
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { threadPool, type Failure } from '../../server/src/threads/pool';

/** A thread that answers each job with the job and its thread's id, and never answers 'endless'. */
function script(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'xxgk-pool-')), 'job.js');
  fs.writeFileSync(file, `const { parentPort, threadId } = require('node:worker_threads');
parentPort.on('message', (job) => { if (job === 'endless') for (;;); parentPort.postMessage({ job, thread: threadId }); });`);
  return file;
}

type Answer = { job: string; thread: number } | { failed: Failure; job: string };

function pool(idleLimit?: number) {
  return threadPool<string, Answer>({ size: 1, script: script(), mark: 'test', timeLimit: 30000, idleLimit, failed: (job, why) => ({ failed: why, job }) });
}

const settled = (ms: number) => new Promise((done) => setTimeout(done, ms));

describe('jobs on worker threads', function () {
  this.timeout(60000);

  it('cancels a running job by stopping its thread, one waiting for a thread before it starts, and runs the next on a new thread', async () => {
    const jobs = pool();
    try {
      const first = await jobs.run('a');
      const running = new AbortController();
      const waiting = new AbortController();
      const endless = jobs.run('endless', running.signal);
      const queued = jobs.run('queued', waiting.signal);
      const next = jobs.run('b');
      waiting.abort();
      assert.deepEqual(await queued, { failed: 'cancelled', job: 'queued' });
      // The thread is in its endless loop (or about to be): only stopping it ends the job.
      await settled(100);
      running.abort();
      assert.deepEqual(await endless, { failed: 'cancelled', job: 'endless' });
      const after = await next;
      assert.ok('thread' in first && 'thread' in after);
      assert.equal(after.job, 'b');
      assert.notEqual(after.thread, first.thread);
      const already = new AbortController();
      already.abort();
      assert.deepEqual(await jobs.run('late', already.signal), { failed: 'cancelled', job: 'late' });
    } finally {
      await jobs.close();
    }
  });

  it('keeps a thread for the next job while it waits less than the idle limit, and stops it after', async () => {
    const jobs = pool(500);
    try {
      const first = await jobs.run('a');
      const soon = await jobs.run('b');
      await settled(1500);
      const later = await jobs.run('c');
      assert.ok('thread' in first && 'thread' in soon && 'thread' in later);
      assert.equal(soon.thread, first.thread);
      assert.notEqual(later.thread, first.thread);
    } finally {
      await jobs.close();
    }
  });
});
