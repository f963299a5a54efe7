/**
 * The desktop host's checking thread (bundled as dist/check-worker.js): loads the core as its first
 * message says, keeps its own CheckSession (trees and findings between checks of the same files, as
 * the in-process runner does), and answers each check with the result as data. The extension host
 * terminates it when a check runs past its time budget and starts a fresh one for the next check
 * (checking/worker-runner.ts).
 */
import { parentPort } from 'node:worker_threads';
import { CheckSession, initCore, transferable } from '../../core';
import type { CheckWorkerReply, CheckWorkerRequest } from '../checking/worker-protocol';

const port = parentPort;
if (port) {
  const reply = (message: CheckWorkerReply) => port.postMessage(message);
  const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
  const session = new CheckSession();
  let loaded: Promise<void> | undefined;
  port.on('message', (request: CheckWorkerRequest) => {
    if (request.type === 'init') {
      loaded ??= initCore(request.init).then(
        () => reply({ type: 'ready' }),
        (error: unknown) => reply({ type: 'failed', message: describe(error) }),
      );
    } else if (request.type === 'forget') {
      session.remove(request.path);
    } else {
      // The host sends a check only after `ready`.
      try {
        reply({
          type: 'result',
          id: request.id,
          result: transferable(session.check(request.files, request.options)),
        });
      } catch (error) {
        reply({ type: 'failed', id: request.id, message: describe(error) });
      }
    }
  });
}
