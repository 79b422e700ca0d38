'use strict';
// The leadflow live dashboard. Plain JavaScript, no build step. Every call to the API carries the user's token in
// the Authorization header; the token comes from the URL fragment (#token=..., which browsers never send to a
// server) or the token field, and stays in this tab's sessionStorage.
(function () {
  const LIVE_CAP = 200;
  const REFRESH_MS = 5000;
  const TOKEN_KEY = 'leadflow.token';

  const $ = (id) => document.getElementById(id);
  let token = null;
  let liveRows = 0;
  const shown = new Set();
  let pending = [];
  let flushScheduled = false;
  let arrivals = [];
  let waits = [];

  // ---- token ------------------------------------------------------------------------------------------------
  function takeToken() {
    const fragment = new URLSearchParams(location.hash.slice(1));
    if (fragment.get('token')) {
      sessionStorage.setItem(TOKEN_KEY, fragment.get('token'));
      history.replaceState(null, '', location.pathname + location.search);
    }
    token = sessionStorage.getItem(TOKEN_KEY);
    $('token-bar').hidden = !!token;
  }

  function askForToken(message) {
    sessionStorage.removeItem(TOKEN_KEY);
    token = null;
    $('token-message').textContent = message || '';
    $('token-bar').hidden = false;
  }

  async function api(path, options) {
    if (!token) {
      throw new Error('no token');
    }
    const headers = Object.assign({ Accept: 'application/json' }, (options || {}).headers,
        { Authorization: 'Bearer ' + token });
    const response = await fetch(path, Object.assign({}, options, { headers }));
    if (response.status === 401) {
      const problem = await response.json().catch(() => ({}));
      askForToken(problem.detail || 'The token was refused.');
      throw new Error('not authenticated');
    }
    return response;
  }

  // ---- helpers ----------------------------------------------------------------------------------------------
  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function time(iso) {
    return new Date(iso).toLocaleTimeString([],
        { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23' });
  }

  function ownerName(owner, otherwise) {
    return owner ? owner.name || owner.id : otherwise;
  }

  /** ROUND_ROBIN reads as "round robin". */
  function words(symbol) {
    return (symbol || '').replace(/_/g, ' ').toLowerCase();
  }

  function duration(millis) {
    if (millis === null || millis === undefined) return '–';
    const seconds = Math.round(millis / 1000);
    if (seconds < 60) return seconds + ' s';
    const minutes = Math.floor(seconds / 60);
    if (minutes < 60) return minutes + ' m ' + (seconds % 60) + ' s';
    return Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' m';
  }

  function toast(message, error) {
    const node = $('toast');
    node.textContent = message;
    node.className = 'toast' + (error ? ' error' : '');
    node.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { node.hidden = true; }, 5000);
  }

  function fill(listId, emptyId, nodes) {
    $(listId).replaceChildren(...nodes);
    $(emptyId).hidden = nodes.length > 0;
  }

  // ---- live assignments: rendered in one frame per burst, the list capped ------------------------------------
  function row(assignment, fresh) {
    const tr = el('tr', fresh ? 'fresh' : '');
    tr.dataset.eventId = assignment.eventId;
    tr.dataset.leadId = assignment.leadId;
    tr.append(el('td', 'time', time(assignment.assignedAt)));
    const lead = el('td', 'lead', assignment.lead || assignment.leadId);
    lead.append(el('span', 'id', assignment.leadId));
    tr.append(lead);
    const owner = el('td', 'owner', assignment.owner);
    if (assignment.acknowledged) {
      owner.append(el('span', 'acknowledged', ' ✓'));
      owner.title = 'acknowledged the offer';
    }
    tr.append(owner);
    const method = el('td');
    method.append(el('span', 'badge ' + assignment.method, words(assignment.method)));
    tr.append(method);
    tr.append(el('td', 'rule', assignment.rule || '–'));
    const why = el('td', 'why', assignment.reason);
    why.title = assignment.reason;
    tr.append(why);
    return tr;
  }

  function addLive(assignments) {
    pending.push(...assignments);
    if (!flushScheduled) {
      flushScheduled = true;
      requestAnimationFrame(flush);
    }
  }

  function flush() {
    flushScheduled = false;
    // The stream and the first overview can both bring an assignment: each is shown once.
    const batch = pending.slice(-LIVE_CAP).filter((assignment) => !shown.has(assignment.eventId));
    pending = [];
    const fragment = document.createDocumentFragment();
    for (let i = batch.length - 1; i >= 0; i--) {
      fragment.append(row(batch[i], true));
      shown.add(batch[i].eventId);
    }
    const list = $('live-list');
    list.prepend(fragment);
    liveRows += batch.length;
    while (liveRows > LIVE_CAP) {
      shown.delete(list.lastElementChild.dataset.eventId);
      list.lastElementChild.remove();
      liveRows--;
    }
    $('live-empty').hidden = liveRows > 0;
  }

  // The day's latest assignments when the page opens: older than anything the stream brought meanwhile, so below it.
  function addOlder(assignments) {
    const fragment = document.createDocumentFragment();
    assignments.filter((assignment) => !shown.has(assignment.eventId)).slice(0, LIVE_CAP - liveRows)
        .forEach((assignment) => {
          fragment.append(row(assignment, false));
          shown.add(assignment.eventId);
          liveRows++;
        });
    $('live-list').append(fragment);
    $('live-empty').hidden = liveRows > 0;
  }

  function countArrivals(count) {
    const now = Date.now();
    for (let i = 0; i < count; i++) arrivals.push(now);
    arrivals = arrivals.filter((at) => now - at < 60000);
    $('rate').textContent = arrivals.length;
  }

  // Server-sent events over fetch: EventSource cannot send the Authorization header.
  async function live() {
    while (true) {
      if (token) {
        try {
          const response = await api('/api/live', { cache: 'no-store', headers: { Accept: 'text/event-stream' } });
          if (response.ok) {
            setStatus(true);
            await readEvents(response.body.getReader());
          }
        } catch (e) {
          // Dropped, refused or offline: shown as offline, and tried again below.
        }
      }
      setStatus(false);
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }

  async function readEvents(reader) {
    const decoder = new TextDecoder();
    let buffer = '';
    while (true) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let name = 'message';
        const data = [];
        frame.split('\n').forEach((line) => {
          if (line.startsWith('event:')) name = line.slice(6).trim();
          else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
        });
        if (name === 'assignments' && data.length) {
          const assignments = JSON.parse(data.join('\n'));
          addLive(assignments);
          countArrivals(assignments.length);
          $('assigned-today').textContent = Number($('assigned-today').textContent || 0) + assignments.length;
        }
      }
    }
  }

  function setStatus(online) {
    const status = $('live-status');
    status.className = 'status ' + (online ? 'online' : 'offline');
    status.textContent = online ? 'live' : 'offline';
  }

  // ---- the day's numbers ------------------------------------------------------------------------------------
  async function refreshOverview(first) {
    const overview = await (await api('/api/overview')).json();
    $('assigned-today').textContent = overview.assignedToday;
    if (first) {
      addOlder(overview.recent);
      const minuteAgo = Date.now() - 60000;
      arrivals = overview.recent.map((a) => new Date(a.assignedAt).getTime()).filter((at) => at > minuteAgo);
      countArrivals(0);
    }
    fill('reps', 'reps-empty', overview.reps.map((rep) => {
      const tr = el('tr');
      tr.append(el('td', '', rep.name), el('td', '', rep.assigned), el('td', '', rep.open),
          el('td', rep.acknowledged ? 'acknowledged' : '', rep.acknowledged),
          el('td', rep.ignored ? 'ignored' : '', rep.ignored), el('td', '', duration(rep.averageTimeToAssignMillis)));
      return tr;
    }));
    fill('dead-letters', 'dead-letters-empty', overview.deadLetters.map((letter) => {
      const li = el('li');
      const main = el('div', 'main');
      main.append(el('div', 'title', letter.topic),
          el('div', 'sub', 'latest ' + time(letter.lastAt) + ': ' + letter.lastReason));
      li.append(main, el('span', 'pill', letter.count));
      return li;
    }));
  }

  async function refreshRules() {
    const rules = await (await api('/api/rules')).json();
    fill('rules', 'rules-empty', rules.map((rule) => {
      const box = el('div', 'rule');
      const head = el('div', 'rule-head');
      head.append(el('span', 'rule-name', rule.rule));
      if (rule.method) head.append(el('span', 'badge ' + rule.method, words(rule.method)));
      box.append(head);
      const most = Math.max(1, ...rule.members.map((member) => member.assignedToday));
      rule.members.forEach((member) => {
        const line = el('div', 'member' + (rule.next && rule.next.id === member.id ? ' next' : ''));
        const bar = el('div', 'bar');
        const fillBar = el('span');
        fillBar.style.width = (100 * member.assignedToday / most) + '%';
        bar.append(fillBar);
        const count = el('span', 'count', member.assignedToday);
        count.title = member.total === null ? 'today' : 'today; ' + member.total + ' since the rule began';
        line.append(el('span', 'name', member.name), bar, count);
        box.append(line);
      });
      if (rule.note) box.append(el('div', 'rule-note', rule.note));
      return box;
    }));
  }

  async function refreshHopper() {
    const response = await api('/api/hopper?limit=50');
    const leads = response.ok ? await response.json() : [];
    $('hopper-count').textContent = leads.length;
    fill('hopper', 'hopper-empty', leads.map((lead) => {
      const li = el('li');
      const main = el('div', 'main');
      const owner = lead.finalOwner || lead.temporaryOwner;
      main.append(el('div', 'title', lead.leadId),
          el('div', 'sub', 'in the hopper since ' + time(lead.activatedAt)
              + (owner ? ' · with ' + (owner.name || owner.id) : ' · unassigned')));
      const claim = el('button', 'claim', 'Claim');
      claim.dataset.assignmentId = lead.assignmentId;
      claim.addEventListener('click', () => claimLead(lead, claim));
      li.append(main, claim);
      return li;
    }));
  }

  async function claimLead(lead, button) {
    button.disabled = true;
    const response = await api('/api/hopper/' + encodeURIComponent(lead.assignmentId) + '/claim', { method: 'POST' });
    const body = await response.json().catch(() => ({}));
    if (response.ok) {
      toast('Claimed: ' + lead.leadId + ' is now yours (' + ownerName(body.finalOwner, 'you') + ')');
    } else {
      toast('Not claimed: ' + (body.detail || body.title || response.status), true);
    }
    refreshHopper();
  }

  async function refreshWaits() {
    const response = await api('/api/engine-waits?limit=50');
    waits = response.ok ? await response.json() : [];
    $('waits-count').textContent = waits.length;
    fill('waits', 'waits-empty', waits.map((wait) => {
      const li = el('li');
      const main = el('div', 'main');
      main.append(el('div', 'title', wait.leadId), el('div', 'sub', 'parked with ' + ownerName(wait.temporaryOwner, '?')
          + (wait.dueAt ? ' · falls back at ' + time(wait.dueAt) : ' · no timeout')));
      const age = el('span', 'age');
      age.dataset.since = wait.parkedSince;
      li.append(main, age);
      return li;
    }));
    tickAges();
  }

  function tickAges() {
    document.querySelectorAll('.age[data-since]').forEach((node) => {
      const millis = Date.now() - new Date(node.dataset.since).getTime();
      node.textContent = duration(millis);
      node.classList.toggle('old', millis > 10 * 60000);
    });
  }

  // ---- the drawer: an explanation, or a lead's journey ----------------------------------------------------
  function openDrawer(title, nodes) {
    $('drawer-title').textContent = title;
    $('drawer-body').replaceChildren(...nodes);
    $('drawer').hidden = false;
  }

  function facts(pairs) {
    const dl = el('dl', 'facts');
    pairs.filter((pair) => pair[1] !== null && pair[1] !== undefined && pair[1] !== '').forEach(([name, value]) => {
      dl.append(el('dt', '', name), el('dd', '', value));
    });
    return dl;
  }

  async function explain(eventId) {
    const response = await api('/api/assignments/' + encodeURIComponent(eventId));
    if (!response.ok) {
      toast('This assignment is no longer kept; search its lead for the journey.', true);
      return;
    }
    const detail = await response.json();
    const a = detail.assignment;
    const x = detail.explanation;
    const nodes = [facts([['Lead', (a.lead ? a.lead + ' · ' : '') + a.leadId],
        ['Owner', a.owner + ' (' + a.ownerId + ')'],
        ['Method', a.method], ['Assignment rule', x.assignmentRule], ['Distribution rule', x.distributionRule],
        ['Configuration', x.configurationVersion === null ? null : 'version ' + x.configurationVersion],
        ['Time to assign', duration(a.timeToAssignMillis)], ['Offer acknowledged', detail.offerId],
        ['Assigned at', new Date(a.assignedAt).toLocaleString()]])];
    nodes.push(el('h3', '', 'Why'), el('p', 'summary', x.summary));
    if (x.steps.length) {
      const steps = el('ol', 'steps');
      x.steps.forEach((step) => steps.append(el('li', '', step)));
      nodes.push(el('h3', '', 'Routing trace'), steps);
    }
    if (x.candidates.length) {
      const table = el('table', 'candidates');
      const head = el('tr');
      ['Member', 'Verdict', 'Detail'].forEach((name) => head.append(el('th', '', name)));
      table.append(head);
      x.candidates.forEach((candidate) => {
        const tr = el('tr');
        const verdict = el('td');
        verdict.append(el('span', 'badge ' + candidate.verdict, candidate.verdict));
        tr.append(el('td', '', candidate.name || candidate.userId), verdict, el('td', '', candidate.detail));
        table.append(tr);
      });
      nodes.push(el('h3', '', 'Members considered'), table);
    }
    const journey = el('button', 'secondary', 'Open the lead\'s journey');
    journey.addEventListener('click', () => showJourney(a.leadId));
    nodes.push(journey);
    openDrawer('Assignment of ' + (a.lead || a.leadId) + ' to ' + a.owner, nodes);
  }

  async function showJourney(leadId) {
    const path = '/api/leads/' + encodeURIComponent(leadId);
    const [journeyAnswer, nowAnswer] = await Promise.all([api(path + '/journey'), api(path + '/assignments')]);
    const journey = await journeyAnswer.json();
    const now = nowAnswer.ok ? await nowAnswer.json() : [];
    const nodes = [];
    if (now.length) {
      const list = el('ul', 'items');
      now.forEach((assignment) => {
        const owner = assignment.finalOwner || assignment.temporaryOwner;
        const li = el('li');
        const main = el('div', 'main');
        main.append(el('div', 'title', assignment.state + (owner ? ' · ' + (owner.name || owner.id) : '')
            + (assignment.method ? ' · ' + assignment.method : '')), el('div', 'sub', assignment.reason || ''));
        li.append(main);
        list.append(li);
      });
      nodes.push(el('h3', '', 'Now, as assignment-service sees it'), list);
    }
    if (!journey.events.length) {
      nodes.push(el('p', 'empty', 'No event of this lead since the start of today. '
          + 'For older leads: java -jar launcher/target/leadflow-launcher.jar --journey ' + leadId));
      openDrawer('Journey of ' + leadId, nodes);
      return;
    }
    const list = el('ol', 'timeline');
    journey.events.forEach((event) => {
      const li = el('li');
      li.append(el('div', 'when', time(event.at) + ' · '), el('div', '', event.summary));
      li.firstChild.append(el('span', 'topic', event.topic), document.createTextNode(' by ' + event.writer));
      if (event.details.length) {
        const details = el('ul');
        event.details.forEach((line) => details.append(el('li', '', line)));
        li.append(details);
      }
      list.append(li);
    });
    nodes.push(el('h3', '', 'What happened, in time order'), list);
    openDrawer('Journey of ' + leadId, nodes);
  }

  // ---- wiring -------------------------------------------------------------------------------------------------
  function refreshAll(first) {
    if (!token) return;
    Promise.allSettled([refreshOverview(first), refreshRules(), refreshHopper(), refreshWaits()]);
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('live-cap').textContent = LIVE_CAP;
    takeToken();
    // A new link with a token (another user, a fresh token) replaces the one in use.
    window.addEventListener('hashchange', () => {
      if (new URLSearchParams(location.hash.slice(1)).get('token')) {
        takeToken();
        refreshAll(false);
      }
    });
    $('token-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const value = $('token-input').value.trim().replace(/^Bearer\s+/i, '');
      if (value) {
        sessionStorage.setItem(TOKEN_KEY, value);
        $('token-input').value = '';
        takeToken();
        $('live-list').replaceChildren();
        shown.clear();
        liveRows = 0;
        refreshAll(true);
      }
    });
    $('search').addEventListener('submit', (event) => {
      event.preventDefault();
      const leadId = $('search-lead').value.trim();
      if (leadId) showJourney(leadId);
    });
    $('live-list').addEventListener('click', (event) => {
      const tr = event.target.closest('tr');
      if (tr) explain(tr.dataset.eventId);
    });
    $('drawer-close').addEventListener('click', () => { $('drawer').hidden = true; });
    $('drawer').addEventListener('click', (event) => { if (event.target === $('drawer')) $('drawer').hidden = true; });
    document.addEventListener('keydown', (event) => { if (event.key === 'Escape') $('drawer').hidden = true; });
    refreshAll(true);
    setInterval(() => refreshAll(false), REFRESH_MS);
    setInterval(tickAges, 1000);
    live();
  });
})();
