// The dataset as vis-timeline DataSet items (one point-in-time box per launch, its id as the
// item id, exposed as data-id), a window on the dataset's range like the app's, and a detail
// section rendered from the 'select' event.
/* global vis, loadDataset, showFailure */
const DAY_MS = 86_400_000;

function toItems(dataset) {
  return dataset.launches.map((launch) => ({
    id: launch.id,
    content: launch.payload,
    start: new Date(launch.launchedAt),
    type: 'box',
    className: `outcome-${launch.outcome}`,
  }));
}

function showDetail(launch) {
  const section = document.getElementById('detail');
  section.querySelector('h2').textContent = launch.payload;
  section.querySelector('.when').textContent = `${launch.launchedAt} · ${launch.vehicle} · ${launch.site.name}`;
  section.querySelector('.what').textContent = `${launch.outcomeSummary}. ${launch.summary}`;
  section.dataset.launchId = launch.id;
  section.hidden = false;
}

loadDataset()
  .then((dataset) => {
    const byId = new Map(dataset.launches.map((l) => [l.id, l]));
    const start = new Date(`${dataset.range.start}T00:00:00Z`);
    const end = new Date(new Date(`${dataset.range.end}T00:00:00Z`).getTime() + DAY_MS);
    const items = new vis.DataSet(toItems(dataset));
    const timeline = new vis.Timeline(document.getElementById('timeline'), items, {
      start,
      end,
      min: start,
      max: end,
      zoomMin: 30 * DAY_MS, // the app's narrowest window
      zoomMax: end.getTime() - start.getTime(),
      maxHeight: 600,
      dataAttributes: ['id'],
    });
    timeline.on('select', ({ items: selected }) => {
      const launch = byId.get(selected[0]);
      if (launch) showDetail(launch);
    });
    window.benchTimeline = timeline;
  })
  .catch(showFailure);
