import { Random } from './random';
import { ENVIRONMENTS, IMAGES, INSTANCE_TYPES, MAINLAND_ZONES, OTHER_ZONES, TEAMS } from './vocabulary';

export interface RosShape {
  readonly instances: number;
  readonly vswitches: number;
  readonly eips: number;
}

const pascal = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * A ROS template in block YAML as the ROS console exports and people edit them: parameters with
 * defaults and association properties, VPC plumbing, instances of several types whose settings are
 * literals, `Ref`s (both spellings) or omitted, and EIPs associated with instances.
 */
export function generateRosYaml(rng: Random, shape: RosShape): string {
  const teams = TEAMS.slice(0, Math.max(1, Math.min(TEAMS.length, Math.ceil(shape.instances / 20))));
  const out: string[] = [
    "ROSTemplateFormatVersion: '2015-09-01'",
    `Description: Web tier of ${teams.length} teams (${shape.instances} servers), generated for the icp-check bench`,
    'Metadata:',
    '  ALIYUN::ROS::Interface:',
    '    ParameterGroups:',
    '      - Parameters: [ZoneId, InstanceType]',
    '        Label:',
    '          default: Placement',
    'Parameters:',
    '  ZoneId:',
    '    Type: String',
    `    Default: ${rng.pick(MAINLAND_ZONES)}`,
    '    AssociationProperty: ALIYUN::ECS::Instance::ZoneId',
    '  InstanceType:',
    '    Type: String',
    `    Default: ${rng.pick(INSTANCE_TYPES)}`,
    '    AssociationProperty: ALIYUN::ECS::Instance::InstanceType',
  ];
  for (const team of teams) {
    const t = pascal(team);
    out.push(
      `  ${t}ChargeType:`,
      '    Type: String',
      `    Default: ${rng.chance(0.8) ? 'PrePaid' : 'PostPaid'}`,
      '    AllowedValues: [PrePaid, PostPaid]',
      '    AssociationProperty: ChargeType',
      `  ${t}Period:`,
      '    Type: Number',
      `    Default: ${rng.pick([1, 3, 6, 12])}`,
      '    AssociationProperty: PayPeriod',
      `  ${t}Bandwidth:`,
      '    Type: Number',
      `    Default: ${rng.pick([0, 5, 10])}`,
      '    Description: Outbound public bandwidth, Mbit/s',
    );
  }
  out.push(
    'Resources:',
    '  Vpc:',
    '    Type: ALIYUN::ECS::VPC',
    '    Properties:',
    '      CidrBlock: 10.0.0.0/8',
    '      VpcName: main',
  );
  for (let s = 0; s < shape.vswitches; s++) {
    const zone = rng.chance(0.9) ? rng.pick(MAINLAND_ZONES) : rng.pick(OTHER_ZONES);
    out.push(
      `  VSwitch${s}:`,
      '    Type: ALIYUN::ECS::VSwitch',
      '    Properties:',
      '      VpcId: !Ref Vpc',
      `      ZoneId: ${zone}`,
      `      CidrBlock: 10.${Math.floor(s / 250)}.${s % 250}.0/24`,
    );
  }
  out.push(
    '  SecurityGroup:',
    '    Type: ALIYUN::ECS::SecurityGroup',
    '    Properties:',
    '      VpcId:',
    '        Ref: Vpc',
  );

  const ids: string[] = [];
  for (let i = 0; i < shape.instances; i++) {
    const team = teams[i % teams.length];
    const env = ENVIRONMENTS[Math.floor(i / teams.length) % ENVIRONMENTS.length];
    const id = `${pascal(team)}${pascal(env)}${String(i).padStart(4, '0')}`;
    ids.push(id);
    out.push(...rosInstance(rng, id, team, env, shape.vswitches));
  }
  for (let e = 0; e < shape.eips; e++) {
    out.push(
      `  Eip${e}:`,
      '    Type: ALIYUN::VPC::EIP',
      '    Properties:',
      `      Bandwidth: ${rng.pick([5, 10, 20])}`,
      '      InternetChargeType: PayByTraffic',
      `  EipAssociation${e}:`,
      '    Type: ALIYUN::VPC::EIPAssociation',
      '    Properties:',
      `      AllocationId: !Ref Eip${e}`,
      `      InstanceId: !Ref ${rng.pick(ids)}`,
    );
  }
  out.push('Outputs:');
  for (const id of ids.slice(0, Math.min(ids.length, 30))) {
    out.push(`  ${id}PublicIp:`, '    Value:', `      Fn::GetAtt: [${id}, PublicIp]`);
  }
  return out.join('\n') + '\n';
}

function rosInstance(rng: Random, id: string, team: string, env: string, vswitches: number): string[] {
  const t = pascal(team);
  const type =
    rng.next() < 0.8
      ? 'ALIYUN::ECS::Instance'
      : rng.pick(['ALIYUN::ECS::InstanceGroup', 'ALIYUN::ECS::PrepayInstance']);
  const lines = [`  ${id}:`, `    Type: ${type}`, '    Properties:'];
  const prop = (key: string, value: string) => lines.push(`      ${key}: ${value}`);
  if (rng.chance(0.02)) lines.splice(1, 0, '    # icp-ignore: ICP010 reason="renewed by the finance team"');
  const zone = rng.next();
  if (zone < 0.6) prop('ZoneId', rng.chance(0.95) ? rng.pick(MAINLAND_ZONES) : rng.pick(OTHER_ZONES));
  else if (zone < 0.8) prop('ZoneId', '!Ref ZoneId');
  else lines.push('      ZoneId:', '        Ref: ZoneId');
  prop('VpcId', '!Ref Vpc');
  prop('VSwitchId', `!Ref VSwitch${rng.int(0, vswitches - 1)}`);
  prop('SecurityGroupId', '!Ref SecurityGroup');
  prop('InstanceType', rng.chance(0.5) ? '!Ref InstanceType' : rng.pick(INSTANCE_TYPES));
  prop('ImageId', rng.pick(IMAGES));
  if (type === 'ALIYUN::ECS::InstanceGroup') {
    prop('MaxAmount', String(rng.int(1, 4)));
  }
  const charge = rng.next();
  if (charge < 0.5) prop('InstanceChargeType', rng.chance(0.9) ? 'PrePaid' : 'Prepaid');
  else if (charge < 0.75) prop('InstanceChargeType', `!Ref ${t}ChargeType`);
  else if (charge < 0.9) prop('InstanceChargeType', rng.chance(0.8) ? 'PostPaid' : 'Postpaid');
  if (charge < 0.75) {
    prop('Period', rng.chance(0.7) ? String(rng.pick([1, 2, 3, 6, 12])) : `!Ref ${t}Period`);
    prop('PeriodUnit', rng.chance(0.95) ? 'Month' : 'Week');
    prop('AutoRenew', rng.chance(0.7) ? "'True'" : "'False'");
  } else if (rng.chance(0.3)) {
    prop('SpotStrategy', 'SpotAsPriceGo');
  }
  const bandwidth = rng.next();
  if (bandwidth < 0.6) prop('InternetMaxBandwidthOut', String(rng.pick([0, 1, 5, 10, 100])));
  else if (bandwidth < 0.85) prop('InternetMaxBandwidthOut', `!Ref ${t}Bandwidth`);
  if (rng.chance(0.05)) prop('AllocatePublicIP', 'false');
  prop('SystemDiskCategory', 'cloud_essd');
  prop('SystemDiskSize', String(rng.pick([40, 80, 100])));
  prop('InstanceName', `${team}-${env}-${id.slice(-4)}`);
  prop('HostName', `${team}-${env}-${id.slice(-4)}`);
  lines.push(
    '      Tags:',
    '        - Key: Team',
    `          Value: ${team}`,
    '        - Key: Env',
    `          Value: ${env}`,
  );
  return lines;
}

/** A small ROS template as JSON, the other spelling the workspace contains. */
export function generateRosJson(rng: Random, instances: number): string {
  const resources: Record<string, unknown> = {};
  for (let i = 0; i < instances; i++) {
    const props: Record<string, unknown> = {
      ZoneId: rng.chance(0.9) ? rng.pick(MAINLAND_ZONES) : rng.pick(OTHER_ZONES),
      InstanceType: rng.pick(INSTANCE_TYPES),
      ImageId: rng.pick(IMAGES),
      InstanceChargeType: rng.pick(['PrePaid', 'PostPaid', 'Prepaid']),
      Period: rng.pick([1, 3, 6, 12]),
      PeriodUnit: 'Month',
      InternetMaxBandwidthOut: rng.pick([0, 5, 10]),
    };
    resources[`Server${i}`] = { Type: 'ALIYUN::ECS::Instance', Properties: props };
  }
  return (
    JSON.stringify(
      { ROSTemplateFormatVersion: '2015-09-01', Description: 'servers', Resources: resources },
      null,
      2,
    ) + '\n'
  );
}
