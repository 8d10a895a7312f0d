// The dataset as TimelineJS 3 events: one event per launch, no media, its id as unique_id
// (so the slide's element id and the marker's `<id>-marker` id are the launch id).
/* global TL, loadDataset, showFailure */
function toTimelineJs(dataset) {
  return {
    title: { text: { headline: dataset.title, text: '' } },
    events: dataset.launches.map((launch) => {
      const at = new Date(launch.launchedAt);
      return {
        unique_id: launch.id,
        start_date: {
          year: at.getUTCFullYear(),
          month: at.getUTCMonth() + 1,
          day: at.getUTCDate(),
          hour: at.getUTCHours(),
          minute: at.getUTCMinutes(),
        },
        text: { headline: launch.payload, text: `${launch.outcomeSummary}. ${launch.summary}` },
      };
    }),
  };
}

loadDataset()
  .then((dataset) => {
    window.benchTimeline = new TL.Timeline('timeline', toTimelineJs(dataset), {
      // Local assets only: the default script_path is Knight Lab's CDN (locale and font files),
      // and the default font CSS pulls Google Fonts. English is built in, so nothing is fetched.
      script_path: '/peers/lib/timelinejs/js/',
      font: null,
      hash_bookmark: false,
      ga_measurement_id: null,
    });
  })
  .catch(showFailure);
