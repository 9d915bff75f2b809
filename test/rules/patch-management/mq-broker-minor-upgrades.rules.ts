import * as amazonmq from 'aws-cdk-lib/aws-amazonmq';
import rule from '../../../rules/patch-management/mq-broker-minor-upgrades';
import { testRule } from '../../support/rule-tester';

const broker = (properties: object) => ({ Broker: { Type: 'AWS::AmazonMQ::Broker', Properties: { BrokerName: 'b', EngineType: 'ACTIVEMQ', HostInstanceType: 'mq.t3.micro', DeploymentMode: 'SINGLE_INSTANCE', PubliclyAccessible: false, ...properties } } });
const cdkBroker = { brokerName: 'b', engineType: 'ACTIVEMQ', hostInstanceType: 'mq.t3.micro', deploymentMode: 'SINGLE_INSTANCE', publiclyAccessible: false, users: [{ username: 'u', password: '{{resolve:secretsmanager:mq}}' }] };

testRule(rule, [
  { name: 'true', resources: broker({ AutoMinorVersionUpgrade: true }), expect: 'addressed' },
  { name: 'absent: default on', resources: broker({}), expect: 'addressed' },
  { name: 'false', resources: broker({ AutoMinorVersionUpgrade: false }), expect: 'unaddressed' },
  { name: 'imported value', resources: broker({ AutoMinorVersionUpgrade: { 'Fn::ImportValue': 'X' } }), expect: 'needs-review' },
  { name: '[L1] CfnBroker false', cdk: (stack) => new amazonmq.CfnBroker(stack, 'Broker', { ...cdkBroker, autoMinorVersionUpgrade: false }), expect: 'unaddressed' },
]);
