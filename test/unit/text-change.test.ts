import assert from 'node:assert/strict';
import { changeBetween } from '../../src/core/model/text-change';

/** The one text diff of the core: incremental reparsing and the editor's whole-file edits both use it. */
describe('changeBetween', () => {
  const cases: ReadonlyArray<readonly [string, string, string, ReturnType<typeof changeBetween>]> = [
    ['equal texts', 'abc', 'abc', undefined],
    ['a replaced middle', 'a = 0\nb = 1\n', 'a = 5\nb = 1\n', { start: 4, oldEnd: 5, newEnd: 5 }],
    ['an insertion', 'ab', 'aXb', { start: 1, oldEnd: 1, newEnd: 2 }],
    ['a deletion at the end', 'abc', 'ab', { start: 2, oldEnd: 3, newEnd: 2 }],
    ['a repeated letter: the prefix takes what it can', 'aa', 'aaa', { start: 2, oldEnd: 2, newEnd: 3 }],
    [
      'a changed emoji: the whole pair, from its high half',
      'x😀y',
      'x😃y',
      { start: 1, oldEnd: 3, newEnd: 3 },
    ],
    [
      'an emoji after a shared high half: not split at its end either',
      '😀😀',
      '😀😃',
      { start: 2, oldEnd: 4, newEnd: 4 },
    ],
  ];
  for (const [name, before, after, expected] of cases) {
    it(name, () => assert.deepEqual(changeBetween(before, after), expected));
  }

  it('finds a one-character change in a text longer than its largest comparison chunk', () => {
    const line = 'resource "alicloud_instance" "web" { period = 1 }\n';
    const before = line.repeat(3000);
    const at = before.length - 1000;
    const after = `${before.slice(0, at)}#${before.slice(at + 1)}`;
    assert.deepEqual(changeBetween(before, after), { start: at, oldEnd: at + 1, newEnd: at + 1 });
  });
});
