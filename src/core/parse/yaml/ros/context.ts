import type { Document, Node, Pair, YAMLMap } from 'yaml';
import type { Span } from '../../../model/location';
import type { EditContext } from '../edits';

/** One entry under `Resources`. */
export interface RosResource {
  readonly id: string;
  readonly type: string;
  readonly body: YAMLMap;
  /** `Properties: {…}` when it is a map. */
  readonly properties?: YAMLMap;
  /** The `Properties` entry itself, also when its value is empty. */
  readonly propertiesPair?: Pair<Node | null, Node | null>;
  /** The logical ID key. */
  readonly header: Span;
  /** Key through value. */
  readonly extent: Span;
}

/** A parameter with its `Default`, if any. */
export interface RosParameter {
  readonly name: string;
  /** The parameter's key under `Parameters`, where a value without a default points. */
  readonly key?: Span;
  readonly body?: YAMLMap;
  readonly defaultNode?: Node;
}

/** A stated stack region: `# icp-region: cn-hangzhou` (the span covers the region ID). */
export interface IcpRegionComment {
  readonly region: string;
  readonly span: Span;
}

export interface RosContext extends EditContext {
  readonly doc: Document;
  readonly parameters: ReadonlyMap<string, RosParameter>;
  readonly resources: ReadonlyMap<string, RosResource>;
  readonly icpRegion?: IcpRegionComment;
}
