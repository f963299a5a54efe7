import type { Instance } from '../model/instance';
import type { Location } from '../model/location';
import type { HclFile } from './hcl/parse-file';
import type { Localized } from '../model/localized';

/** Something in the input that is not what it must be: the engine reports each as ICP000 at `at`. */
export interface ParseProblem {
  readonly at: Location;
  readonly message: Localized;
  /**
   * For a syntax error: the part of the file it leaves unreadable (from the start of the top-level
   * block it is in to the end of what was read wrongly). The engine reports one ICP000 per damaged
   * region, drops other problems inside it, and checks no instance that is in it or reads from it.
   */
  readonly damage?: Location;
  /**
   * The damage may hide what applies to instances of the same Terraform module without their
   * naming it (a provider, an EIP association): every instance of the module is then unread.
   */
  readonly damagesModule?: true;
  /** The text parses and only a value is wrong: fixes elsewhere in the file stay offered. */
  readonly valueOnly?: true;
}

export interface ParseOutput {
  readonly instances: readonly Instance[];
  readonly problems: readonly ParseProblem[];
  /**
   * The comments of each parsed file, so `icp-ignore` directives are only read inside real
   * comments (never inside a string). A file missing here is scanned line by line.
   */
  readonly comments: ReadonlyMap<string, readonly Location[]>;
  /** A Terraform folder's files as read, for composing module calls across folders. */
  readonly terraform?: { readonly files: readonly HclFile[] };
}
