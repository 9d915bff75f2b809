import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { fail, pass, review } from './lib/decide';
import { describeValue } from '../../lib/model/values';

const WILDCARDS = new Set(['*', 'http://*', 'https://*']);

export default defineRule({
  id: 'SRM-NET-019',
  title: 'Lambda function URL CORS allows only specific origins',
  duty: 'network-exposure',
  severity: 'high',
  resourceTypes: ['AWS::Lambda::Url'],
  controls: {
    controlTower: ['CT.LAMBDA.PR.6'],
    nist80053: ['AC-3', 'AC-4', 'AC-4(21)', 'AC-21', 'SC-7', 'SC-7(3)', 'SC-7(21)'],
  },
  docs: {
    description: 'A wildcard CORS origin lets scripts on any website call the function URL from a visitor\'s browser.',
    addressedBy: '`Cors.AllowOrigins` listing specific origins, without `*`, `http://*` or `https://*`; or no `Cors` at all.',
    default: 'Absent `Cors`: browsers refuse cross-origin calls: addressed.',
    fix: {
      cdk: "fn.addFunctionUrl({ cors: { allowedOrigins: ['https://app.example.com'] } })",
      cloudformation: 'List the exact origins in `Cors.AllowOrigins`.',
    },
  },
  check: (url) =>
    judge(url.get('Cors.AllowOrigins'), (origins) => {
      if (origins === undefined) return pass('no CORS origins are allowed');
      if (!Array.isArray(origins)) return review(`Cors.AllowOrigins is ${describeValue(origins)}, not a list`);
      const wild = (origins as readonly unknown[]).filter((origin) => typeof origin === 'string' && WILDCARDS.has(origin));
      if (wild.length > 0) return fail(`Cors.AllowOrigins allows ${wild.join(', ')}: any website may call the URL`);
      if (origins.some((origin) => typeof origin !== 'string')) return review('an entry of Cors.AllowOrigins cannot be resolved');
      return pass(`CORS allows only ${origins.join(', ')}`);
    }),
});
