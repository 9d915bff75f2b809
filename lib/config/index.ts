export { CONFIG_FILE_NAME, loadConfig, selectRules, validateConfig, type LoadedConfig, type SrmConfig } from './config';
