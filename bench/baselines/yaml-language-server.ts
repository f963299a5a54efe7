import { getLanguageService, type LanguageService } from 'yaml-language-server';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROS_ICP_SCHEMA } from './ros-schema';

const SCHEMA_URI = 'icp-bench://ros-icp.schema.json';

/**
 * yaml-language-server's language service in-process (no LSP transport), with the ROS rules
 * registered as a schema: the validation the Red Hat YAML extension would run on every keystroke.
 */
export class YamlLanguageServerBaseline {
  private readonly service: LanguageService;
  private version = 0;

  constructor() {
    this.service = getLanguageService({
      schemaRequestService: (uri) => Promise.reject(new Error(`no remote schemas in the bench: ${uri}`)),
      workspaceContext: {
        resolveRelativePath: (relative, resource) => new URL(relative, resource).toString(),
      },
    });
    this.service.configure({
      validate: true,
      customTags: ['!Ref scalar', '!GetAtt sequence', '!Sub scalar', '!Join sequence', '!Select sequence'],
      schemas: [{ uri: SCHEMA_URI, fileMatch: ['*.ros.yaml'], schema: ROS_ICP_SCHEMA }],
    });
  }

  /** Validates the text as a new document version, so the service's parse cache cannot answer. */
  async validate(uri: string, text: string): Promise<number> {
    const doc = TextDocument.create(uri, 'yaml', ++this.version, text);
    return (await this.service.doValidation(doc, false)).length;
  }
}
