import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { fail, pass, review } from './lib/checks';

export default defineRule({
  id: 'SRM-LOG-034',
  title: 'Step Functions state machine has execution logging',
  duty: 'logging-monitoring',
  severity: 'medium',
  resourceTypes: ['AWS::StepFunctions::StateMachine'],
  controls: {
    configRule: 'STEP_FUNCTIONS_STATE_MACHINE_LOGGING_ENABLED',
    securityHub: ['StepFunctions.1'],
    controlTower: ['CT.STEPFUNCTIONS.PR.1'],
    nist80053: ['AU-2', 'AU-3', 'AU-12', 'AC-4(26)', 'CA-7'],
  },
  docs: {
    description: 'Execution history of a standard workflow expires and express workflows keep none; logs are what let the customer investigate failed or abused executions.',
    addressedBy: '`LoggingConfiguration` with `Level` `ERROR` or `ALL` and at least one CloudWatch Logs log group in `Destinations`.',
    default: 'Absent means `Level: OFF`: unaddressed. `FATAL` logs too little to count.',
    fix: {
      cdk: 'new sfn.StateMachine(this, id, { ..., logs: { destination: logGroup, level: sfn.LogLevel.ALL } })',
      cloudformation: 'Set `LoggingConfiguration: { Level: ALL, Destinations: [{ CloudWatchLogsLogGroup: { LogGroupArn: <ARN> } }] }`.',
    },
  },
  check(machine) {
    return judge(machine.get('LoggingConfiguration'), (value) => {
      if (value === undefined) return fail('execution logging is off');
      if (!isPlainObject(value)) return review('LoggingConfiguration is not an object');
      const level = value.Level ?? 'OFF';
      if (typeof level !== 'string') return review('the logging Level cannot be resolved');
      if (level !== 'ALL' && level !== 'ERROR') return fail(`the logging level is ${level}; it must be ERROR or ALL`);
      const destinations = value.Destinations;
      if (destinations !== undefined && !Array.isArray(destinations)) return review('Destinations cannot be read');
      return Array.isArray(destinations) && destinations.length > 0 ? pass(`executions are logged at level ${level}`) : fail('LoggingConfiguration has no destination log group');
    });
  },
});
