import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { fail, pass, review } from './lib/decide';
import { describeValue, isPlainObject, type Resolved } from '../../lib/model/values';

const nonEmpty = (value: Resolved): boolean | undefined => (value === undefined ? false : Array.isArray(value) ? value.length > 0 : undefined);

export default defineRule({
  id: 'SRM-NET-018',
  title: 'Lambda functions run in a customer VPC',
  duty: 'network-exposure',
  severity: 'low',
  resourceTypes: ['AWS::Lambda::Function'],
  controls: {
    configRule: 'LAMBDA_INSIDE_VPC',
    securityHub: ['Lambda.3'],
    controlTower: ['CT.LAMBDA.PR.3'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'],
    cdkNag: ['NIST.800.53.R5-LambdaInsideVPC'],
  },
  docs: {
    description: 'A function in a customer VPC reaches private resources and the internet only through the network paths and security groups the customer controls.',
    addressedBy: '`VpcConfig` with at least one `SubnetIds` entry and one `SecurityGroupIds` entry.',
    default: 'Absent: the function runs in a Lambda-managed network with internet access and no security group: unaddressed (severity low: many functions need no VPC).',
    fix: {
      cdk: 'new lambda.Function(this, id, { vpc, vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS }, ... })',
      cloudformation: 'Add `VpcConfig` with `SubnetIds` and `SecurityGroupIds` to the AWS::Lambda::Function.',
    },
  },
  check: (fn) =>
    judge(fn.get('VpcConfig'), (config) => {
      if (config === undefined) return fail('the function has no VpcConfig and runs outside any customer VPC');
      if (!isPlainObject(config)) return review(`VpcConfig is ${describeValue(config)}`);
      const subnets = nonEmpty(config.SubnetIds);
      const groups = nonEmpty(config.SecurityGroupIds);
      if (subnets === undefined || groups === undefined) return review('the subnets or security groups of VpcConfig cannot be read');
      return subnets && groups ? pass('the function runs in VPC subnets with security groups') : fail('VpcConfig has no subnets or no security groups');
    }),
});
