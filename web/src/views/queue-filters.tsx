import { useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import type { SourceKind } from '../gql/graphql';
import { useLanguage } from '../i18n/language';

const FiltersQuery = graphql(/* GraphQL */ `
  query QueueFilters {
    topics(first: 100) {
      edges {
        node {
          id
          label
          labelAr
          statementCount
        }
      }
    }
    outlets(first: 100) {
      edges {
        node {
          id
          name
          nameOriginal
        }
      }
    }
  }
`);

export interface QueueFilter {
  topic?: string;
  outlet?: string;
  sourceKind?: SourceKind;
  text?: string;
}

const KINDS: SourceKind[] = [
  'NAMED_PERSON',
  'ANONYMOUS_INDIVIDUAL',
  'ANONYMOUS_GROUP',
  'INSTITUTION',
  'UNATTRIBUTED',
  'OUTLET_VOICE',
];

/** Where a fact-checker starts: a topic, an outlet, a source kind or a search. */
export function QueueFilters({ value, onApply }: { value: QueueFilter; onApply(filter: QueueFilter): void }) {
  const { t, language } = useLanguage();
  const [{ data }] = useQuery({ query: FiltersQuery });
  const [draft, setDraft] = useState(value);
  const set = (key: keyof QueueFilter, v: string) =>
    setDraft((d) => {
      const next = { ...d };
      if (v === '') delete next[key];
      else (next as Record<string, string>)[key] = v;
      return next;
    });
  return (
    <form
      className="filters"
      aria-label={t.filters}
      onSubmit={(event) => {
        event.preventDefault();
        onApply(draft);
      }}
    >
      <label>
        {t.topic}
        <select value={draft.topic ?? ''} onChange={(e) => set('topic', e.target.value)}>
          <option value="">{t.any}</option>
          {data?.topics.edges.map(({ node }) => (
            <option key={node.id} value={node.id}>
              {language === 'ar' && node.labelAr ? node.labelAr : node.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.outlet}
        <select value={draft.outlet ?? ''} onChange={(e) => set('outlet', e.target.value)}>
          <option value="">{t.any}</option>
          {data?.outlets.edges.map(({ node }) => (
            <option key={node.id} value={node.id}>
              {language === 'ar' && node.nameOriginal ? node.nameOriginal : node.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.sourceKind}
        <select value={draft.sourceKind ?? ''} onChange={(e) => set('sourceKind', e.target.value)}>
          <option value="">{t.any}</option>
          {KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t.kinds[kind]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t.search}
        <input
          type="search"
          dir="auto"
          value={draft.text ?? ''}
          onChange={(e) => set('text', e.target.value)}
        />
      </label>
      <button type="submit">{t.apply}</button>
    </form>
  );
}
