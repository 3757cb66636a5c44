// The agent dashboard: Server-Sent Events from /events ("presence" and "metrics" events), no dependencies.
(function () {
  "use strict";
  var MAX_AGENTS = 5000, MAX_POINTS = 30, MAX_FIELD = 200;
  var agents = {};          // userId -> {status, queue, since (ms), sequence}
  var points = [];          // recent handle-time percentiles, oldest first
  var metricsSeen = 0;
  var lastEventId = null;
  var source = null, retryTimer = null;
  var connection = document.getElementById("connection");

  function text(value) {
    var s = value === null || value === undefined ? "" : String(value);
    return s.length > MAX_FIELD ? s.slice(0, MAX_FIELD) + "…" : s;
  }

  function setState(state, label) {
    connection.setAttribute("data-state", state);
    connection.textContent = label;
  }

  function connect() {
    retryTimer = null;
    setState(lastEventId === null ? "connecting" : "reconnecting",
        lastEventId === null ? "connecting…" : "reconnecting…");
    // EventSource resends Last-Event-ID by itself; after a failed attempt we open a new one and pass it along
    // the first connection asks for the replay buffer (id 0), so a page opened late still shows every recent agent
    var url = "events?lastEventId=" + encodeURIComponent(lastEventId === null ? "0" : lastEventId);
    source = new EventSource(url);
    source.onopen = function () { setState("live", "live"); };
    source.onerror = function () {
      if (source.readyState === EventSource.CLOSED) {
        source.close();
        if (retryTimer === null) { retryTimer = setTimeout(connect, 1000); }
      }
      setState("reconnecting", "reconnecting…");
    };
    source.addEventListener("presence", function (e) { remember(e); onPresence(JSON.parse(e.data)); });
    source.addEventListener("metrics", function (e) { remember(e); onMetrics(JSON.parse(e.data)); });
  }

  function remember(e) {
    if (e.lastEventId) { lastEventId = e.lastEventId; }
  }

  function onPresence(p) {
    if (!p || typeof p.userId !== "string") { return; }
    var fields = p.fields || {};
    var known = agents[p.userId];
    if (!known && Object.keys(agents).length >= MAX_AGENTS) { return; }
    if (known && known.sequence >= p.sequence) { return; }
    var status = text(fields.status);
    var at = p.timestamp ? Date.parse(p.timestamp) : Date.now();
    var since = known && known.status === status ? known.since : (isNaN(at) ? Date.now() : Math.min(at, Date.now()));
    agents[p.userId] = {status: status, queue: text(fields.queueName), since: since, sequence: p.sequence,
      changed: !known || known.status !== status};
    renderAgents();
    renderQueues();
  }

  function onMetrics(m) {
    if (!m || !m.handleTime) { return; }
    metricsSeen++;
    points.push({p50: +m.handleTime.p50, p90: +m.handleTime.p90, p95: +m.handleTime.p95});
    if (points.length > MAX_POINTS) { points.shift(); }
    document.getElementById("metrics-count").textContent = metricsSeen;
    renderChart();
  }

  function duration(ms) {
    var s = Math.max(0, Math.floor(ms / 1000));
    var m = Math.floor(s / 60);
    return (m > 0 ? m + "m " : "") + (s % 60) + "s";
  }

  function renderAgents() {
    var body = document.querySelector("#agents tbody");
    var ids = Object.keys(agents).sort(function (a, b) {
      return a.localeCompare(b, undefined, {numeric: true});
    });
    var now = Date.now();
    var rows = document.createDocumentFragment();
    ids.forEach(function (id) {
      var a = agents[id];
      var tr = document.createElement("tr");
      tr.setAttribute("data-agent", id);
      tr.setAttribute("data-status", a.status);
      if (a.changed) { tr.className = "changed"; a.changed = false; }
      [id, a.status, a.queue, duration(now - a.since)].forEach(function (value, i) {
        var td = document.createElement("td");
        td.className = ["agent", "status", "queue", "time"][i];
        td.textContent = value;
        tr.appendChild(td);
      });
      rows.appendChild(tr);
    });
    body.replaceChildren(rows);
    document.getElementById("agent-count").textContent = ids.length;
  }

  function renderQueues() {
    var queues = {};
    Object.keys(agents).forEach(function (id) {
      var a = agents[id], q = queues[a.queue] || (queues[a.queue] = {all: 0, available: 0, inCall: 0});
      q.all++;
      if (a.status === "Available") { q.available++; }
      if (a.status === "InCall") { q.inCall++; }
    });
    var body = document.querySelector("#queues tbody");
    var rows = document.createDocumentFragment();
    Object.keys(queues).sort().forEach(function (name) {
      var tr = document.createElement("tr"), q = queues[name];
      tr.setAttribute("data-queue", name);
      [name, q.all, q.available, q.inCall].forEach(function (value) {
        var td = document.createElement("td");
        td.textContent = value;
        tr.appendChild(td);
      });
      rows.appendChild(tr);
    });
    body.replaceChildren(rows);
  }

  function renderChart() {
    var canvas = document.getElementById("chart"), ctx = canvas.getContext("2d");
    var w = canvas.width, h = canvas.height, pad = 28;
    ctx.clearRect(0, 0, w, h);
    if (points.length === 0) { return; }
    var max = 1;
    points.forEach(function (p) { max = Math.max(max, p.p95, p.p90, p.p50); });
    ctx.strokeStyle = "#d0d7de";
    ctx.fillStyle = "#57606a";
    ctx.font = "11px system-ui, sans-serif";
    [0, 0.5, 1].forEach(function (f) {
      var y = h - pad - f * (h - 2 * pad);
      ctx.beginPath(); ctx.moveTo(pad, y); ctx.lineTo(w - 4, y); ctx.stroke();
      ctx.fillText(Math.round(max * f), 2, y + 4);
    });
    [["p50", "#1a7f37"], ["p90", "#0b5cad"], ["p95", "#cf222e"]].forEach(function (series) {
      ctx.strokeStyle = series[1];
      ctx.lineWidth = 2;
      ctx.beginPath();
      points.forEach(function (p, i) {
        var x = pad + (points.length === 1 ? 0 : i * (w - pad - 8) / (points.length - 1));
        var y = h - pad - (p[series[0]] / max) * (h - 2 * pad);
        if (i === 0) { ctx.moveTo(x, y); } else { ctx.lineTo(x, y); }
      });
      ctx.stroke();
    });
  }

  setInterval(renderAgents, 1000); // time in state ticks
  connect();
})();
