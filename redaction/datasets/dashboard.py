"""The dashboard: one static HTML page with a chart and a table per mart, Dutch labels.

It is built from the published Parquet tables (not from the records), so it can show nothing
that was not already published and checked. Plotly's JavaScript is inlined once, so the page
opens from file:// on a machine without internet.
"""

from __future__ import annotations

import html
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from redaction.datasets.config import DatasetConfig, MartSpec
from redaction.datasets.marts import COUNT, HIDDEN_MARK, SHOWN, TOTAL

CHART_CLASS = "grafiek"
COLOURS = ("#154273", "#39870c", "#e17000", "#a90061", "#007bc7", "#ffb612", "#42145f", "#8fcae7")
PLOTLY_CONFIG = {"displaylogo": False, "responsive": True, "locale": "nl"}


def _figure(spec: MartSpec, table: pd.DataFrame) -> go.Figure:
    body = table[table[spec.rows] != TOTAL]
    if spec.columns:
        body = body[body[spec.columns] != TOTAL]
        figure = go.Figure()
        for index, column in enumerate(dict.fromkeys(body[spec.columns])):
            part = body[body[spec.columns] == column]
            figure.add_bar(
                name=str(column), x=list(part[spec.rows]), y=[None if pd.isna(v) else int(v) for v in part[COUNT]],
                text=list(part[SHOWN]), marker_color=COLOURS[index % len(COLOURS)],
                hovertemplate="%{x}<br>" + html.escape(str(column)) + ": %{text}<extra></extra>",
            )
        figure.update_layout(barmode="stack", legend_title_text=spec.column_label)
    else:
        x = list(body[spec.rows])
        y = [None if pd.isna(v) else int(v) for v in body[COUNT]]
        if spec.chart == "line":
            figure = go.Figure(go.Scatter(x=x, y=y, mode="lines+markers", text=list(body[SHOWN]),
                                          line_color=COLOURS[0], connectgaps=False,
                                          hovertemplate="%{x}: %{text}<extra></extra>"))
        else:
            figure = go.Figure(go.Bar(x=x, y=y, text=list(body[SHOWN]), textposition="outside",
                                      marker_color=COLOURS[0], hovertemplate="%{x}: %{text}<extra></extra>"))
    figure.update_layout(
        title_text=spec.title, xaxis_title=spec.row_label, yaxis_title="Aantal cliënten",
        template="plotly_white", height=420, margin={"t": 60, "l": 60, "r": 20, "b": 80},
        separators=",.",
    )
    figure.update_xaxes(type="category")
    return figure


def _table_html(spec: MartSpec, table: pd.DataFrame) -> str:
    if spec.columns:
        pivot = table.pivot(index=spec.rows, columns=spec.columns, values=SHOWN)
        columns = [c for c in pivot.columns if c != TOTAL] + [TOTAL]
        rows = [r for r in dict.fromkeys(table[spec.rows]) if r != TOTAL] + [TOTAL]
        head = "".join(f"<th scope='col'>{html.escape(str(c))}</th>" for c in columns)
        body = "".join(
            "<tr><th scope='row'>" + html.escape(str(r)) + "</th>"
            + "".join(f"<td>{html.escape(str(pivot.at[r, c]))}</td>" for c in columns) + "</tr>"
            for r in rows
        )
        return (f"<table><thead><tr><th scope='col'>{html.escape(spec.row_label)}</th>{head}</tr></thead>"
                f"<tbody>{body}</tbody></table>")
    body = "".join(
        f"<tr><th scope='row'>{html.escape(str(r))}</th><td>{html.escape(str(s))}</td></tr>"
        for r, s in zip(table[spec.rows], table[SHOWN], strict=True)
    )
    return (f"<table><thead><tr><th scope='col'>{html.escape(spec.row_label)}</th><th scope='col'>Aantal</th>"
            f"</tr></thead><tbody>{body}</tbody></table>")


def _risk_html(report: dict[str, Any]) -> str:
    records = report["anonymised_records"]
    source = report["source"]
    items = [
        ("Records in de export", source["records_read"]),
        ("Afgekeurd bij controle (rij en reden in het interne verslag)", source["records_rejected"]),
        ("Onderdrukt voor k-anonimiteit en l-diversiteit", records["records_suppressed"]),
        ("Gebruikt voor de cijfers", records["records_out"]),
        ("Vereiste k", records["k_required"]),
        ("Bereikte k (kleinste groep)", records["k_reached"]),
    ]
    for column, reached in records.get("l_diversity_reached", {}).items():
        items.append((f"Bereikte l-diversiteit: {column} (minste verschillende waarden in een groep)", reached))
    suppression = report.get("suppression", {})
    if suppression:
        items.append(("Beschermingsmarge van een afgeschermd klein aantal (omlaag / omhoog)",
                      f"{suppression['protection_lower']} / {suppression['protection_upper']}"))
    rows = "".join(f"<tr><th scope='row'>{html.escape(label)}</th><td>{html.escape(str(value))}</td></tr>"
                   for label, value in items)
    for mart in report["marts"].values():
        hidden = mart["cells_hidden"]
        rows += (f"<tr><th scope='row'>Afgeschermde cellen: {html.escape(mart['title'])}</th>"
                 f"<td>{hidden} van {mart['cells']}</td></tr>")
    risk_rows = "".join(
        f"<tr><td>{html.escape(', '.join(scenario['columns']))}</td><td>{scenario['unique_records']}"
        f" ({str(scenario['unique_percent']).replace('.', ',')}%)</td>"
        f"<td>{str(scenario['expected_reidentifications']).replace('.', ',')}</td></tr>"
        for scenario in records.get("record_risk", [])
    )
    threat = html.escape(report.get("threat_model", {}).get("in_words", ""))
    return (f"<table class='risico'><tbody>{rows}</tbody></table>"
            f"<h3>Dreigingsmodel</h3><p>{threat}</p>"
            "<h3>Risico in de afgeschermde records (niet gepubliceerd)</h3>"
            "<table class='risico'><thead><tr><th scope='col'>Als iemand dit weet</th>"
            "<th scope='col'>Unieke records</th><th scope='col'>Verwachte heridentificaties</th></tr></thead>"
            f"<tbody>{risk_rows}</tbody></table>")


def render_dashboard(tables: dict[str, pd.DataFrame], config: DatasetConfig, report: dict[str, Any]) -> str:
    """The whole page as one self-contained HTML string."""
    sections = []
    first = True
    for spec in config.marts:
        if spec.name not in tables:
            continue
        figure = _figure(spec, tables[spec.name])
        chart = figure.to_html(full_html=False, include_plotlyjs=first,
                               div_id=f"grafiek-{spec.name}", config=PLOTLY_CONFIG)
        first = False
        sections.append(
            f"<section aria-labelledby='kop-{spec.name}'><h2 id='kop-{spec.name}'>{html.escape(spec.title)}</h2>"
            f"<div class='{CHART_CLASS}' data-mart='{spec.name}'>{chart}</div>"
            f"<details><summary>Tabel</summary>{_table_html(spec, tables[spec.name])}</details></section>"
        )
    threshold = config.cell_threshold
    noise = config.cell_key.max_deviation
    return f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Dashboard begeleiding statushouders</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1a1a1a; }}
h1 {{ color: #154273; }} section {{ margin-bottom: 2.5rem; }}
table {{ border-collapse: collapse; margin: .5rem 0; }} th, td {{ border: 1px solid #ccc; padding: .25rem .6rem; }}
td {{ text-align: right; }} th[scope=row] {{ text-align: left; font-weight: normal; }}
.uitleg {{ background: #f3f6fa; padding: .75rem 1rem; border-left: 4px solid #154273; }}
</style>
</head>
<body>
<h1>Begeleiding van statushouders in cijfers</h1>
<p class="uitleg">Deze cijfers komen uit geanonimiseerde cliëntregistraties. Niemand is erin terug te vinden:
namen, contactgegevens en BSN zijn verwijderd, leeftijd, woonplaats en datums zijn gegroepeerd, en elke
combinatie van kenmerken komt bij minstens {report["anonymised_records"]["k_required"]} cliënten voor.
Een <strong>{HIDDEN_MARK}</strong> is een afgeschermd aantal: kleiner dan {threshold}, of afgeschermd zodat
een klein aantal niet uit de andere cijfers kan worden teruggerekend (ook niet met een rekenprogramma dat
alle tabellen tegelijk oplost). Welke van de twee het is, staat nergens. De overige aantallen zijn
licht verstoord, hooguit {noise} naar boven of beneden, zodat het verschil tussen twee maandelijkse
publicaties geen klein aantal verraadt; het totaal aantal cliënten is exact. Daardoor tellen de cellen
niet altijd precies op tot het totaal.</p>
{"".join(sections)}
<section aria-labelledby="kop-risico"><h2 id="kop-risico">Verantwoording</h2>{_risk_html(report)}</section>
</body>
</html>
"""
