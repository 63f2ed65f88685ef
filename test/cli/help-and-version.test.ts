// `--help` and `--version` for the command and each subcommand: printed on stdout, exit 0, and the
// help of a command names every option its parser accepts.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { main } from "../../src/cli/main.ts";

async function run(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const code = await main(args, {
    stdout: (s) => (out += `${s}\n`),
    stderr: (s) => (err += `${s}\n`),
    cwd: "/nonexistent",
  });
  return { code, out, err };
}

const version = (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version;

describe("help and version", () => {
  test.each([["--version"], ["-v"]])("%s prints the package version", async (flag) => {
    expect(await run(flag)).toEqual({ code: 0, out: `${version}\n`, err: "" });
  });

  test.each([["--help"], ["-h"], ["help"]])("%s lists the commands", async (flag) => {
    const r = await run(flag);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(r.out).toMatch(/^usage: edx-event-catalog <command>/);
    for (const command of ["build", "diff", "check", "export", "help"])
      expect(r.out).toMatch(new RegExp(`^  ${command} `, "m"));
  });

  test.each([
    ["build", ["--manifest", "--out", "--strict", "--quiet", "--coverage", "--help"]],
    ["diff", ["--format", "--event", "--exit-code", "--manifest", "--catalog", "--help"]],
    ["check", ["--release", "--format", "--exit-code", "--manifest", "--catalog", "--help"]],
    ["export", ["--out", "--release", "--manifest", "--catalog", "--help"]],
  ])("%s --help and help %s print that command's options without running it", async (command, options) => {
    const viaFlag = await run(command, "--help");
    const viaHelp = await run("help", command);
    expect(viaFlag.code).toBe(0);
    expect(viaFlag.err).toBe("");
    expect(viaFlag.out).toMatch(new RegExp(`^usage: edx-event-catalog ${command} `));
    for (const option of options) expect(viaFlag.out).toMatch(new RegExp(`^  ${option} `, "m"));
    expect(viaHelp).toEqual(viaFlag);
    // The flag wins wherever it stands, even beside arguments the command would reject.
    expect(await run(command, "--no-such-option", "-h")).toEqual(viaFlag);
  });

  test("help for an unknown command is a usage error", async () => {
    const r = await run("help", "frob");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^unknown command "frob"/);
  });
});
