import * as ec2 from 'aws-cdk-lib/aws-ec2';
import rule from '../../../rules/patch-management/launch-template-hop-limit';
import { testRule } from '../../support/rule-tester';

const lt = (data: object) => ({ LT: { Type: 'AWS::EC2::LaunchTemplate', Properties: { LaunchTemplateData: data } } });

testRule(rule, [
  { name: 'absent: default 1', resources: lt({}), expect: [{ status: 'addressed', message: /default/ }] },
  { name: 'one hop', resources: lt({ MetadataOptions: { HttpPutResponseHopLimit: 1 } }), expect: 'addressed' },
  { name: 'two hops', resources: lt({ MetadataOptions: { HttpPutResponseHopLimit: '2' } }), expect: [{ status: 'unaddressed', message: /2 hops/ }] },
  { name: 'not a number', resources: lt({ MetadataOptions: { HttpPutResponseHopLimit: 'many' } }), expect: 'needs-review' },
  { name: 'parameter without default', parameters: { H: { Type: 'Number' } }, resources: lt({ MetadataOptions: { HttpPutResponseHopLimit: { Ref: 'H' } } }), expect: 'needs-review' },
  { name: 'LaunchTemplate with 3 hops', cdk: (stack) => new ec2.LaunchTemplate(stack, 'LT', { httpPutResponseHopLimit: 3 }), expect: 'unaddressed' },
  { name: 'LaunchTemplate with 1 hop', cdk: (stack) => new ec2.LaunchTemplate(stack, 'LT', { httpPutResponseHopLimit: 1 }), expect: 'addressed' },
]);
