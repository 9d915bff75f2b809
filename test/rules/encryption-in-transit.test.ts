/** Every rule table of the encryption-in-transit duty, in one jest file (see test/support/rule-tables.ts). */
import { loadRuleTables } from '../support/rule-tables';

loadRuleTables('encryption-in-transit');
