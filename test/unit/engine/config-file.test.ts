import assert from 'node:assert/strict';
import { loadConfig, type LoadedConfig } from '../../../src/core/engine/config-file';
import { DEFAULT_CONFIG } from '../../../src/core/engine/config';

const PATH = '/w/.icpcheck.yaml';

function problems(result: LoadedConfig, text: string): string[] {
  assert.ok('error' in result, 'expected an error');
  return result.problems.map((p) => `${text.slice(p.at.start, p.at.end).trim()} | ${p.message.en}`);
}

describe('loadConfig', () => {
  it('reads a valid file, with defaults for what is left out', () => {
    const result = loadConfig(
      'rules:\n  ICP010: off\n  pay-as-you-go: warning\nregion: cn-hangzhou\npreferredRegions: [cn-shanghai]\n',
      PATH,
    );
    assert.ok('config' in result);
    assert.deepEqual(result.config, {
      ...DEFAULT_CONFIG,
      rules: { ICP010: 'off', 'pay-as-you-go': 'warning' },
      region: 'cn-hangzhou',
      preferredRegions: ['cn-shanghai'],
    });
  });

  it('an empty or comment-only file is the default configuration', () => {
    for (const text of ['', '# nothing yet\n', '\uFEFF']) {
      const result = loadConfig(text, PATH);
      assert.ok('config' in result, JSON.stringify(text));
      assert.deepEqual(result.config, DEFAULT_CONFIG);
    }
  });

  it('a severity that does not exist names the field and the allowed values, at the value', () => {
    const text = 'rules:\n  ICP002: fatal\n';
    assert.deepEqual(problems(loadConfig(text, PATH), text), [
      'fatal | `rules.ICP002` is "fatal"; it must be one of: off, error, warning, info, hint.',
    ]);
  });

  it('a rule key that names no rule is an error listing the known rules', () => {
    const text = 'rules:\n  ICP099: off\n';
    const [problem] = problems(loadConfig(text, PATH), text);
    assert.match(
      problem,
      /^ICP099 \| `rules.ICP099`: no rule has the ID or name "ICP099"; known rules: ICP000 \(invalid-input\), ICP001/,
    );
  });

  it('an unknown setting is an error at its key, listing the settings', () => {
    const text = 'region: cn-hangzhou\nregoin: cn-shanghai\n';
    assert.deepEqual(problems(loadConfig(text, PATH), text), [
      'regoin | `regoin` is not a setting; allowed: rules, region, preferredRegions, allowSuppressions, maxFileSizeKb, language.',
    ]);
  });

  it('wrong types, a malformed region, a non-mainland preferred region, a bad size', () => {
    const text =
      'allowSuppressions: "yes"\nregion: Hangzhou\npreferredRegions: [cn-hangzhou, cn-hongkong]\nmaxFileSizeKb: 0\nlanguage: fr\n';
    const result = loadConfig(text, PATH);
    assert.deepEqual(problems(result, text), [
      '"yes" | `allowSuppressions` is "yes"; it must be true or false.',
      'Hangzhou | `region` is "Hangzhou"; it must be a region ID such as cn-hangzhou.',
      'cn-hongkong | `preferredRegions.1` is "cn-hongkong", which is not a mainland China region; region fixes offer only mainland regions, such as cn-qingdao, cn-beijing, cn-zhangjiakou.',
      '0 | `maxFileSizeKb` is 0; it must be a whole number above 0.',
      'fr | `language` is "fr"; it must be one of: en, zh-cn.',
    ]);
    assert.ok('error' in result);
    assert.equal(result.error, result.problems[0]);
    for (const p of result.problems) {
      assert.equal(p.at.file, PATH);
      assert.ok(p.message['zh-cn'].length > 0 && p.message['zh-cn'] !== p.message.en);
    }
  });

  it('a wrong type is named as an instance spec names it (one table of zod type names), en and zh-cn', () => {
    const text = 'rules: off\nregion: 5\npreferredRegions: cn-hangzhou\nallowSuppressions: 1\n';
    const result = loadConfig(text, PATH);
    assert.deepEqual(problems(result, text), [
      'off | `rules` is "off"; it must be a mapping (key: value).',
      '5 | `region` is 5; it must be a string.',
      'cn-hangzhou | `preferredRegions` is "cn-hangzhou"; it must be a list.',
      '1 | `allowSuppressions` is 1; it must be true or false.',
    ]);
    assert.ok('error' in result);
    assert.deepEqual(
      result.problems.map((p) => p.message['zh-cn']),
      [
        '`rules` 的值为 "off"；必须是映射（键值对）。',
        '`region` 的值为 5；必须是字符串。',
        '`preferredRegions` 的值为 "cn-hangzhou"；必须是列表。',
        '`allowSuppressions` 的值为 1；必须是 true 或 false。',
      ],
    );
  });

  it('invalid YAML is an error at the place the YAML parser names', () => {
    const text = 'rules:\n  ICP002: [off\n';
    const result = loadConfig(text, PATH);
    assert.ok('error' in result);
    assert.match(result.error.message.en, /^The configuration is not valid YAML: /);
    assert.ok(result.error.at.start > 0);
  });

  it('an error the YAML parser places past the end still lies inside the text', () => {
    const text = '\n": 0\n'; // an unclosed quote: `yaml` reports it at length + 1
    const result = loadConfig(text, PATH);
    assert.ok('error' in result);
    for (const p of result.problems) assert.ok(p.at.start <= p.at.end && p.at.end <= text.length);
  });

  it('a top level that is not a mapping is an error', () => {
    const result = loadConfig('- a\n- b\n', PATH);
    assert.ok('error' in result);
    assert.match(result.error.message.en, /must be a mapping of settings \(rules, region/);
  });

  it('duplicate keys are an error', () => {
    const result = loadConfig('region: cn-hangzhou\nregion: cn-shanghai\n', PATH);
    assert.ok('error' in result);
  });

  it('an alias bomb is an error, quickly', function () {
    this.timeout(5000);
    const lines = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 20; i++)
      lines.push(
        `${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}]`,
      );
    const result = loadConfig(`${lines.join('\n')}\n`, PATH);
    assert.ok('error' in result);
    assert.match(result.error.message.en, /alias/i);
  });
});
