/**
 * A checking thread of `icp-check --jobs`: loads the core once, then checks each chunk of files the
 * main thread sends and returns the result without its functions (the setters: `transferable`).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { check, initCore, transferable } from '../../core';
import { terraformWasmPath } from '../grammar-path';
import type { ChunkRequest, WorkerInput, WorkerReply } from './protocol';

const port = parentPort;
if (port) {
  const { options } = workerData as WorkerInput;
  const reply = (message: WorkerReply) => port.postMessage(message);
  initCore({ terraformWasmPath: terraformWasmPath() }).then(
    () => {
      port.on('message', (request: ChunkRequest) => {
        try {
          reply({ type: 'result', id: request.id, result: transferable(check(request.files, options)) });
        } catch (error) {
          reply({
            type: 'failed',
            id: request.id,
            message: error instanceof Error ? error.message : String(error),
          });
        }
      });
      reply({ type: 'ready' });
    },
    (error: unknown) =>
      reply({ type: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
}
