import type { Rule } from './rule';
import { docsUrl } from './docs-url';
import { terraform } from './examples';

const REGISTRY_CALL =
  'module "ecs" {\n  source  = "alibaba/ecs-instance/alicloud"\n  version = "2.12.0"\n}\n';

/**
 * A module call whose module cannot be read, so the instances it creates are not checked. The
 * engine emits this rule while composing module calls; metadata and messages only.
 */
export const moduleNotFollowed: Rule = {
  id: 'ICP015',
  name: 'module-not-followed',
  severity: 'info',
  fixable: false,
  appliesTo: ['terraform'],
  messages: {
    notDownloaded: {
      en: '{call} (source "{source}") is not followed: it is not a local path and `terraform init` has not downloaded it (no entry in .terraform/modules/modules.json), so the instances it creates are not checked.',
      'zh-cn':
        '未跟踪 {call}（来源 "{source}"）：它不是本地路径，且尚未由 `terraform init` 下载（.terraform/modules/modules.json 中没有记录），因此它创建的实例未被检查。',
    },
    downloadMissing: {
      en: '{call} (source "{source}") is not followed: .terraform/modules/modules.json says it was downloaded to {dir}, which is missing; run `terraform init` again so the instances it creates can be checked.',
      'zh-cn':
        '未跟踪 {call}（来源 "{source}"）：.terraform/modules/modules.json 记录其下载到 {dir}，但该文件夹不存在；请重新运行 `terraform init`，以便检查它创建的实例。',
    },
    sourceNotLiteral: {
      en: '{call} is not followed: its `source` is not a plain string, so the module it calls cannot be found and the instances it creates are not checked.',
      'zh-cn': '未跟踪 {call}：其 `source` 不是普通字符串，无法找到所调用的模块，因此它创建的实例未被检查。',
    },
  },
  docs: {
    url: docsUrl('ICP015'),
    summary: {
      en: 'A module call is neither a local path nor downloaded by `terraform init`, so the instances it creates are not checked.',
      'zh-cn': '模块调用既不是本地路径，也未由 `terraform init` 下载，因此它创建的实例未被检查。',
    },
    why: {
      en: 'Most production Terraform creates its instances through modules. A registry or git module is only on disk after `terraform init`, which records where it put each module in .terraform/modules/modules.json. Without it the module\'s instances cannot be read, and "no problems" would hide them; this note says what was not checked.',
      'zh-cn':
        '大多数生产环境的 Terraform 通过模块创建实例。注册表或 git 模块只有在 `terraform init` 之后才会出现在磁盘上，init 会在 .terraform/modules/modules.json 中记录每个模块的位置。没有它就无法读取模块中的实例，“没有问题”会掩盖这些实例；此提示说明哪些内容未被检查。',
    },
    howToFix: {
      en: 'Run `terraform init` in the root folder (it downloads the module and writes .terraform/modules/modules.json), then check again; or use a local path (`source = "./modules/ecs"`).',
      'zh-cn':
        '在根模块文件夹中运行 `terraform init`（下载模块并写入 .terraform/modules/modules.json）后重新检查；或改用本地路径（`source = "./modules/ecs"`）。',
    },
    sources: [],
    failing: [{ ...terraform(), code: `${terraform().code}\n${REGISTRY_CALL}` }],
    passing: [terraform()],
  },
};
