/** Every user-visible text exists in English and Simplified Chinese. */
export type Lang = 'en' | 'zh-cn';
export const LANGS: readonly Lang[] = ['en', 'zh-cn'];

export interface Localized {
  readonly en: string;
  readonly 'zh-cn': string;
}

export type MessageData = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders in both languages. Unknown placeholders stay visible so tests catch them. */
export function format(template: Localized, data: MessageData = {}): Localized {
  const fill = (s: string) => s.replace(/\{(\w+)\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
  return { en: fill(template.en), 'zh-cn': fill(template['zh-cn']) };
}

export function text(en: string, zh: string): Localized {
  return { en, 'zh-cn': zh };
}
