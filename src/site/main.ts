/**
 * The script every built page loads (added by scripts/postbuild.ts, bundled into `_file/site.<hash>.js`): the offline
 * helper, the printed footer and the language switch. The service worker is `sw.js` at the site's root, one folder up from this file.
 */
import {startOffline} from "./offline.js";
import {startPrintFooter} from "./printFooter.js";
import {localizeSidebarToggle, startLanguageSwitch} from "./languageSwitch.js";

startPrintFooter();
startLanguageSwitch();
localizeSidebarToggle();
void startOffline(new URL("../sw.js", import.meta.url));
