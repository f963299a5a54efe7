/** A file handed to the core. Neither the parsers nor the engine read the file system themselves. */
export interface SourceFile {
  /** Path or URI, used verbatim in every Location. Terraform files sharing a folder form one module. */
  readonly path: string;
  readonly text: string;
  /**
   * How to read a file whose name does not say (an editor buffer never saved, `untitled:Untitled-1`):
   * its language mode. A name that says `.tf`, `.yaml` or `.json` always decides.
   */
  readonly syntax?: SourceSyntax;
  /**
   * Read only because a checked Terraform module calls its folder (see `gatherModuleSources`): the
   * folder is checked through its callers, never as a root of its own.
   */
  readonly followed?: boolean;
}

export type SourceSyntax = 'terraform' | 'yaml' | 'json';
