import assert from 'node:assert/strict';
import { isIsoDate, parseCliArgs, UsageError } from '../../../src/cli/args';

describe('cli: arguments', () => {
  it('defaults to the current folder and stylish', () => {
    const o = parseCliArgs([]);
    assert.deepEqual(o.paths, ['.']);
    assert.equal(o.format, 'stylish');
    assert.equal(o.fix, false);
    assert.equal(o.lang, undefined);
  });

  it('reads every option of the contract', () => {
    const o = parseCliArgs([
      '--format',
      'sarif',
      '--region',
      'cn-shanghai',
      '--today',
      '2027-01-31',
      '--config',
      'c.yaml',
      '--fix',
      '--lang',
      'zh-cn',
      'a',
      'b',
    ]);
    assert.deepEqual(o, {
      paths: ['a', 'b'],
      format: 'sarif',
      region: 'cn-shanghai',
      today: '2027-01-31',
      config: 'c.yaml',
      fix: true,
      fixHints: false,
      lang: 'zh-cn',
      help: false,
      version: false,
    });
  });

  it('--fix-hints is --fix that also applies fixes of hint-level rules', () => {
    const o = parseCliArgs(['--fix-hints']);
    assert.equal(o.fix, true);
    assert.equal(o.fixHints, true);
    assert.equal(parseCliArgs(['--fix']).fixHints, false);
  });

  it('rejects bad values with a message in both languages', () => {
    for (const argv of [
      ['--format', 'html'],
      ['--lang', 'fr'],
      ['--today', '31/01/2027'],
      ['--region', 'CN'],
      ['--fix=yes'],
      ['--nope'],
    ]) {
      assert.throws(
        () => parseCliArgs(argv),
        (e: unknown) => e instanceof UsageError && e.text.en.length > 0 && e.text['zh-cn'].length > 0,
        argv.join(' '),
      );
    }
  });

  it('knows real dates', () => {
    assert.ok(isIsoDate('2028-02-29'));
    assert.ok(!isIsoDate('2027-02-29'));
    assert.ok(!isIsoDate('2027-1-01'));
  });
});

describe('cli: argument messages', () => {
  const message = (argv: string[]) => {
    try {
      parseCliArgs(argv);
    } catch (e) {
      return (e as UsageError).text.en;
    }
    return '';
  };
  it('names the long option whether it was written long or short', () => {
    assert.equal(message(['--format']), 'option --format needs a value');
    assert.equal(message(['-f']), 'option --format needs a value');
    assert.equal(message(['--fix=1']), 'option --fix takes no value');
    assert.equal(message(['-x']), 'unknown option -x');
  });
});
