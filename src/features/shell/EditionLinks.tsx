// The same view in the other editions, each link named in its own language (and marked so, for
// screen readers) with hreflang, so a reader can switch and a crawler can find them.
import { LOCALE_NAMES, type Locale } from '../../domain/i18n/locale.ts';
import { useEdition } from '../../ui/i18n.tsx';

export function EditionLinks({ editions }: { editions: readonly { locale: Locale; href: string }[] }) {
  const { shell } = useEdition().m.core;
  if (editions.length === 0) return null;
  return (
    <nav className="site-footer__editions" aria-label={shell.editions}>
      <ul>
        {editions.map(({ locale, href }) => (
          <li key={locale}>
            <a href={href} hrefLang={locale} lang={locale}>
              {LOCALE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
