/** Every rule table of the backup-recovery duty, in one jest file (see test/support/rule-tables.ts). */
import { loadRuleTables } from '../support/rule-tables';

loadRuleTables('backup-recovery');
