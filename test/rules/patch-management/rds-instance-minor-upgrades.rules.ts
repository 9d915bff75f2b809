import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import rule from '../../../rules/patch-management/rds-instance-minor-upgrades';
import { testRule } from '../../support/rule-tester';

const db = (properties: object) => ({ Db: { Type: 'AWS::RDS::DBInstance', Properties: { Engine: 'postgres', DBInstanceClass: 'db.t3.micro', ...properties } } });

testRule(rule, [
  { name: 'absent: RDS default is on', resources: db({}), expect: [{ status: 'addressed', message: /default is true/ }] },
  { name: 'explicitly true', resources: db({ AutoMinorVersionUpgrade: 'true' }), expect: 'addressed' },
  { name: 'false', resources: db({ AutoMinorVersionUpgrade: false }), expect: [{ status: 'unaddressed', propertyPath: 'AutoMinorVersionUpgrade' }] },
  { name: 'parameter without default', parameters: { Upgrade: { Type: 'String' } }, resources: db({ AutoMinorVersionUpgrade: { Ref: 'Upgrade' } }), expect: 'needs-review' },
  { name: 'imported value', resources: db({ AutoMinorVersionUpgrade: { 'Fn::ImportValue': 'Upgrade' } }), expect: 'needs-review' },
  { name: 'not a boolean', resources: db({ AutoMinorVersionUpgrade: 'yes' }), expect: [{ status: 'needs-review', message: /not a valid value/ }] },
  {
    name: 'DatabaseInstance default',
    cdk: (stack) => new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc: new ec2.Vpc(stack, 'Vpc') }),
    expect: 'addressed',
  },
  {
    name: 'DatabaseInstance with autoMinorVersionUpgrade false',
    cdk: (stack) => new rds.DatabaseInstance(stack, 'Db', { engine: rds.DatabaseInstanceEngine.POSTGRES, vpc: new ec2.Vpc(stack, 'Vpc'), autoMinorVersionUpgrade: false }),
    expect: 'unaddressed',
  },
]);
