/**
 * The script every built page loads (added by scripts/postbuild.ts, bundled into `_file/site.<hash>.js`): the offline
 * helper and the printed footer. The service worker is `sw.js` at the site's root, one folder up from this file.
 */
import {startOffline} from "./offline.js";
import {startPrintFooter} from "./printFooter.js";

startPrintFooter();
void startOffline(new URL("../sw.js", import.meta.url));
