import { problemsOf } from "./minimize.ts";
for (const t of ["+-----+-----+\n| a   | b   |\n+--", "+-----+-----+\n| a   | b   |\n+-----+--", "+-----+-----+\n| a   | b\n+-----+-----+", "+-----+-----+\n| a   | b   |\n+", "Intro.\n\n+-----+-----+\n| a   | b   |\n+-----+-----+\n| c   |\n+-----+-----+\n"]) {
  console.log(JSON.stringify(t), problemsOf("rst", t), problemsOf("rst-inventory", t));
}
