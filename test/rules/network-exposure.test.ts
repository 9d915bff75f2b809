/** Every rule table of the network-exposure duty, in one jest file (see test/support/rule-tables.ts). */
import { loadRuleTables } from '../support/rule-tables';

loadRuleTables('network-exposure');
