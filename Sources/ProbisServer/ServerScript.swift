/// The page's script: upload, polling, the report table, downloads and the job list. A folder
/// is packed into a stored (uncompressed) ZIP in the browser, so the server takes one kind of
/// upload and checks it one way.
enum ServerScript {
    static let source = #"""
    'use strict';
    const W = T.words, lang = T.language;
    let token = localStorage.getItem('probis-token') || '';
    // The map site's pages link to each other: a cookie carries the token for them.
    function keepToken() { document.cookie = 'probis-token=' + encodeURIComponent(token) + '; path=/api/; SameSite=Strict'; }
    keepToken();
    let timer = null;
    const $ = id => document.getElementById(id);

    function api(path, options) {
      options = options || {};
      options.headers = Object.assign({'X-Probis-Token': token}, options.headers || {});
      return fetch(path + (path.includes('?') ? '&' : '?') + 'lang=' + lang, options);
    }
    function say(text, isError) { $('message').textContent = text || ''; $('message').className = isError ? 'error' : ''; }
    async function refusal(response) {
      if (response.status === 401) $('token').hidden = false;
      try { return (await response.json()).message; } catch (e) { return response.status + ' ' + response.statusText; }
    }
    function el(tag, text, cls) { const e = document.createElement(tag); if (text !== undefined) e.textContent = text; if (cls) e.className = cls; return e; }
    function fileURL(id, name) { return '/api/jobs/' + id + '/files/' + encodeURIComponent(name) + '?lang=' + lang + (token ? '&token=' + encodeURIComponent(token) : ''); }

    const CRC = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
    function crc32(bytes) { let c = 0xFFFFFFFF; for (let i = 0; i < bytes.length; i++) c = CRC[(c ^ bytes[i]) & 0xFF] ^ (c >>> 8); return (c ^ 0xFFFFFFFF) >>> 0; }
    async function zipFiles(items) {
      const parts = [], central = []; let offset = 0;
      for (const item of items) {
        const data = new Uint8Array(await item.file.arrayBuffer());
        const name = new TextEncoder().encode(item.path), crc = crc32(data);
        const local = new DataView(new ArrayBuffer(30));
        local.setUint32(0, 0x04034b50, true); local.setUint16(4, 20, true); local.setUint16(6, 0x0800, true);
        local.setUint16(12, 0x21, true); local.setUint32(14, crc, true); local.setUint32(18, data.length, true);
        local.setUint32(22, data.length, true); local.setUint16(26, name.length, true);
        parts.push(local, name, data);
        const c = new DataView(new ArrayBuffer(46));
        c.setUint32(0, 0x02014b50, true); c.setUint16(4, 20, true); c.setUint16(6, 20, true); c.setUint16(8, 0x0800, true);
        c.setUint16(14, 0x21, true); c.setUint32(16, crc, true); c.setUint32(20, data.length, true); c.setUint32(24, data.length, true);
        c.setUint16(28, name.length, true); c.setUint32(42, offset, true);
        central.push(c, name);
        offset += 30 + name.length + data.length;
      }
      const size = central.reduce((s, p) => s + p.byteLength, 0);
      const end = new DataView(new ArrayBuffer(22));
      end.setUint32(0, 0x06054b50, true); end.setUint16(8, items.length, true); end.setUint16(10, items.length, true);
      end.setUint32(12, size, true); end.setUint32(16, offset, true);
      return new Blob([...parts, ...central, end], {type: 'application/zip'});
    }
    async function walk(entry, prefix, out) {
      if (entry.isFile) {
        out.push({path: prefix + entry.name, file: await new Promise((ok, fail) => entry.file(ok, fail))});
      } else if (entry.isDirectory) {
        const reader = entry.createReader(); let batch;
        do {
          batch = await new Promise((ok, fail) => reader.readEntries(ok, fail));
          for (const child of batch) await walk(child, prefix + entry.name + '/', out);
        } while (batch.length);
      }
    }

    async function upload(blob, name) {
      say(W.uploading);
      const response = await api('/api/jobs?name=' + encodeURIComponent(name), {method: 'POST', body: blob, headers: {'Content-Type': 'application/zip'}});
      if (!response.ok) { say(await refusal(response), true); return; }
      const job = await response.json();
      say('');
      watch(job.id);
      listJobs();
    }
    async function uploadFolder(items, name) {
      if (!items.length) return;
      say(W.building);
      upload(await zipFiles(items), name + '.zip');
    }

    function watch(id) {
      clearTimeout(timer);
      $('job').hidden = false; $('report').textContent = ''; $('downloads').textContent = ''; $('summary').textContent = '';
      $('fix-changes').textContent = ''; $('fix-summary').textContent = ''; $('fix-apply').hidden = true;
      const poll = async () => {
        const response = await api('/api/jobs/' + id);
        if (!response.ok) { say(await refusal(response), true); return; }
        const job = await response.json();
        show(job);
        if (job.state === 'queued' || job.state === 'running') timer = setTimeout(poll, 700); else listJobs();
      };
      poll();
    }
    function show(job) {
      $('job').dataset.state = job.state; $('job').dataset.id = job.id;
      $('job-title').textContent = job.label + ' — ' + W[job.state];
      $('bar').max = job.total || 1; $('bar').value = job.state === 'done' ? (job.total || 1) : job.done;
      $('stage').textContent = job.stage || (job.total ? job.done + ' / ' + job.total : '');
      if (job.state === 'failed') say(job.error, true);
      if (job.state !== 'done') return;
      const s = job.summary;
      const counts = [s.regions, s.submissions, s.errors, s.warnings];
      $('summary').textContent = W.summary.split(', ').map((word, i) => counts[i] + ' ' + word).join(' · ');
      const list = $('downloads'); list.textContent = '';
      const labels = {rekap: W.rekap, regional: W.regional, validated: W.validated, database: W.database, report: W.jsonReport, fixed: W.fixed};
      for (const d of job.downloads) {
        const li = el('li'); const a = el('a', d.name, 'download'); a.href = fileURL(job.id, d.name); a.dataset.kind = d.kind;
        li.append(a, ' — ' + labels[d.kind] + ' (' + Math.max(1, Math.round(d.bytes / 1024)) + ' KiB)'); list.append(li);
      }
      if (job.validated && job.validated.length) {
        const li = el('li'); const details = el('details'); details.append(el('summary', W.perOPD + ' (' + job.validated.length + ')'));
        for (const path of job.validated) {
          const a = el('a', path, 'validated'); a.href = '/api/jobs/' + job.id + '/validated/' + path.split('/').map(encodeURIComponent).join('/');
          details.append(el('div')); details.lastChild.append(a);
        }
        li.append(details); list.append(li);
      }
      if (job.peta) {
        const li = el('li'); const a = el('a', W.maps, 'maps'); a.id = 'maps-link'; a.target = '_blank';
        a.href = '/api/jobs/' + job.id + '/peta/' + job.peta.split('/').map(encodeURIComponent).join('/');
        li.append(a); list.prepend(li);
      }
      const report = job.downloads.find(d => d.kind === 'report');
      if (report) loadReport(job.id, report.name);
    }
    async function runFix(dry) {
      const id = $('job').dataset.id;
      $('fix-summary').textContent = '…';
      const response = await api('/api/jobs/' + id + '/fix' + (dry ? '?dry=1' : ''), {method: 'POST'});
      if (!response.ok) { $('fix-summary').textContent = ''; say(await refusal(response), true); return; }
      const result = await response.json();
      $('fix-summary').textContent = result.changes.length + ' ' + W.changes + ', ' + result.errorsLeft + ' ' + W.errorsLeft;
      $('fix-apply').hidden = !dry || !result.changes.length;
      const box = $('fix-changes'); box.textContent = '';
      if (!result.changes.length) { box.append(el('p', W.noChanges)); return; }
      const table = el('table'); table.id = 'fix-table';
      const head = el('tr'); for (const h of [W.files, W.cell, W.old, W.new, W.rule]) head.append(el('th', h));
      table.append(head);
      for (const c of result.changes) {
        const row = el('tr');
        row.append(el('td', c.file), el('td', (c.sheet ? c.sheet + '!' : '') + c.cell), el('td', c.old), el('td', c.new), el('td', c.rule));
        table.append(row);
      }
      box.append(table);
      if (!dry) { const r = await api('/api/jobs/' + id); if (r.ok) show(await r.json()); }
    }

    async function loadReport(id, name) {
      const response = await fetch(fileURL(id, name));
      if (!response.ok) { say(await refusal(response), true); return; }
      const data = await response.json();
      const table = el('table'); table.id = 'report-table';
      const head = el('tr'); for (const h of [W.region, W.opd, W.status, W.errors, W.warnings, W.findings]) head.append(el('th', h));
      table.append(head);
      for (const s of data.submissions) {
        const row = el('tr');
        const errors = s.findings.filter(f => f.severity === 'error').length, warnings = s.findings.filter(f => f.severity === 'warning').length;
        row.append(el('td', s.region), el('td', s.opd), el('td', T.statuses[s.status] || s.status, 's-' + s.status), el('td', String(errors)), el('td', String(warnings)));
        const cell = el('td');
        if (!s.findings.length) cell.textContent = W.noFindings;
        else {
          const details = el('details'); details.append(el('summary', s.findings.length + ' ' + W.findings.toLowerCase()));
          for (const f of s.findings.slice(0, 300)) {
            const place = [f.sheet, f.cell].filter(Boolean).join('!');
            details.append(el('div', (T.severities[f.severity] || f.severity) + (place ? ' · ' + place : '') + ' · ' + f.message, 'finding'));
          }
          cell.append(details);
        }
        row.append(cell); table.append(row);
      }
      $('report').textContent = ''; $('report').append(table);
    }

    async function listJobs() {
      const response = await api('/api/jobs');
      if (!response.ok) { if (response.status === 401) $('token').hidden = false; return; }
      const body = $('jobs').querySelector('tbody'); body.textContent = '';
      const jobs = await response.json();
      if (!jobs.length) { const row = el('tr'); const cell = el('td', W.noJobs); cell.colSpan = 4; row.append(cell); body.append(row); }
      for (const job of jobs) {
        const row = el('tr'); row.dataset.id = job.id;
        const open = el('button', W.open); open.onclick = () => watch(job.id);
        const remove = el('button', W.delete); remove.onclick = async () => {
          const r = await api('/api/jobs/' + job.id, {method: 'DELETE'});
          if (!r.ok) say(await refusal(r), true);
          listJobs();
        };
        const actions = el('td'); actions.append(open, ' ', remove);
        row.append(el('td', new Date(job.created).toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID') + ' — ' + job.label), el('td', String(job.files)), el('td', W[job.state]), actions);
        body.append(row);
      }
    }

    async function init() {
      const config = await (await fetch('/api/text?lang=' + lang)).json();
      if (config.tokenRequired && !token) $('token').hidden = false;
      $('fix-preview').onclick = () => runFix(true);
      $('fix-apply').onclick = () => runFix(false);
      $('template').onsubmit = () => { $('template-token').value = token; };
      $('token-save').onclick = () => { token = $('token-input').value; localStorage.setItem('probis-token', token); keepToken(); $('token').hidden = true; listJobs(); };
      $('zip-input').onchange = e => { const f = e.target.files[0]; if (f) upload(f, f.name); e.target.value = ''; };
      $('folder-input').onchange = e => {
        const files = [...e.target.files].map(f => ({path: f.webkitRelativePath || f.name, file: f}));
        const top = files.length ? files[0].path.split('/')[0] : 'folder';
        uploadFolder(files, top); e.target.value = '';
      };
      const drop = $('drop');
      drop.addEventListener('dragover', e => { e.preventDefault(); drop.classList.add('over'); });
      drop.addEventListener('dragleave', () => drop.classList.remove('over'));
      drop.addEventListener('drop', async e => {
        e.preventDefault(); drop.classList.remove('over');
        const entries = [...e.dataTransfer.items].map(i => i.webkitGetAsEntry && i.webkitGetAsEntry()).filter(Boolean);
        const files = [...e.dataTransfer.files];
        if (entries.length === 1 && entries[0].isFile && entries[0].name.toLowerCase().endsWith('.zip')) { upload(files[0], files[0].name); return; }
        const items = []; for (const entry of entries) await walk(entry, '', items);
        uploadFolder(items, entries.length === 1 ? entries[0].name : 'folder');
      });
      listJobs();
    }
    init();
    """#
}
