// sandi-acceptor demo site: the pages that wait for the app update themselves by polling a status
// endpoint every 0.5 s (no manual refresh). No inline script: the CSP allows only this file.
'use strict';
(function () {
  const page = document.body.dataset.page;
  const live = document.getElementById('live');
  const left = document.getElementById('left');
  const again = document.getElementById('again');
  const url = page === 'acceptor' ? '/acceptor/status' : page === 'aktivasi' ? '/aktivasi/status' : null;
  if (!url || !live) return;
  let stopped = false;

  function show(text, kind) {
    live.hidden = false;
    live.className = 'msg msg-' + kind;
    live.textContent = text;
  }

  function finish(data) {
    stopped = true;
    if (data.redirect) {
      show(data.message || '', 'ok');
      // Nothing left to type: the form and its "atau" go, the message stays in view.
      for (const id of ['codeform', 'or']) {
        const el = document.getElementById(id);
        if (el) el.hidden = true;
      }
      setTimeout(function () { window.location.assign(data.redirect); }, 1500);
      return;
    }
    show(data.message || '', 'error');
    const number = document.getElementById('number');
    if (number) number.classList.add('done');
    if (again) again.hidden = false;
  }

  async function tick() {
    if (stopped) return;
    try {
      const response = await fetch(url, { credentials: 'same-origin', cache: 'no-store' });
      if (response.ok) {
        const data = await response.json();
        if (data.state === 'approved' || data.state === 'active' || data.state === 'denied' ||
            data.state === 'expired' || data.state === 'wrong-number') {
          finish(data);
          return;
        }
        if (left && typeof data.left === 'number') left.textContent = String(data.left);
      }
    } catch (e) {
      // The server restarted or the network blinked: keep trying at the same pace.
    }
    setTimeout(tick, 500);
  }
  setTimeout(tick, 500);
})();
