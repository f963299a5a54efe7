import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { EventEmitter, once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { CheckResult, SourceFile } from '../../../src/core/engine/types';
import { transferable } from '../../../src/core/engine/transferable';
import type { CheckRequest, CheckRunner } from '../../../src/extension/checking/check-runner';
import { InProcessRunner } from '../../../src/extension/checking/in-process-runner';
import { RoutedRunner } from '../../../src/extension/checking/routed-runner';
import type { CheckWorkerRequest } from '../../../src/extension/checking/worker-protocol';
import { WorkerRunner } from '../../../src/extension/checking/worker-runner';
import type { PlatformWorker } from '../../../src/extension/platform';
import { HOSTILE_INPUTS } from '../../../bench/generate/hostile';
import { coreReady, terraformWasmPath } from '../helpers/core-ready';
import { REPO_ROOT } from '../helpers/repo-root';

const TODAY = '2026-12-01';
/** The worker as tsc compiled it beside this suite's sources (the extension bundles it as dist/check-worker.js). */
const SCRIPT = join(REPO_ROOT, 'out', 'src', 'extension', 'node', 'check-worker.js');

function examples(): SourceFile[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir)
      .sort()
      .flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? walk(path) : [path];
      });
  const root = join(REPO_ROOT, 'examples');
  return walk(root).map((path) => ({
    path: relative(REPO_ROOT, path).split('\\').join('/'),
    text: readFileSync(path, 'utf8'),
  }));
}

const request = (files: readonly SourceFile[], extra: Partial<CheckRequest> = {}): CheckRequest => ({
  files,
  options: { today: TODAY },
  timeBudgetMs: 30_000,
  ...extra,
});

/** The 2.7 MB spec whose check takes seconds: a check no small budget lets finish. */
const slowFiles = (): SourceFile[] => HOSTILE_INPUTS['spec-50k-websites'].files();

/** Where the editor checks a document: in-process, or in a worker ended when its time is spent. */
describe('extension: check runners', function () {
  this.timeout(300_000);
  let worker: WorkerRunner;
  let threads: Worker[];
  before(async function () {
    await coreReady();
    assert.ok(existsSync(SCRIPT), `${SCRIPT} is compiled`);
  });
  beforeEach(() => {
    threads = [];
    worker = new WorkerRunner({
      start: () => {
        const thread = new Worker(SCRIPT);
        threads.push(thread);
        return thread;
      },
      init: { terraformWasmPath: terraformWasmPath() },
    });
  });
  afterEach(() => worker.dispose());

  it('the worker gives what the in-process check gives on examples/, without the setters', async () => {
    const inProcess = new InProcessRunner();
    try {
      const here = await inProcess.check(request(examples()));
      const there = await worker.check(request(examples()));
      assert.ok(here && there);
      assert.ok(here.findings.length > 10 && here.instances.length > 10);
      assert.deepEqual(there, transferable(here));
      assert.ok(there.instances.every((i) => Object.values(i.setters).every((s) => typeof s !== 'function')));
    } finally {
      inProcess.dispose();
    }
  });

  it('past its time budget the worker is terminated: the files are not checked (ICP000), and the next check has a fresh worker', async () => {
    const [spec] = slowFiles();
    const stopped = await worker.check(request([spec], { timeBudgetMs: 50 }));
    assert.ok(stopped);
    assert.deepEqual(
      stopped.findings.map(
        (f) => `${f.at.file}:${f.at.start} ${f.ruleId} ${f.severity} ${f.message.en} | ${f.message['zh-cn']}`,
      ),
      [
        `${spec.path}:0 ICP000 error Not checked: checking this file took longer than its time budget of 50 ms. | 未检查：检查此文件所用时间超过了 50 毫秒的时间预算。`,
      ],
    );
    assert.deepEqual(
      stopped.skipped.map((s) => s.file),
      [spec.path],
    );
    assert.deepEqual(stopped.checkedFiles, [spec.path]);
    assert.equal(worker.workersStarted, 1);
    // The worker itself is ended, not left to finish a check nobody waits for.
    await once(threads[0], 'exit');

    const inProcess = new InProcessRunner();
    try {
      const after = await worker.check(request(examples()));
      assert.equal(worker.workersStarted, 2);
      assert.deepEqual(after, transferable((await inProcess.check(request(examples())))!));
    } finally {
      inProcess.dispose();
    }
  });

  it('checks run one at a time in order; a queued check is dropped when a newer one for the same document arrives', async () => {
    const small = (text: string): SourceFile[] => [{ path: 'w/main.tf', text }];
    const first = worker.check(request(examples(), { key: 'examples' }));
    const older = worker.check(request(small('resource "alicloud_instance" "a" {}\n'), { key: 'w/main.tf' }));
    const newer = worker.check(request(small('resource "alicloud_instance" "b" {}\n'), { key: 'w/main.tf' }));
    assert.equal(await older, undefined);
    assert.ok((await first)?.findings.length);
    assert.deepEqual(
      (await newer)?.instances.map((i) => i.name),
      ['alicloud_instance.b'],
    );
    assert.equal(worker.workersStarted, 1);
  });

  it('an idle worker is released (its memory freed), and the next check starts a fresh one with the same answer', async () => {
    const first = await worker.check(request(examples()));
    assert.equal(worker.workersStarted, 1);
    worker.releaseWorker();
    const second = await worker.check(request(examples()));
    assert.equal(worker.workersStarted, 2);
    assert.deepEqual(second, first);
  });

  it('a module read only through a call is not reported as unchecked: it is checked from its callers', async () => {
    const [spec] = slowFiles();
    const followed = { path: 'mod/main.tf', text: 'resource "alicloud_instance" "x" {}\n', followed: true };
    const stopped = await worker.check(request([spec, followed], { timeBudgetMs: 50 }));
    assert.deepEqual(
      stopped?.skipped.map((s) => s.file),
      [spec.path],
    );
  });

  it('a worker that dies in the middle of a check: the files are not checked (ICP000), never clean; the next check has a fresh worker', async () => {
    /** A stand-in thread that loads, then exits as a crash would when it is given a check. */
    const started: EventEmitter[] = [];
    const dying = new WorkerRunner({
      start: () => {
        const thread = new EventEmitter();
        started.push(thread);
        const fake: PlatformWorker = {
          postMessage: (message) => {
            const request = message as CheckWorkerRequest;
            if (request.type === 'init') queueMicrotask(() => thread.emit('message', { type: 'ready' }));
            if (request.type === 'check') queueMicrotask(() => thread.emit('exit', 134));
          },
          on: (event: string, listener: (...args: unknown[]) => void) => thread.on(event, listener),
          terminate: () => Promise.resolve(0),
        } as PlatformWorker;
        return fake;
      },
      init: { terraformWasmPath: 'unused' },
    });
    try {
      const files = [{ path: 'm/main.tf', text: 'resource "alicloud_instance" "a" {}\n' }];
      for (const round of [1, 2]) {
        const result = await dying.check(request(files));
        assert.deepEqual(
          result?.findings.map((f) => `${f.at.file} ${f.ruleId} ${f.severity} ${f.message.en}`),
          [
            'm/main.tf ICP000 error Not checked: the checker stopped while checking this file (exit code 134).',
          ],
        );
        assert.equal(dying.workersStarted, round);
      }
    } finally {
      dying.dispose();
    }
  });

  it('routing: below the threshold in-process, at or above it or following a module call in the worker; forgetting reaches both', async () => {
    const calls: string[] = [];
    const fake = (name: string): CheckRunner => ({
      check: (r) => {
        calls.push(`${name} ${r.files.map((f) => f.path).join(',')}`);
        return Promise.resolve(undefined as CheckResult | undefined);
      },
      forget: (path) => calls.push(`${name} forget ${path}`),
      dispose: () => calls.push(`${name} dispose`),
    });
    const routed = new RoutedRunner(fake('here'), fake('worker'), 10);
    await routed.check(request([{ path: 'a.tf', text: '123456789' }]));
    await routed.check(
      request([
        { path: 'b.tf', text: '12345' },
        { path: 'c.tf', text: '67890' },
      ]),
    );
    await routed.check(
      request([
        { path: 'd.tf', text: 'module' },
        { path: 'm/e.tf', text: '', followed: true },
      ]),
    );
    routed.forget('a.tf');
    routed.dispose();
    assert.deepEqual(calls, [
      'here a.tf',
      'worker b.tf,c.tf',
      'worker d.tf,m/e.tf',
      'here forget a.tf',
      'worker forget a.tf',
      'here dispose',
      'worker dispose',
    ]);
  });
});
