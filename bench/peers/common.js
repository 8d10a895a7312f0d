// Shared by the peer pages: loads the same dataset file the app loads (`?data=<name>` →
// /data/<name>.json, same name rule), without the app's validation: the peers get the records
// as they are and only convert them to their own formats.
async function loadDataset() {
  const name = new URLSearchParams(location.search).get('data') ?? 'launches';
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(name)) throw new Error(`bad dataset name ${name}`);
  const response = await fetch(`/data/${name}.json`);
  if (!response.ok) throw new Error(`/data/${name}.json answered ${response.status}`);
  return response.json();
}

function showFailure(error) {
  document.body.dataset.benchError = String(error && error.message ? error.message : error);
  const p = document.createElement('p');
  p.textContent = `Peer page failed: ${document.body.dataset.benchError}`;
  document.body.prepend(p);
}
