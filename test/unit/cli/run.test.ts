import assert from 'node:assert/strict';
import { run, type CliIo } from '../../../src/cli/run';
import { repoRoot } from './helpers';

/** The CLI in-process, for what a child process cannot show: the terminal and the environment. */
describe('cli: run in-process', function () {
  this.timeout(60_000);

  function io(overrides: Partial<CliIo> = {}): CliIo & { out: string; err: string } {
    const captured = {
      out: '',
      err: '',
      cwd: repoRoot(),
      env: {},
      stdoutIsTTY: false,
      stdout(text: string) {
        captured.out += text;
      },
      stderr(text: string) {
        captured.err += text;
      },
      ...overrides,
    };
    return captured;
  }

  const args = ['--today', '2026-12-01', 'examples/terraform/bad'];

  it('colours stylish output on a terminal', async () => {
    const c = io({ stdoutIsTTY: true });
    assert.equal(await run(args, c), 1);
    assert.ok(c.out.includes('\x1b[31m'), 'red for errors');
  });

  it('does not colour when NO_COLOR is set, even on a terminal', async () => {
    const c = io({ stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    assert.equal(await run(args, c), 1);
    assert.ok(!c.out.includes('\x1b['));
  });

  it('writes reports in Chinese with --lang zh-cn', async () => {
    const c = io();
    await run(['--lang', 'zh-cn', '--format', 'markdown', ...args], c);
    assert.match(c.out, /# ICP 备案就绪检查/);
  });
});
