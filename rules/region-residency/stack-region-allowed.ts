import { addressed, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineStackRule } from '../../lib/engine/rule';
import { allowedRegions } from './lib/regions';

export default defineStackRule({
  id: 'SRM-REG-001',
  title: 'Stack deploys to an allowed region',
  duty: 'region-residency',
  severity: 'high',
  controls: {},
  docs: {
    description: 'AWS keeps data in the Region the customer chooses; choosing a Region the data may lawfully live in is the customer\'s.',
    addressedBy: 'A stack pinned to a region in the allowed list (`env: { region }` in CDK, or the region the assembly records).',
    default: 'Applies only when allowed regions are given. An environment-agnostic stack (no region) needs review: its region is chosen at deploy time.',
    fix: {
      cdk: 'new Stack(app, id, { env: { account, region: \'eu-west-1\' } }) with a region from the allowed list',
      cloudformation: 'Deploy the template only to an allowed region, and pin it with `--allowed-regions` in CI.',
    },
  },
  check(stack, context) {
    const allowed = allowedRegions(context);
    if (!allowed) return undefined;
    const region = stack.environment.region;
    if (region === undefined) return needsReview('the stack is environment-agnostic; its region is chosen at deploy time', { key: 'unknown' });
    const evidence = { description: `stack ${stack.name} deploys to ${region}` };
    return allowed.includes(region)
      ? addressed(`the stack deploys to ${region}, an allowed region`, { key: region, evidence })
      : unaddressed(`the stack deploys to ${region}, outside the allowed regions (${allowed.join(', ')})`, { key: region, evidence });
  },
});
