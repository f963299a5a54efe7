import type { TextEdit } from '../../../src/core/model/fix';
import type { Instance, Product, SourceFormat } from '../../../src/core/model/instance';
import type { Location } from '../../../src/core/model/location';
import type { Localized } from '../../../src/core/model/localized';
import type { Known, Origin, Unknown } from '../../../src/core/model/value';

/**
 * A source text to hand-build instances over, the way a parser would: values point at the text
 * a needle finds, so ranges in tests are real positions in a real-looking file.
 */
export class FixtureDoc {
  constructor(
    readonly file: string,
    readonly text: string,
  ) {}

  /** The `nth` (0-based) occurrence of `needle`, optionally searched after `after`. */
  at(needle: string, options: { nth?: number; after?: string } = {}): Location {
    let from = options.after ? this.text.indexOf(options.after) : 0;
    if (from < 0) throw new Error(`fixture: "${options.after}" not in ${this.file}`);
    let start = -1;
    for (let i = 0; i <= (options.nth ?? 0); i++) {
      start = this.text.indexOf(needle, from);
      if (start < 0) throw new Error(`fixture: "${needle}" not in ${this.file}`);
      from = start + 1;
    }
    return { file: this.file, start, end: start + needle.length };
  }

  known<T>(
    value: T,
    needle: string,
    options: { nth?: number; after?: string; origins?: readonly Origin[] } = {},
  ): Known<T> {
    return {
      kind: 'known',
      value,
      at: this.at(needle, options),
      omitted: false,
      origins: options.origins ?? [],
    };
  }

  omitted<T>(value: T, header: Location): Known<T> {
    return { kind: 'known', value, at: header, omitted: true, origins: [] };
  }

  unknown(expression: string, options: { nth?: number; after?: string } = {}): Unknown {
    return { kind: 'unknown', expression, at: this.at(expression, options), origins: [] };
  }

  origin(needle: string, label: Localized, options: { nth?: number; after?: string } = {}): Origin {
    return { at: this.at(needle, options), label };
  }

  /** An edit replacing the text a needle finds. */
  replace(needle: string, newText: string, options: { nth?: number; after?: string } = {}): TextEdit[] {
    const at = this.at(needle, options);
    return [{ file: this.file, start: at.start, end: at.end, newText }];
  }

  /** An edit inserting `newText` right after the line that holds `needle`. */
  insertAfterLine(needle: string, newText: string): TextEdit[] {
    const at = this.at(needle);
    const eol = this.text.indexOf('\n', at.end);
    const offset = eol < 0 ? this.text.length : eol + 1;
    return [{ file: this.file, start: offset, end: offset, newText }];
  }
}

export const LABEL = (en: string, zh = en): Localized => ({ en, 'zh-cn': zh });

export interface InstanceInit extends Partial<Omit<Instance, 'format' | 'file' | 'header' | 'extent'>> {
  readonly header: string;
}

const DEFAULT_TYPE: Record<SourceFormat, string> = {
  terraform: 'alicloud_instance',
  ros: 'ALIYUN::ECS::Instance',
  spec: 'IcpInstanceSpec',
};

/** An instance over `doc`: `header` is the needle of its header (`resource "alicloud_instance" "web"`, `Web:`, `web-1:`). */
export function makeInstance(doc: FixtureDoc, format: SourceFormat, init: InstanceInit): Instance {
  const header = doc.at(init.header);
  const { header: _h, ...rest } = init;
  return {
    format,
    type: DEFAULT_TYPE[format],
    name: init.name ?? 'web',
    product: (init.product ?? 'ecs') as Product,
    file: doc.file,
    header,
    extent: { file: doc.file, start: header.start, end: doc.text.length },
    eipAssociations: [],
    websites: [],
    setters: {},
    ...rest,
  };
}
