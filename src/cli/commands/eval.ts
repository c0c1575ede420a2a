import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { EVAL_SETS, evaluationToJson, formatEvaluationTable, loadSplit, runEvaluation } from '../../extract';
import type { EvalSetName } from '../../extract';

/**
 * `isnad eval`: runs the proposer on every article of eval/split.yaml and prints precision, recall
 * and F1 per layer, the development and the test set apart.
 */
export function registerEval(program: Command): void {
  program
    .command('eval')
    .description(
      'score the rule-based proposer against the hand annotations, per layer, dev and test sets apart',
    )
    .option('--set <set>', 'dev, test or all', parseSet, 'all' as const)
    .option('--articles', 'also print one row per article')
    .option('--json', 'print the report as JSON')
    .action((options: { set: EvalSetName | 'all'; articles?: boolean; json?: boolean }) => {
      const sets = options.set === 'all' ? EVAL_SETS : [options.set];
      const report = runEvaluation(loadSplit(), sets);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(evaluationToJson(report), null, 2)}\n`);
        return;
      }
      process.stdout.write(`${formatEvaluationTable(report, { articles: options.articles })}\n`);
      process.stdout.write(
        'statements match at code-point IoU >= 0.5 (one-to-one, greedy by IoU); sources by overlapping ' +
          'mentions; assessments when both endpoints match. See docs/proposals.md.\n',
      );
    });
}

function parseSet(value: string): EvalSetName | 'all' {
  if (value === 'all' || (EVAL_SETS as readonly string[]).includes(value))
    return value as EvalSetName | 'all';
  throw new InvalidArgumentError(`expected one of ${[...EVAL_SETS, 'all'].join(', ')}`);
}
