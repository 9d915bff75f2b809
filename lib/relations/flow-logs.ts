/**
 * Which VPCs of a template have a flow log (`AWS::EC2::FlowLog` with `ResourceType: VPC` and a
 * `ResourceId` that refers to the VPC). Built once per stack.
 *
 * API: `vpcFlowLogs(stack)` → `AttachmentIndex` (see log-destinations.ts); use
 * `coverageOf(vpc, vpcFlowLogs(vpc.stack), 'flow log')`. A flow log whose `ResourceType` or
 * `ResourceId` the tool cannot resolve is `uncertain`: it may be the one that covers a VPC.
 */
import type { ResourceModel } from '../model/resource';
import { Unresolved, branchesOf } from '../model/values';
import { attachmentIndex } from './log-destinations';

function onVpc(flowLog: ResourceModel): true | false | string {
  const branches = branchesOf(flowLog.get('ResourceType').value);
  if (branches.every((branch) => branch.value === 'VPC')) return true;
  if (branches.every((branch) => typeof branch.value === 'string' && branch.value !== 'VPC')) return false;
  const unknown = branches.find((branch) => branch.value instanceof Unresolved);
  return `ResourceType of flow log ${flowLog.logicalId} is not known${unknown ? `: ${(unknown.value as Unresolved).reason}` : ''}`;
}

export const vpcFlowLogs = attachmentIndex({ sourceType: 'AWS::EC2::FlowLog', targetProperty: 'ResourceId', accept: onVpc });
