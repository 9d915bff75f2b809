import * as neptune from 'aws-cdk-lib/aws-neptune';
import rule from '../../../rules/patch-management/neptune-instance-minor-upgrades';
import { testRule } from '../../support/rule-tester';

const instance = (properties: object) => ({ Instance: { Type: 'AWS::Neptune::DBInstance', Properties: { DBInstanceClass: 'db.r5.large', ...properties } } });

testRule(rule, [
  { name: 'absent: default on', resources: instance({}), expect: 'addressed' },
  { name: 'false', resources: instance({ AutoMinorVersionUpgrade: false }), expect: 'unaddressed' },
  { name: 'parameter without default', parameters: { P: { Type: 'String' } }, resources: instance({ AutoMinorVersionUpgrade: { Ref: 'P' } }), expect: 'needs-review' },
  { name: '[L1] CfnDBInstance false', cdk: (stack) => new neptune.CfnDBInstance(stack, 'Instance', { dbInstanceClass: 'db.r5.large', autoMinorVersionUpgrade: false }), expect: 'unaddressed' },
]);
