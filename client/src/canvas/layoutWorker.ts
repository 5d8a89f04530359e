// The page's end of the layout worker: one worker per canvas, started on the first large layout,
// one request at a time (layouts are queued anyway). Imported only by useCytoscape: the worker's
// address comes from import.meta.url, which Vite turns into the bundled worker file.
import { replyProblem } from './force/protocol';
import type { LayoutReply, LayoutRequest } from './force/protocol';
import { onPage as inline } from './forceRun';
import type { ForceRunner } from './forceRun';

export interface LayoutWorker {
  readonly run: ForceRunner;
  stop(): void;
}

type Positions = Extract<LayoutReply, { type: 'positions' }>;

export function createLayoutWorker(): LayoutWorker {
  let worker: Worker | null = null;
  let failed = false;
  let nextId = 1;
  const waiting = new Map<number, { count: number; resolve(r: Positions): void; reject(e: Error): void }>();

  const start = (): Worker | null => {
    if (worker || failed) return worker;
    try {
      worker = new Worker(new URL('./force/layout.worker.ts', import.meta.url), { type: 'module', name: 'linkage-layout' });
    } catch (err) {
      console.warn('The layout worker could not start; large layouts run on the page', err);
      failed = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<unknown>) => {
      const id = typeof event.data === 'object' && event.data !== null ? (event.data as { id?: unknown }).id : undefined;
      const job = typeof id === 'number' ? waiting.get(id) : undefined;
      if (!job || typeof id !== 'number') return;
      waiting.delete(id);
      const problem = replyProblem(event.data, id, job.count);
      if (problem === null) job.resolve(event.data as Positions);
      else job.reject(new Error(problem));
    };
    // Where no worker can start (an old browser, a policy) the layout runs on the page (`inline`).
    worker.onerror = (event) => {
      // A worker that cannot load (a missing file, a script error) fails every request it holds.
      event.preventDefault();
      for (const job of waiting.values()) job.reject(new Error(`layout worker: ${event.message || 'failed to start'}`));
      waiting.clear();
      worker?.terminate();
      worker = null;
      failed = true;
    };
    return worker;
  };

  return {
    run(request) {
      const w = start();
      if (!w) return inline(request);
      const id = nextId;
      nextId += 1;
      const sent = new Promise<Positions>((resolve, reject) => {
        waiting.set(id, { count: request.nodes.length, resolve, reject });
        w.postMessage({ type: 'layout', id, ...request } satisfies LayoutRequest);
      });
      // A worker that died on loading still gets the canvas laid out, on the page.
      return sent.catch((err: unknown) => (failed ? inline(request) : Promise.reject(err instanceof Error ? err : new Error(String(err)))));
    },
    stop() {
      worker?.terminate();
      worker = null;
      for (const job of waiting.values()) job.reject(new Error('the canvas closed'));
      waiting.clear();
    },
  };
}
