import { defineRule } from '../../lib/engine/rule';
import { decideText, fail, pass } from './lib/decide';

export default defineRule({
  id: 'SRM-NET-042',
  title: 'AppSync GraphQL APIs are private',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::AppSync::GraphQLApi'],
  controls: {
    controlTower: ['CT.APPSYNC.PR.2'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(4)', 'SC-7(21)'],
  },
  docs: {
    description: 'A GLOBAL API answers on the internet; a PRIVATE one only through interface VPC endpoints, inside networks the customer controls.',
    addressedBy: '`Visibility: PRIVATE`.',
    default: 'Absent: `GLOBAL`: unaddressed. APIs meant for the public internet should acknowledge the finding with a reason.',
    fix: {
      cdk: 'new appsync.GraphqlApi(this, id, { visibility: appsync.Visibility.PRIVATE, ... })',
      cloudformation: 'Set `Visibility: PRIVATE` on the AWS::AppSync::GraphQLApi (it cannot be changed after creation).',
    },
  },
  check: (api) =>
    decideText(api.get('Visibility'), (value) =>
      value === undefined
        ? fail('Visibility is not set, so the API is GLOBAL and answers on the internet')
        : value.toUpperCase() === 'PRIVATE'
          ? pass('the API is private')
          : fail(`Visibility is ${value}: the API answers on the internet`),
    ),
});
