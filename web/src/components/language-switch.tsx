import { useLanguage } from '../i18n/language';

export function LanguageSwitch() {
  const { language, t, setLanguage } = useLanguage();
  const other = language === 'ar' ? 'en' : 'ar';
  return (
    <button
      type="button"
      className="language-switch"
      lang={other}
      title={t.switchLanguageLabel}
      onClick={() => setLanguage(other)}
    >
      {t.switchLanguage}
    </button>
  );
}
