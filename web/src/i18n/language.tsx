import { createContext, useContext, useEffect, useState } from 'react';
import type { ReactNode } from 'react';
import { STRINGS } from './strings';
import type { Language, Strings } from './strings';

interface LanguageState {
  language: Language;
  dir: 'rtl' | 'ltr';
  t: Strings;
  setLanguage(language: Language): void;
}

const STORAGE = 'isnad.language';
const LanguageContext = createContext<LanguageState | null>(null);

function initialLanguage(): Language {
  const stored = localStorage.getItem(STORAGE);
  if (stored === 'ar' || stored === 'en') return stored;
  return navigator.language.startsWith('ar') ? 'ar' : 'en';
}

/** The interface language; `lang` and `dir` of the document follow it. */
export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const dir = language === 'ar' ? 'rtl' : 'ltr';
  useEffect(() => {
    document.documentElement.lang = language;
    document.documentElement.dir = dir;
    document.title = STRINGS[language].appName;
    localStorage.setItem(STORAGE, language);
  }, [language, dir]);
  return (
    <LanguageContext.Provider value={{ language, dir, t: STRINGS[language], setLanguage }}>
      {children}
    </LanguageContext.Provider>
  );
}

export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (state === null) throw new Error('useLanguage outside LanguageProvider');
  return state;
}
