import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { vpcFlowLogs } from '../../lib/relations/flow-logs';
import { coverageOf } from '../../lib/relations/log-destinations';

export default defineRule({
  id: 'SRM-LOG-005',
  title: 'VPC has a flow log',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::EC2::VPC'],
  controls: {
    configRule: 'VPC_FLOW_LOGS_ENABLED',
    securityHub: ['EC2.6'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'SI-4', 'SI-4(20)', 'AC-4(26)'],
    cdkNag: ['AwsSolutions-VPC7', 'NIST.800.53.R5-VPCFlowLogsEnabled'],
  },
  docs: {
    description: 'AWS runs the network; recording who talked to what inside the customer\'s VPC is the customer\'s choice, and without it incidents cannot be traced.',
    addressedBy: 'An AWS::EC2::FlowLog with `ResourceType: VPC` whose `ResourceId` refers to the VPC.',
    default: 'A VPC has no flow log unless one is created: unaddressed. A flow log whose target cannot be resolved makes the result needs-review.',
    fix: {
      cdk: 'new ec2.Vpc(this, id, { flowLogs: { all: { destination: ec2.FlowLogDestination.toCloudWatchLogs() } } }) // or vpc.addFlowLog(id)',
      cloudformation: 'Add an AWS::EC2::FlowLog with `ResourceType: VPC` and `ResourceId: !Ref <Vpc>`.',
    },
  },
  check(vpc) {
    const coverage = coverageOf(vpc, vpcFlowLogs(vpc.stack), 'flow log');
    if (coverage.state === 'covered') return addressed(coverage.message, { evidence: coverage.evidence });
    if (coverage.state === 'unknown') return needsReview(coverage.message, { evidence: coverage.evidence });
    return unaddressed('the VPC has no flow log, so its network traffic is not recorded', { evidence: coverage.evidence });
  },
});
