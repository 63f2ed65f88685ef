// The few things a command needs from the outside world, passed in so commands can be tested.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** Standard input, for commands that read `-`. */
  stdin?: AsyncIterable<Buffer>;
  /** A transient progress line on a terminal (`undefined` when stderr is not a terminal). */
  progress?: ((text: string) => void) | undefined;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text.endsWith("\n") ? text : `${text}\n`),
  stderr: (text) => process.stderr.write(text.endsWith("\n") ? text : `${text}\n`),
  cwd: process.cwd(),
  stdin: process.stdin,
  progress: process.stderr.isTTY ? (text) => process.stderr.write(`\r\u001b[2K${text}`) : undefined,
};

export const EXIT = {
  ok: 0,
  /** The build finished but the input has errors (or warnings with --strict); output is still written. */
  inputProblems: 1,
  /** Wrong usage, or the manifest itself cannot be read: nothing was built. */
  usage: 2,
} as const;
