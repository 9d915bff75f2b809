import * as fs from 'fs';
import * as path from 'path';
import { DUTIES, isDuty, type Duty } from '../categories';
import { SEVERITIES, type Rule, type Severity } from '../engine/rule';
import { InputError } from '../model/errors';

export const CONFIG_FILE_NAME = 'srm.config.json';

/** `srm.config.json`: the project's standing choices. Command-line flags override it. */
export interface SrmConfig {
  readonly allowedRegions?: readonly string[];
  readonly failOn?: Severity | 'none';
  /** Rule selection by id: `include` keeps only the listed rules; `exclude` drops rules. */
  readonly rules?: { readonly include?: readonly string[]; readonly exclude?: readonly string[] };
  /** Duty selection: `include` keeps only rules of the listed duties; `exclude` drops duties. */
  readonly duties?: { readonly include?: readonly Duty[]; readonly exclude?: readonly Duty[] };
  /** A different severity for some rules, by rule id. */
  readonly severityOverrides?: Readonly<Record<string, Severity>>;
}

export interface LoadedConfig {
  readonly file: string;
  readonly config: SrmConfig;
}

export const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d+$/;
const TOP_LEVEL_KEYS = ['$schema', 'allowedRegions', 'failOn', 'rules', 'duties', 'severityOverrides'] as const;

/**
 * The config to use: `--config FILE` when given (it must exist), else `srm.config.json` in the
 * working directory when present, else none. Any problem is an InputError naming the file.
 */
export function loadConfig(options: { readonly explicitFile?: string; readonly cwd?: string; readonly knownRuleIds: readonly string[] }): LoadedConfig | undefined {
  const cwd = options.cwd ?? process.cwd();
  const file = options.explicitFile ?? path.join(cwd, CONFIG_FILE_NAME);
  if (options.explicitFile === undefined && !fs.existsSync(file)) return undefined;
  const shown = options.explicitFile ?? CONFIG_FILE_NAME;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'config file not found' : code === 'EISDIR' ? 'config is a directory, not a file' : code === 'EACCES' ? 'config file is not readable (permission denied)' : `cannot read config: ${(error as Error).message}`;
    throw new InputError(reason, shown);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`config is not valid JSON: ${(error as Error).message}`, shown);
  }
  const problems: string[] = [];
  const config = validateConfig(data, options.knownRuleIds, problems);
  if (problems.length > 0) throw new InputError(`invalid config: ${problems.join('; ')}`, shown);
  return { file: shown, config };
}

/** Checks the shape and every value, collecting all problems so one run shows them all. */
export function validateConfig(data: unknown, knownRuleIds: readonly string[], problems: string[]): SrmConfig {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.push('expected a JSON object');
    return {};
  }
  const record = data as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!(TOP_LEVEL_KEYS as readonly string[]).includes(key)) problems.push(`unknown key "${key}" (allowed: ${TOP_LEVEL_KEYS.filter((k) => k !== '$schema').join(', ')})`);
  }
  const known = new Set(knownRuleIds);
  const config: { -readonly [K in keyof SrmConfig]: SrmConfig[K] } = {};

  if (record.allowedRegions !== undefined) {
    const regions = stringArray(record.allowedRegions, 'allowedRegions', problems);
    if (regions) {
      regions.forEach((region, index) => {
        if (!REGION_PATTERN.test(region)) problems.push(`allowedRegions[${index}]: "${region}" is not a region name like eu-west-1`);
      });
      if (regions.length === 0) problems.push('allowedRegions: needs at least one region');
      config.allowedRegions = regions;
    }
  }
  if (record.failOn !== undefined) {
    const allowed: readonly string[] = [...SEVERITIES, 'none'];
    if (typeof record.failOn !== 'string' || !allowed.includes(record.failOn)) problems.push(`failOn: must be one of ${allowed.join(', ')} (got ${JSON.stringify(record.failOn)})`);
    else config.failOn = record.failOn as Severity | 'none';
  }
  const selection = (key: 'rules' | 'duties', check: (value: string, where: string) => void): { include?: string[]; exclude?: string[] } | undefined => {
    const value = record[key];
    if (value === undefined) return undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      problems.push(`${key}: must be an object with "include" and/or "exclude"`);
      return undefined;
    }
    const result: { include?: string[]; exclude?: string[] } = {};
    for (const [sub, list] of Object.entries(value as Record<string, unknown>)) {
      if (sub !== 'include' && sub !== 'exclude') {
        problems.push(`${key}: unknown key "${sub}" (allowed: include, exclude)`);
        continue;
      }
      const items = stringArray(list, `${key}.${sub}`, problems);
      if (!items) continue;
      items.forEach((item, index) => check(item, `${key}.${sub}[${index}]`));
      result[sub] = items;
    }
    return result;
  };
  const checkRule = (id: string, where: string): void => {
    if (!known.has(id)) problems.push(`${where}: unknown rule id "${id}" (see cdk-srm rules)`);
  };
  const rules = selection('rules', checkRule);
  if (rules) config.rules = rules;
  const duties = selection('duties', (duty, where) => {
    if (!isDuty(duty)) problems.push(`${where}: unknown duty "${duty}" (one of ${DUTIES.join(', ')})`);
  });
  if (duties) config.duties = duties as { include?: Duty[]; exclude?: Duty[] };

  if (record.severityOverrides !== undefined) {
    const value = record.severityOverrides;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) problems.push('severityOverrides: must be an object of rule id to severity');
    else {
      const overrides: Record<string, Severity> = {};
      for (const [id, severity] of Object.entries(value as Record<string, unknown>)) {
        checkRule(id, `severityOverrides`);
        if (typeof severity !== 'string' || !(SEVERITIES as readonly string[]).includes(severity)) problems.push(`severityOverrides.${id}: must be one of ${SEVERITIES.join(', ')} (got ${JSON.stringify(severity)})`);
        else overrides[id] = severity as Severity;
      }
      config.severityOverrides = overrides;
    }
  }
  return config;
}

function stringArray(value: unknown, where: string, problems: string[]): string[] | undefined {
  if (!Array.isArray(value)) {
    problems.push(`${where}: must be an array of strings`);
    return undefined;
  }
  const bad = value.findIndex((item) => typeof item !== 'string');
  if (bad >= 0) {
    problems.push(`${where}[${bad}]: must be a string (got ${JSON.stringify(value[bad])})`);
    return undefined;
  }
  return value as string[];
}

/**
 * The rules a config selects, with severity overrides applied as copies (the catalogue's rule
 * objects are shared and never mutated). An empty selection is an error: a gate that checks
 * nothing would always pass.
 */
export function selectRules(all: readonly Rule[], config: SrmConfig | undefined, file = CONFIG_FILE_NAME): readonly Rule[] {
  if (!config) return all;
  const include = config.rules?.include ? new Set(config.rules.include) : undefined;
  const exclude = new Set(config.rules?.exclude ?? []);
  const includeDuties = config.duties?.include ? new Set<Duty>(config.duties.include) : undefined;
  const excludeDuties = new Set<Duty>(config.duties?.exclude ?? []);
  const selected = all
    .filter((rule) => (!include || include.has(rule.id)) && !exclude.has(rule.id) && (!includeDuties || includeDuties.has(rule.duty)) && !excludeDuties.has(rule.duty))
    .map((rule): Rule => {
      const severity = config.severityOverrides?.[rule.id];
      return severity && severity !== rule.severity ? { ...rule, severity } : rule;
    });
  if (selected.length === 0) throw new InputError('invalid config: the rule and duty selection leaves no rule to run', file);
  return selected;
}
