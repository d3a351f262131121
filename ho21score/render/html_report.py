"""The council report as one self-contained HTML page (``report --format html``): inline
CSS and inline SVG, no script, no network, printable on A4.

The page is made of the same sections as the Markdown report (``report.report_sections``).
Each section's Markdown is turned into HTML by markdown-it-py with raw HTML switched off,
so the file text that ``markdown.escape`` made safe for Markdown is escaped exactly once
in the page (an ``&lt;`` in the Markdown is read as the character ``<`` and written back as
``&lt;``; a ``\\|`` as ``|``). The page itself, the charts and their legends come from
Jinja2 templates (``render/templates/``) with automatic escaping, so no text from a file
ever becomes markup. Jinja2 and markdown-it-py are imported here only, so ``rank`` never
loads them. The same input gives the same bytes.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from jinja2 import Environment, PackageLoader, StrictUndefined
from markdown_it import MarkdownIt
from markupsafe import Markup

from ho21score.i18n import language, tr
from ho21score.render import chart, mermaid
from ho21score.render.chart_shares import share_rows, share_swatches
from ho21score.render.report import ReportInput, chart_intro, report_sections

if TYPE_CHECKING:
    from ho21score.render.report import Section


class PageSection(NamedTuple):
    """A section as the page template takes it."""

    key: str
    level: int
    heading: Markup
    body: Markup


@cache
def _environment() -> Environment:
    env = Environment(
        loader=PackageLoader("ho21score", "render/templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["n"] = svg_number
    return env


def svg_number(value: float) -> str:
    """A coordinate with one decimal, the same on every machine."""
    return f"{value:.1f}"


@cache
def _markdown() -> MarkdownIt:
    # "html": False: a tag in the Markdown is text; no linkify, no typographer (the text
    # stays as written)
    return MarkdownIt("commonmark", {"html": False}).enable("table")


def html_of(markdown: str) -> Markup:
    """Markdown made by the report (file text already escaped for Markdown) as HTML."""
    return Markup(_markdown().render(markdown))


def inline_html_of(markdown: str) -> Markup:
    return Markup(_markdown().renderInline(markdown))


def render_html(report: ReportInput) -> str:
    sections = report_sections(report)
    parts = [_part(section, report) for section in sections]
    return _environment().get_template("report.html.j2").render(
        lang=language(),
        title=sections[0].heading,  # the report's title: no file text in it
        parts=parts,
    )


def _part(section: Section, report: ReportInput) -> PageSection:
    heading = inline_html_of(section.heading)
    if section.key == "chart":
        body = _chart(report)
    elif section.key == "robustness" and report.robustness is not None:
        body = html_of(section.body) + _shares(report)
    elif section.key == "followup":
        body = html_of(section.body) + _indicator_charts(report)
    else:
        body = html_of(section.body)
    return PageSection(section.key, section.level, heading, body)


def _fragment(template: str, **context: Any) -> Markup:
    return Markup(_environment().get_template(template).render(**context))


def _chart(report: ReportInput) -> Markup:
    criteria, (x_key, y_key) = report.criteria, report.chart_axes
    intro = html_of(chart_intro(criteria, (x_key, y_key)))
    ranking = report.shown
    if not ranking.ranked:
        return intro + html_of(tr("report.none"))
    entries = chart.legend_entries(ranking)
    points = chart.merge(entries, x_key, y_key)
    x, y = criteria.criterion(x_key), criteria.criterion(y_key)
    assert x is not None and y is not None
    geometry = chart.layout(points, criteria, mermaid.chart_captions(criteria, x_key, y_key))
    return intro + _fragment(
        "quadrant.html.j2",
        chart=geometry,
        x_name=x.name,
        y_name=y.name,
        svg_title=tr("chart.svg_title", y=y.name, x=x.name),
        width=chart.QUADRANT_WIDTH,
        height=chart.QUADRANT_HEIGHT,
        font=chart.FONT,
        legend=entries,
        legend_caption=tr("chart.legend_caption"),
        col_rank=tr("col.rank"),
        col_title=tr("col.title"),
    )


def _shares(report: ReportInput) -> Markup:
    assert report.robustness is not None
    titles = {m.id: m.title for m in report.measures}
    return _fragment(
        "shares.html.j2",
        heading=tr("chart.shares_heading"),
        intro=tr("chart.shares_intro"),
        rows=share_rows(report.robustness, titles),
        swatches=share_swatches(report.robustness),
        col_rank=tr("col.rank"),
        col_title=tr("col.title"),
        col_shares=tr("chart.shares_col"),
    )


def _indicator_charts(report: ReportInput) -> Markup:
    """A small line chart per numeric indicator of each measure in Oppfølging."""
    from ho21score.core.followup import follow_all
    from ho21score.render.followup import in_followup, light_word
    from ho21score.render.followup_chart import indicator_chart

    charts = [
        {
            # the SVG escapes every text from the files itself
            "svg": Markup(svg),
            "measure": m.title,
            "indicator": f.indicator.name,
            "light": light_word(f.light),
        }
        for m in in_followup(report.measures)
        for f in follow_all(m.tracked, report.day)
        if (svg := indicator_chart(f))
    ]
    if not charts:
        return Markup()
    return _fragment("followup.html.j2", heading=tr("followup.charts_heading"), charts=charts)
