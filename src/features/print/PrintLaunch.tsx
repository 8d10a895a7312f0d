import type { Condemnation, Dataset, Launch, Source } from '../../data/schema.ts';
import { condemnationsFor, KIND_LABELS, responseDate } from '../../domain/condemnations.ts';
import { FACT_STATUS_LABELS, footnoteNumbers, numberSources } from '../../domain/footnotes.ts';
import { formatCalendarDate } from '../../domain/formatDate.ts';
import { launchTimes } from '../../domain/launchTimes.ts';
import { OUTCOME_LABELS } from '../../domain/outcomes.ts';
import { viaText } from '../../domain/sourceUsage.ts';

type PrintLaunchProps = { dataset: Dataset; launch: Launch };

const CLAIMS = { success: 'success', failure: 'failure', none: 'no claim' } as const;

function printedDate(c: Condemnation): string {
  const { qualifier, day } = responseDate(c);
  return qualifier === null ? day : `${qualifier} ${day}`;
}

/** A headline in quotation marks; a title we wrote is not quoted and says so. Then where a copy was read. */
function printedSource(source: Source): string {
  const title = source.descriptiveTitle === true ? `${source.title} (descriptive title)` : `“${source.title}”`;
  const via = viaText(source);
  return `${source.publisher}, ${title}${source.published ? `, ${source.published}` : ''}${via === null ? '' : `, ${via}`}. ${source.rawUrl}`;
}

/** One launch on paper: facts with [n] references, responses, and sources with their full URLs. */
export function PrintLaunch({ dataset, launch }: PrintLaunchProps) {
  const numbering = numberSources(launch, dataset.condemnations);
  const refs = (ids: readonly string[]) => ` [${footnoteNumbers(ids, numbering).join('][')}]`;
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const times = launchTimes(launch);
  const about = times.approximate ? 'about ' : '';
  return (
    <article className="print-launch">
      <h2 dir="auto">
        {launch.payload} · {launch.vehicle}
      </h2>
      <p>
        {formatCalendarDate(times.kst.day)}, {about}
        {times.kst.time} KST · {formatCalendarDate(times.utc.day)}, {about}
        {times.utc.time} UTC{refs(launch.citations.launchedAt)}
        {launch.timeSource !== undefined && ` · Time given by ${launch.timeSource}.`}
      </p>
      <p dir="auto">
        Assessed outcome: {OUTCOME_LABELS[launch.outcome]} — {launch.outcomeSummary}
        {refs(launch.citations.outcome)}. North Korea claimed: {CLAIMS[launch.northKoreaClaimed]}
        {refs(launch.citations.northKoreaClaimed)}.
      </p>
      <p dir="auto">
        {launch.summary}
        {refs(launch.citations.summary)}
      </p>
      <ul>
        {launch.facts.map((fact, i) => (
          <li key={i} dir="auto">
            {fact.status ? `${FACT_STATUS_LABELS[fact.status]}: ` : ''}
            {fact.text}
            {refs(fact.sourceIds)}
          </li>
        ))}
      </ul>
      <h3>Responses</h3>
      <ul>
        {condemnationsFor(launch.id, dataset.condemnations).map((c) => (
          <li key={c.id} dir="auto">
            {printedDate(c)} — {c.by} — {KIND_LABELS[c.kind]}
            {c.reference ? ` (${c.reference})` : ''}: {c.summary}
            {refs(c.sourceIds)}
          </li>
        ))}
      </ul>
      <h3>Sources</h3>
      <ol>
        {numbering.order.map((id) => {
          const source = sources.get(id);
          return (
            <li key={id} dir="auto">
              {source ? printedSource(source) : id}
            </li>
          );
        })}
      </ol>
    </article>
  );
}
