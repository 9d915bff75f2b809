import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { NIST_TRANSIT } from './support';

export default defineRule({
  id: 'SRM-EIT-014',
  title: 'API Gateway custom domain requires TLS 1.2 or later',
  duty: 'encryption-in-transit',
  severity: 'medium',
  resourceTypes: ['AWS::ApiGateway::DomainName'],
  controls: {
    controlTower: ['CT.APIGATEWAY.PR.6'],
    nist80053: NIST_TRANSIT,
  },
  docs: {
    description: 'A custom domain name\'s security policy decides the oldest TLS version clients may use with the API.',
    addressedBy: '`SecurityPolicy: TLS_1_2` (or a newer `SecurityPolicy_TLS13_*` / `SecurityPolicy_TLS12_*` policy), or no `SecurityPolicy` at all.',
    default: 'Absent `SecurityPolicy` means `TLS_1_2` for REST API custom domains: addressed. `TLS_1_0` is unaddressed.',
    fix: {
      cdk: 'new apigateway.DomainName(this, id, { domainName, certificate, securityPolicy: apigateway.SecurityPolicy.TLS_1_2 })',
      cloudformation: 'Set `SecurityPolicy: TLS_1_2` (or remove `TLS_1_0`).',
    },
  },
  check(domain) {
    return judge(domain.get('SecurityPolicy'), (value) => {
      if (value === undefined) return { ok: true, message: 'no SecurityPolicy is set, so the domain uses TLS_1_2' };
      if (typeof value !== 'string') return { review: 'SecurityPolicy is not a string' };
      if (value.toUpperCase() === 'TLS_1_2' || /^SecurityPolicy_TLS1[23]_/i.test(value)) return { ok: true, message: `${value} requires TLS 1.2 or later` };
      if (value.toUpperCase() === 'TLS_1_0') return { ok: false, message: 'SecurityPolicy TLS_1_0 accepts TLS 1.0 and 1.1' };
      return { review: `${value} is not a security policy this rule knows` };
    });
  },
});
