/**
 * WORKERS > 1: this process becomes a small supervisor that runs that many copies of the server
 * (node:cluster workers sharing one port), so one machine uses all its cores. Each worker is the
 * ordinary server with its own directory index and database connections; they share nothing in
 * memory, as separate instances behind a load balancer do (README, deployment).
 */
import cluster, { type Worker } from 'node:cluster';

/** A worker that dies this often within a minute is not started again: something is broken. */
const MAX_RESTARTS_PER_MINUTE = 5;

const log = (fields: Record<string, unknown>) => console.log(JSON.stringify({ level: 'info', ...fields }));

/** Waits until `worker` listens (true) or exits first (false). */
function listening(worker: Worker): Promise<boolean> {
  return new Promise((resolve) => {
    worker.once('listening', () => resolve(true));
    worker.once('exit', () => resolve(false));
  });
}

/**
 * Starts `count` workers one after the other (each applies the database migrations before the
 * next one opens the database), replaces a worker that dies, answers SIGINT/SIGTERM with SIGTERM
 * to every worker (each finishes what it is doing), and resolves with the exit code once all
 * have stopped.
 */
export async function superviseWorkers(count: number): Promise<number> {
  let stopping = false;
  let exitCode = 0;
  const restarts: number[] = [];
  const all = () => Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
  const stopAll = () => {
    stopping = true;
    for (const worker of all()) worker.process.kill('SIGTERM');
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, stopAll);

  for (let i = 0; i < count && !stopping; i++) {
    if (!(await listening(cluster.fork()))) {
      console.error(JSON.stringify({ level: 'error', msg: 'worker did not start', worker: i + 1 }));
      exitCode = 1;
      stopAll();
    }
  }
  if (!stopping) log({ msg: 'workers listening', workers: count });

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    const now = Date.now();
    restarts.push(now);
    while (restarts[0]! < now - 60_000) restarts.shift();
    console.error(JSON.stringify({ level: 'error', msg: 'worker stopped', code, signal }));
    if (restarts.length > MAX_RESTARTS_PER_MINUTE) {
      exitCode = 1;
      stopAll();
    } else {
      cluster.fork();
    }
  });

  return new Promise((resolve) => {
    const check = () => {
      if (all().length === 0) resolve(exitCode);
    };
    cluster.on('exit', () => setImmediate(check));
    check();
  });
}
