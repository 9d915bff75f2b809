import { launchTemplateOf, patchCoverage, ssmManagement } from '../../lib/relations/instance-management';
import type { StackModel } from '../../lib/model/stack';
import { modelOfTemplate } from '../support/rule-tester';

const CORE = 'arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore';

function stack(resources: Record<string, object>, parameters: Record<string, object> = {}): StackModel {
  return modelOfTemplate({ Parameters: parameters, Resources: resources });
}

const host = (properties: object) => ({ Host: { Type: 'AWS::EC2::Instance', Properties: { ImageId: 'ami-1', ...properties } } });
const role = (properties: object) => ({ Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: {}, ...properties } } });
const profile = (roles: unknown[] = [{ Ref: 'Role' }], name?: string) => ({ Profile: { Type: 'AWS::IAM::InstanceProfile', Properties: { Roles: roles, InstanceProfileName: name } } });

function management(model: StackModel, id = 'Host') {
  return ssmManagement(model.resource(id)!);
}

describe('ssmManagement: instance → profile → role → AmazonSSMManagedInstanceCore', () => {
  test('addressed through the role of the instance profile', () => {
    const link = management(stack({ ...host({ IamInstanceProfile: { Ref: 'Profile' } }), ...profile(), ...role({ ManagedPolicyArns: [CORE] }) }));
    expect(link.state).toBe('yes');
    expect(link.evidence[0]).toMatchObject({ logicalId: 'Role', propertyPath: 'ManagedPolicyArns.0' });
  });

  test('unaddressed when the same role lacks the policy', () => {
    expect(management(stack({ ...host({ IamInstanceProfile: { Ref: 'Profile' } }), ...profile(), ...role({}) })).state).toBe('no');
  });

  test('profile and role matched by literal names', () => {
    const model = stack({ ...host({ IamInstanceProfile: 'web-profile' }), ...profile(['web-role'], 'web-profile'), ...role({ RoleName: 'web-role', ManagedPolicyArns: [CORE] }) });
    expect(management(model).state).toBe('yes');
  });

  test('a customer managed policy resource attached by ARN reference', () => {
    const policy = { Pol: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Statement: { Effect: 'Allow', Action: 'ssm:*', Resource: '*' } } } } };
    const model = stack({ ...host({ IamInstanceProfile: { Ref: 'Profile' } }), ...profile(), ...role({ ManagedPolicyArns: [{ Ref: 'Pol' }] }), ...policy });
    expect(management(model)).toMatchObject({ state: 'yes', reason: expect.stringMatching(/ManagedPolicy Pol|managed policy Pol/) });
  });

  test('a Deny statement does not count', () => {
    const inline = [{ PolicyName: 'p', PolicyDocument: { Statement: [{ Effect: 'Deny', Action: 'ssm:*', Resource: '*' }] } }];
    expect(management(stack({ ...host({ IamInstanceProfile: { Ref: 'Profile' } }), ...profile(), ...role({ Policies: inline }) })).state).toBe('no');
  });

  test('unknown when a role is defined outside the template', () => {
    expect(management(stack({ ...host({ IamInstanceProfile: { Ref: 'Profile' } }), ...profile(['external-role']) })).state).toBe('unknown');
  });

  test('unknown when one branch of an undecided condition names a profile the tool cannot resolve', () => {
    const model = modelOfTemplate({
      Parameters: { Env: { Type: 'String' }, ProfileName: { Type: 'String' } },
      Conditions: { UseProfile: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      Resources: { ...host({ IamInstanceProfile: { 'Fn::If': ['UseProfile', { Ref: 'Profile' }, { Ref: 'ProfileName' }] } }), ...profile(), ...role({ ManagedPolicyArns: [CORE] }) },
    });
    expect(management(model).state).toBe('unknown');
  });

  test('unaddressed when one branch of an undecided condition attaches no profile', () => {
    const model = modelOfTemplate({
      Parameters: { Env: { Type: 'String' } },
      Conditions: { UseProfile: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      Resources: { ...host({ IamInstanceProfile: { 'Fn::If': ['UseProfile', { Ref: 'Profile' }, { Ref: 'AWS::NoValue' }] } }), ...profile(), ...role({ ManagedPolicyArns: [CORE] }) },
    });
    expect(management(model).state).toBe('no');
  });

  test('an instance without a profile follows its launch template', () => {
    const model = stack({
      ...host({ LaunchTemplate: { LaunchTemplateId: { Ref: 'LT' }, Version: '1' } }),
      LT: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: { IamInstanceProfile: { Name: { Ref: 'Profile' } } } } },
      ...profile(),
      ...role({ ManagedPolicyArns: [CORE] }),
    });
    expect(launchTemplateOf(model.resource('Host')!)?.resource?.logicalId).toBe('LT');
    expect(management(model).state).toBe('yes');
  });
});

describe('patchCoverage: associations and maintenance windows', () => {
  const association = (targets: unknown, extra: object = {}) => ({ Assoc: { Type: 'AWS::SSM::Association', Properties: { Name: 'AWS-RunPatchBaseline', Parameters: { Operation: ['Install'] }, Targets: targets, ...extra } } });

  test('addressed through an association targeting the instance tag', () => {
    const model = stack({ ...host({ Tags: [{ Key: 'Patch', Value: 'weekly' }] }), ...association([{ Key: 'tag:Patch', Values: ['weekly'] }]) });
    expect(patchCoverage(model.resource('Host')!)).toMatchObject({ state: 'yes', evidence: [{ logicalId: 'Assoc' }] });
  });

  test('unaddressed without it', () => {
    expect(patchCoverage(stack(host({ Tags: [{ Key: 'Patch', Value: 'weekly' }] })).resource('Host')!).state).toBe('no');
  });

  test('several target rules must all match', () => {
    const targets = [{ Key: 'tag:Patch', Values: ['weekly'] }, { Key: 'tag:Env', Values: ['prod'] }];
    const model = stack({ ...host({ Tags: [{ Key: 'Patch', Value: 'weekly' }, { Key: 'Env', Value: 'dev' }] }), ...association(targets) });
    expect(patchCoverage(model.resource('Host')!).state).toBe('no');
  });

  test('the legacy InstanceId property', () => {
    const model = stack({ ...host({}), Assoc: { Type: 'AWS::SSM::Association', Properties: { Name: 'AWS-RunPatchBaseline', InstanceId: { Ref: 'Host' }, Parameters: { Operation: ['Install'] } } } });
    expect(patchCoverage(model.resource('Host')!).state).toBe('yes');
  });

  test('a document that does not patch is ignored', () => {
    const model = stack({ ...host({ Tags: [{ Key: 'Patch', Value: 'weekly' }] }), ...association([{ Key: 'tag:Patch', Values: ['weekly'] }], { Name: 'AWS-UpdateSSMAgent' }) });
    expect(patchCoverage(model.resource('Host')!).state).toBe('no');
  });

  test('an association whose existence depends on an undecided condition is unknown', () => {
    const model = modelOfTemplate({
      Parameters: { Env: { Type: 'String' } },
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      Resources: { ...host({ Tags: [{ Key: 'Patch', Value: 'weekly' }] }), Assoc: { ...association([{ Key: 'tag:Patch', Values: ['weekly'] }]).Assoc, Condition: 'IsProd' } },
    });
    expect(patchCoverage(model.resource('Host')!).state).toBe('unknown');
  });

  test('legacy maintenance window TaskParameters', () => {
    const model = stack({
      ...host({}),
      Task: { Type: 'AWS::SSM::MaintenanceWindowTask', Properties: { WindowId: 'mw-1', TaskArn: 'AWS-RunPatchBaseline', TaskType: 'RUN_COMMAND', Priority: 1, Targets: [{ Key: 'InstanceIds', Values: [{ Ref: 'Host' }] }], TaskParameters: { Operation: { Values: ['Install'] } } } },
    });
    expect(patchCoverage(model.resource('Host')!).state).toBe('yes');
  });
});
