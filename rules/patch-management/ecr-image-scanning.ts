import { addressed, needsReview } from '../../lib/engine/findings';
import { defineRule } from '../../lib/engine/rule';
import { perStack } from '../../lib/model/derived';
import { Unresolved, isPlainObject, type Resolved } from '../../lib/model/values';
import { requireTrue } from './shared/support';

interface RegistryScanning {
  readonly logicalId: string;
  /** Wildcard filters; `undefined` entries could not be resolved. */
  readonly filters: readonly (string | undefined)[];
}

/** Registry-level scanning rules in the template, read once per stack. */
const registryScanning = perStack((stack): RegistryScanning[] =>
  stack.resourcesOfType('AWS::ECR::RegistryScanningConfiguration').map((config) => {
    const rules = config.property('Rules');
    const filters: (string | undefined)[] = [];
    if (!Array.isArray(rules)) filters.push(undefined);
    for (const rule of Array.isArray(rules) ? (rules as readonly Resolved[]) : []) {
      const list = isPlainObject(rule) && Array.isArray(rule.RepositoryFilters) ? (rule.RepositoryFilters as readonly Resolved[]) : [undefined];
      for (const filter of list) filters.push(isPlainObject(filter) && typeof filter.Filter === 'string' ? filter.Filter : undefined);
    }
    return { logicalId: config.logicalId, filters };
  }),
);

function wildcard(filter: string, name: string): boolean {
  return new RegExp(`^${filter.replace(/[.+^${}()|[\]\\?]/g, '\\$&').replace(/\*/g, '.*')}$`).test(name);
}

/** Scan on push, or a registry scanning configuration (basic or enhanced) whose filters match the repository. */
export default defineRule({
  id: 'SRM-PAT-024',
  title: 'ECR repository scans images for vulnerabilities',
  duty: 'patch-management',
  severity: 'high',
  resourceTypes: ['AWS::ECR::Repository'],
  controls: {
    configRule: 'ECR_PRIVATE_IMAGE_SCANNING_ENABLED',
    securityHub: ['ECR.1'],
    controlTower: ['CT.ECR.PR.2'],
    nist80053: ['RA-5'],
  },
  docs: {
    description: 'Container images carry the customer\'s OS packages and libraries; scanning them is how known vulnerabilities are found before and after deployment.',
    addressedBy: '`ImageScanningConfiguration.ScanOnPush: true`, or an AWS::ECR::RegistryScanningConfiguration in the template whose repository filters match the repository (enhanced scanning with Amazon Inspector covers continuous scans).',
    default: 'Absent, images are not scanned on push unless the registry scanning configuration (an account setting the template may not show) covers them: unaddressed.',
    fix: {
      cdk: "new ecr.Repository(this, 'Repo', { imageScanOnPush: true })",
      cloudformation: 'Set `ImageScanningConfiguration: { ScanOnPush: true }`, or add an AWS::ECR::RegistryScanningConfiguration with `ScanType: ENHANCED`.',
    },
  },
  check(repository) {
    const scanOnPush = repository.get('ImageScanningConfiguration.ScanOnPush');
    const own = requireTrue(scanOnPush, { whenAbsent: false, on: 'images are scanned on push', off: 'images are not scanned on push' });
    if (own.status !== 'unaddressed') return own;
    const name = repository.get('RepositoryName').value;
    let unsure: string | undefined;
    for (const config of registryScanning(repository.stack)) {
      for (const filter of config.filters) {
        if (filter === '*' || (typeof name === 'string' && filter !== undefined && wildcard(filter, name))) {
          return addressed(`registry scanning configuration ${config.logicalId} covers the repository (filter ${filter})`, {
            evidence: { description: `AWS::ECR::RegistryScanningConfiguration ${config.logicalId}`, logicalId: config.logicalId },
          });
        }
        if (filter === undefined || name === undefined || name instanceof Unresolved) unsure ??= `whether registry scanning configuration ${config.logicalId} covers the repository cannot be settled`;
      }
    }
    return unsure ? needsReview(unsure, { propertyPath: 'ImageScanningConfiguration.ScanOnPush' }) : own;
  },
});
