import { useId } from 'react';
import type { Launch } from '../../data/schema.ts';
import type { SourceNumbering } from '../../domain/footnotes.ts';
import { formatDay } from '../../domain/i18n/dates.ts';
import type { Messages } from '../../domain/i18n/messages/en.ts';
import { formatNumber } from '../../domain/i18n/plural.ts';
import { claimDiffers } from '../../domain/markerLabel.ts';
import { LocalText } from '../../ui/LocalText.tsx';
import { useEdition } from '../../ui/i18n.tsx';
import { FootnoteRef } from './FootnoteRef.tsx';

type LaunchFactsProps = { launch: Launch; numbering: SourceNumbering };

/** "39.660° N, 124.705° E" · "북위 39.660°, 동경 124.705°" · "北緯39.660°、東経124.705°". */
function coordinates(lat: number, lon: number, t: Messages['panel']['details']): string {
  const latitude = Math.abs(lat).toFixed(3);
  const longitude = Math.abs(lon).toFixed(3);
  return t.coordinates(lat < 0 ? t.south(latitude) : t.north(latitude), lon < 0 ? t.west(longitude) : t.east(longitude));
}

/** The body of the panel, in the order `numberSources` numbers it: details, outcome, orbit, summary, facts. */
export function LaunchFacts({ launch, numbering }: LaunchFactsProps) {
  const { m, locale } = useEdition();
  const t = m.panel.details;
  const factsId = useId();
  const { citations, site, orbit } = launch;
  const cite = (ids: readonly string[]) => <FootnoteRef ids={ids} numbering={numbering} />;
  const differs = claimDiffers(launch);
  const number = (n: number) => formatNumber(n, locale);
  // The vehicle and the payload: the name the data uses, the others it is known by, its sources.
  const named = (term: string, name: string, aliases: readonly string[], ids: readonly string[]) => (
    <div>
      <dt>{term}</dt>
      <dd>
        <span dir="auto">
          <LocalText text={name} />
        </span>
        {aliases.length > 0 && (
          <span dir="auto" className="launch-panel__muted">
            {t.also(aliases.join(m.core.listSeparator))}
          </span>
        )}
        {cite(ids)}
      </dd>
    </div>
  );
  return (
    <>
      <dl className="launch-details">
        {named(t.vehicle, launch.vehicle, launch.vehicleAliases, citations.vehicle)}
        {named(t.payload, launch.payload, launch.payloadAliases, citations.payload)}
        <div>
          <dt>{t.site}</dt>
          <dd>
            <span dir="auto">
              <LocalText text={site.name} />
            </span>
            {site.alternateName !== undefined && <span dir="auto">{m.panel.parenthesised(site.alternateName)}</span>}
            <span className="launch-panel__muted">
              {t.coordinatesSeparator}
              {coordinates(site.lat, site.lon, t)}
            </span>
            {cite(citations.site)}
          </dd>
        </div>
      </dl>

      <dl className={`launch-outcome${differs ? ' launch-outcome--differs' : ''}`}>
        <div className={`launch-outcome__item launch-outcome__item--${launch.outcome}`}>
          <dt>{t.assessedOutcome}</dt>
          <dd>
            <strong>{m.core.outcome.label[launch.outcome]}</strong>
            {m.panel.labelSeparator}
            <span dir="auto">
              <LocalText text={launch.outcomeSummary} />
            </span>
            {cite(citations.outcome)}
          </dd>
        </div>
        <div className="launch-outcome__item launch-outcome__item--claim">
          <dt>{t.northKoreaClaimed}</dt>
          <dd>
            {differs && <span className="tag tag--differs">{t.differs}</span>}
            <strong>{m.core.claim[launch.northKoreaClaimed]}</strong>
            {launch.claimSummary !== undefined && (
              <>
                {m.panel.labelSeparator}
                <span dir="auto">
                  <LocalText text={launch.claimSummary} />
                </span>
              </>
            )}
            {cite(citations.northKoreaClaimed)}
          </dd>
        </div>
      </dl>

      {orbit !== undefined && (
        <dl className="launch-details launch-details--orbit">
          <div>
            <dt>{t.orbit}</dt>
            <dd>
              COSPAR {orbit.cospar}
              {orbit.norad !== undefined && ` · NORAD ${orbit.norad}`}
              {orbit.perigeeKm !== undefined && orbit.apogeeKm !== undefined && ` · ${t.altitudes(number(orbit.perigeeKm), number(orbit.apogeeKm))}`}
              {orbit.inclinationDeg !== undefined && ` · ${t.inclination(number(orbit.inclinationDeg))}`}
              {orbit.decayedOn !== undefined && (
                <>
                  {` · ${t.decayed.before}`}
                  <time dateTime={orbit.decayedOn}>{formatDay(orbit.decayedOn, locale)}</time>
                  {t.decayed.after}
                </>
              )}
              {cite(orbit.sourceIds)}
            </dd>
          </div>
        </dl>
      )}

      <p className="launch-panel__summary">
        <span dir="auto">
          <LocalText text={launch.summary} />
        </span>
        {cite(citations.summary)}
      </p>

      {launch.facts.length > 0 && (
        <section className="launch-panel__section" aria-labelledby={factsId}>
          <h3 id={factsId} className="launch-panel__subheading">
            {t.facts}
          </h3>
          <ul className="launch-facts">
            {launch.facts.map((fact, i) => (
              <li key={i}>
                {fact.status !== undefined && <span className={`tag tag--${fact.status}`}>{m.core.factStatus[fact.status]}</span>}
                <span dir="auto">
                  <LocalText text={fact.text} />
                </span>
                {cite(fact.sourceIds)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
