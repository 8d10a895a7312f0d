import type { Condemnation, Dataset, Launch, Source } from '../../data/schema.ts';
import { condemnationsFor } from '../../domain/condemnations.ts';
import { footnoteNumbers, numberSources } from '../../domain/footnotes.ts';
import { formatDay } from '../../domain/i18n/dates.ts';
import { plainText } from '../../domain/i18n/langSpans.ts';
import type { Locale } from '../../domain/i18n/locale.ts';
import type { Messages } from '../../domain/i18n/messages/en.ts';
import { launchTimes } from '../../domain/launchTimes.ts';
import { viaText } from '../../domain/sourceUsage.ts';
import { useEdition } from '../../ui/i18n.tsx';
import { LocalText } from '../../ui/LocalText.tsx';
import { useParts } from '../../ui/parts.ts';

type PrintLaunchProps = { dataset: Dataset; launch: Launch };

/** A message with one `{slot}`, as the text before it and the text after it. */
function around(template: string): [string, string] {
  const [before = '', after = ''] = template.split(/\{[a-z]+\}/, 2);
  return [before, after];
}

function printedDate(c: Condemnation, m: Messages, locale: Locale): string {
  const day = formatDay(c.date, locale);
  return c.dateQualifier === 'on-or-before' ? `${m.core.onOrBefore} ${day}` : day;
}

/**
 * A headline in quotation marks (in its own language, as published); a title we wrote is not
 * quoted and says so. Then where a copy was read.
 */
function PrintedSource({ source, m }: { source: Source; m: Messages }) {
  const t = useParts().share.print;
  const via = viaText(source, m.common.sources);
  // A headline is the page's own, in its own language; a title we wrote is in the edition's.
  const title =
    source.descriptiveTitle === true ? (
      <>
        <LocalText text={source.title} />
        {t.descriptiveTitle}
      </>
    ) : (
      <span lang={source.language}>{t.headline(plainText(source.title))}</span>
    );
  return (
    <>
      <LocalText text={source.publisher} />, {title}
      {source.published ? `, ${source.published}` : ''}
      {via === null ? '' : `, ${plainText(via)}`}. {source.rawUrl}
    </>
  );
}

/** One launch on paper: facts with [n] references, responses, and sources with their full URLs. */
export function PrintLaunch({ dataset, launch }: PrintLaunchProps) {
  const { m, locale } = useEdition();
  const parts = useParts();
  const t = parts.share.print;
  const numbering = numberSources(launch, dataset.condemnations);
  const refs = (ids: readonly string[]) => ` [${footnoteNumbers(ids, numbering).join('][')}]`;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const times = launchTimes(launch);
  const [givenBefore, givenAfter] = around(t.timeGivenBy);
  return (
    <article className="print-launch">
      <h2 dir="auto">
        <LocalText text={launch.payload} /> · <LocalText text={launch.vehicle} />
      </h2>
      <p>
        {m.panel.time.kst(formatDay(times.kst.day, locale), times.kst.time, times.approximate)} ·{' '}
        {m.panel.time.utc(formatDay(times.utc.day, locale), times.utc.time, times.approximate)}
        {refs(launch.citations.launchedAt)}
        {launch.timeSource !== undefined && (
          <>
            {givenBefore}
            <LocalText text={launch.timeSource} />
            {givenAfter}
          </>
        )}
      </p>
      <p dir="auto">
        {t.assessed}
        {m.core.outcome.label[launch.outcome]} — <LocalText text={launch.outcomeSummary} />
        {refs(launch.citations.outcome)}
        {t.fullStop} {t.claimed}
        {t.claims[launch.northKoreaClaimed]}
        {refs(launch.citations.northKoreaClaimed)}
        {t.fullStop}
      </p>
      <p dir="auto">
        <LocalText text={launch.summary} />
        {refs(launch.citations.summary)}
      </p>
      <ul>
        {launch.facts.map((fact, i) => (
          <li key={i} dir="auto">
            {fact.status ? `${m.core.factStatus[fact.status]}${t.labelSeparator}` : ''}
            <LocalText text={fact.text} />
            {refs(fact.sourceIds)}
          </li>
        ))}
      </ul>
      <h3>{t.responses}</h3>
      <ul>
        {condemnationsFor(launch.id, dataset.condemnations).map((c) => (
          <li key={c.id} dir="auto">
            {printedDate(c, m, locale)} — <LocalText text={c.by} /> — {m.core.responseKind[c.kind]}
            {c.reference ? ` (${c.reference})` : ''}
            {t.labelSeparator}
            <LocalText text={c.summary} />
            {refs(c.sourceIds)}
          </li>
        ))}
      </ul>
      <h3>{t.sources}</h3>
      <ol>
        {numbering.order.map((id) => {
          const source = sources.get(id);
          return (
            <li key={id} dir="auto">
              {source ? <PrintedSource source={source} m={m} /> : id}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
