/**
 * An account setting: the rule can only say "runtime" (or nothing), so testRule's
 * addressed/unaddressed/needs-review table does not apply; the cases run through runRule.
 */
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/encryption-at-rest/ebs-encryption-by-default';
import { modelOfCdk, modelOfTemplate, runRule } from '../../support/rule-tester';

describe('SRM-EAR-035 EBS encryption by default is turned on in the account and region', () => {
  test('one runtime result per stack with EBS-backed resources, naming the Config rule', () => {
    const stack = modelOfTemplate({ Resources: { A: { Type: 'AWS::EC2::Instance', Properties: {} }, B: { Type: 'AWS::EC2::Volume', Properties: {} }, C: { Type: 'AWS::EC2::LaunchTemplate', Properties: {} } } }, { region: 'eu-west-1' });
    const results = runRule(rule, stack);
    expect(results).toHaveLength(1);
    expect(results[0].status).toBe('runtime');
    expect(results[0].message).toMatch(/EC2_EBS_ENCRYPTION_BY_DEFAULT/);
    expect(results[0].message).toMatch(/eu-west-1/);
    expect(results[0].evidence.map((e) => e.logicalId)).toEqual(['A', 'B', 'C']);
  });
  test('nothing for a stack without EBS-backed resources', () => {
    expect(runRule(rule, modelOfTemplate({ Resources: { Q: { Type: 'AWS::SQS::Queue', Properties: {} } } }))).toEqual([]);
  });
  test('[cdk] a stack with an instance', () => {
    const stack = modelOfCdk((s) => {
      new ec2.LaunchTemplate(s, 'Template', {});
    });
    expect(runRule(rule, stack).map((r) => r.status)).toEqual(['runtime']);
  });
});
