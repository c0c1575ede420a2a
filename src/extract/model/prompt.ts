/**
 * The instructions sent with the article. They ask for exact quotes (the reply is checked character
 * by character and anything else is rejected) and for the JSON shape of reply-schema.ts.
 */
import type { ProposerLanguage } from '../index';

/** One chat message, as chat-completions servers accept it. */
export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

const INSTRUCTIONS = `You annotate news articles for a claim-provenance graph: who said what, and how the article reports it.
Find every statement that the article attributes to someone (a person, an official, an institution, anonymous sources) and every claim the outlet makes in its own voice.

Answer with one JSON object and nothing else:
{
  "sources": [
    {"id": "s1", "description": "how the article names or describes the speaker, in the article's language",
     "descriptionEn": "the same in English, or null", "kind": "NAMED_PERSON | ANONYMOUS_INDIVIDUAL | ANONYMOUS_GROUP | INSTITUTION | UNATTRIBUTED",
     "role": "title or role as written, or null", "affiliation": "organisation as written, or null",
     "conditions": "e.g. 'on condition of anonymity' as written, or null"}
  ],
  "statements": [
    {"quote": "the exact words of the statement, copied character for character from the article",
     "prefix": "a few words immediately before the quote, or null", "suffix": "a few words immediately after it, or null",
     "source": "the id of a source above, or \\"outlet\\" for the outlet's own voice",
     "mode": "DIRECT_QUOTE | REPORTED_SPEECH | EDITORIAL_INFERENCE | UNATTRIBUTED",
     "cue": "the attribution verb or phrase as written (said, denied, قال، نفى), or null",
     "hedging": "a hedge as written (reportedly, possibly), or null"}
  ]
}

Rules:
- "quote" must be copied exactly from the article: same letters, diacritics, punctuation and spacing. Do not translate, normalise, shorten with ellipses or join separate passages. Quotes that are not found exactly are discarded.
- The quote is the content of the statement only, without the speaker and the cue.
- If the same words occur more than once in the article, give a prefix or suffix, copied exactly, that selects the occurrence you mean.
- DIRECT_QUOTE for words in quotation marks, REPORTED_SPEECH for paraphrase, EDITORIAL_INFERENCE for the outlet's own conclusions, UNATTRIBUTED when the article gives no source.
- A continuation ("he added", وأضاف) belongs to the speaker who was talking.
- Do not invent sources or statements that the article does not contain.`;

/** The messages for one article. */
export function buildMessages(text: string, language: ProposerLanguage, outletName: string): ChatMessage[] {
  const languageName = language === 'ar' ? 'Arabic' : 'English';
  return [
    { role: 'system', content: INSTRUCTIONS },
    {
      role: 'user',
      content: `Article (${languageName}, published by ${outletName}; one paragraph per line, headline first):\n\n${text}`,
    },
  ];
}
