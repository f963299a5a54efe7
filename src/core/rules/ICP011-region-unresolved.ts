import type { Instance } from '../model/instance';
import type { Rule, RuleContext } from './rule';
import { isKnownRegion, isMainland } from '../domain/regions';
import { docsUrl } from './docs-url';
import { rosJson, rosYaml, spec, terraform } from './examples';
import { originsOf } from './helpers';

export const regionUnresolved: Rule = {
  id: 'ICP011',
  name: 'region-unresolved',
  severity: 'info',
  fixable: false,
  meansUnknown: true,
  appliesTo: ['terraform', 'ros', 'spec'],
  messages: {
    terraform: {
      en: "No region is set for {instance}: the provider then uses ALICLOUD_REGION / ALIBABA_CLOUD_REGION or the profile's region, else cn-beijing. State it with `region` in the provider block, `--region`, or `region` in .icpcheck.yaml.",
      'zh-cn':
        '未为 {instance} 设置地域：provider 将使用环境变量 ALICLOUD_REGION / ALIBABA_CLOUD_REGION 或 profile 中的地域，都没有时为 cn-beijing。请在 provider 块中设置 `region`，或使用 `--region` 或 .icpcheck.yaml 中的 `region` 指定。',
    },
    terraformExpression: {
      en: 'The region of {instance} comes from `{expression}`, which cannot be evaluated here, so the region is not checked. State it with `--region` or `region` in .icpcheck.yaml.',
      'zh-cn':
        '{instance} 的地域来自 `{expression}`，无法在此求值，因此未检查地域。请使用 `--region` 或 .icpcheck.yaml 中的 `region` 指定。',
    },
    ros: {
      en: 'The region of {instance} is the one chosen when the stack is created; nothing in the template states it. Give the instance a literal ZoneId, add a `# icp-region: <id>` comment to the file, or use `--region` or `region` in .icpcheck.yaml.',
      'zh-cn':
        '{instance} 的地域取决于创建资源栈时选择的地域，模板中没有说明。请为实例设置固定的 ZoneId、在文件中添加 `# icp-region: <地域ID>` 注释，或使用 `--region` 或 .icpcheck.yaml 中的 `region` 指定。',
    },
    rosExpression: {
      en: 'The zone of {instance} is `{expression}`, which cannot be evaluated here; its region is the one chosen when the stack is created. Add a `# icp-region: <id>` comment to the file, or use `--region` or `region` in .icpcheck.yaml.',
      'zh-cn':
        '{instance} 的可用区为 `{expression}`，无法在此求值；其地域取决于创建资源栈时选择的地域。请在文件中添加 `# icp-region: <地域ID>` 注释，或使用 `--region` 或 .icpcheck.yaml 中的 `region` 指定。',
    },
    spec: {
      en: '{instance} states no region. Set `region:` (or `zone:`) on the instance, or use `--region` or `region` in .icpcheck.yaml.',
      'zh-cn':
        '{instance} 未指定地域。请在实例中设置 `region:`（或 `zone:`），或使用 `--region` 或 .icpcheck.yaml 中的 `region` 指定。',
    },
    specZone: {
      en: 'The zone `{expression}` of {instance} belongs to no region icp-check knows, so the region is not checked. Check the spelling, or set `region:` instead.',
      'zh-cn':
        '{instance} 的可用区 `{expression}` 不属于 icp-check 已知的任何地域，因此未检查地域。请检查拼写，或改为设置 `region:`。',
    },
    unknownRegion: {
      en: '{region} is not a region icp-check knows; it is treated as mainland China. Check the spelling.',
      'zh-cn': 'icp-check 不认识地域 {region}，暂按中国内地处理。请检查拼写。',
    },
  },
  docs: {
    url: docsUrl('ICP011'),
    summary: {
      en: "The instance's region cannot be determined.",
      'zh-cn': '无法确定实例所在的地域。',
    },
    why: {
      en: 'An ICP filing needs an instance in mainland China (ICP001), but the region is not always in the code. Terraform falls back to ALICLOUD_REGION / ALIBABA_CLOUD_REGION, the profile, then cn-beijing; a ROS template never names its region: it is chosen when the stack is created. icp-check does not guess: it tells you what would apply and how to state the region.',
      'zh-cn':
        'ICP 备案要求实例位于中国内地（ICP001），但地域并不总写在代码里。Terraform 会依次使用 ALICLOUD_REGION / ALIBABA_CLOUD_REGION、profile，最后是 cn-beijing；ROS 模板从不写明地域，它在创建资源栈时选择。icp-check 不做猜测，而是说明实际会采用什么，以及如何写明地域。',
    },
    howToFix: {
      en: 'Terraform: set `region` in the `provider "alicloud"` block. ROS: use a literal `ZoneId`, or add `# icp-region: cn-hangzhou` to the template. Instance spec: set `region:`. Anywhere: pass `--region` or set `region` in .icpcheck.yaml.',
      'zh-cn':
        'Terraform：在 `provider "alicloud"` 块中设置 `region`。ROS：使用固定的 `ZoneId`，或在模板中添加 `# icp-region: cn-hangzhou`。实例清单：设置 `region:`。任何格式都可以用 `--region` 或 .icpcheck.yaml 中的 `region` 指定。',
    },
    sources: ['terraform-provider', 'ros-resource-docs-2021', 'ros-resource-docs'],
    failing: [
      terraform({}, { region: null }),
      rosYaml({ ZoneId: null }),
      rosJson({ ZoneId: null }),
      spec({ region: null }),
    ],
    passing: [
      terraform(),
      rosYaml({ ZoneId: null }, { header: '# icp-region: cn-hangzhou' }),
      rosJson(),
      spec({ region: null, zone: 'cn-hangzhou-h' }),
    ],
  },
  checkInstance(instance: Instance, context: RuleContext) {
    const region = instance.region;
    if (region?.kind === 'known') {
      // Unknown IDs outside `cn-` are ICP001's (not mainland); an unknown `cn-` one is probably a typo.
      if (isKnownRegion(region.value) || !isMainland(region.value)) return;
      context.report({
        instance,
        messageId: 'unknownRegion',
        data: { instance: instance.name, region: region.value },
        at: region.at,
        setting: 'region',
        related: originsOf(region),
      });
      return;
    }
    if (region?.kind === 'unknown') {
      context.report({
        instance,
        messageId:
          instance.format === 'terraform'
            ? 'terraformExpression'
            : instance.format === 'ros'
              ? 'rosExpression'
              : 'specZone',
        data: { instance: instance.name, expression: region.expression },
        at: region.at,
        setting: 'region',
        related: originsOf(region),
      });
      return;
    }
    context.report({
      instance,
      messageId: instance.format,
      data: { instance: instance.name },
      at: instance.header,
      setting: 'region',
    });
  },
};
