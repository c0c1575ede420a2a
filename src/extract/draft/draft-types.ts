/**
 * The proposer's intermediate records: statements and speakers as token ranges, before ids, anchors
 * and sources are assigned. Kept apart so that segmentation, source resolution and assessment can be
 * read (and tested) one at a time.
 */
import type { BasisParts } from '../pipeline/speaker/basis';
import type { SourcePhrase } from '../pipeline/speaker/source-phrase';
import type { StatementMode } from '../../ingest/annotation-schema';

/** Who a statement is attributed to, as found in the text; resolved to a source later. */
export interface Speaker {
  /** The phrase naming the speaker; undefined when the cue continues an earlier speaker. */
  phrase: SourcePhrase | undefined;
  basis: BasisParts;
  /** The earlier speaker this one continues (قائلًا، "but warned", a pronoun subject). */
  continues: Speaker | undefined;
  /** The line the speaker's cue stands on (0 is the headline, when there is one). */
  paragraph: number;
  /** True for a bare head in a headline ("officials say"): it refers forward to the body's speaker. */
  headline: boolean;
}

/** A proposed statement: tokens `[start, end)` of the article and how it is attributed. */
export interface DraftStatement {
  start: number;
  end: number;
  /** 'outlet' for the outlet's own voice. */
  speaker: Speaker | 'outlet';
  via: Speaker[];
  mode: StatementMode;
  /** The cue as written (clitics removed), or null. */
  cue: string | null;
  hedging: string | null;
  /** The cue denies the content (نفى، denied): the claim's polarity is the opposite of its words. */
  denied: boolean;
  /** Every rule that contributed, most specific first. */
  rules: string[];
  confidence: number;
  paragraph: number;
}
