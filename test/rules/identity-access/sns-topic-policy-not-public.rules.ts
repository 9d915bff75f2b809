import * as iam from 'aws-cdk-lib/aws-iam';
import * as sns from 'aws-cdk-lib/aws-sns';
import rule from '../../../rules/identity-access/sns-topic-policy-not-public';
import { testRule } from '../../support/rule-tester';

const topic = (statement: object) => ({
  T: { Type: 'AWS::SNS::Topic', Properties: {} },
  P: { Type: 'AWS::SNS::TopicPolicy', Properties: { Topics: [{ Ref: 'T' }], PolicyDocument: { Statement: [statement] } } },
});
const publish = { Effect: 'Allow', Action: 'sns:Publish', Resource: '*' };

testRule(rule, [
  { name: 'no policy', resources: { T: { Type: 'AWS::SNS::Topic', Properties: {} } }, expect: 'addressed' },
  { name: 'Principal AWS "*"', resources: topic({ ...publish, Principal: { AWS: '*' } }), expect: 'unaddressed' },
  { name: '"*" narrowed by aws:SourceOwner', resources: topic({ ...publish, Principal: { AWS: '*' }, Condition: { StringEquals: { 'aws:SourceOwner': '111111111111' } } }), expect: 'addressed' },
  { name: 'policy document imported', resources: { T: { Type: 'AWS::SNS::Topic', Properties: {} }, P: { Type: 'AWS::SNS::TopicPolicy', Properties: { Topics: [{ Ref: 'T' }], PolicyDocument: { 'Fn::ImportValue': 'doc' } } } }, expect: 'needs-review' },
  {
    name: 'Topic publishable by a service',
    cdk: (stack) => {
      const t = new sns.Topic(stack, 'T');
      t.grantPublish(new iam.ServicePrincipal('events.amazonaws.com'));
    },
    expect: [{ status: 'addressed', on: 'T' }],
  },
  {
    name: 'Topic publishable by anyone',
    cdk: (stack) => {
      const t = new sns.Topic(stack, 'T');
      t.grantPublish(new iam.AnyPrincipal());
    },
    expect: [{ status: 'unaddressed', on: 'T' }],
  },
]);
