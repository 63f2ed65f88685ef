import { cutWindow, readSource, SOURCE_SPECS } from "../support/source-windows.ts";
import { applyMutations } from "../support/text-mutations.ts";
import { minimize, problemsOf } from "./minimize.ts";
const spec = SOURCE_SPECS[1]!;
const t = applyMutations(cutWindow(spec, readSource(spec), { start: 852020, length: 54 }), [{ kind: "insert", at: 0, token: "|", times: 1 }]);
console.log(problemsOf("rst-inventory", t));
const m = minimize("rst-inventory", t, /endLine/);
console.log(JSON.stringify(m)); console.log(m); console.log(problemsOf("rst-inventory", m));
