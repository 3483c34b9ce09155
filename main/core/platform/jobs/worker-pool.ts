import { Worker, type ResourceLimits } from 'node:worker_threads';
import type { ReportWorkerMessage, WorkerData } from './report-messages';

/**
 * Warm worker threads (reports, import checks), shared by the process: loading exceljs and the report code takes a thread
 * seconds, so a finished thread waits (unreferenced, holding nothing open) for the next report.
 * At most as many run at once as the office PC has cores to spare; more wait their turn.
 */

export interface PoolTask {
  data: WorkerData;
  /** Bytes handed to the thread instead of copied (an import's workbook). */
  transfer?: ArrayBuffer[];
  onMessage(message: ReportWorkerMessage): void;
  /** The thread died without saying done or failed. */
  onCrash(reason: string): void;
}

interface Running {
  task: PoolTask;
  worker: Worker;
  detach(): void;
}

const MAX_THREADS = 2;

export class WorkerPool {
  private readonly idle: Worker[] = [];
  private readonly running = new Set<Running>();
  private readonly queue: PoolTask[] = [];
  constructor(
    private readonly entry: string,
    private readonly limits: ResourceLimits | undefined,
  ) {}

  submit(task: PoolTask): void {
    this.queue.push(task);
    this.next();
  }

  /** Drops a waiting task, or ends the thread running it (a fresh one takes its place later). */
  async cancel(task: PoolTask): Promise<void> {
    const waiting = this.queue.indexOf(task);
    if (waiting >= 0) this.queue.splice(waiting, 1);
    const run = [...this.running].find((candidate) => candidate.task === task);
    if (!run) return;
    this.running.delete(run);
    run.detach();
    await run.worker.terminate();
    this.next();
  }

  private next(): void {
    while (this.queue.length > 0 && this.running.size < MAX_THREADS) {
      const task = this.queue.shift();
      if (task) this.start(task, this.idle.pop() ?? this.spawn());
    }
  }

  private spawn(): Worker {
    return new Worker(this.entry, this.limits ? { resourceLimits: this.limits } : {});
  }

  private start(task: PoolTask, worker: Worker): void {
    worker.ref();
    // Our own listeners only: Worker keeps internal ones that removeAllListeners would break.
    const onMessage = (message: ReportWorkerMessage) => {
      task.onMessage(message);
      if (message.type !== 'progress') finish(true);
    };
    const onError = (error: Error) => {
      finish(false);
      task.onCrash(error.message);
    };
    const onExit = (code: number) => {
      finish(false);
      task.onCrash(`exit ${code}`);
    };
    const run: Running = { task, worker, detach: () => worker.off('message', onMessage).off('error', onError).off('exit', onExit) };
    const finish = (keep: boolean) => {
      run.detach();
      this.running.delete(run);
      if (keep) {
        worker.unref();
        this.idle.push(worker);
      } else void worker.terminate();
      this.next();
    };
    this.running.add(run);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ type: 'run', data: task.data }, task.transfer ?? []);
  }
}

const pools = new Map<string, WorkerPool>();

/**
 * The pool of threads running this worker script, with these heap limits: a thread that passes
 * them ends (its task fails) instead of taking the office PC's memory.
 */
export function workerPool(entry: string, limits?: ResourceLimits): WorkerPool {
  const key = `${entry}\n${JSON.stringify(limits ?? {})}`;
  let pool = pools.get(key);
  if (!pool) {
    pool = new WorkerPool(entry, limits);
    pools.set(key, pool);
  }
  return pool;
}
