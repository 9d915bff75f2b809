/** requireString (rules/identity-access/lib/support.ts) on a Fn::If branch that is not a string: needs review, never a crash. */
import layerRule from '../../../rules/identity-access/lambda-layer-permission-scoped';
import { modelOfTemplate, runRule } from '../../support/rule-tester';

test('an undecided Fn::If with object branches is reviewed, not thrown on', () => {
  const stack = modelOfTemplate({
    Parameters: { P: { Type: 'String' } },
    Conditions: { Undecided: { 'Fn::Equals': [{ Ref: 'P' }, 'x'] } },
    Resources: { L: { Type: 'AWS::Lambda::LayerVersionPermission', Properties: { Action: 'lambda:GetLayerVersion', LayerVersionArn: 'arn', Principal: { 'Fn::If': ['Undecided', {}, '111122223333'] } } } },
  });
  const results = runRule(layerRule, stack);
  expect(results.map((r) => [r.status, r.propertyPath])).toEqual([['needs-review', 'Principal']]);
});
