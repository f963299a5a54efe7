import type { Rule } from './rule';
import { docsUrl } from './docs-url';
import { rosYaml, terraform } from './examples';

/**
 * A value a rule needs cannot be evaluated. Rules call `context.unresolved(…)`; the engine emits
 * this rule once per value, so it has metadata and messages only.
 */
export const valueUnresolved: Rule = {
  id: 'ICP012',
  name: 'value-unresolved',
  severity: 'info',
  fixable: false,
  meansUnknown: true,
  appliesTo: ['terraform', 'ros'],
  messages: {
    unresolved: {
      en: '`{setting}` of {instance} is `{expression}`, which cannot be evaluated here; the checks that need it are skipped, not guessed.',
      'zh-cn': '{instance} 的 `{setting}` 为 `{expression}`，无法在此求值；依赖该值的检查已跳过，不作猜测。',
    },
  },
  docs: {
    url: docsUrl('ICP012'),
    summary: {
      en: 'A value a rule needs is an expression that cannot be evaluated.',
      'zh-cn': '规则所需的某个值是无法求值的表达式。',
    },
    why: {
      en: 'Values from data sources, module outputs, resource attributes or ROS parameters without a default are only known when the stack is deployed. icp-check evaluates what can be known before that, the way Terraform and ROS do: in Terraform, literals, variables (tfvars over defaults), locals, templates, maps and lists with their keys and indexes, `lookup`, `merge`, `coalesce`, `lower`/`upper`, `tostring`/`tonumber`, `element`, `concat`, `length`, `contains`, comparisons and conditionals; in ROS, `Ref` to parameter defaults, `Fn::If` over conditions that resolve, `Fn::FindInMap`, `Fn::Sub` and `Fn::Join`. It never guesses anything else, so the rules that need such a value report nothing; this note says which checks were skipped.',
      'zh-cn':
        '来自数据源、模块输出、资源属性或没有默认值的 ROS 参数的值，只有在部署时才能确定。icp-check 会像 Terraform 和 ROS 那样，计算部署前即可确定的值：Terraform 中的字面量、变量（tfvars 优先于默认值）、局部值、字符串模板、映射与列表及其键和下标、`lookup`、`merge`、`coalesce`、`lower`/`upper`、`tostring`/`tonumber`、`element`、`concat`、`length`、`contains`、比较与条件表达式；ROS 中指向参数默认值的 `Ref`、条件可确定的 `Fn::If`、`Fn::FindInMap`、`Fn::Sub` 和 `Fn::Join`。除此之外一律不作猜测，依赖这些值的规则不会报告问题；此提示说明哪些检查被跳过了。',
    },
    howToFix: {
      en: 'Give the variable or parameter a default (or a value in terraform.tfvars), or write the value directly, so that it can be checked.',
      'zh-cn': '为变量或参数设置默认值（或在 terraform.tfvars 中赋值），或直接写出该值，以便进行检查。',
    },
    sources: ['terraform-provider', 'ros-resource-docs-2021'],
    failing: [
      {
        ...terraform({ instance_charge_type: 'var.charge_type' }),
        code: `${terraform({ instance_charge_type: 'var.charge_type' }).code}\nvariable "charge_type" {\n  type = string\n}\n`,
      },
      {
        ...rosYaml({ InstanceChargeType: '\n        Ref: ChargeType' }),
        code: rosYaml({ InstanceChargeType: '\n        Ref: ChargeType' }).code.replace(
          'Resources:',
          'Parameters:\n  ChargeType:\n    Type: String\nResources:',
        ),
      },
    ],
    passing: [
      {
        ...terraform({ instance_charge_type: 'var.charge_type' }),
        code: `${terraform({ instance_charge_type: 'var.charge_type' }).code}\nvariable "charge_type" {\n  type    = string\n  default = "PrePaid"\n}\n`,
      },
      {
        ...rosYaml({ InstanceChargeType: '\n        Ref: ChargeType' }),
        code: rosYaml({ InstanceChargeType: '\n        Ref: ChargeType' }).code.replace(
          'Resources:',
          'Parameters:\n  ChargeType:\n    Type: String\n    Default: PrePaid\nResources:',
        ),
      },
    ],
  },
};
