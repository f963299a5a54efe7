import assert from 'node:assert/strict';
import { stopWithParent, type ParentWatchHost } from '../../../scripts/vscode/parent-watch';

/** `npm start` stops its VS Code server when it is told to, or when its parent is gone. */
describe('npm start: stopping with its parent', () => {
  function fakeHost(ppid: number) {
    const host = {
      parent: ppid,
      listeners: new Map<string, () => void>(),
      tick: (): void => undefined,
      ppid: () => host.parent,
      onSignal(signal: string, listener: () => void) {
        host.listeners.set(signal, listener);
      },
      every(_ms: number, tick: () => void) {
        host.tick = tick;
        return { unref() {} };
      },
    };
    return host;
  }

  it('stops once when the parent is re-parented away (killed with SIGKILL), not before', () => {
    const host = fakeHost(4242);
    const stops: string[] = [];
    stopWithParent(host as unknown as ParentWatchHost, (why) => stops.push(why));
    host.tick();
    assert.deepEqual(stops, []);
    host.parent = 1;
    host.tick();
    host.tick();
    assert.deepEqual(stops, ['parent exited']);
  });

  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    it(`stops on ${signal}`, () => {
      const host = fakeHost(4242);
      const stops: string[] = [];
      stopWithParent(host as unknown as ParentWatchHost, (why) => stops.push(why));
      host.listeners.get(signal)!();
      host.listeners.get('SIGTERM')!();
      assert.deepEqual(stops, [signal]);
    });
  }
});
