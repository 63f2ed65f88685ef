// The command as it started before it was compiled: the TypeScript sources run through tsx at every
// start. Kept only so that `npm run bench` can compare start-up and build times with the compiled lib/.
import { register } from "tsx/esm/api";

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
