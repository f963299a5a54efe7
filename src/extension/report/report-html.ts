import type { Lang, Location } from '../../core';
import { counted, instancesSummary, REPORT_TEXT } from '../../core/report/texts';
import {
  Positions,
  REQUIREMENT_TEXT,
  SEVERITY_TEXT,
  STATUS_TEXT,
  VERDICT_SHORT,
  VERDICT_TEXT,
  type InstanceReadiness,
  type ReadinessReport,
  type RequirementStatus,
  type Verdict,
} from '../../core/report';

/** Words of the view's own chrome (buttons, headings), translated by the caller with vscode.l10n. */
export interface ReportChrome {
  readonly refresh: string;
  readonly exportMarkdown: string;
  readonly exportSarif: string;
  readonly instance: string;
  readonly where: string;
  readonly openHint: string;
  readonly generatedAt: string;
  readonly otherFindings: string;
  /** Placeholder and label of the search box. */
  readonly search: string;
  readonly allVerdicts: string;
  /** "{0} of {1} instances shown", singular and plural (the page picks with Intl.PluralRules). */
  readonly shown: { readonly one: string; readonly other: string };
}

export interface ReportHtmlInput {
  readonly readiness: ReadinessReport;
  readonly texts: ReadonlyMap<string, string>;
  readonly lang: Lang;
  readonly chrome: ReportChrome;
  /** An instance header to scroll to and mark (the report opened from a CodeLens or hover). */
  readonly focus?: Location;
  /** A fresh random value per render; the only script and style allowed to run carry it. */
  readonly nonce: string;
  /** `webview.cspSource`: where the codicon font and stylesheet may load from. */
  readonly cspSource: string;
  readonly codiconsCssUri: string;
  /** Short path shown for a file (workspace-relative). */
  relativePath(file: string): string;
}

const STATUS_ICON: Readonly<Record<RequirementStatus, string>> = {
  pass: 'pass',
  fail: 'error',
  warn: 'warning',
  unknown: 'question',
  suppressed: 'eye-closed',
  'not-applicable': 'dash',
};

const VERDICT_ICON: Readonly<Record<Verdict | 'no-instances', string>> = {
  ready: 'pass-filled',
  'at-risk': 'warning',
  waived: 'eye-closed',
  unknown: 'question',
  'not-ready': 'error',
  'no-instances': 'circle-slash',
};

export function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );
}

/**
 * The readiness report as one self-contained page: a strict content security policy (nothing but
 * the nonce'd script and style and the codicon font), colours from the editor theme's CSS variables.
 * Every location is a link the script turns into an `open` message. Pure, so it is unit-tested.
 */
export function renderReportHtml(input: ReportHtmlInput): string {
  const { readiness, lang, chrome } = input;
  const t = (l: { en: string; 'zh-cn': string }) => escapeHtml(l[lang]);
  const positions = new Positions(input.texts);
  const link = (at: Location, label?: string) => {
    const r = positions.range(at);
    const text = label ?? `${input.relativePath(at.file)}:${r.startLine}:${r.startColumn}`;
    return `<a href="#" class="loc" data-loc="${escapeHtml(JSON.stringify(at))}" title="${escapeHtml(chrome.openHint)}">${escapeHtml(text)}</a>`;
  };
  const icon = (name: string, cls = '') =>
    `<span class="codicon codicon-${name} ${cls}" aria-hidden="true"></span>`;
  const c = readiness.counts;
  const countsLine = [
    counted(REPORT_TEXT.errors, c.findings.error, lang),
    counted(REPORT_TEXT.warnings, c.findings.warning, lang),
    counted(REPORT_TEXT.infos, c.findings.info, lang),
    counted(REPORT_TEXT.hints, c.findings.hint, lang),
  ].join(REPORT_TEXT.listSeparator[lang]);
  const instancesLine = instancesSummary(c.instances, lang);
  // What the search box matches: the name, the resource type and the file, in lower case.
  const searchKey = (i: InstanceReadiness) =>
    escapeHtml(
      [i.instance.name, i.instance.type, input.relativePath(i.instance.file)].join(' ').toLowerCase(),
    );
  const filterData = (i: InstanceReadiness) => `data-verdict="${i.verdict}" data-search="${searchKey(i)}"`;
  const focusIndex = input.focus
    ? readiness.instances.findIndex(
        (i) => i.instance.header.file === input.focus?.file && i.instance.header.start === input.focus.start,
      )
    : -1;
  const total = readiness.instances.length;
  const shownTemplate =
    new Intl.PluralRules(lang === 'zh-cn' ? 'zh-CN' : 'en').select(total) === 'one'
      ? chrome.shown.one
      : chrome.shown.other;
  const verdictOptions = (['not-ready', 'unknown', 'waived', 'at-risk', 'ready'] as const)
    .filter((v) => c.instances[v] > 0)
    .map((v) => `<option value="${v}">${t(VERDICT_SHORT[v])} (${c.instances[v]})</option>`)
    .join('');
  const filters =
    total === 0
      ? ''
      : `
<div class="filters">
  <input id="search" type="search" placeholder="${escapeHtml(chrome.search)}" aria-label="${escapeHtml(chrome.search)}">
  <select id="verdict-filter" aria-label="${t(REPORT_TEXT.verdict)}"><option value="">${escapeHtml(chrome.allVerdicts)} (${total})</option>${verdictOptions}</select>
  <p id="shown" class="muted" aria-live="polite" data-one="${escapeHtml(chrome.shown.one)}" data-other="${escapeHtml(chrome.shown.other)}">${escapeHtml(shownTemplate.replace('{0}', String(total)).replace('{1}', String(total)))}</p>
</div>`;

  const summaryRows = readiness.instances
    .map(
      (i, n) => `
      <tr class="instance-row verdict-${i.verdict}" ${filterData(i)} data-loc="${escapeHtml(JSON.stringify(i.instance.header))}" tabindex="0">
        <td><a href="#instance-${n}" class="jump">${escapeHtml(i.instance.name)}</a><div class="muted small"><code>${escapeHtml(i.instance.type)}</code></div></td>
        <td>${link(i.instance.header)}</td>
        <td class="verdict">${icon(VERDICT_ICON[i.verdict], `v-${i.verdict}`)} ${t(VERDICT_SHORT[i.verdict])}</td>
        ${i.requirements.map((r) => `<td class="status s-${r.status}" title="${t(REQUIREMENT_TEXT[r.id])}: ${t(STATUS_TEXT[r.status])}">${icon(STATUS_ICON[r.status], `s-${r.status}`)}<span class="sr">${t(STATUS_TEXT[r.status])}</span></td>`).join('')}
      </tr>`,
    )
    .join('');

  const requirementHeads = (readiness.instances[0]?.requirements ?? [])
    .map((r) => `<th class="req" title="${t(REQUIREMENT_TEXT[r.id])}">${t(REQUIREMENT_TEXT[r.id])}</th>`)
    .join('');

  const details = readiness.instances.map((i, n) => instanceSection(i, n)).join('');

  function instanceSection(i: InstanceReadiness, n: number): string {
    const rows = i.requirements
      .filter((r) => r.status !== 'not-applicable')
      .map((r) => {
        const notes = [
          ...r.findings.map(
            (f) =>
              `<div class="finding">${icon(f.severity === 'error' ? 'error' : f.severity === 'warning' ? 'warning' : 'info', `sev-${f.severity}`)} ${escapeHtml(f.message[lang])} <span class="rule">${escapeHtml(f.ruleId)}</span> ${link(f.at)}</div>`,
          ),
          ...r.suppressions.map(
            (s) =>
              `<div class="suppression">${icon('eye-closed')} ${escapeHtml(s.ruleId)}: “${escapeHtml(s.reason)}” ${link(s.at)}</div>`,
          ),
        ].join('');
        return `<tr class="req-row req-${r.status}"><td>${t(REQUIREMENT_TEXT[r.id])}</td><td class="status s-${r.status}">${icon(STATUS_ICON[r.status], `s-${r.status}`)} ${t(STATUS_TEXT[r.status])}</td><td>${notes}</td></tr>`;
      })
      .join('');
    return `
    <section class="instance" id="instance-${n}" ${filterData(i)}>
      <h3>${icon(VERDICT_ICON[i.verdict], `v-${i.verdict}`)} ${escapeHtml(i.instance.name)} <span class="muted">— ${t(VERDICT_SHORT[i.verdict])} · ${link(i.instance.header)}</span></h3>
      <table class="requirements"><colgroup><col class="c-req"><col class="c-result"><col class="c-details"></colgroup><thead><tr><th>${t(REPORT_TEXT.requirement)}</th><th>${t(REPORT_TEXT.result)}</th><th>${t(REPORT_TEXT.details)}</th></tr></thead><tbody>${rows}</tbody></table>
    </section>`;
  }

  const suppressions = readiness.suppressions.length
    ? `<table class="suppressions"><thead><tr><th>${t(REPORT_TEXT.rule)}</th><th>${t(REPORT_TEXT.reason)}</th><th>${t(REPORT_TEXT.expires)}</th><th>${t(REPORT_TEXT.location)}</th></tr></thead><tbody>${readiness.suppressions.map((s) => `<tr><td>${escapeHtml(s.ruleId)}</td><td>${escapeHtml(s.reason)}</td><td>${escapeHtml(s.expires ?? REPORT_TEXT.never[lang])}</td><td>${link(s.at)}</td></tr>`).join('')}</tbody></table>`
    : `<p class="muted">${t(REPORT_TEXT.noSuppressions)}</p>`;

  const other = readiness.otherFindings.length
    ? `<h2>${escapeHtml(chrome.otherFindings)}</h2><table class="other"><thead><tr><th>${t(REPORT_TEXT.severity)}</th><th>${t(REPORT_TEXT.rule)}</th><th>${t(REPORT_TEXT.message)}</th><th>${t(REPORT_TEXT.location)}</th></tr></thead><tbody>${readiness.otherFindings.map((f) => `<tr><td>${t(SEVERITY_TEXT[f.severity])}</td><td>${escapeHtml(f.ruleId)}</td><td>${escapeHtml(f.message[lang])}</td><td>${link(f.at)}</td></tr>`).join('')}</tbody></table>`
    : '';

  const skipped = readiness.skipped.length
    ? `<h2>${t(REPORT_TEXT.skippedFiles)}</h2><ul>${readiness.skipped.map((s) => `<li>${escapeHtml(input.relativePath(s.file))}: ${escapeHtml(s.reason[lang])}</li>`).join('')}</ul>`
    : '';

  return `<!DOCTYPE html>
<html lang="${lang === 'zh-cn' ? 'zh-CN' : 'en'}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; font-src ${input.cspSource}; style-src ${input.cspSource} 'nonce-${input.nonce}'; script-src 'nonce-${input.nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(input.codiconsCssUri)}">
<style nonce="${input.nonce}">${STYLE}</style>
<title>${t(REPORT_TEXT.title)}</title>
</head>
<body${focusIndex >= 0 ? ` data-focus="instance-${focusIndex}"` : ''}>
<header>
  <h1>${t(REPORT_TEXT.title)}</h1>
  <div class="actions">
    <button id="refresh">${icon('refresh')} ${escapeHtml(chrome.refresh)}</button>
    <button id="export-markdown">${icon('markdown')} ${escapeHtml(chrome.exportMarkdown)}</button>
    <button id="export-sarif">${icon('json')} ${escapeHtml(chrome.exportSarif)}</button>
  </div>
</header>
<p class="overall verdict-${readiness.verdict}" id="overall">${icon(VERDICT_ICON[readiness.verdict], `v-${readiness.verdict}`)} <strong>${t(REPORT_TEXT.verdict)}:</strong> ${t(VERDICT_TEXT[readiness.verdict])}</p>
<p class="counts" id="counts">${escapeHtml(instancesLine)}. ${escapeHtml(countsLine)}. ${escapeHtml(counted(REPORT_TEXT.suppressed, c.suppressed, lang))}</p>
<h2>${t(REPORT_TEXT.instances)}</h2>${filters}
<div class="scroll"><table class="summary" id="summary">
  <thead><tr><th>${escapeHtml(chrome.instance)}</th><th>${escapeHtml(chrome.where)}</th><th>${t(REPORT_TEXT.verdict)}</th>${requirementHeads}</tr></thead>
  <tbody>${summaryRows}</tbody>
</table></div>
${details}
${other}
<h2>${t(REPORT_TEXT.suppressions)}</h2>
${suppressions}
${skipped}
<p class="muted small">${escapeHtml(chrome.generatedAt)}</p>
<script nonce="${input.nonce}">${SCRIPT}</script>
</body>
</html>`;
}

/** The page's only script: links and rows post `open`, buttons post their command. */
const SCRIPT = `
const vscode = acquireVsCodeApi();
const post = (type, extra) => vscode.postMessage(Object.assign({ type }, extra || {}));
document.getElementById('refresh').addEventListener('click', () => post('refresh'));
document.getElementById('export-markdown').addEventListener('click', () => post('exportMarkdown'));
document.getElementById('export-sarif').addEventListener('click', () => post('exportSarif'));
document.addEventListener('click', (e) => {
  const jump = e.target.closest('a.jump');
  if (jump) return;
  const el = e.target.closest('[data-loc]');
  if (!el) return;
  e.preventDefault();
  post('open', { at: JSON.parse(el.getAttribute('data-loc')) });
});
// Filtering: the search box and the verdict menu hide rows and sections that do not match both.
const search = document.getElementById('search');
const verdictFilter = document.getElementById('verdict-filter');
const shown = document.getElementById('shown');
const plural = new Intl.PluralRules(document.documentElement.lang);
function applyFilter() {
  const words = (search ? search.value : '').toLowerCase().split(/\\s+/).filter(Boolean);
  const verdict = verdictFilter ? verdictFilter.value : '';
  let visible = 0;
  const rows = document.querySelectorAll('tr.instance-row');
  rows.forEach((row) => {
    const match = (!verdict || row.dataset.verdict === verdict) && words.every((w) => row.dataset.search.includes(w));
    row.hidden = !match;
    if (match) visible++;
  });
  document.querySelectorAll('section.instance').forEach((section) => {
    section.hidden = !((!verdict || section.dataset.verdict === verdict) && words.every((w) => section.dataset.search.includes(w)));
  });
  if (shown) shown.textContent = shown.dataset[plural.select(rows.length) === 'one' ? 'one' : 'other'].replace('{0}', visible).replace('{1}', rows.length);
  vscode.setState(Object.assign({}, vscode.getState(), { search: search ? search.value : '', verdict }));
}
if (search) search.addEventListener('input', applyFilter);
if (verdictFilter) verdictFilter.addEventListener('change', applyFilter);
// A refresh re-renders the page: keep what the user filtered by.
const saved = vscode.getState();
if (saved && search && verdictFilter && !document.body.dataset.focus) {
  search.value = saved.search || '';
  verdictFilter.value = saved.verdict || '';
  if (search.value || verdictFilter.value) applyFilter();
}
// Opened at an instance (CodeLens, hover): show it, unfiltered, and mark it.
if (document.body.dataset.focus) {
  if (search && verdictFilter) { search.value = ''; verdictFilter.value = ''; applyFilter(); }
  const target = document.getElementById(document.body.dataset.focus);
  if (target) { target.classList.add('focused'); target.scrollIntoView({ block: 'start' }); target.setAttribute('tabindex', '-1'); target.focus(); }
}
document.addEventListener('keydown', (e) => {
  const row = e.target.closest && e.target.closest('tr[data-loc]');
  if (row && e.key === 'Enter') post('open', { at: JSON.parse(row.getAttribute('data-loc')) });
});
`;

/** Theme colours only (VS Code's CSS variables), so the report follows light, dark and high-contrast themes. */
const STYLE = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 20px 20px; }
header { display: flex; align-items: center; justify-content: space-between; gap: 12px; flex-wrap: wrap; }
h1 { font-size: 1.5em; font-weight: 600; } h2 { font-size: 1.15em; margin-top: 1.6em; } h3 { font-size: 1.02em; margin: 1.2em 0 .4em; }
button { font-family: inherit; color: var(--vscode-button-secondaryForeground); background: var(--vscode-button-secondaryBackground); border: 1px solid var(--vscode-button-border, transparent); padding: 4px 10px; border-radius: 2px; cursor: pointer; display: inline-flex; align-items: center; gap: 4px; }
button:hover { background: var(--vscode-button-secondaryHoverBackground); }
button:focus-visible, tr:focus-visible, a:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
table { border-collapse: collapse; width: 100%; margin: .4em 0; }
th, td { text-align: left; padding: 4px 8px; border-bottom: 1px solid var(--vscode-editorWidget-border, var(--vscode-panel-border)); vertical-align: top; }
th { font-weight: 600; color: var(--vscode-descriptionForeground); }
th.req { font-size: .8em; max-width: 6.5em; text-align: center; font-weight: normal; }
td.verdict { white-space: nowrap; }
table.requirements { table-layout: fixed; }
col.c-req { width: 16em; } col.c-result { width: 8.5em; } col.c-details { width: auto; }
.requirements td { overflow-wrap: anywhere; }
.filters { display: flex; align-items: center; gap: 8px; flex-wrap: wrap; margin: .4em 0; }
.filters input, .filters select { font-family: inherit; font-size: inherit; color: var(--vscode-input-foreground); background: var(--vscode-input-background); border: 1px solid var(--vscode-input-border, var(--vscode-panel-border)); padding: 3px 6px; }
.filters input { flex: 1 1 18em; max-width: 32em; }
.filters input:focus, .filters select:focus { outline: 1px solid var(--vscode-focusBorder); }
.filters p { margin: 0; }
.summary thead th { position: sticky; top: 0; background: var(--vscode-editor-background); }
section.instance.focused { outline: 1px solid var(--vscode-focusBorder); outline-offset: 4px; }
[hidden] { display: none !important; }
.scroll { overflow-x: auto; }
tbody tr:hover { background: var(--vscode-list-hoverBackground); }
tr.instance-row { cursor: pointer; }
td.status { text-align: center; } .requirements td.status { text-align: left; white-space: nowrap; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; } a:hover { text-decoration: underline; color: var(--vscode-textLink-activeForeground); }
code { font-family: var(--vscode-editor-font-family); font-size: .92em; }
.muted { color: var(--vscode-descriptionForeground); font-weight: normal; } .small { font-size: .85em; }
.rule { color: var(--vscode-descriptionForeground); font-family: var(--vscode-editor-font-family); font-size: .9em; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
.requirements .sr { position: static; width: auto; height: auto; clip: auto; }
.finding, .suppression { margin: 2px 0; }
.overall { font-size: 1.1em; padding: 8px 12px; border-left: 4px solid var(--vscode-textLink-foreground); background: var(--vscode-textBlockQuote-background); }
.overall.verdict-not-ready { border-color: var(--vscode-errorForeground); }
.overall.verdict-at-risk, .overall.verdict-unknown { border-color: var(--vscode-editorWarning-foreground); }
.overall.verdict-ready { border-color: var(--vscode-testing-iconPassed); }
.s-pass, .v-ready { color: var(--vscode-testing-iconPassed); }
.s-fail, .v-not-ready, .sev-error { color: var(--vscode-errorForeground); }
.s-warn, .v-at-risk, .sev-warning { color: var(--vscode-editorWarning-foreground); }
.s-unknown, .v-unknown, .sev-info, .sev-hint { color: var(--vscode-editorInfo-foreground); }
.s-suppressed, .s-not-applicable, .v-waived { color: var(--vscode-disabledForeground); }
.codicon { vertical-align: text-bottom; }
`;
