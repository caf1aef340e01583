"""Charts where a reader would rather look than read, drawn by plotly (offline).

Each function returns an HTML fragment: a `<div>` and the script that draws into it with
plotly.js, which the page loads once (`/static/plotly.min.js` in the web app, inlined in
the HTML brief written to a file, which must work offline).  Plotly writes its data as
JSON with `<` and `/` escaped, and every label taken from an article is HTML-escaped
first, because plotly.js reads a few tags (`<a>`, `<b>`, `<br>`) in labels.
"""

from __future__ import annotations

import html
from collections import Counter, defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from markupsafe import Markup

from wirewatch.model import DyadPoint

if TYPE_CHECKING:
    from plotly.graph_objects import Figure

LAYOUT = {
    "margin": {"l": 40, "r": 10, "t": 10, "b": 40},
    "height": 260,
    "template": "simple_white",
    "font": {"family": "Helvetica, Arial, sans-serif", "size": 12},
    "legend": {"orientation": "h", "y": -0.25},
}
MAX_LABEL = 60


def plotly_js_path() -> Path:
    """plotly.js as the plotly package ships it: the app serves it, nothing is fetched."""
    import plotly

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


@lru_cache(maxsize=1)
def plotly_js() -> str:
    """plotly.js itself, to inline in a page that must work offline."""
    return plotly_js_path().read_text(encoding="utf-8")


def label(text: str | None) -> str:
    text = (text or "").replace("\n", " ").strip()
    if len(text) > MAX_LABEL:
        text = text[: MAX_LABEL - 1] + "…"
    return html.escape(text)


def fragment(figure: Figure, name: str) -> Markup:
    """The figure as a `<div id=chart-NAME>` and the script that draws it."""
    figure.update_layout(**LAYOUT)
    return Markup(
        figure.to_html(
            full_html=False,
            include_plotlyjs=False,
            div_id=f"chart-{name}",
            config={"displaylogo": False, "responsive": True},
        )
    )


def volume(dated: Iterable[tuple[str | None, str | None]]) -> Markup | None:
    """Articles per day, stacked by outlet, from (outlet, date) pairs; None when none is dated."""
    import plotly.graph_objects as go

    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for outlet, day in dated:
        if day:
            counts[outlet or "outlet unknown"][day[:10]] += 1
    if not counts:
        return None
    figure = go.Figure(
        [
            go.Bar(x=sorted(days), y=[days[d] for d in sorted(days)], name=label(outlet))
            for outlet, days in sorted(counts.items())
        ]
    )
    figure.update_layout(barmode="stack", yaxis_title="articles")
    return fragment(figure, "volume")


def timeline(events: Iterable[tuple[str, str | None, str | None]]) -> Markup | None:
    """Each dated event, from (title, first day, last day), as a line; one row per event."""
    import plotly.graph_objects as go

    dated = sorted(
        (start[:10], (end or start)[:10], title) for title, start, end in events if start
    )
    if not dated:
        return None
    # One trace for all events (None breaks the line between them): a storyline of hundreds
    # of events stays one cheap trace.
    xs: list[str | None] = []
    ys: list[str | None] = []
    for start, end, title in dated:
        xs += [start, end, None]
        ys += [label(title)] * 2 + [None]
    figure = go.Figure(
        go.Scatter(
            x=xs,
            y=ys,
            mode="lines+markers",
            line={"width": 6},
            showlegend=False,
            hoverinfo="x+y",
            connectgaps=False,
        )
    )
    figure.update_layout(height=max(160, 60 + 26 * len(dated)), yaxis={"autorange": "reversed"})
    figure.update_xaxes(type="date")
    return fragment(figure, "timeline")


def dyad_by_month(points: Iterable[DyadPoint]) -> Markup | None:
    """Two countries' actions by month: how many, and their summed cooperation-conflict score."""
    import plotly.graph_objects as go

    actions: Counter[str] = Counter()
    score: dict[str, float] = defaultdict(float)
    for point in points:
        if point.date:
            actions[point.date[:7]] += len(point.actions)
            score[point.date[:7]] += point.score
    if not actions:
        return None
    months = sorted(actions)
    figure = go.Figure(
        [
            go.Bar(x=months, y=[actions[m] for m in months], name="actions"),
            go.Scatter(
                x=months,
                y=[score[m] for m in months],
                name="score (+ cooperation)",
                mode="lines+markers",
                yaxis="y2",
            ),
        ]
    )
    figure.update_layout(
        yaxis_title="actions",
        yaxis2={"overlaying": "y", "side": "right", "title": "score", "zeroline": True},
    )
    figure.update_xaxes(type="category")
    return fragment(figure, "dyad")
