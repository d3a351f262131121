"""The follow-up for people (issue 12): the report's "Oppfølging" and its calibration on
the shipped measures, `status`'s marker, `show`'s table, source links that are only ever
http(s) with escaped text, and the SVG chart: the same bytes each time, file text escaped."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ho21score.core.followup import follow
from ho21score.files.repository import load_repository
from ho21score.i18n import set_language
from ho21score.render.followup import (
    calibration_section,
    followup_marker,
    followup_section,
    followup_table,
    markdown_link,
)
from ho21score.render.followup_chart import indicator_chart
from ho21score.render.table import plain

from conftest import SMALL_CRITERIA, Run, write

DAY = dt.date(2026, 11, 22)


def test_the_report_sections_on_the_shipped_measures(shipped: Path) -> None:
    repo = load_repository(shipped / "measures", shipped / "criteria.yaml")
    assert repo.problems == []
    assert followup_section(repo.measures, DAY) == (
        "Status per 22.11.2026. «Forventet nå» er verdien på den rette linjen fra "
        "utgangspunktet gjennom målene, lest av ved perioden for siste observasjon. Avviket er "
        "observert minus forventet, positivt når det er bra (for en indikator der lavere er "
        "bedre: forventet minus observert). Grønn: i rute; gul: bak, men innenfor toleransen; "
        "rød: lenger bak; grå: ingen observasjon som er fersk nok. Trendpilen ↗ betyr bedre, ↘ "
        "dårligere, → uendret.\n\n"
        "### Rapportere brukermedvirkning i alle faser av forskningen "
        "(`brukermedvirkning-i-forskning`)\n\n"
        "| Indikator | Enhet | Utgangspunkt | Forventet nå | Sist observert | Avvik | Status "
        "| Trend | Kilde |\n"
        "|---|---|---|---|---|---:|---|---|---|\n"
        "| Andel prosjekter med brukermedvirkning i alle faser | prosent | 18 % (2023) | 29 % "
        "(2025) | 31,5 % (2025; 2026-05-14) | +2,5 | grønn | ▁█ ↗ | "
        "[www.helseomsorg21monitor.no/figur/235](https://www.helseomsorg21monitor.no/figur/235)"
        " |\n"
        "| Nasjonal mal for rapportering tatt i bruk i RHF-ene | tekst | – | – | Malen er tatt i "
        "bruk i tre av fire RHF-er (2025; 2026-10-01) | – | gul | – | – |\n\n"
        "### Finansiere kunnskapsløftet for kommunene med 1 % av driftsutgiftene "
        "(`kommunalt-forskningsloft`)\n\n"
        "| Indikator | Enhet | Utgangspunkt | Forventet nå | Sist observert | Avvik | Status "
        "| Trend | Kilde |\n"
        "|---|---|---|---|---|---:|---|---|---|\n"
        "| Midler til forskning i de kommunale helse- og omsorgstjenestene | kroner | "
        "60\u00a0000\u00a0000 kr (2023) | 120\u00a0000\u00a0000 kr (2025) | "
        "95\u00a0000\u00a0000 kr (2025; 2026-06-18) | −25\u00a0000\u00a0000 | rød | ▁█ ↗ | "
        "[www.helseomsorg21monitor.no/figur/forskningsmidler-kommunene]"
        "(https://www.helseomsorg21monitor.no/figur/forskningsmidler-kommunene) |\n"
        "| Antall doktorgrader i kommunene | antall | 40 (2022) | 58 (2025) | 52 (2025; "
        "2026-09-01) | −6 | gul | ▁▄█ ↗ | – |\n"
    )
    assert calibration_section(repo.measures, repo.criteria, DAY) == (  # type: ignore[arg-type]
        "### Kalibrering: forventet mot levert\n\n"
        "Rådets poeng står ved siden av indikatorenes status, så rådet kan se om de tiltakene "
        "det ventet mest av, leverte mest. Dette er et blikk, ikke en statistisk test: med 2 "
        "tiltak i oppfølging kan ingen sammenheng vises.\n\n"
        "| Tiltak | Total | Gevinst | Tidshorisont | grønn | gul | rød | grå |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|\n"
        "| Rapportere brukermedvirkning i alle faser av forskningen "
        "(`brukermedvirkning-i-forskning`) | 78,1 | 3 | 5 (kort) | 1 | 1 | 0 | 0 |\n"
        "| Finansiere kunnskapsløftet for kommunene med 1 % av driftsutgiftene "
        "(`kommunalt-forskningsloft`) | 60,4 | 4 | 1 (lang) | 0 | 1 | 1 | 0 |\n"
    )
    markers = {m.id: followup_marker(m, DAY) for m in repo.measures}
    assert {k: v for k, v in markers.items() if v} == {"kommunalt-forskningsloft": "⚠ 1 rød"}
    # two years on, nothing observed since: every number is stale
    later = {m.id: followup_marker(m, dt.date(2028, 11, 22)) for m in repo.measures}
    assert later["brukermedvirkning-i-forskning"] == "⚠ 2 grå"


def test_show_table_in_english(shipped: Path) -> None:
    set_language("en")
    repo = load_repository(shipped / "measures", shipped / "criteria.yaml")
    table = followup_table(repo.find("kommunalt-forskningsloft"), DAY)  # type: ignore[arg-type]
    assert table is not None
    assert plain(table) == (
        "Indicator                  Unit    Baseline              Expected now           "
        "Latest observed                Gap  Status  Trend  Source\n"
        "-------------------------  ------  --------------------  ---------------------  "
        "---------------------  -----------  ------  -----  ------------------------------\n"
        "Midler til forskning i de  kroner  60,000,000 kr (2023)  120,000,000 kr (2025)  "
        "95,000,000 kr (2025;   −25,000,000  red     ▁█ ↗   https://www.helseomsorg21monit\n"
        "kommunale helse- og                                                             "
        "2026-06-18)                                        or.no/figur/forskningsmidler-\n"
        "omsorgstjenestene                                                               "
        "                                                   kommunene\n"
        "Antall doktorgrader i      antall  40 (2022)             58 (2025)              "
        "52 (2025; 2026-09-01)           −6  amber   ▁▄█ ↗  –\n"
        "kommunene\n"
    )


def test_links_are_http_only_and_their_text_is_escaped() -> None:
    assert markdown_link("javascript:alert(1)") == "javascript:alert(1)"
    assert markdown_link("https://a.no/x_(y)|z") == (
        r"[a.no/x\_(y)\|z](https://a.no/x_%28y%29%7Cz)"
    )
    assert markdown_link("ftp://a.no/f") == "ftp://a.no/f"


def test_the_chart_is_the_same_each_time_and_escapes_file_text(workdir: Path) -> None:
    write(workdir / "criteria.yaml", SMALL_CRITERIA)
    write(workdir / "measures" / "m.yaml", """\
        tittel: A
        beskrivelse: b
        indikatorer:
          - navn: <script>alert("x")</script> & co
            nøkkel: k
            enhet: prosent
            retning: lavere
            utgangspunkt: {verdi: 30, periode: 2022}
            mål: [{verdi: 20, periode: 2026}]
        """)
    write(workdir / "measures" / "m" / "observasjoner" / "k-2023.yaml",
          "indikator: k\nperiode: 2023\nverdi: 28\n")
    write(workdir / "measures" / "m" / "observasjoner" / "k-2024.yaml",
          "indikator: k\nperiode: 2024\nverdi: 27\n")
    repo = load_repository(workdir / "measures", workdir / "criteria.yaml")
    assert repo.problems == []
    indicator = repo.measures[0].tracked[0]
    svg = indicator_chart(follow(indicator, DAY))
    assert svg == indicator_chart(follow(indicator, DAY))
    assert "<script" not in svg
    assert svg.startswith('<svg width="240" height="96"')
    assert svg.count("<circle") == 2 and svg.endswith("</svg>")
    # 2024 expects 25 (half-way from 30 to 20); 27 is 2 behind, beyond the default 1
    assert "<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co: rød</title>" in svg


def test_status_show_and_report_carry_the_follow_up(shipped: Path, run: Run) -> None:
    board = run("status", "--date", "22.11.2026").stdout
    assert "⚠ 1 rød" in board  # kommunalt-forskningsloft: the research money is behind
    assert board.count("⚠") == 1
    shown = run("show", "kommunalt-forskningsloft").stdout
    assert "\nOppfølging\n\nIndikator " in shown
    assert "Antall doktorgrader i" in shown and "gul" in shown
    report = run("report", "--date", "2026-11-22", "--no-robustness").stdout
    followup = report[report.index("## Oppfølging") : report.index("## Beslutninger")]
    assert "### Kalibrering: forventet mot levert" in followup
    page = run("report", "--date", "2026-11-22", "--no-robustness", "--format", "html").stdout
    charts = page[page.index('<div class="indicator-charts">') :]
    assert charts.count('<figure class="indicator">') == 3  # the numeric indicators only
