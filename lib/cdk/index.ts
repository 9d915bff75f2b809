export { SharedResponsibilityChecks } from './plugin';
export { SharedResponsibilityAspect } from './aspect';
export { ALLOWED_REGIONS_CONTEXT, DEFAULT_REPORT_FILE, FAIL_ON_CONTEXT, type SharedResponsibilityProps } from './props';
export { acknowledge, type AcknowledgeOptions } from './acknowledge';
