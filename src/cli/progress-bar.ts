import cliProgress from 'cli-progress';

export interface ProgressBar {
  /** Shows `done` of `total`, with what is being done now when given. */
  update(done: number, total: number, stage?: string): void;
  stop(): void;
}

/**
 * A bar of files written on stderr when it is a terminal; undefined (nothing shown) when stderr is
 * piped or redirected, so logs and scripts see only the results on stdout.
 */
export function progressBar(command: string): ProgressBar | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${command} |{bar}| {value}/{total} files {stage}`, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done, total, stage = '') => {
      if (!started) bar.start(total, done, { stage });
      else {
        bar.setTotal(total);
        bar.update(done, { stage });
      }
      started = true;
    },
    stop: () => bar.stop(),
  };
}
