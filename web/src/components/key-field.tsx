import { useEffect, useState } from 'react';
import { apiKey, onApiKeyChange, writeApiKey } from '../lib/api-key';
import { useLanguage } from '../i18n/language';

/** Whether a key has been entered; views show review and export only then. */
export function useApiKeyPresent(): boolean {
  const [present, setPresent] = useState(apiKey() !== '');
  useEffect(() => onApiKeyChange((key) => setPresent(key !== '')), []);
  return present;
}

/** Where the annotator enters a key (kept for this tab only). */
export function KeyField() {
  const { t } = useLanguage();
  const present = useApiKeyPresent();
  const [draft, setDraft] = useState('');
  if (present)
    return (
      <div className="key-field">
        <span role="status">{t.apiKeySet}</span>
        <button type="button" onClick={() => writeApiKey('')}>
          {t.apiKeyClear}
        </button>
      </div>
    );
  return (
    <form
      className="key-field"
      onSubmit={(event) => {
        event.preventDefault();
        writeApiKey(draft.trim());
        setDraft('');
      }}
    >
      <label>
        {t.apiKey}
        <input
          type="password"
          autoComplete="off"
          dir="ltr"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          aria-describedby="key-hint"
        />
      </label>
      <button type="submit" disabled={draft.trim() === ''}>
        {t.apiKeySave}
      </button>
      <small id="key-hint">{t.apiKeyHint}</small>
    </form>
  );
}
