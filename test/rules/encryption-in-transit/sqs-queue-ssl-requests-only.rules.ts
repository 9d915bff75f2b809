import * as sqs from 'aws-cdk-lib/aws-sqs';
import rule from '../../../rules/encryption-in-transit/sqs-queue-ssl-requests-only';
import { testRule } from '../../support/rule-tester';

const deny = { Effect: 'Deny', Principal: '*', Action: 'sqs:*', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': false } } };

testRule(rule, [
  {
    name: 'queue policy denies insecure transport',
    resources: { Queue: { Type: 'AWS::SQS::Queue' }, Policy: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: [{ Ref: 'Queue' }], PolicyDocument: { Statement: [deny] } } } },
    expect: [{ status: 'addressed', on: 'Queue' }],
  },
  {
    name: 'inline queue policy denies insecure transport',
    resources: { Queue: { Type: 'AWS::SQS::Queue' }, Policy: { Type: 'AWS::SQS::QueueInlinePolicy', Properties: { Queue: { Ref: 'Queue' }, PolicyDocument: { Statement: [deny] } } } },
    expect: [{ status: 'addressed', on: 'Queue' }],
  },
  { name: 'queue without policy', resources: { Queue: { Type: 'AWS::SQS::Queue' } }, expect: 'unaddressed' },
  {
    name: 'queue list from a parameter without default',
    parameters: { Urls: { Type: 'CommaDelimitedList' } },
    resources: { Queue: { Type: 'AWS::SQS::Queue' }, Policy: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: { Ref: 'Urls' }, PolicyDocument: { Statement: [deny] } } } },
    expect: [{ status: 'needs-review', on: 'Queue' }],
  },
  { name: 'queue with enforceSSL', cdk: (stack) => void new sqs.Queue(stack, 'Queue', { enforceSSL: true }), expect: [{ status: 'addressed', on: 'Queue' }] },
  { name: 'queue without enforceSSL', cdk: (stack) => void new sqs.Queue(stack, 'Queue'), expect: [{ status: 'unaddressed', on: 'Queue' }] },
]);
