import type { SourceFile } from '../../src/core';

/**
 * The hostile inputs of issue 9's "no superlinear blow-ups", generated the same on every run. Each
 * once took tens of seconds or gigabytes; the bench reports their time and peak memory.
 */
export const HOSTILE_INPUTS: Readonly<
  Record<string, { readonly title: string; readonly files: () => SourceFile[] }>
> = {
  'spec-50k-websites': {
    title: '2.7 MB spec: one instance, 50,000 websites on one service number',
    files: () => {
      const lines = [
        'kind: IcpInstanceSpec',
        'instances:',
        '  web:',
        '    product: ecs',
        '    region: cn-hangzhou',
        '    billing: subscription',
        '    period: 12',
        '    autoRenew: true',
        '    publicBandwidthMbps: 5',
        '    websites:',
      ];
      for (let i = 0; i < 50_000; i++) lines.push(`      - {domain: w${i}.cn, serviceNumber: "11000000"}`);
      return [{ path: 'hostile/big.icp.yaml', text: lines.join('\n') + '\n' }];
    },
  },
  'comment-of-spaces': {
    title: 'a directive comment followed by 200,000 spaces',
    files: () => [
      {
        path: 'hostile/spaces/main.tf',
        text: `# icp-ignore: ICP002 reason="load test"${' '.repeat(200_000)}\nresource "alicloud_instance" "a" {}\n`,
      },
    ],
  },
  'header-word-run': {
    title: 'a block header run into 200,000 word characters',
    files: () => [
      {
        path: 'hostile/header/main.tf',
        text: `resource "alicloud_instance" "a" {\n  ${'x'.repeat(200_000)}\n}\nresource "alicloud_instance" "b" {\n  period = 1\n}\n`,
      },
    ],
  },
  'ignore-lines': {
    title: '20,000 `# icp-ignore` lines above one resource',
    files: () => [
      {
        path: 'hostile/ignore/main.tf',
        text:
          '# icp-ignore: ICP002 reason="bench"\n'.repeat(20_000) + 'resource "alicloud_instance" "a" {\n}\n',
      },
    ],
  },
  'multiplying-locals': {
    title: '30 locals, each ten copies of the one before (10^30 steps unbounded), read by 20 instances',
    files: () => {
      const lines = ['locals {', '  l0 = 1'];
      for (let k = 1; k <= 30; k++)
        lines.push(
          `  l${k} = [${Array(10)
            .fill(`local.l${k - 1}`)
            .join(', ')}]`,
        );
      lines.push('}');
      for (let i = 0; i < 20; i++)
        lines.push(
          `resource "alicloud_instance" "i${i}" {\n  instance_charge_type = "PrePaid"\n  period               = length(local.l30)\n}`,
        );
      return [{ path: 'hostile/locals/main.tf', text: `${lines.join('\n')}\n` }];
    },
  },
  'module-counts': {
    title: 'a module call with count = 200,000, and 10 calls of 1,000 calls of a module with count = 1,000',
    files: () => [
      {
        path: 'hostile/counts/main.tf',
        text:
          'module "huge" {\n  source = "./web"\n  count  = 200000\n}\n' +
          'module "nested" {\n  source = "./fleet"\n  count  = 10\n}\n',
      },
      {
        path: 'hostile/counts/fleet/main.tf',
        text: 'module "web" {\n  source = "../web"\n  count  = 1000\n}\n',
      },
      {
        path: 'hostile/counts/web/main.tf',
        text: 'resource "alicloud_instance" "this" {\n  count                = 1000\n  instance_charge_type = "PostPaid"\n}\n',
      },
    ],
  },
  'costly-module-copies': {
    title: '1,000 copies of a module whose 30 locals each copy the one before ten times',
    files: () => [
      {
        path: 'hostile/costly/main.tf',
        text: 'module "fleet" {\n  source = "./mod"\n  count  = 1000\n}\n',
      },
      { path: 'hostile/costly/mod/main.tf', text: HOSTILE_INPUTS['multiplying-locals'].files()[0].text },
    ],
  },
  'many-small-files': {
    title: '20,000 small .tf files in 200 folders',
    files: () => {
      const files: SourceFile[] = [];
      for (let i = 0; i < 20_000; i++)
        files.push({
          path: `hostile/many/d${i % 200}/f${i}.tf`,
          text: `resource "alicloud_instance" "i${i}" {\n  instance_charge_type = "PrePaid"\n  period = 12\n}\n`,
        });
      return files;
    },
  },
};
