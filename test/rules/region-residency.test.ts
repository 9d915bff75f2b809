/** Every rule table of the region-residency duty, in one jest file (see test/support/rule-tables.ts). */
import { loadRuleTables } from '../support/rule-tables';

loadRuleTables('region-residency');
