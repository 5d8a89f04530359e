// The layout worker: answers each layout request (./protocol.ts) off the main thread, so the page
// keeps drawing and answering the reader while thousands of nodes are placed. Bundled by Vite as
// its own file next to the page (new URL(…, import.meta.url) in ../layoutWorker.ts), nothing from a CDN.
import { answer } from './protocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: unknown, transfer: Transferable[]): void;
}

// The project's TypeScript library is the DOM's, not the worker's: this is the worker's global scope.
const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
  const reply = answer(event.data);
  scope.postMessage(reply, reply.type === 'positions' ? [reply.xs.buffer, reply.ys.buffer] : []);
};
