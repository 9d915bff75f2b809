import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Tags, type Stack } from 'aws-cdk-lib';
import rule from '../../../rules/patch-management/ec2-instance-patched';
import { testRule } from '../../support/rule-tester';

const instance = (tags: object[] = [{ Key: 'Patch', Value: 'yes' }], extra: object = {}) => ({ Host: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', InstanceType: 't3.micro', Tags: tags, ...extra } } });
const association = (targets: unknown, operation: unknown = ['Install'], name = 'AWS-RunPatchBaseline') => ({ Patch: { Type: 'AWS::SSM::Association', Properties: { Name: name, Parameters: { Operation: operation }, Targets: targets } } });

function withAssociation(stack: Stack, operation: string): void {
  const host = new ec2.Instance(stack, 'Host', { vpc: new ec2.Vpc(stack, 'Vpc', { maxAzs: 1 }), instanceType: new ec2.InstanceType('t3.micro'), machineImage: ec2.MachineImage.latestAmazonLinux2023() });
  Tags.of(host).add('Patch', 'yes');
  new ssm.CfnAssociation(stack, 'Patch', { name: 'AWS-RunPatchBaseline', parameters: { Operation: [operation] }, targets: [{ key: 'tag:Patch', values: ['yes'] }] });
}

testRule(rule, [
  { name: 'association by tag installs patches', resources: { ...instance(), ...association([{ Key: 'tag:Patch', Values: ['yes'] }]) }, expect: [{ status: 'addressed', on: 'Host', message: /Association Patch/ }] },
  { name: 'association by instance reference', resources: { ...instance([]), ...association([{ Key: 'InstanceIds', Values: [{ Ref: 'Host' }] }]) }, expect: [{ status: 'addressed', on: 'Host' }] },
  { name: 'association for all instances', resources: { ...instance([]), ...association([{ Key: 'InstanceIds', Values: ['*'] }], ['Install'], 'AWS-RunPatchBaselineWithHooks') }, expect: [{ status: 'addressed', on: 'Host' }] },
  {
    name: 'maintenance window task through a window target',
    resources: {
      ...instance([{ Key: 'Env', Value: 'prod' }]),
      Window: { Type: 'AWS::SSM::MaintenanceWindow', Properties: { Name: 'w', Schedule: 'cron(0 3 ? * SUN *)', Duration: 3, Cutoff: 1, AllowUnassociatedTargets: false } },
      Target: { Type: 'AWS::SSM::MaintenanceWindowTarget', Properties: { WindowId: { Ref: 'Window' }, ResourceType: 'INSTANCE', Targets: [{ Key: 'tag-key', Values: ['Env'] }] } },
      Task: { Type: 'AWS::SSM::MaintenanceWindowTask', Properties: { WindowId: { Ref: 'Window' }, TaskArn: 'AWS-RunPatchBaseline', TaskType: 'RUN_COMMAND', Priority: 1, Targets: [{ Key: 'WindowTargetIds', Values: [{ Ref: 'Target' }] }], TaskInvocationParameters: { MaintenanceWindowRunCommandParameters: { Parameters: { Operation: ['Install'] } } } } },
    },
    expect: [{ status: 'addressed', on: 'Host', message: /MaintenanceWindowTask Task/ }],
  },
  { name: 'inline SsmAssociations', resources: instance([], { SsmAssociations: [{ DocumentName: 'AWS-RunPatchBaseline', AssociationParameters: [{ Key: 'Operation', Value: ['Install'] }] }] }), expect: 'addressed' },
  { name: 'scan only', resources: { ...instance(), ...association([{ Key: 'tag:Patch', Values: ['yes'] }], ['Scan']) }, expect: [{ status: 'unaddressed', on: 'Host', message: /only scanned/ }] },
  { name: 'association targets other tags', resources: { ...instance(), ...association([{ Key: 'tag:Patch', Values: ['no'] }]) }, expect: [{ status: 'unaddressed', on: 'Host', message: /no State Manager association/ }] },
  { name: 'nothing patches it', resources: instance(), expect: 'unaddressed' },
  { name: 'target values from a parameter', parameters: { V: { Type: 'CommaDelimitedList' } }, resources: { ...instance(), ...association([{ Key: 'tag:Patch', Values: { Ref: 'V' } }]) }, expect: [{ status: 'needs-review', on: 'Host' }] },
  { name: 'resource group targets', resources: { ...instance(), ...association([{ Key: 'resource-groups:Name', Values: ['servers'] }]) }, expect: [{ status: 'needs-review', on: 'Host' }] },
  { name: 'operation from a parameter', parameters: { O: { Type: 'CommaDelimitedList' } }, resources: { ...instance(), ...association([{ Key: 'tag:Patch', Values: ['yes'] }], { Ref: 'O' }) }, expect: [{ status: 'needs-review', on: 'Host' }] },
  { name: 'Instance with an installing association', cdk: (stack) => withAssociation(stack, 'Install'), expect: [{ status: 'addressed', on: 'Host' }] },
  { name: 'Instance with a scan-only association', cdk: (stack) => withAssociation(stack, 'Scan'), expect: [{ status: 'unaddressed', on: 'Host' }] },
]);
