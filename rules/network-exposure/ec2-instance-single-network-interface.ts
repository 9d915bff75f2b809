import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { fail, pass, review } from './lib/decide';
import { describeValue } from '../../lib/model/values';

export default defineRule({
  id: 'SRM-NET-006',
  title: 'EC2 instances declare at most one network interface',
  duty: 'network-exposure',
  severity: 'low',
  resourceTypes: ['AWS::EC2::Instance'],
  controls: {
    configRule: 'EC2_INSTANCE_MULTIPLE_ENI_CHECK',
    securityHub: ['EC2.17'],
    controlTower: ['CT.EC2.PR.12'],
    nist80053: ['AC-4(21)'],
  },
  docs: {
    description: 'Several interfaces can bridge subnets with different exposure, letting traffic bypass the network boundaries the customer designed.',
    addressedBy: 'No `NetworkInterfaces`, or exactly one entry.',
    default: 'Absent: the instance gets one primary interface: addressed.',
    fix: {
      cdk: 'Use one interface per instance; put workloads that need several networks behind a load balancer or separate instances.',
      cloudformation: 'Keep at most one entry in `NetworkInterfaces`.',
    },
  },
  check: (instance) =>
    judge(instance.get('NetworkInterfaces'), (value) => {
      if (value === undefined) return pass('the instance has only its primary network interface');
      if (!Array.isArray(value)) return review(`NetworkInterfaces is ${describeValue(value)}, not a list`);
      return value.length <= 1 ? pass(`${value.length} network interface declared`) : fail(`${value.length} network interfaces are declared`);
    }),
});
