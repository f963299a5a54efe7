import type { Instance } from './instance';

/**
 * The key that names one instance of a check, for findings to say which instance they are about.
 * A name is unique within its file: a Terraform address within its root module (an instance created
 * through module calls is placed in its root's file, so two roots calling one module give two keys),
 * a ROS logical ID or a spec key within its file (a duplicate one is an ICP000 and shares the
 * first's key). A plain string: it survives structured clone
 * between threads, and an instance carried past an edit keeps it.
 */
export function instanceKey(instance: Pick<Instance, 'file' | 'name'>): string {
  return `${instance.file}\u0000${instance.name}`;
}
