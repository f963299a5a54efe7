import assert from 'node:assert/strict';
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  lstatSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { identify, writeFixed, type FixedFile } from '../../../src/cli/write';
import { runCli } from './helpers';

/** `--fix` writes through a temporary file and a rename, and only over the file it read. */
describe('cli: writing fixed files', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'icp-write-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  /** A file as the CLI has it after reading: its text and identity, to be replaced by `text`. */
  function readFile(name: string, content: string | Buffer, text: string, named = false): FixedFile {
    const absolute = join(dir, name);
    writeFileSync(absolute, content);
    return {
      path: name,
      absolute,
      original: readFileSync(absolute, 'utf8'),
      text,
      named,
      identity: identify(absolute),
    };
  }
  const leftovers = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

  it('replaces the file, keeping its permissions, and leaves no temporary file', () => {
    const file = readFile('main.tf', 'period = 1\n', 'period = 3\n');
    chmodSync(file.absolute, 0o640);
    const outcome = writeFixed([file]);
    assert.deepEqual(outcome, { written: ['main.tf'], skipped: [] });
    assert.equal(readFileSync(file.absolute, 'utf8'), 'period = 3\n');
    assert.equal(statSync(file.absolute).mode & 0o777, 0o640);
    assert.deepEqual(leftovers(), []);
  });

  it('a file edited while the fix ran keeps the edit and is reported', () => {
    const file = readFile('main.tf', 'period = 1\n', 'period = 3\n');
    writeFileSync(file.absolute, 'period = 1\n# typed meanwhile\n');
    const outcome = writeFixed([file]);
    assert.deepEqual(outcome.written, []);
    assert.equal(outcome.skipped[0].path, 'main.tf');
    assert.match(outcome.skipped[0].reason.en, /changed on disk/);
    assert.match(outcome.skipped[0].reason['zh-cn'], /被修改/);
    assert.equal(readFileSync(file.absolute, 'utf8'), 'period = 1\n# typed meanwhile\n');
    assert.deepEqual(leftovers(), []);
  });

  it('a file swapped for a symbolic link while the fix ran is not written through the link', () => {
    mkdirSync(join(dir, 'outside'));
    const outside = join(dir, 'outside', 'secret.tf');
    writeFileSync(outside, 'period = 1\n');
    const file = readFile('main.tf', 'period = 1\n', 'period = 3\n');
    unlinkSync(file.absolute);
    symlinkSync(outside, file.absolute);
    const outcome = writeFixed([file]);
    assert.deepEqual(outcome.written, []);
    // The link may even get the file's inode number back: then it is refused as a link.
    assert.match(outcome.skipped[0].reason.en, /replaced|symbolic link/);
    assert.equal(readFileSync(outside, 'utf8'), 'period = 1\n');
    assert.ok(lstatSync(file.absolute).isSymbolicLink());
  });

  it('a symbolic link found in a folder is not followed; one named on the command line is, and stays a link', () => {
    writeFileSync(join(dir, 'real.tf'), 'period = 1\n');
    symlinkSync(join(dir, 'real.tf'), join(dir, 'link.tf'));
    const found: FixedFile = {
      path: 'link.tf',
      absolute: join(dir, 'link.tf'),
      original: 'period = 1\n',
      text: 'period = 3\n',
      named: false,
      identity: identify(join(dir, 'link.tf')),
    };
    assert.match(writeFixed([found]).skipped[0].reason.en, /symbolic link that was not named/);
    assert.equal(readFileSync(join(dir, 'real.tf'), 'utf8'), 'period = 1\n');
    assert.deepEqual(writeFixed([{ ...found, named: true }]).written, ['link.tf']);
    assert.equal(readFileSync(join(dir, 'real.tf'), 'utf8'), 'period = 3\n');
    assert.ok(lstatSync(join(dir, 'link.tf')).isSymbolicLink());
  });

  it('a file that is not valid UTF-8 is not written, so its bytes stay as they are', () => {
    const bytes = Buffer.concat([
      Buffer.from('# caf'),
      Buffer.from([0xe9]),
      Buffer.from(' \x93quoted\x94\nperiod = 1\n'),
    ]);
    const file = readFile('main.tf', bytes, 'whatever');
    const outcome = writeFixed([file]);
    assert.match(outcome.skipped[0].reason.en, /not valid UTF-8/);
    assert.deepEqual(readFileSync(file.absolute), bytes);
  });

  it('a byte-order mark is kept', () => {
    const file = readFile('main.tf', '\uFEFFperiod = 1\n', '\uFEFFperiod = 3\n');
    assert.deepEqual(writeFixed([file]).written, ['main.tf']);
    assert.equal(readFileSync(file.absolute, 'utf8'), '\uFEFFperiod = 3\n');
  });

  it('--fix says which files it could not write, and reports them as they are', function () {
    this.timeout(60_000);
    const bytes = Buffer.concat([
      Buffer.from('# Windows-1252: caf'),
      Buffer.from([0xe9]),
      Buffer.from(
        '\nresource "alicloud_instance" "web" {\n  instance_charge_type = "PrePaid"\n  period               = 1\n}\n',
      ),
    ]);
    mkdirSync(join(dir, 'infra'));
    writeFileSync(join(dir, 'infra', 'main.tf'), bytes);
    const r = runCli(['--fix', '--region', 'cn-hangzhou', '--today', '2026-12-01', 'infra'], { cwd: dir });
    assert.equal(r.status, 1, r.stdout + r.stderr);
    assert.match(r.stderr, /Not fixed: infra\/main\.tf: it is not valid UTF-8/);
    assert.doesNotMatch(r.stderr, /Fixed/);
    assert.match(r.stdout, /ICP003/);
    assert.deepEqual(readFileSync(join(dir, 'infra', 'main.tf')), bytes);
    const zh = runCli(
      ['--fix', '--lang', 'zh-cn', '--region', 'cn-hangzhou', '--today', '2026-12-01', 'infra'],
      { cwd: dir },
    );
    assert.match(zh.stderr, /未修复：infra\/main\.tf：它不是有效的 UTF-8/);
  });
});
