/** Every rule table of the logging-monitoring duty, in one jest file (see test/support/rule-tables.ts). */
import { loadRuleTables } from '../support/rule-tables';

loadRuleTables('logging-monitoring');
