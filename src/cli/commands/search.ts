import type { Command } from 'commander';
import { DEFAULT_INPUT_LIMITS } from '../../api/limits';
import { createLoaders } from '../../api/loaders';
import { searchStatements } from '../../api/services/search';
import { isolate } from '../../text/bidi';
import { withDatabase } from '../with-database';

/**
 * `isnad search QUERY`: the API's search in a terminal. Arabic is wrapped in Unicode isolates
 * (FSI … PDI) so that a line mixing Arabic and Latin text reads in the right order.
 */
export function registerSearch(program: Command): void {
  program
    .command('search')
    .description(
      'full-text search over statements and glosses (Arabic folded, English stemmed, spelling variants), ranked',
    )
    .argument('<query>', 'words to find, Arabic or English')
    .option('--language <lang>', 'only match text in this language (ar, en)')
    .option('--first <n>', 'how many results', '10')
    .option('--json', 'print the hits as JSON (score, matched text, statement) instead of lines')
    .action(async (query: string, options: { language?: string; first: string; json?: boolean }) => {
      const hits = await withDatabase(async (db, logger) => {
        const loaders = createLoaders(db.executor);
        const ctx = { executor: db.executor, loaders, principal: null, logger, limits: DEFAULT_INPUT_LIMITS };
        const found = await searchStatements(ctx, {
          query,
          language: options.language ?? null,
          first: Number(options.first),
        });
        return found.edges.map(({ node }) => node);
      });
      if (options.json) {
        process.stdout.write(`${JSON.stringify(hits, null, 2)}\n`);
        return;
      }
      const lines = hits.map((hit) => {
        const s = hit.statement;
        const via = hit.matched === 'GLOSS' ? ` (matched its gloss: ${isolate(hit.matchedText)})` : '';
        return `${hit.score.toFixed(2)}  ${isolate(s.quote)}${via} — ${isolate(s.source.labelEn ?? s.source.label)}, ${isolate(s.article.outlet.name)} [${s.id}]`;
      });
      process.stdout.write(lines.length > 0 ? `${lines.join('\n')}\n` : 'no statement matches\n');
    });
}
