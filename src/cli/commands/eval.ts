import type { Command } from 'commander';
import { defaultEvalSet, formatEvaluationTable, runEvaluation } from '../../extract';

/**
 * `isnad eval`: runs the proposer on every annotated article (seed/ and eval/held-out/) and prints
 * precision and recall per category, the held-out article apart from the tuning set.
 */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the rule-based proposer against the hand annotations (tuning set and held-out)')
    .action(() => {
      const report = runEvaluation(defaultEvalSet());
      process.stdout.write(`${formatEvaluationTable(report)}\n`);
      process.stdout.write(
        'statements match at code-point IoU >= 0.5 (one-to-one, greedy by IoU); sources by overlapping ' +
          'mentions; contradictions when both endpoints match.\n',
      );
    });
}
