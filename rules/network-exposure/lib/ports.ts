import type { IngressPorts } from '../../../lib/relations/security-groups';
import type { PortPolicy } from './open-ingress';

/** Remote administration: a login prompt on the internet. */
export const ADMIN_PORTS: Readonly<Record<number, string>> = { 22: 'SSH', 3389: 'RDP', 23: 'Telnet', 5500: 'VNC', 5900: 'VNC', 5985: 'WinRM', 5986: 'WinRM' };

/** Database and data-store listeners. */
export const DATABASE_PORTS: Readonly<Record<number, string>> = {
  1433: 'SQL Server', 1434: 'SQL Server browser', 1521: 'Oracle', 2483: 'Oracle', 2484: 'Oracle', 3306: 'MySQL/Aurora', 4333: 'mSQL',
  5432: 'PostgreSQL', 5439: 'Redshift', 6379: 'Redis', 7000: 'Cassandra', 7001: 'Cassandra', 8182: 'Neptune', 9042: 'Cassandra',
  9200: 'Elasticsearch/OpenSearch', 9300: 'Elasticsearch/OpenSearch', 11211: 'Memcached', 27017: 'MongoDB/DocumentDB', 27018: 'MongoDB',
  50000: 'Db2', 5601: 'Kibana/OpenSearch Dashboards',
};

/**
 * Other ports Security Hub EC2.19 and Control Tower CT.EC2.PR.4 call high-risk (file transfer,
 * mail, Windows file sharing, development servers): with the two lists above this is a superset of
 * that control's list.
 */
export const OTHER_HIGH_RISK_PORTS: Readonly<Record<number, string>> = {
  20: 'FTP data', 21: 'FTP', 25: 'SMTP', 110: 'POP3', 135: 'Windows RPC', 143: 'IMAP', 445: 'SMB', 3000: 'development server',
  5000: 'development server', 8080: 'HTTP proxy/alternate', 8088: 'HTTP alternate', 8888: 'HTTP alternate',
};

const HIGH_RISK: ReadonlyArray<[number, string]> = Object.entries({ ...ADMIN_PORTS, ...DATABASE_PORTS, ...OTHER_HIGH_RISK_PORTS })
  .map(([port, name]): [number, string] => [Number(port), name])
  .sort((a, b) => a[0] - b[0]);

function named(ports: ReadonlyArray<[number, string]>): string {
  const shown = ports.slice(0, 3).map(([port, name]) => `${port} (${name})`);
  const more = ports.length > 3 ? ` and ${ports.length - 3} more high-risk port(s)` : '';
  return `${shown.join(', ')}${more}`;
}

export const HIGH_RISK_POLICY: PortPolicy = {
  guards: 'administration, database or other high-risk ports',
  offending(ports: IngressPorts) {
    if (ports.kind === 'all') return 'all traffic (every port, including SSH, RDP and database ports)';
    if (ports.kind !== 'range') return undefined;
    const hit = HIGH_RISK.filter(([port]) => port >= ports.from && port <= ports.to);
    if (hit.length === 0) return undefined;
    const label = ports.from === ports.to ? `${ports.protocol} port` : `${ports.protocol} ports ${ports.from}-${ports.to}, including`;
    return `${label} ${named(hit)}`;
  },
};

const WEB_PORTS = new Set([80, 443]);

export const WEB_ONLY_POLICY: PortPolicy = {
  guards: 'ports other than 80 and 443',
  offending(ports: IngressPorts) {
    if (ports.kind === 'all') return 'all traffic';
    if (ports.kind !== 'range') return undefined;
    if (ports.from === ports.to && WEB_PORTS.has(ports.from)) return undefined;
    return ports.from === ports.to ? `${ports.protocol} port ${ports.from}` : `${ports.protocol} ports ${ports.from}-${ports.to}`;
  },
};
