/** Every published table the site shows, one module per paper table (see ./types.ts). */
export {HE2015_TABLE2} from "./he2015Table2.js";
export {HE2015_TABLE3} from "./he2015Table3.js";
export {HE2015_TABLE4} from "./he2015Table4.js";
export {HE2015_TABLE5} from "./he2015Table5.js";
export {HE2015_TABLE6} from "./he2015Table6.js";
export {HE2016_TABLE1} from "./he2016Table1.js";
export {HE2016_TABLE2} from "./he2016Table2.js";
export {HE2016_TABLE3} from "./he2016Table3.js";
export {ILSVRC_WINNERS, type IlsvrcEntry} from "./ilsvrcWinners.js";
export type {Cell, PublishedColumn, PublishedTable, TableTranslation, TranslatedLocale, TranslatedTable} from "./types.js";
