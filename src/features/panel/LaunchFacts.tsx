import { useId } from 'react';
import type { Claim, Launch } from '../../data/schema.ts';
import { FACT_STATUS_LABELS, type SourceNumbering } from '../../domain/footnotes.ts';
import { formatCalendarDate } from '../../domain/formatDate.ts';
import { claimDiffers } from '../../domain/markerLabel.ts';
import { OUTCOME_LABELS } from '../../domain/outcomes.ts';
import { FootnoteRef } from './FootnoteRef.tsx';

type LaunchFactsProps = { launch: Launch; numbering: SourceNumbering };

const CLAIM_LABELS: Record<Claim, string> = { success: 'Success', failure: 'Failure', none: 'No claim made' };

function coordinates(lat: number, lon: number): string {
  return `${Math.abs(lat).toFixed(3)}° ${lat < 0 ? 'S' : 'N'}, ${Math.abs(lon).toFixed(3)}° ${lon < 0 ? 'W' : 'E'}`;
}

/** The body of the panel, in the order `numberSources` numbers it: details, outcome, orbit, summary, facts. */
export function LaunchFacts({ launch, numbering }: LaunchFactsProps) {
  const factsId = useId();
  const { citations, site, orbit } = launch;
  const cite = (ids: readonly string[]) => <FootnoteRef ids={ids} numbering={numbering} />;
  const differs = claimDiffers(launch);
  // The vehicle and the payload: the name the data uses, the others it is known by, its sources.
  const named = (term: string, name: string, aliases: readonly string[], ids: readonly string[]) => (
    <div>
      <dt>{term}</dt>
      <dd>
        <span dir="auto">{name}</span>
        {aliases.length > 0 && <span dir="auto" className="launch-panel__muted"> (also {aliases.join(', ')})</span>}
        {cite(ids)}
      </dd>
    </div>
  );
  return (
    <>
      <dl className="launch-details">
        {named('Vehicle', launch.vehicle, launch.vehicleAliases, citations.vehicle)}
        {named('Payload', launch.payload, launch.payloadAliases, citations.payload)}
        <div>
          <dt>Site</dt>
          <dd>
            <span dir="auto">{site.name}</span>
            {site.alternateName !== undefined && <span dir="auto"> ({site.alternateName})</span>}
            <span className="launch-panel__muted">, {coordinates(site.lat, site.lon)}</span>
            {cite(citations.site)}
          </dd>
        </div>
      </dl>

      <dl className={`launch-outcome${differs ? ' launch-outcome--differs' : ''}`}>
        <div className={`launch-outcome__item launch-outcome__item--${launch.outcome}`}>
          <dt>Assessed outcome</dt>
          <dd>
            <strong>{OUTCOME_LABELS[launch.outcome]}</strong>
            {': '}
            <span dir="auto">{launch.outcomeSummary}</span>
            {cite(citations.outcome)}
          </dd>
        </div>
        <div className="launch-outcome__item launch-outcome__item--claim">
          <dt>North Korea claimed</dt>
          <dd>
            {differs && <span className="tag tag--differs">Differs from the assessment</span>}
            <strong>{CLAIM_LABELS[launch.northKoreaClaimed]}</strong>
            {launch.claimSummary !== undefined && (
              <>
                {': '}
                <span dir="auto">{launch.claimSummary}</span>
              </>
            )}
            {cite(citations.northKoreaClaimed)}
          </dd>
        </div>
      </dl>

      {orbit !== undefined && (
        <dl className="launch-details launch-details--orbit">
          <div>
            <dt>Orbit</dt>
            <dd>
              COSPAR {orbit.cospar}
              {orbit.norad !== undefined && ` · NORAD ${orbit.norad}`}
              {orbit.perigeeKm !== undefined && orbit.apogeeKm !== undefined && ` · ${orbit.perigeeKm}–${orbit.apogeeKm} km`}
              {orbit.inclinationDeg !== undefined && ` · ${orbit.inclinationDeg}° inclination`}
              {orbit.decayedOn !== undefined && (
                <>
                  {' · decayed '}
                  <time dateTime={orbit.decayedOn}>{formatCalendarDate(orbit.decayedOn)}</time>
                </>
              )}
              {cite(orbit.sourceIds)}
            </dd>
          </div>
        </dl>
      )}

      <p className="launch-panel__summary">
        <span dir="auto">{launch.summary}</span>
        {cite(citations.summary)}
      </p>

      {launch.facts.length > 0 && (
        <section className="launch-panel__section" aria-labelledby={factsId}>
          <h3 id={factsId} className="launch-panel__subheading">
            Facts
          </h3>
          <ul className="launch-facts">
            {launch.facts.map((fact, i) => (
              <li key={i}>
                {fact.status !== undefined && <span className={`tag tag--${fact.status}`}>{FACT_STATUS_LABELS[fact.status]}</span>}
                <span dir="auto">{fact.text}</span>
                {cite(fact.sourceIds)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
