import { useEffect, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../gql';
import type { ExportFormat, ExportStatementQuery } from '../gql/graphql';
import { useApiKeyPresent } from '../components/key-field';
import { useLanguage } from '../i18n/language';

const ExportQuery = graphql(/* GraphQL */ `
  query ExportStatement($id: ID!, $format: ExportFormat!) {
    exportStatement(id: $id, format: $format) {
      format
      mediaType
      fileName
      data
      itemCount
      rootHash
      verification {
        ok
        itemsChecked
        problems
      }
    }
  }
`);

type Result = ExportStatementQuery['exportStatement'];

/** One click exports the claim (PROV-O JSON-LD or ClaimReview) and shows whether it verifies. */
export function ExportPanel({ statementId }: { statementId: string }) {
  const { t } = useLanguage();
  const client = useClient();
  const hasKey = useApiKeyPresent();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Result | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [href, setHref] = useState<string | null>(null);

  useEffect(() => {
    if (!result) return;
    const url = URL.createObjectURL(new Blob([result.data], { type: result.mediaType }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [result]);

  const run = async (format: ExportFormat) => {
    setBusy(true);
    setError(null);
    setResult(null);
    const answer = await client
      .query(ExportQuery, { id: statementId, format }, { requestPolicy: 'network-only' })
      .toPromise();
    setBusy(false);
    if (answer.error) setError(answer.error.graphQLErrors[0]?.message ?? answer.error.message);
    else if (answer.data) setResult(answer.data.exportStatement);
  };

  return (
    <section className="export" aria-label={t.exportTitle}>
      <h4>{t.exportTitle}</h4>
      {hasKey ? null : <p className="read-only">{t.exportNeedsKey}</p>}
      <div className="buttons">
        <button type="button" disabled={busy || !hasKey} onClick={() => void run('PROV_JSONLD')}>
          {t.exportProv}
        </button>
        <button type="button" disabled={busy || !hasKey} onClick={() => void run('CLAIMREVIEW')}>
          {t.exportClaimReview}
        </button>
      </div>
      {busy ? <p role="status">{t.loading}</p> : null}
      {error ? (
        <p role="alert" className="error" dir="auto">
          {error}
        </p>
      ) : null}
      {result ? (
        <div role="status" className={result.verification.ok ? 'verified' : 'not-verified'}>
          <p>
            <strong>{result.verification.ok ? t.verified : t.notVerified}</strong> · {result.itemCount}{' '}
            {t.items} · {t.rootHash} <code dir="ltr">{result.rootHash.slice(0, 16)}…</code>
          </p>
          {result.verification.problems.length ? (
            <ul dir="ltr">
              {result.verification.problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          ) : null}
          {href ? (
            <a href={href} download={result.fileName}>
              {t.download} {result.fileName}
            </a>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
