/**
 * cdk-shared-responsibility: the customer's half of the AWS Shared Responsibility Model, checked.
 *
 * - In a CDK app: {@link SharedResponsibilityChecks} (validation plugin) or {@link SharedResponsibilityAspect}.
 * - Programmatically: {@link loadApp} then {@link checkApp}, and render the {@link Report}.
 */
export * from './cdk';
export { checkApp, DEFAULT_FAIL_ON, type CheckOptions } from './check';
export { loadApp, type LoadOptions } from './model/load';
export { InputError } from './model/errors';
export { buildReport, renderJson, type Report, type Summary } from './report/report';
export { renderText } from './report/text';
export type { Result, ResourceEntry } from './engine/result';
export type { Rule, RuleMeta, Severity, Status, Finding, Evidence } from './engine/rule';
export { defineRule, defineStackRule } from './engine/rule';
export { ALL_RULES } from '../rules';
export * from './categories';
