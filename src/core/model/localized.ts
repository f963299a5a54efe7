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

/**
 * Fills placeholders like `format`, and those in `localizedData` with each language's own text
 * (a region's name, an ICP000 detail, "3 months" against "3").
 */
export function formatLocalized(
  template: Localized,
  data: MessageData = {},
  localizedData: Readonly<Record<string, Localized>> = {},
): Localized {
  const names = Object.keys(localizedData);
  // Data the same in both languages fills both at once.
  if (names.length === 0) return format(template, data);
  const of = (lang: Lang) => Object.fromEntries(names.map((name) => [name, localizedData[name][lang]]));
  return {
    en: format(template, { ...data, ...of('en') }).en,
    'zh-cn': format(template, { ...data, ...of('zh-cn') })['zh-cn'],
  };
}

export function text(en: string, zh: string): Localized {
  return { en, 'zh-cn': zh };
}
