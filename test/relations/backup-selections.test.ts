import { Size, Tags } from 'aws-cdk-lib';
import * as backup from 'aws-cdk-lib/aws-backup';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as efs from 'aws-cdk-lib/aws-efs';
import { StackModel, type AppModel } from '../../lib/model/stack';
import { coverageOf } from '../../lib/relations/backup-selections';
import { modelOfCdk, modelOfTemplate } from '../support/rule-tester';

const table = (properties: object = {}) => ({ Type: 'AWS::DynamoDB::Table', Properties: { KeySchema: [], ...properties } });
const plan = { Type: 'AWS::Backup::BackupPlan', Properties: { BackupPlan: { BackupPlanName: 'p', BackupPlanRule: [{ RuleName: 'Daily', TargetBackupVault: 'v', Lifecycle: { DeleteAfterDays: 35 } }] } } };
const selection = (body: object, extra: object = {}) => ({
  Type: 'AWS::Backup::BackupSelection',
  ...extra,
  Properties: { BackupPlanId: { 'Fn::GetAtt': ['Plan', 'BackupPlanId'] }, BackupSelection: { SelectionName: 's', IamRoleArn: 'arn:aws:iam::1:role/r', ...body } },
});

function coverage(resources: Record<string, object>, target = 'Table', environment = {}, extra: object = {}) {
  const stack = modelOfTemplate({ Resources: { Plan: plan, ...resources }, ...extra }, environment);
  return coverageOf(stack.resource(target)!);
}

describe('coverageOf', () => {
  test('Fn::GetAtt of the resource in Resources covers it, with the selection and plan as evidence', () => {
    const result = coverage({ Table: table(), Sel: selection({ Resources: [{ 'Fn::GetAtt': ['Table', 'Arn'] }] }) });
    expect(result.state).toBe('covered');
    expect(result.message).toMatch(/Sel \(plan Plan\)/);
    expect(result.evidence.map((e) => e.logicalId)).toEqual(['Sel', 'Plan']);
    expect(result.evidence[1].description).toMatch(/Daily \(keeps 35 days\)/);
  });

  test('Ref inside Fn::Sub or Fn::Join names the resource', () => {
    const sub = { 'Fn::Sub': 'arn:${AWS::Partition}:dynamodb:${AWS::Region}:${AWS::AccountId}:table/${Table}' };
    expect(coverage({ Table: table(), Sel: selection({ Resources: [sub] }) }).state).toBe('covered');
    const join = { 'Fn::Join': ['', ['arn:aws:dynamodb:eu-west-1:1:table/', { Ref: 'Table' }]] };
    expect(coverage({ Table: table(), Sel: selection({ Resources: [join] }) }).state).toBe('covered');
  });

  test('a selection naming another resource does not cover it', () => {
    const result = coverage({ Table: table(), Other: table(), Sel: selection({ Resources: [{ 'Fn::GetAtt': ['Other', 'Arn'] }] }) });
    expect(result.state).toBe('not-covered');
  });

  test('no selection at all: not covered', () => {
    expect(coverage({ Table: table() }).state).toBe('not-covered');
  });

  test('wildcard ARN patterns match by service and resource type', () => {
    expect(coverage({ Table: table(), Sel: selection({ Resources: ['arn:aws:dynamodb:*:*:table/*'] }) }, 'Table', { region: 'eu-west-1', account: '1' }).state).toBe('covered');
    expect(coverage({ Table: table(), Sel: selection({ Resources: ['*'] }) }).state).toBe('covered');
    expect(coverage({ Table: table(), Sel: selection({ Resources: ['arn:aws:rds:*:*:db:*'] }) }).state).toBe('not-covered');
  });

  test('a pattern that depends on an unknown partition, account or name needs review', () => {
    expect(coverage({ Table: table(), Sel: selection({ Resources: ['arn:aws:dynamodb:*:*:table/*'] }) }).state).toBe('unknown');
    expect(coverage({ Table: table(), Sel: selection({ Resources: ['arn:aws:dynamodb:eu-west-1:111:table/orders-*'] }) }, 'Table', { region: 'eu-west-1', account: '111' }).state).toBe('unknown');
  });

  test('a pattern against a table with a literal name is decided', () => {
    const env = { region: 'eu-west-1', account: '111' };
    const named = table({ TableName: 'orders-2024' });
    expect(coverage({ Table: named, Sel: selection({ Resources: ['arn:aws:dynamodb:eu-west-1:111:table/orders-*'] }) }, 'Table', env).state).toBe('covered');
    expect(coverage({ Table: named, Sel: selection({ Resources: ['arn:aws:dynamodb:eu-west-1:111:table/users-*'] }) }, 'Table', env).state).toBe('not-covered');
    expect(coverage({ Table: named, Sel: selection({ Resources: ['arn:aws:dynamodb:eu-west-1:222:table/*'] }) }, 'Table', env).state).toBe('not-covered');
  });

  test('ListOfTags matches the resource tags (OR), Conditions narrow (AND)', () => {
    const tagged = table({ Tags: [{ Key: 'backup', Value: 'daily' }, { Key: 'stage', Value: 'prod' }] });
    const byTag = selection({ ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'backup', ConditionValue: 'weekly' }, { ConditionType: 'STRINGEQUALS', ConditionKey: 'backup', ConditionValue: 'daily' }] });
    expect(coverage({ Table: tagged, Sel: byTag }).state).toBe('covered');
    expect(coverage({ Table: table(), Sel: byTag }).state).toBe('not-covered');
    const narrowed = (stage: string) => selection({ Resources: ['*'], Conditions: { StringEquals: [{ ConditionKey: 'aws:ResourceTag/backup', ConditionValue: 'daily' }, { ConditionKey: 'aws:ResourceTag/stage', ConditionValue: stage }] } });
    expect(coverage({ Table: tagged, Sel: narrowed('prod') }).state).toBe('covered');
    expect(coverage({ Table: tagged, Sel: narrowed('dev') }).state).toBe('not-covered');
    const like = selection({ Conditions: { StringLike: [{ ConditionKey: 'aws:ResourceTag/stage', ConditionValue: 'pr*' }] } });
    expect(coverage({ Table: tagged, Sel: like }).state).toBe('covered');
  });

  test('tags the tool cannot read make the answer unknown, never covered', () => {
    const byTag = selection({ ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'backup', ConditionValue: 'daily' }] });
    const result = coverage({ Table: table({ Tags: [{ Key: 'backup', Value: { Ref: 'Schedule' } }] }), Sel: byTag }, 'Table', {}, { Parameters: { Schedule: { Type: 'String' } } });
    expect(result.state).toBe('unknown');
  });

  test('NotResources excludes the resource', () => {
    const result = coverage({ Table: table(), Sel: selection({ Resources: ['*'], NotResources: [{ 'Fn::GetAtt': ['Table', 'Arn'] }] }) });
    expect(result.state).toBe('not-covered');
  });

  test('a selection the tool cannot resolve needs review', () => {
    const params = { Parameters: { Arn: { Type: 'String' } } };
    expect(coverage({ Table: table(), Sel: selection({ Resources: [{ Ref: 'Arn' }] }) }, 'Table', {}, params).state).toBe('unknown');
    expect(coverage({ Table: table(), Sel: selection({ Resources: [{ 'Fn::ImportValue': 'shared-arn' }] }) }).state).toBe('unknown');
    expect(coverage({ Table: table(), Sel: selection({ Resources: ['*'] }, { Condition: 'Backups' }) }, 'Table', {}, { Parameters: { On: { Type: 'String' } }, Conditions: { Backups: { 'Fn::Equals': [{ Ref: 'On' }, 'yes'] } } }).state).toBe('unknown');
  });

  test('a selection whose condition is false does not exist', () => {
    const extra = { Conditions: { Never: { 'Fn::Equals': ['a', 'b'] } } };
    expect(coverage({ Table: table(), Sel: selection({ Resources: ['*'] }, { Condition: 'Never' }) }, 'Table', {}, extra).state).toBe('not-covered');
  });

  test('EFS tags live under FileSystemTags', () => {
    const fs = { Type: 'AWS::EFS::FileSystem', Properties: { FileSystemTags: [{ Key: 'backup', Value: 'yes' }] } };
    const byTag = selection({ ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'backup', ConditionValue: 'yes' }] });
    expect(coverage({ Fs: fs, Sel: byTag }, 'Fs').state).toBe('covered');
  });

  test('CDK: BackupResource.fromDynamoDbTable, fromEfsFileSystem and fromTag', () => {
    const stack = modelOfCdk((s) => {
      const vpc = new ec2.Vpc(s, 'Vpc', { maxAzs: 1, natGateways: 0, subnetConfiguration: [{ name: 'i', subnetType: ec2.SubnetType.PRIVATE_ISOLATED }] });
      const fs = new efs.FileSystem(s, 'Fs', { vpc });
      const t = new dynamodb.Table(s, 'Orders', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });
      const tagged = new ec2.Volume(s, 'Tagged', { availabilityZone: 'eu-west-1a', size: Size.gibibytes(8) });
      Tags.of(tagged).add('backup', 'yes');
      new ec2.Volume(s, 'Untagged', { availabilityZone: 'eu-west-1a', size: Size.gibibytes(8) });
      const p = backup.BackupPlan.daily35DayRetention(s, 'Plan');
      p.addSelection('Sel', { resources: [backup.BackupResource.fromDynamoDbTable(t), backup.BackupResource.fromEfsFileSystem(fs), backup.BackupResource.fromTag('backup', 'yes')] });
    });
    const state = (type: string, pathPart: string) => coverageOf(stack.resources.find((r) => r.type === type && r.logicalId.startsWith(pathPart))!).state;
    expect(state('AWS::DynamoDB::Table', 'Orders')).toBe('covered');
    expect(state('AWS::EFS::FileSystem', 'Fs')).toBe('covered');
    expect(state('AWS::EC2::Volume', 'Tagged')).toBe('covered');
    expect(state('AWS::EC2::Volume', 'Untagged')).toBe('not-covered');
  });

  describe('across the stacks of an app', () => {
    const data = { Resources: { Table: table({ Tags: [{ Key: 'backup', Value: 'yes' }] }) } };
    const central = { Resources: { Plan: plan, Sel: selection({ ListOfTags: [{ ConditionType: 'STRINGEQUALS', ConditionKey: 'backup', ConditionValue: 'yes' }] }) } };
    const appOf = (envA: object, envB: object): { app: AppModel; table: StackModel } => {
      const a = modelOfTemplate(data, envA, 'data.json');
      const b = modelOfTemplate(central, envB, 'central.json');
      return { app: { stacks: [a, b] }, table: a };
    };

    test('a broad selection in another stack of the same account and region covers it', () => {
      const env = { account: '111', region: 'eu-west-1' };
      const { app, table: stack } = appOf(env, env);
      const result = coverageOf(stack.resource('Table')!, app);
      expect(result.state).toBe('covered');
      expect(result.evidence[0].description).toMatch(/in stack central\.json/);
    });

    test('another account, or an environment the tool does not know, does not count', () => {
      const { app, table: stack } = appOf({ account: '111', region: 'eu-west-1' }, { account: '222', region: 'eu-west-1' });
      expect(coverageOf(stack.resource('Table')!, app).state).toBe('not-covered');
      const agnostic = appOf({}, {});
      expect(coverageOf(agnostic.table.resource('Table')!, agnostic.app).state).toBe('not-covered');
    });
  });
});
