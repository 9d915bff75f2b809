import * as iam from 'aws-cdk-lib/aws-iam';
import * as sqs from 'aws-cdk-lib/aws-sqs';
import rule from '../../../rules/identity-access/sqs-queue-policy-not-public';
import { testRule } from '../../support/rule-tester';

const queue = (statement: object, queues: unknown[] = [{ Ref: 'Q' }]) => ({
  Q: { Type: 'AWS::SQS::Queue', Properties: {} },
  P: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: queues, PolicyDocument: { Statement: [statement] } } },
});
const send = { Effect: 'Allow', Action: 'sqs:SendMessage', Resource: '*' };

testRule(rule, [
  { name: 'service principal', resources: queue({ ...send, Principal: { Service: 'sns.amazonaws.com' } }), expect: 'addressed' },
  { name: 'Principal "*"', resources: queue({ ...send, Principal: '*' }), expect: 'unaddressed' },
  { name: '"*" narrowed by aws:SourceArn', resources: queue({ ...send, Principal: '*', Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:eu-west-1:1:t' } } }), expect: 'addressed' },
  { name: 'condition value from a parameter without a default', parameters: { Src: { Type: 'String' } }, resources: queue({ ...send, Principal: '*', Condition: { ArnEquals: { 'aws:SourceArn': { Ref: 'Src' } } } }), expect: 'needs-review' },
  {
    name: 'Queue granting send to a role',
    cdk: (stack) => {
      const q = new sqs.Queue(stack, 'Q');
      q.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.ServicePrincipal('sns.amazonaws.com')], actions: ['sqs:SendMessage'], resources: [q.queueArn] }));
    },
    expect: [{ status: 'addressed', on: 'Q' }],
  },
  {
    name: 'Queue open to anyone',
    cdk: (stack) => {
      const q = new sqs.Queue(stack, 'Q');
      q.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AnyPrincipal()], actions: ['sqs:SendMessage'], resources: [q.queueArn] }));
    },
    expect: [{ status: 'unaddressed', on: 'Q' }],
  },
]);
