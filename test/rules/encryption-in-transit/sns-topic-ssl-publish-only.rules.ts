import * as sns from 'aws-cdk-lib/aws-sns';
import rule from '../../../rules/encryption-in-transit/sns-topic-ssl-publish-only';
import { testRule } from '../../support/rule-tester';

const deny = (action: string) => ({ Effect: 'Deny', Principal: '*', Action: action, Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } });
const topicWith = (action: string) => ({ Topic: { Type: 'AWS::SNS::Topic' }, Policy: { Type: 'AWS::SNS::TopicPolicy', Properties: { Topics: [{ Ref: 'Topic' }], PolicyDocument: { Statement: [deny(action)] } } } });

testRule(rule, [
  { name: 'topic policy denies Publish without TLS', resources: topicWith('sns:Publish'), expect: [{ status: 'addressed', on: 'Topic' }] },
  { name: 'topic policy denies every SNS action without TLS', resources: topicWith('sns:*'), expect: [{ status: 'addressed', on: 'Topic' }] },
  { name: 'deny of Subscribe only', resources: topicWith('sns:Subscribe'), expect: [{ status: 'unaddressed', on: 'Topic' }] },
  { name: 'topic without policy', resources: { Topic: { Type: 'AWS::SNS::Topic' } }, expect: 'unaddressed' },
  {
    name: 'inline policy on a topic ARN imported from another stack',
    resources: { Topic: { Type: 'AWS::SNS::Topic' }, Policy: { Type: 'AWS::SNS::TopicInlinePolicy', Properties: { TopicArn: { 'Fn::ImportValue': 'TopicArn' }, PolicyDocument: { Statement: [deny('sns:Publish')] } } } },
    expect: [{ status: 'needs-review', on: 'Topic' }, { status: 'addressed', on: 'Policy' }],
  },
  { name: 'topic with enforceSSL', cdk: (stack) => void new sns.Topic(stack, 'Topic', { enforceSSL: true }), expect: [{ status: 'addressed', on: 'Topic' }] },
  { name: 'topic without enforceSSL', cdk: (stack) => void new sns.Topic(stack, 'Topic'), expect: [{ status: 'unaddressed', on: 'Topic' }] },
]);
