
import { judge } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { isPlainObject } from '../../lib/model/values';
import { NIST_TRANSIT, isFinding, listOf } from './support';

const ENCRYPTED = new Set(['HTTPS', 'TLS', 'QUIC', 'TCP_QUIC']);
const PASS_THROUGH = new Set(['TCP', 'UDP', 'TCP_UDP']);

export default defineRule({
  id: 'SRM-EIT-004',
  title: 'Load balancer listener uses HTTPS/TLS or redirects HTTP to HTTPS',
  duty: 'encryption-in-transit',
  severity: 'high',
  resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
  controls: {
    configRule: 'ALB_HTTP_TO_HTTPS_REDIRECTION_CHECK',
    securityHub: ['ELB.1'],
    controlTower: ['CT.ELASTICLOADBALANCING.PR.1'],
    nist80053: NIST_TRANSIT,
    cdkNag: ['NIST.800.53.R5-ALBHttpToHttpsRedirection'],
  },
  docs: {
    description: 'A load balancer terminates client connections; whether they are encrypted depends on the listener protocol the customer chooses.',
    addressedBy: '`Protocol: HTTPS` (ALB) or `TLS` (NLB), or an HTTP listener whose default action is a `redirect` with `RedirectConfig.Protocol: HTTPS`.',
    default: 'HTTP listeners serve plain text. TCP/UDP listeners pass traffic through without TLS at the load balancer: needs review (the application may use TLS end to end).',
    fix: {
      cdk: 'alb.addListener("Https", { port: 443, certificates: [cert], sslPolicy: elbv2.SslPolicy.RECOMMENDED_TLS }); alb.addRedirect();',
      cloudformation: 'Use `Protocol: HTTPS` with `Certificates`, or give the HTTP listener a default action `{Type: redirect, RedirectConfig: {Protocol: HTTPS, Port: "443", StatusCode: HTTP_301}}`.',
    },
  },
  check(listener) {
    const protocol = listener.get('Protocol');
    if (protocol.value === undefined) return undefined; // Gateway Load Balancer listeners carry no protocol
    const actions = listOf(listener.get('DefaultActions'));
    return judge(protocol, (value) => {
      if (typeof value !== 'string') return { review: 'Protocol is not a string' };
      const name = value.toUpperCase();
      if (ENCRYPTED.has(name)) return { ok: true, message: `the listener uses ${name}` };
      if (PASS_THROUGH.has(name)) return { review: `the ${name} listener does not terminate TLS; confirm the targets encrypt the traffic end to end` };
      if (name !== 'HTTP') return { review: `unknown listener protocol ${value}` };
      if (isFinding(actions)) return { review: actions.message };
      const redirects = actions.some((action) => isPlainObject(action) && String(action.Type).toLowerCase() === 'redirect' && isPlainObject(action.RedirectConfig) && String(action.RedirectConfig.Protocol).toUpperCase() === 'HTTPS');
      return redirects
        ? { ok: true, message: 'the HTTP listener redirects every request to HTTPS' }
        : { ok: false, message: 'the listener serves plain HTTP and its default action does not redirect to HTTPS' };
    });
  },
});

