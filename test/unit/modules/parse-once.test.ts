import assert from 'node:assert/strict';
import { Parser } from 'web-tree-sitter';
import { check } from '../../../src/core/engine/check';
import { CheckSession } from '../../../src/core/engine/session';
import type { SourceFile } from '../../../src/core/engine/types';
import { coreReady } from '../helpers/core-ready';

const OPTIONS = { today: '2026-12-01' };

/** A root calling one local module `calls` times. */
function rootWithCalls(calls: number): SourceFile[] {
  const call = (i: number) =>
    `module "web${i}" {\n  source               = "../modules/web"\n  instance_charge_type = "PrePaid"\n  period               = ${i + 1}\n}\n`;
  return [
    {
      path: '/ws/live/main.tf',
      text: [
        'provider "alicloud" {\n  region = "cn-hangzhou"\n}\n',
        ...Array.from({ length: calls }, (_, i) => call(i)),
      ].join('\n'),
    },
    {
      path: '/ws/modules/web/main.tf',
      text: 'resource "alicloud_instance" "this" {\n  instance_charge_type = var.instance_charge_type\n  period               = var.period\n}\n',
    },
    {
      path: '/ws/modules/web/variables.tf',
      text: 'variable "instance_charge_type" {\n  default = "PostPaid"\n}\n\nvariable "period" {\n  default = 1\n}\n',
    },
  ];
}

/** Counts the texts tree-sitter parses while `run` runs. */
function parsesDuring(run: () => void): number {
  let parses = 0;
  const original = Parser.prototype.parse;
  Parser.prototype.parse = function (this: Parser, ...args: Parameters<Parser['parse']>) {
    parses++;
    return original.apply(this, args);
  };
  try {
    run();
  } finally {
    Parser.prototype.parse = original;
  }
  return parses;
}

describe('a module folder called many times', function () {
  before(async function () {
    this.timeout(30_000);
    await coreReady();
  });

  it('is parsed once per check, however many calls name it', () => {
    const files = rootWithCalls(10);
    let instances = 0;
    const parses = parsesDuring(() => {
      instances = check(files, OPTIONS).instances.length;
    });
    assert.equal(instances, 10, 'every call creates its instance');
    assert.equal(parses, files.length, 'each file is parsed once, not once per call');
  });

  it('is not parsed again when only the calling file changes in a session', () => {
    const files = rootWithCalls(10);
    const session = new CheckSession();
    try {
      session.check(files, OPTIONS);
      const edited = files.map((f, i) =>
        i === 0
          ? { path: f.path, text: f.text.replace('period               = 3', 'period               = 4') }
          : f,
      );
      assert.notEqual(edited[0].text, files[0].text);
      let periods: unknown[] = [];
      const parses = parsesDuring(() => {
        periods = session
          .check(edited, OPTIONS)
          .instances.map((x) => x.period?.kind === 'known' && x.period.value);
      });
      assert.equal(parses, 1, 'only the edited root is parsed again');
      assert.deepEqual(periods, [1, 2, 4, 4, 5, 6, 7, 8, 9, 10]);
    } finally {
      session.dispose();
    }
  });
});
