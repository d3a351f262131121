"""The commented template of a new measure file, in Norwegian, built from the criteria."""

from __future__ import annotations

import re
import textwrap
import unicodedata

from ho21score.core.criteria import Criteria
from ho21score.files.insertion import scalar
from ho21score.files.measure_file import DESCRIPTION_PLACEHOLDER

WIDTH = 90
MAX_ID = 60  # characters of an id made from a title (and of one given with --id)



def slug(title: str, limit: int = MAX_ID) -> str:
    """'Kunnskapsløft for små kommuner' -> 'kunnskapsloft-for-sma-kommuner'; longer than
    ``limit`` characters, it is cut after the last whole word that fits (a single word
    longer than that is cut at ``limit``)."""
    text = title.lower().replace("æ", "ae").replace("ø", "o").replace("å", "a")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ident = re.sub(r"[^a-z0-9]+", "-", text).strip("-")
    if len(ident) <= limit:
        return ident
    head = ident[: limit + 1]
    cut = head.rfind("-")
    return (head[:cut] if cut > 0 else ident[:limit]).strip("-")


def _comment(text: str, indent: str = "", hang: str = "") -> list[str]:
    return textwrap.wrap(
        text, WIDTH, initial_indent="# " + indent, subsequent_indent="# " + indent + hang
    )


def template(
    ident: str,
    title: str,
    criteria: Criteria,
    schema_ref: str,
    proposed_by: str | None = None,
    areas: list[str] | None = None,
    owner: str | None = None,
) -> str:
    lines = [
        f"# yaml-language-server: $schema={schema_ref}",
        "#",
        f"# Et tiltak i HO21-rådets tiltaksliste. Id-en er filnavnet: {ident}.",
        "# Linjer som begynner med # er kommentarer; fjern # foran et felt for å ta det i bruk.",
        "",
        "# Kort og konkret tittel.",
        f"tittel: {scalar(title)}",
        "",
        *_comment(
            "Hva er problemet, og hva foreslås? Rådet ønsker tiltak fremfor "
            "statusrapporter, systemet fremfor enkeltsaken og løsninger fremfor "
            "problembeskrivelser."
        ),
        "beskrivelse: |",
        f"  {DESCRIPTION_PLACEHOLDER}",
        "",
        "# Hvem foreslo tiltaket? Kreves for «videre» ved BP1.",
        f"foreslått_av: {scalar(proposed_by)}" if proposed_by else "# foreslått_av: Navn",
        "",
        "# Satsingsområder tiltaket støtter; minst ett kreves ved BP1. Tillatte verdier:",
    ]
    width = max((len(key) for key in criteria.areas), default=0)
    lines += [f"#   {key:<{width}}  {name}" for key, name in criteria.areas.items()]
    lines += [
        f"satsingsområder: [{', '.join(areas or [])}]",
        "",
        "# Hvem eier tiltaket i linjen (tiltakseier)? Kreves ved BP3.",
        f"tiltakseier: {scalar(owner)}"
        if owner
        else "# tiltakseier: Helse- og omsorgsdepartementet",
        "",
        "# Plan for overlevering og formidling. Kreves ved BP3.",
        "# formidling: Hvem overtar tiltaket, og hvordan gjøres det kjent?",
        "",
        "# Indikatorer å følge tiltaket med, f.eks. i HO21-monitoren. Minst én kreves ved BP4.",
        "# indikatorer:",
        "#   - navn: Hva som måles",
        "#     kilde: https://www.helseomsorg21monitor.no/",
        "",
        f"# Poeng gis på skalaen {criteria.scale_text}, der {criteria.maximum} alltid er best.",
        "# Kriteriene og delene (nøkkel: spørsmål):",
    ]
    for part in criteria.parts:
        question = part.question or part.name
        if part.levels:
            question += f" ({', '.join(part.levels)})"
        lines += _comment(f"{part.key}: {question}", "  ", "  ")
    lines += [
        "#",
        "# Registrer en vurdering (poeng fra én vurderer i én runde):",
        f'#   ho21score score {ident} --rater "Navn" {criteria.parts[0].key}=4 ...',
        "# eller bli spurt del for del i terminalen:",
        f'#   ho21score score {ident} --rater "Navn"',
        "# Registrer rådets beslutning ved neste beslutningspunkt:",
        f"#   ho21score advance {ident} videre",
        "",
    ]
    return "\n".join(lines)
