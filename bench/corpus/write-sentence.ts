/**
 * Writes one sentence of an article from a template, recording where the claim, the source
 * mentions and the entity mentions land in the article text.
 */
import type { ArticleText, TextSpan } from './article-text';
import type { EntityMention, Language, RenderedText } from './render-claim';
import { capitalize } from './render-claim';
import type { SentenceTemplate } from './sentence-templates';
import type { Speaker } from './speakers';

/** Where the parts of a written sentence are. */
export interface WrittenSentence {
  claim: TextSpan;
  cue: string | null;
  sourceMentions: { speaker: Speaker; span: TextSpan }[];
  entityMentions: EntityMention[];
}

/** What a sentence is made of. */
export interface SentenceParts {
  language: Language;
  speaker: Speaker;
  relay?: Speaker;
  claim: RenderedText;
  outlet: string;
}

const PLACEHOLDER = /\{([a-zA-Z])\}/g;

/** Appends the sentence `template` filled with `parts` to `out`. */
export function writeSentence(
  out: ArticleText,
  template: SentenceTemplate,
  parts: SentenceParts,
): WrittenSentence {
  const { language, speaker } = parts;
  const cue =
    template.cue === null || typeof template.cue === 'string'
      ? template.cue
      : template.cue[(parts.relay ?? speaker).feminine ? 1 : 0];
  const written: WrittenSentence = {
    claim: { start: 0, end: 0 },
    cue,
    sourceMentions: [],
    entityMentions: [],
  };
  const comma = language === 'ar' ? '،' : ',';
  let last = 0;
  for (const match of template.text.matchAll(PLACEHOLDER)) {
    out.append(template.text.slice(last, match.index));
    last = match.index + match[0].length;
    const key = match[1] ?? '';
    const upper = key !== key.toLowerCase();
    const cased = (words: string): string => (upper ? capitalize(words) : words);
    const mention = (who: Speaker, words: string): void => {
      const start = out.append(cased(words));
      written.sourceMentions.push({ speaker: who, span: { start, end: out.length } });
      // A role after the name ("Samer al-Dulaimi, a spokesperson for …") closes with a comma.
      const next = template.text[last];
      if (who.appositive && words === (language === 'ar' ? who.ar : who.en) && next !== comma)
        out.append(comma);
    };
    switch (key.toLowerCase()) {
      case 'v':
        out.append(cue ?? '');
        break;
      case 'p':
        mention(speaker, language === 'ar' ? speaker.ar : speaker.en);
        break;
      case 'b':
        mention(speaker, language === 'ar' ? speaker.backAr : speaker.backEn);
        break;
      case 'r':
        if (parts.relay) mention(parts.relay, language === 'ar' ? parts.relay.ar : parts.relay.en);
        break;
      case 'o':
        out.append(parts.outlet);
        break;
      case 'c': {
        const start = out.append(cased(parts.claim.text));
        written.claim = { start, end: out.length };
        for (const m of parts.claim.mentions) {
          written.entityMentions.push({ entity: m.entity, start: start + m.start, end: start + m.end });
        }
        break;
      }
      default:
        throw new Error(`unknown sentence placeholder {${key}}`);
    }
  }
  out.append(template.text.slice(last));
  return written;
}
