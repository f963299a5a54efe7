import type { Lang, Localized } from '../core';

/** The core's language for VS Code's display language (`vscode.env.language`): any Chinese → zh-cn. */
export function langFor(displayLanguage: string): Lang {
  return displayLanguage.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/**
 * The singular or plural text for a count, as the language's plural rules say (Chinese has one form):
 * both forms are translated with vscode.l10n by the caller, which passes them here.
 */
export function plural(n: number, lang: Lang, one: string, other: string): string {
  return new Intl.PluralRules(lang === 'zh-cn' ? 'zh-CN' : 'en').select(n) === 'one' ? one : other;
}

export function pick(text: Localized, lang: Lang): string {
  return text[lang] || text.en;
}
