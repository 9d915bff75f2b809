/** Every rule table of the identity-access duty, in one jest file (see test/support/rule-tables.ts). */
import { loadRuleTables } from '../support/rule-tables';

loadRuleTables('identity-access');
