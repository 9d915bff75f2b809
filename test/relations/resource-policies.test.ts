import * as s3 from 'aws-cdk-lib/aws-s3';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import { policyTargetsOf, resourcePoliciesOf } from '../../lib/relations/resource-policies';
import { modelOfCdk, modelOfTemplate } from '../support/rule-tester';

const DOC = { Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] };

describe('resourcePoliciesOf', () => {
  test('a bucket policy attached by Ref, and a bucket without one', () => {
    const stack = modelOfTemplate({
      Resources: {
        B: { Type: 'AWS::S3::Bucket' },
        Other: { Type: 'AWS::S3::Bucket' },
        P: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: { Ref: 'B' }, PolicyDocument: DOC } },
      },
    });
    const policies = resourcePoliciesOf(stack.resource('B')!);
    expect(policies.attached.map((p) => p.policy.logicalId)).toEqual(['P']);
    expect(policies.attached[0].document.statements).toHaveLength(1);
    expect(resourcePoliciesOf(stack.resource('Other')!)).toEqual({ attached: [], uncertain: [] });
  });

  test('a bucket policy naming the bucket by its literal name', () => {
    const stack = modelOfTemplate({
      Resources: {
        B: { Type: 'AWS::S3::Bucket', Properties: { BucketName: 'my-bucket' } },
        P: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'my-bucket', PolicyDocument: DOC } },
        Q: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'someone-elses', PolicyDocument: DOC } },
      },
    });
    expect(resourcePoliciesOf(stack.resource('B')!).attached.map((p) => p.policy.logicalId)).toEqual(['P']);
    expect(policyTargetsOf(stack.resource('Q')!)).toEqual([{ kind: 'external', property: 'Bucket', name: 'someone-elses', onlyWhen: [] }]);
  });

  test('a policy whose target cannot be resolved is uncertain for every bucket', () => {
    const stack = modelOfTemplate({
      Parameters: { Name: { Type: 'String' } },
      Resources: {
        B: { Type: 'AWS::S3::Bucket' },
        P: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: { Ref: 'Name' }, PolicyDocument: DOC } },
      },
    });
    const policies = resourcePoliciesOf(stack.resource('B')!);
    expect(policies.attached).toEqual([]);
    expect(policies.uncertain.map((p) => p.reason)).toEqual(['P.Bucket: parameter Name has no default']);
  });

  test('queue policies (list and inline) and topic policies', () => {
    const stack = modelOfTemplate({
      Resources: {
        Q1: { Type: 'AWS::SQS::Queue' },
        Q2: { Type: 'AWS::SQS::Queue', Properties: { QueueName: 'named' } },
        QP: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: [{ Ref: 'Q1' }, 'https://sqs.eu-west-1.amazonaws.com/123456789012/named'], PolicyDocument: DOC } },
        QI: { Type: 'AWS::SQS::QueueInlinePolicy', Properties: { Queue: { Ref: 'Q1' }, PolicyDocument: DOC } },
        T: { Type: 'AWS::SNS::Topic' },
        TP: { Type: 'AWS::SNS::TopicPolicy', Properties: { Topics: [{ Ref: 'T' }], PolicyDocument: DOC } },
        TI: { Type: 'AWS::SNS::TopicInlinePolicy', Properties: { TopicArn: { Ref: 'T' }, PolicyDocument: DOC } },
      },
    });
    expect(resourcePoliciesOf(stack.resource('Q1')!).attached.map((p) => p.policy.logicalId)).toEqual(['QP', 'QI']);
    expect(resourcePoliciesOf(stack.resource('Q2')!).attached.map((p) => p.policy.logicalId)).toEqual(['QP']);
    expect(resourcePoliciesOf(stack.resource('T')!).attached.map((p) => p.policy.logicalId)).toEqual(['TP', 'TI']);
  });

  test('a target chosen by Fn::If applies only under its condition', () => {
    const stack = modelOfTemplate({
      Parameters: { Env: { Type: 'String' } },
      Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] } },
      Resources: {
        A: { Type: 'AWS::S3::Bucket' },
        B: { Type: 'AWS::S3::Bucket' },
        P: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: { 'Fn::If': ['IsProd', { Ref: 'A' }, { Ref: 'B' }] }, PolicyDocument: DOC } },
      },
    });
    expect(resourcePoliciesOf(stack.resource('A')!).attached[0].onlyWhen).toEqual(['IsProd=true']);
    expect(resourcePoliciesOf(stack.resource('B')!).attached[0].onlyWhen).toEqual(['IsProd=false']);
  });

  test('CDK L2 constructs with enforceSSL', () => {
    const stack = modelOfCdk((scope) => {
      new s3.Bucket(scope, 'Bucket', { enforceSSL: true });
      new sqs.Queue(scope, 'Queue', { enforceSSL: true });
      new sns.Topic(scope, 'Topic', { enforceSSL: true });
    });
    for (const type of ['AWS::S3::Bucket', 'AWS::SQS::Queue', 'AWS::SNS::Topic']) {
      const [resource] = stack.resourcesOfType(type);
      expect(resourcePoliciesOf(resource).attached).toHaveLength(1);
    }
  });
});
