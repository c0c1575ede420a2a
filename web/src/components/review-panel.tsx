import { useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { useLanguage } from '../i18n/language';
import { useApiKeyPresent } from './key-field';
import { QueryState } from './query-state';

const ReviewMutation = graphql(/* GraphQL */ `
  mutation Review($input: ReviewInput!) {
    review(input: $input) {
      review {
        id
        decision
        note
        reviewedAt
        reviewer {
          name
        }
      }
      statement {
        id
        status
      }
      assessment {
        id
        status
      }
    }
  }
`);

interface Props {
  /** The proposed statement or assessment. */
  id: string;
  status: string;
  review?: { decision: string; note?: string | null; reviewer: { name: string } } | null;
}

/**
 * Confirm or reject a proposal (a statement or an assessment the rules made). Shown only for
 * proposals; without a key it says what is needed and offers nothing to press.
 */
export function ReviewPanel({ id, status, review }: Props) {
  const { t } = useLanguage();
  const hasKey = useApiKeyPresent();
  const [note, setNote] = useState('');
  const [result, run] = useMutation(ReviewMutation);
  const done = result.data?.review.review ?? review ?? null;
  if (status !== 'PROPOSED' && !done) return null;
  return (
    <section className="review" aria-label={t.review}>
      <h4>{t.review}</h4>
      {done ? (
        <p role="status">
          {t.reviewed} {done.decision === 'CONFIRM' ? t.confirm : t.reject} ({done.reviewer.name})
          {done.note ? <q dir="auto">{done.note}</q> : null}
        </p>
      ) : hasKey ? (
        <form onSubmit={(event) => event.preventDefault()}>
          <label>
            {t.reviewNote}
            <textarea dir="auto" value={note} onChange={(event) => setNote(event.target.value)} />
          </label>
          <div className="buttons">
            {(['CONFIRM', 'REJECT'] as const).map((decision) => (
              <button
                key={decision}
                type="button"
                disabled={result.fetching}
                onClick={() =>
                  void run(
                    { input: { id, decision, ...(note.trim() ? { note: note.trim() } : {}) } },
                    { additionalTypenames: ['Statement', 'Assessment'] },
                  )
                }
              >
                {decision === 'CONFIRM' ? t.confirm : t.reject}
              </button>
            ))}
          </div>
          <QueryState fetching={result.fetching} error={result.error} />
        </form>
      ) : (
        <p className="read-only">{t.reviewNeedsKey}</p>
      )}
    </section>
  );
}
