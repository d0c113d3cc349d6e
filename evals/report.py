"""Write a results document (see :mod:`evals.runner`) to files.

``write_all(results, out_dir)`` writes:

* ``results.json``  -- the full results (stable schema, ``schema_version``);
* ``report.html``   -- one self-contained page (inline SVG charts, no external assets);
* ``summary.md``    -- a Markdown summary;
* ``cases.csv``     -- one row per case and pipeline;
* ``ragas.jsonl``   -- RAGAS-style rows (``user_input``, ``response``,
  ``retrieved_contexts``, ``reference``) for the assistant, and ``ragas-baseline.jsonl``
  when the baseline ran.
"""

from __future__ import annotations

import csv
import html
import json
from pathlib import Path
from typing import Any

from evals.metrics import HEADLINE

FILES = {"json": "results.json", "html": "report.html", "markdown": "summary.md", "csv": "cases.csv",
         "ragas": "ragas.jsonl"}
KIND_ORDER = ("fact", "list", "paraphrase", "refuse", "urgent")
#: Per-kind headline: the metric that decides whether a case of that kind passes.
KIND_METRIC = {"fact": "answer_accuracy", "list": "answer_accuracy", "paraphrase": "answer_accuracy",
               "refuse": "refusal_accuracy", "urgent": "urgent_accuracy"}
CSV_METRICS = ("pass", "answer_correct", "fact_coverage", "fact_recall@1", "fact_recall@3", "fact_recall@5",
               "fact_recall@10", "mrr", "section_hit@k", "document_hit@k", "citation_valid", "refusal_correct",
               "false_refusal", "urgent_correct")


def fmt(value: Any, metric: str = "") -> str:
    """Display a metric value: rates as percentages, latencies in ms, ``-`` for n/a."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "pass" if value else "fail"
    if metric.endswith("_ms"):
        return f"{value:.0f} ms"
    if metric == "mrr":
        return f"{value:.3f}"
    if isinstance(value, float):
        return f"{value * 100:.1f}%"
    return str(value)


def fmt_ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


def pipelines(results: dict[str, Any]) -> list[str]:
    return [p for p in ("assistant", "baseline") if p in results.get("pipelines", {})]


# -- JSON / CSV / JSONL ------------------------------------------------------------------
def write_json(results: dict[str, Any], path: Path) -> Path:
    path.write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def shown_question(row: dict[str, Any]) -> str:
    """The case's question as a reader of a report needs it: a follow-up is shown after the
    earlier questions of its conversation (``after "q1" / "q2": question``)."""
    earlier = row.get("history") or []
    if not earlier:
        return row["question"]
    return "after " + " / ".join(f'"{q}"' for q in earlier) + ": " + row["question"]


def write_csv(results: dict[str, Any], path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["pipeline", "suite", "id", "kind", "tags", "question", "facts", "section", "status",
                    *CSV_METRICS, "missing_facts", "citation_problems", "latency_ms", "n_citations",
                    "top_source", "top_page", "top_section", "error", "answer", "history"])
        for pipe in pipelines(results):
            for r in results["pipelines"][pipe]["cases"]:
                m = r["metrics"]
                top = (r.get("retrieved") or [{}])[0] if r.get("retrieved") else {}
                vals = []
                for key in CSV_METRICS:
                    v = m.get(key)
                    vals.append("" if v is None else (int(v) if isinstance(v, bool) else round(v, 4)))
                w.writerow([pipe, r.get("suite", ""), r["id"], r["kind"], ";".join(r.get("tags") or []), r["question"],
                            " ; ".join(r.get("facts") or []), r.get("section", ""), r.get("status"), *vals,
                            " ; ".join(m.get("missing_facts") or []), " ; ".join(m.get("citation_problems") or []),
                            r.get("latency_ms"), len(r.get("citations") or []), top.get("source", ""),
                            top.get("page", ""), top.get("section", ""), r.get("error") or "", r.get("answer", ""),
                            " ; ".join(r.get("history") or [])])
    return path


def ragas_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """RAGAS ``SingleTurnSample``-style dicts (extra keys ``id``/``kind``/``status`` are
    ignored by RAGAS and DeepEval loaders)."""
    out = []
    for r in rows:
        if r["kind"] == "refuse":
            reference = "The documents do not cover this question."
        else:
            reference = "; ".join(f.split("|")[0].strip() for f in r.get("facts") or [])
        out.append({"user_input": r["question"], "response": r.get("answer") or "",
                    "retrieved_contexts": [p.get("text") or "" for p in r.get("retrieved") or []],
                    "reference": reference, "id": r["id"], "kind": r["kind"], "status": r.get("status")})
    return out


def write_ragas(rows: list[dict[str, Any]], path: Path) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for item in ragas_rows(rows):
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    return path


# -- Markdown ----------------------------------------------------------------------------
def headline_rows(results: dict[str, Any]) -> list[list[str]]:
    """[[metric, assistant, (baseline, ratio)]...] as display strings."""
    pipes = pipelines(results)
    rat = results.get("ratios") or {}
    rows = []
    for m in HEADLINE:
        row = [m] + [fmt(results["pipelines"][p]["summary"].get(m), m) for p in pipes]
        if "baseline" in pipes:
            row.append(fmt_ratio(rat.get(m)))
        rows.append(row)
    return rows


def kind_rows(results: dict[str, Any]) -> list[list[str]]:
    """[[kind, cases, metric, assistant value, (baseline value)]...]."""
    pipes = pipelines(results)
    rows = []
    kinds = results["pipelines"]["assistant"]["by_kind"]
    for kind in [k for k in KIND_ORDER if k in kinds] + sorted(set(kinds) - set(KIND_ORDER)):
        metric = KIND_METRIC.get(kind, "pass_rate")
        row = [kind, str(kinds[kind]["n"]), metric]
        for p in pipes:
            row.append(fmt(results["pipelines"][p]["by_kind"].get(kind, {}).get(metric), metric))
        row.append(fmt(kinds[kind].get("fact_recall@5"), "fact_recall@5"))
        if "baseline" in pipes:
            row.append(fmt(results["pipelines"]["baseline"]["by_kind"].get(kind, {}).get("fact_recall@5"), "fact_recall@5"))
        rows.append(row)
    return rows


def _md_table(header: list[str], rows: list[list[str]]) -> str:
    esc = lambda s: str(s).replace("|", "\\|").replace("\n", " ")  # noqa: E731
    lines = ["| " + " | ".join(map(esc, header)) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(map(esc, r)) + " |" for r in rows]
    return "\n".join(lines)


def kind_header(results: dict[str, Any]) -> list[str]:
    pipes = pipelines(results)
    h = ["kind", "cases", "metric"] + pipes + ["recall@5 " + p for p in pipes]
    return h


def write_markdown(results: dict[str, Any], path: Path) -> Path:
    pipes = pipelines(results)
    st = results["settings"]
    out = [f"# Evaluation summary", "",
           f"Run {results['created']} · suites: {', '.join(s['name'] for s in results['suites'])} · "
           f"{results['pipelines']['assistant']['summary']['n']} cases · k={st['k']} · mode={st['mode']}", "",
           "## Headline", "",
           _md_table(["metric"] + pipes + (["ratio"] if "baseline" in pipes else []), headline_rows(results)), "",
           "## By kind", "", _md_table(kind_header(results), kind_rows(results)), ""]
    tags = results["pipelines"]["assistant"]["by_tag"]
    if tags:
        out += ["## By tag (assistant)", "",
                _md_table(["tag", "cases", "pass rate", "answer accuracy", "recall@5"],
                          [[t, str(a["n"]), fmt(a["pass_rate"]), fmt(a["answer_accuracy"]), fmt(a["fact_recall@5"])]
                           for t, a in tags.items()]), ""]
    comp = results.get("comparison")
    if comp:
        out += [f"## Changes against {comp.get('previous') or 'the previous run'}", ""]
        for key in ("regressed", "improved"):
            out.append(f"**{key}** ({len(comp[key])}): " + (", ".join(f"{c['id']}" for c in comp[key]) or "none"))
            out.append("")
    failed = [r for r in results["pipelines"]["assistant"]["cases"] if not r["metrics"].get("pass")]
    out += [f"## Failing cases (assistant): {len(failed)}", ""]
    if failed:
        out.append(_md_table(["id", "kind", "status", "question", "missing / problem"],
                             [[r["id"], r["kind"], str(r.get("status")), shown_question(r),
                               "; ".join((r["metrics"].get("missing_facts") or []) + (r["metrics"].get("citation_problems") or []))
                               or (r.get("error") or "")] for r in failed]))
    path.write_text("\n".join(out) + "\n", encoding="utf-8")
    return path


# -- HTML + inline SVG -------------------------------------------------------------------
COLORS = {"assistant": "#1f6f8b", "baseline": "#d08c2b", "before": "#999999"}


def svg_grouped_bars(groups: list[str], series: dict[str, list[float | None]], title: str, width: int = 640,
                     height: int = 260, percent: bool = True) -> str:
    """A grouped bar chart as an inline ``<svg>`` (values 0..1 when ``percent``)."""
    left, bottom, top = 44, 40, 28
    plot_w, plot_h = width - left - 10, height - bottom - top
    vmax = 1.0 if percent else max([v for vs in series.values() for v in vs if v is not None] + [1e-9])
    n_groups, n_series = max(1, len(groups)), max(1, len(series))
    gw = plot_w / n_groups
    bw = max(4.0, (gw - 12) / n_series)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="{html.escape(title)}" font-family="sans-serif" font-size="11">',
             f'<text x="{left}" y="16" font-size="13" font-weight="bold">{html.escape(title)}</text>']
    for i in range(5):
        y = top + plot_h - plot_h * i / 4
        label = f"{int(100 * i / 4)}%" if percent else f"{vmax * i / 4:.0f}"
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - 10}" y2="{y:.1f}" stroke="#ddd"/>'
                     f'<text x="{left - 4}" y="{y + 4:.1f}" text-anchor="end" fill="#555">{label}</text>')
    for gi, g in enumerate(groups):
        x0 = left + gi * gw + 6
        for si, (name, vals) in enumerate(series.items()):
            v = vals[gi] if gi < len(vals) else None
            x = x0 + si * bw
            if v is None:
                parts.append(f'<text x="{x + bw / 2:.1f}" y="{top + plot_h - 3}" text-anchor="middle" fill="#999">n/a</text>')
                continue
            h = plot_h * min(1.0, v / vmax) if vmax else 0
            y = top + plot_h - h
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bw - 2:.1f}" height="{h:.1f}" '
                         f'fill="{COLORS.get(name, "#4a7")}"><title>{html.escape(name)} {html.escape(g)}: '
                         f'{fmt(v) if percent else v}</title></rect>')
            lab = f"{v * 100:.0f}" if percent else f"{v:.0f}"
            parts.append(f'<text x="{x + (bw - 2) / 2:.1f}" y="{y - 3:.1f}" text-anchor="middle" fill="#333">{lab}</text>')
        parts.append(f'<text x="{x0 + (n_series * bw) / 2:.1f}" y="{top + plot_h + 16}" text-anchor="middle">'
                     f'{html.escape(g)}</text>')
    lx = left
    for name in series:
        parts.append(f'<rect x="{lx}" y="{height - 14}" width="10" height="10" fill="{COLORS.get(name, "#4a7")}"/>'
                     f'<text x="{lx + 14}" y="{height - 5}">{html.escape(name)}</text>')
        lx += 14 + 8 * len(name) + 16
    parts.append("</svg>")
    return "".join(parts)


def svg_histogram(series: dict[str, list[float]], title: str, width: int = 640, height: int = 240) -> str:
    allv = [v for vs in series.values() for v in vs if v is not None]
    if not allv:
        return "<p>No latency data.</p>"
    n_bins = 12
    step = max(1.0, max(allv) / n_bins)
    labels = [f"{i * step:.0f}" for i in range(n_bins)]
    counts = {}
    for name, vs in series.items():
        c = [0] * n_bins
        for v in vs:
            if v is not None:
                c[min(n_bins - 1, int(v / step))] += 1
        counts[name] = c
    return svg_grouped_bars([f"{lab}+" for lab in labels], counts, title + f" (ms; bins of {step:.0f} ms, bar = number of cases)",
                            width=width, height=height, percent=False)


_CSS = """
body{font-family:system-ui,sans-serif;margin:24px;color:#222;max-width:1100px}
h1{font-size:22px} h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd}
table{border-collapse:collapse;margin:8px 0;font-size:13px} td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}
th{background:#f3f3f3;text-align:left} .pass{color:#1a7f37;font-weight:bold} .fail{color:#b42318;font-weight:bold}
.muted{color:#666} details{margin:2px 0} pre{white-space:pre-wrap;font-size:12px;background:#fafafa;padding:6px}
"""


def _table(header: list[str], rows: list[list[str]], raw: bool = False) -> str:
    h = "".join(f"<th>{html.escape(c)}</th>" for c in header)
    body = []
    for r in rows:
        cells = []
        for c in r:
            s = str(c)
            cls = ' class="pass"' if s == "pass" else (' class="fail"' if s == "fail" else "")
            cells.append(f"<td{cls}>{s if raw else html.escape(s)}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{h}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def write_html(results: dict[str, Any], path: Path) -> Path:
    pipes = pipelines(results)
    st = results["settings"]
    a = results["pipelines"]["assistant"]
    kinds = [k for k in KIND_ORDER if k in a["by_kind"]] + sorted(set(a["by_kind"]) - set(KIND_ORDER))
    kind_series = {p: [results["pipelines"][p]["by_kind"].get(k, {}).get(KIND_METRIC.get(k, "pass_rate")) for k in kinds]
                   for p in pipes}
    recall_series = {p: [results["pipelines"][p]["summary"].get(f"fact_recall@{n}") for n in (1, 3, 5, 10)] + [
        results["pipelines"][p]["summary"].get("mrr")] for p in pipes}
    lat_series = {p: [r.get("latency_ms") for r in results["pipelines"][p]["cases"]] for p in pipes}
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Evaluation report</title>"
             f"<style>{_CSS}</style></head><body>",
             "<h1>Safeguarding Learning Assistant: evaluation report</h1>",
             f"<p class='muted'>Run {html.escape(results['created'])} · suites: "
             f"{html.escape(', '.join(s['name'] for s in results['suites']))} · {a['summary']['n']} cases · "
             f"k={st['k']} · mode={html.escape(str(st['mode']))} · schema v{results['schema_version']}</p>",
             "<h2>Headline</h2>",
             _table(["metric"] + pipes + (["ratio assistant/baseline"] if "baseline" in pipes else []), headline_rows(results)),
             "<p class='muted'>Answer accuracy: every expected fact appears in the answer (fact, list and paraphrase "
             "cases). Pass rate: the case's own test (answer facts; refusal; urgent signposting first).</p>",
             "<h2>Accuracy by kind</h2>",
             svg_grouped_bars(kinds, kind_series, "Accuracy by kind (answer / refusal / urgent accuracy)"),
             _table(kind_header(results), kind_rows(results)),
             "<h2>Retrieval</h2>",
             svg_grouped_bars(["recall@1", "recall@3", "recall@5", "recall@10", "MRR"], recall_series,
                              "Fact recall@k and MRR"),
             "<h2>Latency</h2>", svg_histogram(lat_series, "Latency per question"),
             _table(["pipeline", "p50", "p95"], [[p, fmt(results["pipelines"][p]["summary"]["latency_p50_ms"], "_ms"),
                                                  fmt(results["pipelines"][p]["summary"]["latency_p95_ms"], "_ms")]
                                                 for p in pipes])]
    if a["by_tag"]:
        parts += ["<h2>By tag (assistant)</h2>",
                  _table(["tag", "cases", "pass rate", "answer accuracy", "recall@5"],
                         [[t, str(v["n"]), fmt(v["pass_rate"]), fmt(v["answer_accuracy"]), fmt(v["fact_recall@5"])]
                          for t, v in a["by_tag"].items()])]
    comp = results.get("comparison")
    if comp:
        parts.append(f"<h2>Regressions and improvements against {html.escape(str(comp.get('previous') or 'previous run'))}</h2>")
        rows = []
        for key in ("regressed", "improved", "coverage_down", "coverage_up"):
            for c in comp[key]:
                rows.append([key, c["id"], c["kind"], c["question"], f"{c.get('status_before')} → {c.get('status_now')}",
                             f"{fmt(c.get('coverage_before'))} → {fmt(c.get('coverage_now'))}"])
        parts.append(_table(["change", "id", "kind", "question", "status", "fact coverage"], rows)
                     if rows else "<p>No case changed its verdict.</p>")
        d = comp.get("deltas") or {}
        parts.append(_table(["metric", "before", "now", "change"],
                            [[m, fmt(v["before"], m), fmt(v["now"], m),
                              (f"{v['delta']:+.0f} ms" if m.endswith("_ms") else
                               f"{v['delta']:+.3f}" if m == "mrr" else f"{v['delta'] * 100:+.1f} pts")]
                             for m, v in d.items() if m in HEADLINE]))
    for p in pipes:
        parts.append(f"<h2>Cases: {p}</h2>")
        rows = []
        for r in results["pipelines"][p]["cases"]:
            m = r["metrics"]
            detail = (f"<details><summary>{html.escape(shown_question(r))}</summary>"
                      f"<pre>{html.escape(r.get('answer') or '')}</pre>"
                      + "".join(f"<div class='muted'>[{c.get('n')}] {html.escape(str(c.get('source')))} p.{c.get('page')} "
                                f"— {html.escape(str(c.get('section') or ''))}</div>" for c in r.get("citations") or [])
                      + "</details>")
            notes = "; ".join((m.get("missing_facts") or []) + (m.get("citation_problems") or [])) or (r.get("error") or "")
            rows.append([html.escape(r["id"]), html.escape(r["kind"]), detail, html.escape(str(r.get("status"))),
                         fmt(m.get("pass")), fmt(m.get("fact_recall@5")), fmt(m.get("citation_valid")),
                         html.escape(notes), fmt(r.get("latency_ms"), "_ms")])
        parts.append(_table(["id", "kind", "question / answer", "status", "pass", "recall@5", "citations", "notes",
                             "latency"], rows, raw=True))
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def write_all(results: dict[str, Any], out_dir: str | Path) -> dict[str, Path]:
    """Write every report file into ``out_dir`` (created); returns ``{kind: path}``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = {
        "json": write_json(results, out / FILES["json"]),
        "html": write_html(results, out / FILES["html"]),
        "markdown": write_markdown(results, out / FILES["markdown"]),
        "csv": write_csv(results, out / FILES["csv"]),
        "ragas": write_ragas(results["pipelines"]["assistant"]["cases"], out / FILES["ragas"]),
    }
    if "baseline" in results["pipelines"]:
        paths["ragas_baseline"] = write_ragas(results["pipelines"]["baseline"]["cases"], out / "ragas-baseline.jsonl")
    return paths


def load_results(path: str | Path) -> dict[str, Any]:
    """Read a results JSON (raises ``ValueError`` if it is not one)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "schema_version" not in data or "pipelines" not in data:
        raise ValueError(f"{path}: not an 'assistant eval' results file (no schema_version/pipelines)")
    return data
