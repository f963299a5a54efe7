/** A file handed to the core. Neither the parsers nor the engine read the file system themselves. */
export interface SourceFile {
  /** Path or URI, used verbatim in every Location. Terraform files sharing a folder form one module. */
  readonly path: string;
  readonly text: string;
}
