import { defineRule } from '../../lib/engine/rule';
import { booleanSwitch, fail } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-035',
  title: 'Step Functions state machine has X-Ray tracing',
  duty: 'logging-monitoring',
  severity: 'low',
  resourceTypes: ['AWS::StepFunctions::StateMachine'],
  controls: {
    controlTower: ['CT.STEPFUNCTIONS.PR.2'],
    nist80053: ['AU-12', 'CA-7', 'AC-4(26)'],
    cdkNag: ['AwsSolutions-SF2'],
  },
  docs: {
    description: 'Tracing follows an execution through the services it calls, which is how the customer finds where it failed.',
    addressedBy: '`TracingConfiguration.Enabled: true`.',
    default: 'Absent means tracing is off: unaddressed.',
    fix: {
      cdk: 'new sfn.StateMachine(this, id, { ..., tracingEnabled: true })',
      cloudformation: 'Set `TracingConfiguration: { Enabled: true }` on the AWS::StepFunctions::StateMachine.',
    },
  },
  check(machine) {
    return booleanSwitch(machine.get('TracingConfiguration.Enabled'), {
      on: 'X-Ray tracing is on',
      off: 'TracingConfiguration.Enabled is false, so executions are not traced',
      absent: fail('X-Ray tracing is not enabled'),
    });
  },
});
