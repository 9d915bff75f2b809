/** Every rule table of the encryption-at-rest duty, in one jest file (see test/support/rule-tables.ts). */
import { loadRuleTables } from '../support/rule-tables';

loadRuleTables('encryption-at-rest');
