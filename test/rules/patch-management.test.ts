/** Every rule table of the patch-management duty, in one jest file (see test/support/rule-tables.ts). */
import { loadRuleTables } from '../support/rule-tables';

loadRuleTables('patch-management');
