import type { StrengthFieldsFragment } from '../gql/graphql';
import { useLanguage } from '../i18n/language';

/** A side's sourcing strength: the explanation first, the number second (decision 008). */
export function StrengthCard({ strength, label }: { strength: StrengthFieldsFragment; label: string }) {
  const { t } = useLanguage();
  return (
    <section className="strength" aria-label={label}>
      <h4>
        {t.strength}: <meter min={0} max={1} value={strength.score} aria-hidden="true" />{' '}
        <span className="score">{strength.score.toFixed(2)}</span>
      </h4>
      <p className="factors">
        {t.chainLength} {strength.chainLength} · {t.independentOwners} {strength.independentOwners}
      </p>
      {/* the API explains in English; the sentences keep their own direction */}
      <ul lang="en" dir="ltr" className="explanation">
        {strength.explanation.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
