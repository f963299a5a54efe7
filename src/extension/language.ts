import type { Lang, Localized } from '../core';

/** The core's language for VS Code's display language (`vscode.env.language`): any Chinese → zh-cn. */
export function langFor(displayLanguage: string): Lang {
  return displayLanguage.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

export function pick(text: Localized, lang: Lang): string {
  return text[lang] || text.en;
}
