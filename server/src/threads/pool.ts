// Work done on worker threads, one job per thread at a time, each with a time limit: a conversion
// on which PDF.js never ends, or that kills its thread, fails its own job and no other, and the
// next job gets a new thread. The CLI converts a folder's PDFs so (cli/readers.ts), the language
// server the PDFs it imports or reads for last year's report (lsp/conversion.ts). Each thread runs
// a given script, in practice the bundle that starts it, which serves jobs instead of its usual
// work when started with the pool's mark.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

/** Why a job gave no answer: its thread died, it ran out of time, or whoever asked stopped waiting. */
export type Failure = 'died' | 'timedOut' | 'cancelled';

export interface PoolOptions<In, Out> {
  size: number;
  /** The script each thread runs; it calls serveJobs with the same mark. */
  script: string;
  mark: string;
  /** Milliseconds a job may take before it is given up and its thread stopped. */
  timeLimit: number;
  /** The answer to a job that failed. */
  failed: (input: In, why: Failure) => Out;
  /** Milliseconds a thread may wait for its next job before it is stopped; by default it waits until the pool closes. */
  idleLimit?: number;
}

export interface Pool<In, Out> {
  /** The job's answer; an aborted `signal` stops the job's thread and answers it as cancelled. */
  run(input: In, signal?: AbortSignal): Promise<Out>;
  close(): Promise<void>;
}

interface Job<In, Out> {
  input: In;
  done: (output: Out) => void;
  signal?: AbortSignal;
  cancel?: () => void;
  worker?: Worker;
  timer?: NodeJS.Timeout;
}

export function threadPool<In, Out>({ size, script, mark, timeLimit, failed, idleLimit }: PoolOptions<In, Out>): Pool<In, Out> {
  const idle: Worker[] = [];
  const idleTimers = new Map<Worker, NodeJS.Timeout>();
  const busy = new Map<Worker, Job<In, Out>>();
  const queue: Job<In, Out>[] = [];
  let count = 0;

  /** The job leaves the thread, which then holds nothing of it. */
  const finish = (worker: Worker) => {
    const job = busy.get(worker);
    busy.delete(worker);
    if (!job) return undefined;
    clearTimeout(job.timer);
    job.signal?.removeEventListener('abort', job.cancel!);
    return job;
  };
  const start = () => {
    const worker = new Worker(script, { workerData: mark });
    count++;
    worker.on('message', (output: Out) => {
      const job = finish(worker);
      if (!job) return; // given up on, and being stopped
      release(worker);
      job.done(output);
    });
    // A thread that died (PDF.js out of memory on one file, say) fails its job alone; the next job gets a new thread.
    worker.on('exit', () => {
      count--;
      leaveIdle(worker);
      const job = finish(worker);
      if (job) job.done(failed(job.input, 'died'));
      dispatch();
    });
    // Its exit follows the error, and fails the job there.
    worker.on('error', () => undefined);
    return worker;
  };
  // An idle thread never keeps the process alive; a busy one does, until its job is done.
  const release = (worker: Worker) => {
    worker.unref();
    idle.push(worker);
    // Past the idle limit, out of the idle list before it is stopped: no job goes to a thread being stopped.
    if (idleLimit !== undefined) idleTimers.set(worker, setTimeout(() => {
      if (leaveIdle(worker)) void worker.terminate();
    }, idleLimit).unref());
    dispatch();
  };
  /** Whether the thread was idle; it is not any more. */
  const leaveIdle = (worker: Worker): boolean => {
    clearTimeout(idleTimers.get(worker));
    idleTimers.delete(worker);
    const at = idle.indexOf(worker);
    if (at >= 0) idle.splice(at, 1);
    return at >= 0;
  };
  // The job fails with what happened; the thread's exit then frees its place for the next job.
  const giveUp = (worker: Worker, why: Failure) => {
    const job = finish(worker)!;
    job.done(failed(job.input, why));
    void worker.terminate();
  };
  const dispatch = () => {
    while (queue.length > 0) {
      const worker = idle.at(-1) ?? (count < size ? start() : undefined);
      if (!worker) return;
      leaveIdle(worker);
      const job = queue.shift()!;
      busy.set(worker, job);
      job.worker = worker;
      worker.ref();
      job.timer = setTimeout(() => giveUp(worker, 'timedOut'), timeLimit).unref();
      worker.postMessage(job.input);
    }
  };
  return {
    run: (input, signal) => new Promise((done) => {
      if (signal?.aborted) return done(failed(input, 'cancelled'));
      const job: Job<In, Out> = { input, done, signal };
      // Cancelled while it waits, the job leaves the queue; while it runs, its thread is stopped.
      job.cancel = () => {
        const at = queue.indexOf(job);
        if (at >= 0) {
          queue.splice(at, 1);
          done(failed(input, 'cancelled'));
        } else if (busy.get(job.worker!) === job) giveUp(job.worker!, 'cancelled');
      };
      signal?.addEventListener('abort', job.cancel, { once: true });
      queue.push(job);
      dispatch();
    }),
    close: async () => {
      await Promise.all([...idle, ...busy.keys()].map((worker) => worker.terminate()));
    },
  };
}

/** In a thread a pool started with this mark: answers each job with `work`; elsewhere does nothing. */
export function serveJobs<In, Out>(mark: string, work: (input: In) => Promise<Out>): boolean {
  if (isMainThread || workerData !== mark) return false;
  parentPort!.on('message', async (input: In) => parentPort!.postMessage(await work(input)));
  return true;
}
