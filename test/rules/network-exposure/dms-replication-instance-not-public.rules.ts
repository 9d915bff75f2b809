import * as dms from 'aws-cdk-lib/aws-dms';
import rule from '../../../rules/network-exposure/dms-replication-instance-not-public';
import { testRule } from '../../support/rule-tester';

const instance = (properties: object) => ({ Ri: { Type: 'AWS::DMS::ReplicationInstance', Properties: { ReplicationInstanceClass: 'dms.t3.micro', ...properties } } });

testRule(rule, [
  { name: 'PubliclyAccessible false', resources: instance({ PubliclyAccessible: false }), expect: 'addressed' },
  { name: 'PubliclyAccessible true', resources: instance({ PubliclyAccessible: true }), expect: 'unaddressed' },
  { name: 'absent: public by default', resources: instance({}), expect: [{ status: 'unaddressed', message: /by default/ }] },
  { name: 'parameter without default', parameters: { P: { Type: 'String' } }, resources: instance({ PubliclyAccessible: { Ref: 'P' } }), expect: 'needs-review' },
  { name: 'not a boolean', resources: instance({ PubliclyAccessible: 'maybe' }), expect: 'needs-review' },
  { name: 'CfnReplicationInstance private', cdk: (stack) => void new dms.CfnReplicationInstance(stack, 'Ri', { replicationInstanceClass: 'dms.t3.micro', publiclyAccessible: false }), expect: 'addressed' },
  { name: 'CfnReplicationInstance default', cdk: (stack) => void new dms.CfnReplicationInstance(stack, 'Ri', { replicationInstanceClass: 'dms.t3.micro' }), expect: 'unaddressed' },
]);
