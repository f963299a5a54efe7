/**
 * zod for the whole core, configured once. `jitless`: zod would otherwise compile its object
 * validators with `new Function`, i.e. evaluate generated code in the extension host; the core
 * promises that nothing it reads, and nothing it does, runs code (test/unit/fuzz/security.test.ts).
 */
import { z } from 'zod';
import type { Localized } from './model/localized';

z.config({ jitless: true });

export { z };

/** How a zod type name (an issue's `expected`) reads in a message about the configuration or an instance spec. */
const TYPE_NAMES: Readonly<Record<string, Localized>> = {
  string: { en: 'a string', 'zh-cn': '字符串' },
  number: { en: 'a number', 'zh-cn': '数字' },
  int: { en: 'a whole number', 'zh-cn': '整数' },
  // A space before Latin text, as Chinese text sets it (`必须是 true 或 false`).
  boolean: { en: 'true or false', 'zh-cn': ' true 或 false' },
  array: { en: 'a list', 'zh-cn': '列表' },
  object: { en: 'a mapping (key: value)', 'zh-cn': '映射（键值对）' },
  record: { en: 'a mapping (key: value)', 'zh-cn': '映射（键值对）' },
};

export function typeName(expected: string): Localized {
  return Object.prototype.hasOwnProperty.call(TYPE_NAMES, expected)
    ? TYPE_NAMES[expected]
    : { en: expected, 'zh-cn': expected };
}
