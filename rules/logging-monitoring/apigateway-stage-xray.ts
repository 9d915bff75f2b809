import { defineRule } from '../../lib/engine/rule';
import { booleanSwitch, fail } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-012',
  title: 'API Gateway REST API stage has X-Ray tracing',
  duty: 'logging-monitoring',
  severity: 'low',
  resourceTypes: ['AWS::ApiGateway::Stage'],
  controls: {
    configRule: 'API_GW_XRAY_ENABLED',
    securityHub: ['APIGateway.3'],
    controlTower: ['CT.APIGATEWAY.PR.2'],
    nist80053: ['CA-7'],
  },
  docs: {
    description: 'Tracing follows a request from the API into the customer\'s backends, which is how the customer finds where a request failed or was slowed.',
    addressedBy: '`TracingEnabled: true` on the stage.',
    default: 'Absent means tracing is off: unaddressed.',
    fix: {
      cdk: 'new apigateway.RestApi(this, id, { deployOptions: { tracingEnabled: true } })',
      cloudformation: 'Set `TracingEnabled: true` on the AWS::ApiGateway::Stage.',
    },
  },
  check(stage) {
    return booleanSwitch(stage.get('TracingEnabled'), {
      on: 'X-Ray tracing is on',
      off: 'TracingEnabled is false, so requests are not traced',
      absent: fail('TracingEnabled is not set, so requests are not traced'),
    });
  },
});
