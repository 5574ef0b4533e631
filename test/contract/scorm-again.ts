// scorm-again 3.4.3's type declarations say `export default Scorm12API`, but its ESM build only
// has the named export `export { Scorm12API }` (same for 2004). Import the namespace and take the
// named member, typed with the declared class, so both tsc and the runtime are satisfied.
import * as scorm12Module from "scorm-again/scorm12";
import * as scorm2004Module from "scorm-again/scorm2004";
import type Scorm12APIClass from "scorm-again/scorm12";
import type Scorm2004APIClass from "scorm-again/scorm2004";

export const Scorm12API = (scorm12Module as unknown as { Scorm12API: typeof Scorm12APIClass }).Scorm12API;
export const Scorm2004API = (scorm2004Module as unknown as { Scorm2004API: typeof Scorm2004APIClass }).Scorm2004API;
