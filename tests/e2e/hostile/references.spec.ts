// Group "broken references": duplicate ids, links to records that do not exist. Each is named
// precisely in the note; the broken reference (and only the record that has nothing sourced
// left) is dropped; everything else still renders.
import { expect, group, test } from './guard.ts';
import {
  allBut,
  at,
  baseDataset,
  child,
  expectMarkersOnTheirDays,
  expectNote,
  LAUNCHES,
  launchFacts,
  markers,
  open,
  panel,
  PROBLEMS_ONLY,
  serveJson,
  skippedLine,
  stringAt,
  TARGET,
  TOTAL_CONDEMNATIONS,
  TOTAL_LAUNCHES,
  TOTAL_SOURCES,
  type JsonRecord,
  type RawDataset,
} from './fixtures.ts';

/** The first condemnation that answers only the target launch, and its index. */
function soleCondemnation(data: RawDataset): { index: number; record: JsonRecord } {
  const index = data.condemnations.findIndex((c) => Array.isArray(c.launchIds) && c.launchIds.length === 1 && c.launchIds[0] === TARGET.id);
  return { index, record: at(data.condemnations, index) };
}

const firstCited = (launch: JsonRecord, key: string): string => {
  const ids = child(launch, 'citations')[key];
  if (!Array.isArray(ids) || typeof ids[0] !== 'string') throw new Error(`fixture: no citation for ${key}`);
  return ids[0];
};

test.describe('broken references', group('broken references'), () => {
  test('a duplicate launch id: the second record is skipped and named, its text never shown', async ({ page }) => {
    const data = baseDataset();
    data.launches.push({ ...at(baseDataset().launches, 3), payload: 'Impostor payload', vehicle: 'Impostor rocket' });
    await serveJson(page, data);
    await open(page, 'view=list');
    await expect(markers(page)).toHaveCount(TOTAL_LAUNCHES);
    await expect(page.getByText('Impostor', { exact: false })).toHaveCount(0);
    await expectNote(page, `1 of ${TOTAL_LAUNCHES + 1} launches skipped because of errors in the data file.`, [
      `launches[${TOTAL_LAUNCHES}].id: duplicate id "${TARGET.id}" (first at launches[3]); record skipped`,
    ]);
  });

  test('a duplicate source id: the second is skipped, and its address is never linked', async ({ page }) => {
    const data = baseDataset();
    const citedId = firstCited(at(data.launches, 3), 'summary');
    data.sources.push({ id: citedId, publisher: 'Impostor', publisherType: 'news', title: 'Impostor source', url: 'https://impostor.example/' });
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
    await expect(page.locator('a[href*="impostor.example"]')).toHaveCount(0);
    await expect(page.getByText('Impostor source')).toHaveCount(0);
    await expectNote(page, `1 of ${TOTAL_SOURCES + 1} sources skipped because of errors in the data file.`, [
      new RegExp(`^sources\\[${TOTAL_SOURCES}\\]\\.id: duplicate id "${citedId}" \\(first at sources\\[\\d+\\]\\); record skipped$`),
    ]);
  });

  test('a duplicate condemnation id: the second is skipped and named', async ({ page }) => {
    const data = baseDataset();
    const { record } = soleCondemnation(data);
    data.condemnations.push({ ...record, summary: 'Impostor response' });
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    await expect(panel(page).getByRole('region', { name: 'Related condemnations' })).toBeVisible();
    await expect(page.getByText('Impostor response')).toHaveCount(0);
    await expectNote(page, `1 of ${TOTAL_CONDEMNATIONS + 1} responses skipped because of errors in the data file.`, [/^condemnations\[\d+\]\.id: duplicate id/]);
  });

  test('a duplicate context event id: the second is skipped and named', async ({ page }) => {
    const data = baseDataset();
    data.contextEvents.push({ ...at(baseDataset().contextEvents, 0), title: 'Impostor event' });
    await serveJson(page, data);
    await open(page, 'context=1');
    await expect(page.locator('[data-context-id]')).toHaveCount(data.contextEvents.length - 1);
    await expect(page.getByRole('listitem', { name: /Impostor event/ })).toHaveCount(0);
    await expectNote(page, `1 of ${data.contextEvents.length} context events skipped because of errors in the data file.`, [/^contextEvents\[\d+\]\.id: duplicate id/]);
  });

  test('a condemnation pointing at a launch that does not exist is skipped and named; every launch still renders', async ({ page }) => {
    const data = baseDataset();
    const { index, record } = soleCondemnation(data);
    record.launchIds = ['2013-01-01-no-such-launch'];
    await serveJson(page, data);
    await open(page);
    await expectMarkersOnTheirDays(page, LAUNCHES);
    await expectNote(page, `1 of ${TOTAL_CONDEMNATIONS} responses skipped because of errors in the data file.`, [
      `condemnations[${index}].launchIds[0]: unknown launch "2013-01-01-no-such-launch"`,
      `condemnations[${index}]: no known launch left; record skipped`,
    ]);
  });

  test('a condemnation naming one real and one missing launch keeps the real one', async ({ page }) => {
    const data = baseDataset();
    const { index, record } = soleCondemnation(data);
    record.launchIds = [TARGET.id, '2013-01-01-no-such-launch'];
    record.summary = 'Answers one real launch and one that is not in the file.';
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    await expect(panel(page).getByRole('region', { name: 'Related condemnations' })).toContainText('Answers one real launch and one that is not in the file.');
    await expectMarkersOnTheirDays(page, LAUNCHES);
    await expectNote(page, PROBLEMS_ONLY, [`condemnations[${index}].launchIds[1]: unknown launch "2013-01-01-no-such-launch"`]);
  });

  test('a fact citing only an unknown source is left out and named; the launch and its other facts render', async ({ page }) => {
    const data = baseDataset();
    const facts = at(data.launches, 3).facts;
    if (!Array.isArray(facts) || facts.length < 2) throw new Error('fixture: the target launch needs two facts');
    const [first, second] = facts as JsonRecord[];
    if (!first || !second) throw new Error('fixture: facts');
    first.text = 'A fact whose only source is missing.';
    first.sourceIds = ['un-2087'];
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    const facts$ = panel(page).getByRole('region', { name: 'Facts' });
    await expect(facts$).toContainText(stringAt(second, 'text').slice(0, 60));
    await expect(page.getByText('A fact whose only source is missing.')).toHaveCount(0);
    await expectMarkersOnTheirDays(page, LAUNCHES);
    await expectNote(page, PROBLEMS_ONLY, ['launches[3].facts[0].sourceIds[0]: unknown source "un-2087"', 'launches[3].facts[0]: no known source left; fact not shown']);
  });

  test('a fact citing one unknown and one known source is shown with the known one', async ({ page }) => {
    const data = baseDataset();
    const facts = at(data.launches, 3).facts;
    const first = Array.isArray(facts) ? (facts[0] as JsonRecord | undefined) : undefined;
    if (!first) throw new Error('fixture: facts');
    first.text = 'A fact with one good and one missing source.';
    first.sourceIds = ['un-2087', firstCited(at(data.launches, 3), 'summary')];
    await serveJson(page, data);
    await open(page, `launch=${TARGET.id}`);
    await expect(panel(page).getByRole('listitem').filter({ hasText: 'A fact with one good and one missing source.' }).getByRole('link', { name: /^\[\d+\]$/ })).toHaveCount(1);
    await expectNote(page, PROBLEMS_ONLY, ['launches[3].facts[0].sourceIds[0]: unknown source "un-2087"']);
  });

  test('a launch whose vehicle cites only unknown sources is skipped; the others stay on their days', async ({ page }) => {
    const data = baseDataset();
    child(at(data.launches, 3), 'citations').vehicle = ['no-such-source', 'another-missing-source'];
    await serveJson(page, data);
    await open(page);
    await expectMarkersOnTheirDays(page, allBut(3));
    await expectNote(page, skippedLine([3]), [
      'launches[3].citations.vehicle[0]: unknown source "no-such-source"',
      'launches[3].citations.vehicle: no known source left; record skipped',
    ]);
  });

  test('an orbit citing an unknown source is left out; the launch renders', async ({ page }) => {
    const data = baseDataset();
    const index = data.launches.findIndex((l) => typeof l.orbit === 'object' && l.orbit !== null);
    const launch = launchFacts(index);
    child(at(data.launches, index), 'orbit').sourceIds = ['no-such-source'];
    await serveJson(page, data);
    await open(page, `launch=${launch.id}`);
    await expect(panel(page).getByRole('heading', { level: 2 })).toContainText(launch.payload);
    await expect(panel(page).getByText(/COSPAR/)).toHaveCount(0);
    await expectNote(page, PROBLEMS_ONLY, [`launches[${index}].orbit: no known source left; orbit not shown`]);
  });

  test('a context event citing only an unknown source is skipped; the other events render', async ({ page }) => {
    const data = baseDataset();
    at(data.contextEvents, 0).sourceIds = ['no-such-source'];
    await serveJson(page, data);
    await open(page, 'context=1');
    await expect(page.locator('[data-context-id]')).toHaveCount(data.contextEvents.length - 1);
    await expectMarkersOnTheirDays(page, LAUNCHES);
    await expectNote(page, `1 of ${data.contextEvents.length} context events skipped because of errors in the data file.`, ['contextEvents[0]: no known source left; record skipped']);
  });

  test('a correction about a record that does not exist is skipped and named', async ({ page }) => {
    const data = baseDataset();
    data.corrections = [{ id: 'fix-1', date: '2023-12-01', recordId: 'no-such-record', summary: 'Fixed a date.', reason: 'A typo.' }];
    await serveJson(page, data);
    await open(page);
    await expectMarkersOnTheirDays(page, LAUNCHES);
    await expectNote(page, '1 of 1 corrections skipped because of errors in the data file.', ['corrections[0].recordId: unknown record "no-such-record"; correction skipped']);
  });

  test('responses to a skipped launch are named too, and the other launches keep theirs', async ({ page }) => {
    const data = baseDataset();
    at(data.launches, 3).id = 'Not A Slug';
    const neighbour = launchFacts(4);
    await serveJson(page, data);
    await open(page, `launch=${neighbour.id}`);
    await expect(panel(page).getByRole('region', { name: 'Related condemnations' }).getByRole('listitem').first()).toBeVisible();
    await expectMarkersOnTheirDays(page, allBut(3));
    await expectNote(page, skippedLine([3]), [/^launches\[3\]\.id: must be a slug/, /^condemnations\[\d+\]: no known launch left; record skipped$/]);
  });
});
