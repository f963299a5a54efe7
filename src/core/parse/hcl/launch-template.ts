import type { Located, TerraformModule } from './module';
import { attributeOf, referencesIn, resourceAddressOf, type HclBlock } from './syntax';

export const LAUNCH_TEMPLATE_TYPES = ['alicloud_ecs_launch_template', 'alicloud_launch_template'];

/**
 * The launch template an instance uses: `launch_template_id = alicloud_ecs_launch_template.x.id`,
 * or `launch_template_name` naming it by reference or by its literal `launch_template_name` / `name`.
 */
export function launchTemplateOf(
  instance: HclBlock,
  module: TerraformModule,
): { address: string; block: Located<HclBlock> } | undefined {
  for (const key of ['launch_template_id', 'launch_template_name']) {
    const attribute = attributeOf(instance.body, key);
    if (!attribute) continue;
    for (const ref of referencesIn(attribute.expr)) {
      const address = resourceAddressOf(ref);
      const block =
        address && LAUNCH_TEMPLATE_TYPES.includes(ref.root) ? module.resources.get(address) : undefined;
      if (address && block) return { address, block };
    }
    if (key === 'launch_template_name' && attribute.expr.kind === 'literal') {
      const wanted = attribute.expr.value;
      for (const [address, block] of module.resources) {
        if (!LAUNCH_TEMPLATE_TYPES.includes(block.node.labels[0]?.value ?? '')) continue;
        const name =
          attributeOf(block.node.body, 'launch_template_name') ?? attributeOf(block.node.body, 'name');
        if (name?.expr.kind === 'literal' && name.expr.value === wanted) return { address, block };
      }
    }
  }
  return undefined;
}
