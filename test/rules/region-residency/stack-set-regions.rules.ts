import * as cloudformation from 'aws-cdk-lib/aws-cloudformation';
import rule from '../../../rules/region-residency/stack-set-regions';
import { testRule } from '../../support/rule-tester';

const options = { allowedRegions: ['eu-west-1', 'eu-central-1'] };
const stackSet = (regions: unknown) => ({
  Set: { Type: 'AWS::CloudFormation::StackSet', Properties: { StackSetName: 's', PermissionModel: 'SERVICE_MANAGED', StackInstancesGroup: [{ DeploymentTargets: { OrganizationalUnitIds: ['ou-1'] }, Regions: regions }] } },
});
const l1 = (regions: string[]) => (stack: import('aws-cdk-lib').Stack) =>
  void new cloudformation.CfnStackSet(stack, 'Set', { stackSetName: 's', permissionModel: 'SERVICE_MANAGED', stackInstancesGroup: [{ deploymentTargets: { organizationalUnitIds: ['ou-1'] }, regions }] });

testRule(rule, [
  { name: 'allowed regions only', options, resources: stackSet(['eu-west-1', 'eu-central-1']), expect: 'addressed' },
  { name: 'one region outside', options, resources: stackSet(['eu-west-1', 'us-east-1']), expect: [{ status: 'unaddressed', key: 'us-east-1' }, { status: 'addressed', key: 'eu-west-1' }] },
  { name: 'regions from a parameter without a default', options, parameters: { R: { Type: 'CommaDelimitedList' } }, resources: stackSet({ Ref: 'R' }), expect: 'needs-review' },
  { name: 'no allowed regions configured', resources: stackSet(['us-east-1']), expect: [] },
  { name: 'CfnStackSet in an allowed region', options, cdk: l1(['eu-central-1']), expect: 'addressed' },
  { name: 'CfnStackSet reaching us-east-1', options, cdk: l1(['us-east-1']), expect: 'unaddressed' },
]);
