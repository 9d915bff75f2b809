import { addressed, asBoolean, asNumber, needsReview, unaddressed } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import type { ResourceModel } from '../../lib/model/resource';
import { describeValue, Unresolved, type Resolved } from '../../lib/model/values';
import { isWorld } from '../../lib/relations/security-groups';

const ADMIN = [22, 3389];

type Known<T> = T | Unresolved;

function read(entry: ResourceModel, path: string): Resolved {
  return entry.get(path).value;
}

function textOf(value: Resolved, path: string): Known<string | undefined> {
  if (value === undefined || typeof value === 'string') return value;
  return value instanceof Unresolved ? value : new Unresolved(`${path} is ${describeValue(value)}`);
}

/** The admin ports an entry admits (22, 3389), or why that cannot be told. */
function admittedPorts(entry: ResourceModel): Known<number[]> {
  const protocol = asNumber(read(entry, 'Protocol') ?? NaN);
  if (protocol === undefined) return new Unresolved(`Protocol is ${describeValue(read(entry, 'Protocol'))}`);
  if (protocol === -1) return ADMIN;
  if (protocol !== 6 && protocol !== 17) return [];
  const fromRaw = read(entry, 'PortRange.From');
  const toRaw = read(entry, 'PortRange.To');
  if (fromRaw instanceof Unresolved || toRaw instanceof Unresolved) return new Unresolved('PortRange cannot be resolved');
  const from = fromRaw === undefined ? 0 : asNumber(fromRaw);
  const to = toRaw === undefined ? 65535 : asNumber(toRaw);
  if (from === undefined || to === undefined) return new Unresolved(`PortRange is ${describeValue(read(entry, 'PortRange'))}`);
  return ADMIN.filter((port) => port >= from && port <= to);
}

export default defineRule({
  id: 'SRM-NET-009',
  title: 'Network ACLs do not allow ingress from anywhere to SSH or RDP',
  duty: 'network-exposure',
  severity: 'medium',
  resourceTypes: ['AWS::EC2::NetworkAclEntry'],
  controls: {
    configRule: 'NACL_NO_UNRESTRICTED_SSH_RDP',
    securityHub: ['EC2.21'],
    controlTower: ['CT.EC2.PR.5'],
    nist80053: ['AC-4(21)', 'CA-9(1)', 'CM-2', 'CM-7', 'SC-7', 'SC-7(5)', 'SC-7(21)'],
  },
  docs: {
    description: 'A network ACL is the subnet-wide layer under security groups; an allow from 0.0.0.0/0 or ::/0 to 22 or 3389 removes that layer for remote administration.',
    addressedBy: 'Inbound `allow` entries whose `CidrBlock`/`Ipv6CidrBlock` is `0.0.0.0/0`/`::/0` do not cover port 22 or 3389 (protocol -1, or TCP/UDP with a `PortRange` including them).',
    default: '`Egress` absent means an inbound entry. Unresolvable CIDRs, protocols or ports: needs-review.',
    fix: {
      cdk: "nacl.addEntry('Ssh', { cidr: ec2.AclCidr.ipv4('10.0.0.0/16'), ruleNumber: 100, traffic: ec2.AclTraffic.tcpPort(22), direction: ec2.TrafficDirection.INGRESS })",
      cloudformation: 'Give inbound allow entries for ports 22 and 3389 a narrower `CidrBlock`, or deny them.',
    },
  },
  check(entry) {
    const egress = read(entry, 'Egress');
    const action = textOf(read(entry, 'RuleAction'), 'RuleAction');
    if (egress !== undefined && asBoolean(egress) === true) return undefined;
    if (typeof action === 'string' && action.toLowerCase() === 'deny') return addressed('the entry denies traffic');
    const cidrPath = read(entry, 'CidrBlock') !== undefined ? 'CidrBlock' : 'Ipv6CidrBlock';
    const cidr = textOf(read(entry, cidrPath), cidrPath);
    const ports = admittedPorts(entry);
    const unknown = [egress !== undefined && asBoolean(egress) === undefined ? new Unresolved(`Egress is ${describeValue(egress)}`) : undefined, action, cidr, ports].find(
      (value): value is Unresolved => value instanceof Unresolved,
    );
    if (Array.isArray(ports) && ports.length === 0) return addressed('the entry does not cover port 22 or 3389');
    if (typeof cidr === 'string' && !isWorld(cidr)) return addressed(`the entry admits only ${cidr}`, { propertyPath: cidrPath });
    if (unknown) return needsReview(`whether the entry opens SSH or RDP to the internet cannot be told: ${unknown.reason}`, { propertyPath: cidrPath });
    const open = (ports as number[]).join(' and ');
    return unaddressed(`the entry allows inbound traffic from ${cidr} to port ${open}`, {
      propertyPath: cidrPath,
      evidence: { description: `${cidrPath} = ${cidr}, Protocol = ${describeValue(read(entry, 'Protocol'))}`, propertyPath: cidrPath },
    });
  },
});
