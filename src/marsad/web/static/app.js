// marsad web page: plain DOM; every piece of article text is set with textContent, never parsed as HTML.
"use strict";

const I18N = {
  en: {title: "marsad — political events", dyad: "Dyad", since: "Since", show: "Show", search: "Search",
       find: "Find", chart: "Events per month", network: "Who met whom", events: "Events", date: "Date",
       type: "Type", who: "Actors", where: "Place", status: "Status", sources: "Sources",
       evidence: "Article and evidence", entity: "Entity", results: "Search results"},
  ar: {title: "مرصد — الأحداث السياسية", dyad: "الثنائي", since: "منذ", show: "اعرض", search: "بحث",
       find: "ابحث", chart: "الأحداث شهريًا", network: "من التقى من", events: "الأحداث", date: "التاريخ",
       type: "النوع", who: "الأطراف", where: "المكان", status: "الحالة", sources: "المصادر",
       evidence: "النص والدليل", entity: "الكيان", results: "نتائج البحث"},
};
let lang = "ar";

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

async function getJSON(url) {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${r.status}: ${(await r.text()).slice(0, 200)}`);
  return r.json();
}

function setStatus(msg) { document.getElementById("status").textContent = msg; }

function applyLang() {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  document.querySelectorAll("[data-i18n]").forEach(n => { n.textContent = I18N[lang][n.dataset.i18n]; });
  document.getElementById("lang").textContent = lang === "ar" ? "English" : "العربية";
}

function actorsCell(ev) {
  const td = el("td");
  const all = ev.source.map(a => [a, "src"]).concat(ev.target.map(a => [a, "tgt"]));
  all.forEach(([a, side], i) => {
    if (i > 0) td.append(document.createTextNode(side === "tgt" && all[i - 1][1] === "src" ? " → " : ", "));
    const s = el("span", a.name_en + (a.country && a.kind !== "country" ? ` (${a.country})` : ""), "actor");
    s.addEventListener("click", e => { e.stopPropagation(); showEntity(a.id); });
    td.append(s);
  });
  return td;
}

async function loadDyad() {
  const dyad = document.getElementById("dyad").value.trim();
  const since = document.getElementById("since").value.trim();
  const qs = new URLSearchParams({dyad});
  if (since) qs.set("since", since);
  try {
    const [tl, evs] = await Promise.all([getJSON(`/api/timeline?${qs}`), getJSON(`/api/events?${qs}&limit=500`)]);
    Plotly.newPlot("chart", tl.figure.data, tl.figure.layout, {displayModeBar: false, responsive: true});
    const img = el("img");
    img.src = `/api/network.svg?dyad=${encodeURIComponent(dyad)}`;
    img.alt = "network";
    const net = document.getElementById("network");
    net.replaceChildren(img);
    const tbody = document.querySelector("#events tbody");
    tbody.replaceChildren();
    evs.items.forEach(ev => {
      const tr = el("tr");
      tr.dataset.id = ev.id;
      tr.append(el("td", ev.date || "—"), el("td", ev.type + (ev.mode ? "/" + ev.mode : "")), actorsCell(ev),
                el("td", ev.location ? ev.location.name_en : "—"), el("td", ev.status, "status-" + ev.status),
                el("td", ev.sources_total));
      tr.addEventListener("click", () => showEvent(ev.id));
      tbody.append(tr);
    });
    setStatus(`${evs.count} events`);
  } catch (err) { setStatus(String(err)); }
}

async function showEvent(id) {
  const ev = await getJSON(`/api/events/${encodeURIComponent(id)}`);
  const src = ev.sources[0];
  const art = await getJSON(`/api/articles/${encodeURIComponent(src.article_id)}`);
  const head = document.getElementById("detail-head");
  head.replaceChildren(el("p", `${ev.date || ""} · ${ev.type} · ${ev.status} · ${ev.merge_reason}`),
                       el("p", [src.outlet, src.published, src.url].filter(Boolean).join(" · ")));
  // highlight the evidence spans by slicing the text (offsets index the original text)
  const spans = src.evidence.slice().sort((a, b) => a.start - b.start);
  const box = document.getElementById("article");
  box.replaceChildren();
  let pos = 0;
  spans.forEach(s => {
    if (s.start < pos) return;
    box.append(document.createTextNode(art.text.slice(pos, s.start)));
    box.append(el("mark", art.text.slice(s.start, s.end)));
    pos = s.end;
  });
  box.append(document.createTextNode(art.text.slice(pos)));
  document.getElementById("detail").hidden = false;
  const first = box.querySelector("mark");
  if (first) first.scrollIntoView({block: "center"});
}

async function showEntity(id) {
  const e = await getJSON(`/api/entities/${encodeURIComponent(id)}`);
  const body = document.getElementById("entity-body");
  body.replaceChildren(el("h3", `${e.name_en} · ${e.name_ar || ""} (${e.type}, ${e.country || "—"})`));
  body.append(el("p", "spellings: " + e.spellings_seen.map(s => `${s.surface} ×${s.n}`).join(" / ")));
  const ul = el("ul");
  e.positions.forEach(p => ul.append(el("li", `${p.title_en || p.office}: ${p.start || "?"} – ${p.end || "now"}`)));
  body.append(ul);
  body.append(el("p", `${e.events.length} events`));
  document.getElementById("entity").hidden = false;
}

async function search() {
  const q = document.getElementById("q").value.trim();
  if (q.length < 2) return;
  const res = await getJSON(`/api/search?q=${encodeURIComponent(q)}`);
  const ul = document.getElementById("result-list");
  ul.replaceChildren(...res.items.map(r => el("li", `${r.published || ""} ${r.title || r.ext_id}: …${r.snippet}…`)));
  document.getElementById("results").hidden = false;
}

document.getElementById("show").addEventListener("click", loadDyad);
document.getElementById("go").addEventListener("click", search);
document.getElementById("lang").addEventListener("click", () => { lang = lang === "ar" ? "en" : "ar"; applyLang(); });
applyLang();
loadDyad();
