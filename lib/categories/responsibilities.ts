import { DUTIES, type Duty } from './duties';
import type { ServiceCategory } from './types';

/**
 * Who carries a duty for a category:
 * - `customer`: nothing happens unless the customer configures or does it.
 * - `shared`: AWS provides or performs part of it; the customer must still decide or enable the rest.
 * - `aws`: AWS carries it for the whole category; the customer has nothing to configure.
 */
export type DutyOwner = 'customer' | 'shared' | 'aws';

export interface CategoryResponsibilities {
  readonly awsManages: readonly string[];
  readonly customerManages: readonly string[];
  readonly duties: Readonly<Record<Duty, DutyOwner>>;
  /** Qualifications a responsibility matrix shows beside a duty's owner. */
  readonly notes: Readonly<Partial<Record<Duty, string>>>;
}

/** Layers AWS secures for every category: the "security of the cloud" half of the model. */
const OF_THE_CLOUD = [
  'physical security of data centers',
  'hardware and the global network infrastructure (Regions, Availability Zones, edge locations)',
  'the virtualization layer',
] as const;

// Where the data lives is always a customer decision: AWS does not move content out of the
// Region the customer chose, so every replication or copy destination is the customer's choice.
const REGION_NOTE = 'AWS keeps content in the Regions the customer selects; the customer chooses them, including replication and copy destinations.';

export const RESPONSIBILITIES: Readonly<Record<ServiceCategory, CategoryResponsibilities>> = {
  infrastructure: {
    awsManages: [...OF_THE_CLOUD],
    customerManages: [
      'guest operating system, including updates and security patches',
      'application software and platforms installed on the instances',
      'security group and host firewall configuration',
      'network configuration: VPC, subnets, routing, public addresses',
      'customer data and its encryption at rest and in transit',
      'identity and access management for the instances and the AWS resources they use',
      'backups and recovery of volumes and instance data',
      'logging and monitoring of the operating system and applications',
    ],
    duties: {
      'encryption-at-rest': 'customer',
      'encryption-in-transit': 'customer',
      'network-exposure': 'customer',
      'backup-recovery': 'customer',
      'region-residency': 'customer',
      'patch-management': 'customer',
      'identity-access': 'customer',
      'logging-monitoring': 'customer',
    },
    notes: {
      'region-residency': REGION_NOTE,
    },
  },
  container: {
    awsManages: [
      ...OF_THE_CLOUD,
      'operating system of the hosts the service runs on, and its patching',
      'the platform or engine software, and applying the updates the customer schedules or allows',
      'availability of the managed platform (for example Multi-AZ failover when configured)',
    ],
    customerManages: [
      'customer data',
      'encryption choices: storage encryption, keys, TLS enforcement',
      'network rules: security groups, subnets, public accessibility',
      'backup configuration: retention, snapshots, deletion protection',
      'engine or platform versions, minor-version upgrades and maintenance windows',
      'database and platform users, and IAM access to the service',
      'enabling and retaining service logs',
    ],
    duties: {
      'encryption-at-rest': 'customer',
      'encryption-in-transit': 'customer',
      'network-exposure': 'customer',
      'backup-recovery': 'shared',
      'region-residency': 'customer',
      'patch-management': 'shared',
      'identity-access': 'customer',
      'logging-monitoring': 'customer',
    },
    notes: {
      'backup-recovery': 'AWS takes automated backups and snapshots; the customer sets retention, copies and deletion protection.',
      'patch-management': 'AWS patches the host operating system and applies engine updates; the customer chooses versions, allows minor-version upgrades and sets maintenance windows.',
      'region-residency': REGION_NOTE,
    },
  },
  abstracted: {
    awsManages: [
      ...OF_THE_CLOUD,
      'operating system, platform and application software of the service',
      'the service endpoint and the network infrastructure in front of it',
      'durability and availability of stored data',
      'patching of everything behind the endpoint',
    ],
    customerManages: [
      'customer data and its classification',
      'access control: IAM policies and resource policies',
      'encryption choices: customer managed keys, enforcing TLS',
      'public access settings and who may reach the endpoint',
      'data protection features such as versioning and point-in-time recovery',
      'enabling and retaining access and data-event logs',
    ],
    duties: {
      'encryption-at-rest': 'shared',
      'encryption-in-transit': 'shared',
      'network-exposure': 'shared',
      'backup-recovery': 'shared',
      'region-residency': 'customer',
      'patch-management': 'aws',
      'identity-access': 'customer',
      'logging-monitoring': 'customer',
    },
    notes: {
      'encryption-at-rest': 'Many services encrypt by default with AWS-owned keys; the customer decides whether that meets its key-control requirements.',
      'encryption-in-transit': 'Endpoints offer TLS; the customer enforces it (for example by denying aws:SecureTransport=false).',
      'network-exposure': 'AWS operates and protects the endpoint; the customer decides who may reach it through policies and public-access settings.',
      'backup-recovery': 'AWS provides durability; recovery from deletion or corruption needs features the customer enables.',
      'patch-management': 'Where the customer picks a runtime or version (Lambda runtimes, EKS add-ons, Glue versions), keeping it supported is the customer\'s.',
      'region-residency': REGION_NOTE,
    },
  },
  custom: {
    awsManages: [...OF_THE_CLOUD, 'the AWS resources the custom code creates, as their own categories describe'],
    customerManages: [
      'everything the custom or third-party code does: its logic, its dependencies and their patching',
      'the permissions the handler runs with',
      'the data it reads, writes and returns',
      'where it sends data and what it logs',
    ],
    duties: {
      'encryption-at-rest': 'customer',
      'encryption-in-transit': 'customer',
      'network-exposure': 'customer',
      'backup-recovery': 'customer',
      'region-residency': 'customer',
      'patch-management': 'customer',
      'identity-access': 'customer',
      'logging-monitoring': 'customer',
    },
    notes: {
      'region-residency': 'Custom code can send data anywhere; the customer has to know where.',
    },
  },
};

export function responsibilityFor(category: ServiceCategory): CategoryResponsibilities {
  return RESPONSIBILITIES[category];
}

/** The duties of a category that the customer carries in whole or in part. */
export function customerDuties(category: ServiceCategory): readonly Duty[] {
  const { duties } = RESPONSIBILITIES[category];
  return DUTIES.filter((duty) => duties[duty] !== 'aws');
}
