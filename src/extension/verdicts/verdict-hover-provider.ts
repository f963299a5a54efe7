import * as vscode from 'vscode';
import type { CoreServices } from '../core-services';
import { SHOW_REPORT_COMMAND } from '../status/status-bar';
import type { DocumentVerdicts } from './document-verdicts';
import { hoverMarkdown } from './verdict-text';

/** `icpCheck.hover`: the requirement table on an instance's header (on unless turned off). */
export const HOVER_SETTING = 'hover';

/** Hovering an instance's header (`resource "alicloud_instance" "web"`, a ROS logical ID, a spec key) shows its requirements. */
export class VerdictHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly core: CoreServices,
    private readonly verdicts: DocumentVerdicts,
  ) {}

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    if (!vscode.workspace.getConfiguration('icpCheck', document.uri).get<boolean>(HOVER_SETTING, true))
      return undefined;
    const found = await this.verdicts.forDocument(document, token);
    const index = found?.snapshot.indexOf(document.uri.toString());
    if (!found || !index) return undefined;
    const offset = index.offsetAt(position);
    const hit = found.instances.find(
      (i) => i.instance.header.start <= offset && offset <= i.instance.header.end,
    );
    if (!hit) return undefined;
    const link = `command:${SHOW_REPORT_COMMAND}?${encodeURIComponent(JSON.stringify([hit.instance.header]))}`;
    const markdown = new vscode.MarkdownString(hoverMarkdown(hit, this.core.lang, link));
    markdown.isTrusted = { enabledCommands: [SHOW_REPORT_COMMAND] };
    markdown.supportHtml = true; // `<br>` between the findings of one requirement
    markdown.supportThemeIcons = true; // `$(pass)`, `$(error)`: the result column's icons
    const start = index.positionAt(hit.instance.header.start);
    const end = index.positionAt(hit.instance.header.end);
    return new vscode.Hover(markdown, new vscode.Range(start.line, start.character, end.line, end.character));
  }
}
