"""Every text the program shows people: key -> (bokmål, English).

A text is a string, or a pair (singular, plural) chosen by the ``count`` parameter (see
``i18n.tr``). Keys are also the codes of problems, so a key once shipped keeps its meaning.
"""

from __future__ import annotations

Text = str | tuple[str, str]

MESSAGES: dict[str, tuple[Text, Text]] = {
    # words
    "word.or": ("eller", "or"),
    "word.top": ("toppnivået", "the top level"),
    "hint.did_you_mean": (" (mente du «{word}»?)", " (did you mean '{word}'?)"),
    "type.text": ("tekst", "text"),
    "type.int": ("et heltall", "a whole number"),
    "type.number": ("et tall", "a number"),
    "type.bool": ("true eller false", "true or false"),
    "type.list": ("en liste", "a list"),
    "type.mapping": ("en tabell av nøkler og verdier", "a mapping of keys to values"),
    "type.scalar": ("én enkelt verdi", "a single value"),
    "found.bool": ("{value}", "{value}"),
    "found.nothing": ("ingenting", "nothing"),
    "found.text": ("teksten «{value}»", "the text '{value}'"),
    "found.value": ("{value}", "{value}"),
    # YAML
    "yaml.directive": (
        "%-direktiver er ikke tillatt (filene leses som YAML 1.2; %YAML 1.1 ville gjort NO om "
        "til false); fjern linjen",
        "directives are not allowed (files are read as YAML 1.2; %YAML 1.1 would turn NO into "
        "false); remove the line",
    ),
    "yaml.syntax": ("YAML-syntaksfeil: {detail}", "YAML syntax error: {detail}"),
    "yaml.bad_character": (
        "tegnet {code} er ikke tillatt i YAML (kontrolltegn); fjern det",
        "the character {code} is not allowed in YAML (a control character); remove it",
    ),
    "yaml.multiple_documents": (
        "bare ett YAML-dokument per fil er tillatt",
        "only one YAML document per file is allowed",
    ),
    "yaml.alias": (
        "aliaser (*{name}) er ikke tillatt; skriv verdien ut",
        "aliases (*{name}) are not allowed; write the value out",
    ),
    "yaml.anchor": (
        "ankere (&{name}) er ikke tillatt; skriv verdien ut der den trengs",
        "anchors (&{name}) are not allowed; write the value out where it is needed",
    ),
    "yaml.tag": (
        "YAML-tagger ({tag}) er ikke tillatt; skriv bare verdien",
        "YAML tags ({tag}) are not allowed; write the plain value",
    ),
    "yaml.huge_int": (
        "tallet er for stort (mer enn {max} sifre)",
        "number too large (more than {max} digits)",
    ),
    "yaml.complex_key": (
        "en nøkkel må være en enkel verdi, ikke en liste eller tabell",
        "a key must be a plain value, not a list or mapping",
    ),
    "yaml.duplicate_key": (
        "nøkkelen «{key}» står to ganger (første gang på linje {line})",
        "duplicate key '{key}' (first on line {line})",
    ),
    "yaml.too_deep": (
        "for dypt nestet (mer enn {max} nivåer)",
        "nested too deeply (more than {max} levels)",
    ),
    # files
    "file.not_utf8": (
        "filen er ikke UTF-8 (byte {byte}); lagre den som UTF-8",
        "the file is not UTF-8 (byte {byte}); save it as UTF-8",
    ),
    "file.unreadable": ("kan ikke lese filen: {reason}", "cannot read the file: {reason}"),
    "file.too_big": (
        "filen er for stor ({size} MiB; høyst {max} MiB)",
        "the file is too large ({size} MiB; at most {max} MiB)",
    ),
    "file.empty": ("filen er tom", "the file is empty"),
    "file.not_mapping": (
        "filen må være en tabell av nøkler og verdier (som «tittel: ...»), ikke {found}",
        "the file must be a mapping of keys to values (like 'tittel: ...'), not {found}",
    ),
    "file.bad_suffix": (
        "tiltaksfiler må slutte på .yaml, ikke «{name}»; gi filen nytt navn",
        "measure files must end in .yaml, not '{name}'; rename the file",
    ),
    "file.bad_name": (
        "ugyldig filnavn «{name}»: id-en (navnet uten .yaml) kan bare ha små bokstaver a–z, "
        "sifre og bindestreker",
        "bad file name '{name}': the id (the name without .yaml) may only have lowercase "
        "letters a–z, digits and hyphens",
    ),
    # shape
    "field.missing": ("«{key}» mangler", "'{key}' is missing"),
    "field.unknown": (
        "ukjent nøkkel «{key}»{hint}; tillatt her: {allowed}",
        "unknown key '{key}'{hint}; allowed here: {allowed}",
    ),
    "field.wrong_type": (
        "«{key}» må være {expected}, ikke {found}",
        "'{key}' must be {expected}, not {found}",
    ),
    "field.not_allowed": (
        "«{key}»: «{value}» er ikke tillatt; bruk {allowed}",
        "'{key}': '{value}' is not allowed; use {allowed}",
    ),
    "field.bad_date": (
        "«{key}»: «{value}» er ikke en gyldig dato; skriv ÅÅÅÅ-MM-DD, f.eks. 2026-10-02",
        "'{key}': '{value}' is not a valid date; write YYYY-MM-DD, e.g. 2026-10-02",
    ),
    "field.empty": ("«{key}» kan ikke være tom", "'{key}' must not be empty"),
    "field.too_small": (
        "«{key}»: {value} er for lite; minst {limit}",
        "'{key}': {value} is too small; at least {limit}",
    ),
    "field.invalid": ("«{key}» er ugyldig: {detail}", "'{key}' is invalid: {detail}"),
    # criteria
    "criteria.bad_scale": (
        "skalaen må ha min mindre enn maks (fant min {min}, maks {max})",
        "the scale needs min below maks (found min {min}, maks {max})",
    ),
    "criteria.zero_weights": (
        "vektene kan ikke alle være 0",
        "the weights cannot all be 0",
    ),
    "criteria.levels_with_parts": (
        "«nivåer» hører hjemme på en del, ikke på et kriterium med deler",
        "'nivåer' belongs on a part, not on a criterion with parts",
    ),
    "criteria.bad_key": (
        "ugyldig nøkkel «{key}»: bruk små bokstaver, sifre, - og _ (ikke punktum)",
        "bad key '{key}': use lowercase letters, digits, - and _ (no dots)",
    ),
    "criteria.anchor_off_scale": (
        "ankeret {value} ligger utenfor skalaen {scale}",
        "anchor {value} is outside the scale {scale}",
    ),
    "criteria.level_off_scale": (
        "nivået «{level}» = {value} ligger utenfor skalaen {scale}",
        "level '{level}' = {value} is outside the scale {scale}",
    ),
    # scores
    "score.not_level": (
        "«{part}»: «{value}» er ikke et nivå; bruk {allowed}",
        "'{part}': '{value}' is not a level; use {allowed}",
    ),
    "score.not_number": (
        "«{part}»: «{value}» er ikke en poengsum; bruk et heltall {scale}",
        "'{part}': '{value}' is not a score; use a whole number {scale}",
    ),
    "score.not_whole": (
        "«{part}»: {value} er ikke et heltall; poeng er hele tall {scale}",
        "'{part}': {value} is not a whole number; scores are whole numbers {scale}",
    ),
    "score.off_scale": (
        "«{part}»: {value} ligger utenfor skalaen {scale}",
        "'{part}': {value} is outside the scale {scale}",
    ),
    "score.unknown_criterion": (
        "ukjent kriterium «{key}»{hint}; kjente kriterier: {allowed}",
        "unknown criterion '{key}'{hint}; known criteria: {allowed}",
    ),
    "score.unknown_part": (
        "ukjent del «{key}» av «{criterion}»{hint}; deler: {allowed}",
        "unknown part '{key}' of '{criterion}'{hint}; parts: {allowed}",
    ),
    "score.no_parts": (
        "«{key}» har ingen deler; gi én poengsum {scale}",
        "'{key}' has no parts; give one score {scale}",
    ),
    # measures
    "measure.unknown_area": (
        "ukjent satsingsområde «{key}»{hint}; kjente: {allowed}",
        "unknown focus area '{key}'{hint}; known: {allowed}",
    ),
    "date.future": (
        "datoen {date} ligger mer enn én dag fram i tid; er årstallet riktig?",
        "the date {date} is more than a day ahead; is the year right?",
    ),
    "rating.duplicate": (
        "{rater} har allerede en vurdering i runde {round} ({where})",
        "{rater} already has a rating in round {round} ({where})",
    ),
    # pipeline
    "gate.need_proposer": ("hvem som foreslo det (foreslått_av)", "who proposed it (foreslått_av)"),
    "gate.need_description": (
        "en beskrivelse av problemet og tiltaket (beskrivelse er fortsatt malens tekst)",
        "a description of the problem and the measure (beskrivelse is still the template's text)",
    ),
    "gate.need_area": (
        "minst ett satsingsområde (satsingsområder)",
        "at least one focus area (satsingsområder)",
    ),
    "gate.need_scores": ("poeng for {parts}", "scores for {parts}"),
    "gate.need_owner": ("en tiltakseier (tiltakseier)", "an owner (tiltakseier)"),
    "gate.need_dissemination": (
        "en plan for overlevering og formidling (formidling)",
        "a handover and dissemination plan (formidling)",
    ),
    "gate.need_indicator": (
        "minst én indikator (indikatorer)",
        "at least one indicator (indikatorer)",
    ),
    "decision.after_stop": (
        "tiltaket er stoppet; ingen beslutning kan følge etter «stopp»",
        "the measure is stopped; no decision may follow 'stopp'",
    ),
    "decision.out_of_order": (
        "beslutningen er datert {date}, før den forrige ({previous}); loggen står eldste først",
        "the decision is dated {date}, before the previous one ({previous}); the log is "
        "oldest first",
    ),
    "decision.last_phase": (
        "tiltaket er i {phase}, siste fase; det er ikke flere beslutningspunkter",
        "the measure is in {phase}, the last phase; there are no more decision points",
    ),
    "decision.wrong_gate": (
        "feil beslutningspunkt {gate}: tiltaket er i fasen {phase}, der beslutningspunktet er "
        "{expected}",
        "wrong decision point {gate}: the measure is in phase {phase}, whose decision point "
        "is {expected}",
    ),
    "decision.gate_no_longer_met": (
        "«videre» ved {gate} ble registrert, men kravet er ikke lenger oppfylt (er kriteriene "
        "eller filen endret siden?); mangler {missing}",
        "'videre' at {gate} was recorded, but the requirement is no longer met (have the "
        "criteria or the file changed since?); missing {missing}",
    ),
    # names of the file vocabulary (JSON keeps the file words)
    "phase.idé": ("Idé", "Idea"),
    "phase.analyse": ("Analyse", "Analysis"),
    "phase.vurdering": ("Vurdering", "Assessment"),
    "phase.gjennomføring": ("Gjennomføring", "Implementation"),
    "phase.oppfølging": ("Oppfølging", "Follow-up"),
    "status.aktiv": ("aktiv", "active"),
    "status.til revisjon": ("til revisjon", "under revision"),
    "status.på vent": ("på vent", "on hold"),
    "status.stoppet": ("stoppet", "stopped"),
    "flag.disagreement": ("uenighet: {parts}", "disagreement: {parts}"),
    "flag.few": ("få vurderinger: {parts}", "few raters: {parts}"),
    "flag.incomplete": ("ufullstendig", "incomplete"),
    # columns
    "col.rank": ("Rang", "Rank"),
    "col.id": ("Id", "Id"),
    "col.title": ("Tittel", "Title"),
    "col.phase": ("Fase", "Phase"),
    "col.status": ("Status", "Status"),
    "col.total": ("Total", "Total"),
    "col.flags": ("Merknader", "Flags"),
    # rank
    "rank.title": ("Rangering av tiltak (total 0–100)", "Ranking of measures (total 0–100)"),
    "rank.unranked_heading": (
        "Ikke rangert, fordi poeng mangler:",
        "Not ranked, because scores are missing:",
    ),
    "rank.unranked_item": (
        "{id} ({title}): mangler {missing}",
        "{id} ({title}): missing {missing}",
    ),
    "rank.stopped_left_out": (
        (
            "{count} stoppet tiltak er utelatt (bruk --all for å ta det med).",
            "{count} stoppede tiltak er utelatt (bruk --all for å ta dem med).",
        ),
        (
            "{count} stopped measure left out (use --all to include it).",
            "{count} stopped measures left out (use --all to include them).",
        ),
    ),
    # cli
    "cli.error": ("Feil: {message}", "Error: {message}"),
    "cli.no_measures_dir": (
        "finner ikke tiltaksmappen «{path}» (angi en annen med --measures)",
        "measures folder '{path}' not found (give another with --measures)",
    ),
    "cli.no_criteria": (
        "finner ikke kriteriefilen «{path}» (angi en annen med --criteria)",
        "criteria file '{path}' not found (give another with --criteria)",
    ),
    "cli.criteria_unusable": (
        "Kriteriefilen har feil; tiltakene kan ikke kontrolleres før den er rettet.",
        "The criteria file has errors; the measures cannot be checked until it is fixed.",
    ),
    "cli.interrupted": ("Avbrutt.", "Interrupted."),
    "cli.input_ended": (
        "inndata tok slutt før alle svar var gitt; ingenting er skrevet",
        "the input ended before every answer was given; nothing was written",
    ),
    "cli.internal_error": (
        "ho21score: intern feil ({kind}) i ho21score {version}. Dette er en feil i "
        "programmet, ikke i filene dine: meld den til dem som vedlikeholder ho21score, med "
        "kommandoen du kjørte og utskriften av den samme kommandoen med HO21SCORE_DEBUG=1.",
        "ho21score: internal error ({kind}) in ho21score {version}. This is a bug in the "
        "program, not in your files: please report it to the maintainers of ho21score, with "
        "the command you ran and the output of the same command with HO21SCORE_DEBUG=1.",
    ),
    "cli.no_output_dir": (
        "mappen til «{path}» finnes ikke; lag den først, eller velg en annen --output",
        "the folder of '{path}' does not exist; create it first, or choose another --output",
    ),
    "cli.bad_phase": (
        "ukjent fase «{phase}»; bruk {allowed}",
        "unknown phase '{phase}'; use {allowed}",
    ),
    "cli.unknown_id": (
        "finner ikke tiltaket «{id}»{hint}",
        "no measure '{id}'{hint}",
    ),
    # validate
    "validate.summary_ok": ("Ingen problemer i {files}.", "No problems in {files}."),
    "validate.summary_bad": ("{errors} i {bad} av {files}.", "{errors} in {bad} of {files}."),
    "validate.summary_warnings": (
        "Ingen feil, men {warnings} i {files}.",
        "No errors, but {warnings} in {files}.",
    ),
    "validate.also_warnings": ("I tillegg {warnings}.", "Also {warnings}."),
    "validate.strict_warnings": (
        "--strict: advarsler teller som feil.",
        "--strict: warnings count as errors.",
    ),
    # counted things
    "count.files": (("{count} fil", "{count} filer"), ("{count} file", "{count} files")),
    "count.errors": ("{count} feil", ("{count} error", "{count} errors")),
    "count.warnings": (
        ("{count} advarsel", "{count} advarsler"),
        ("{count} warning", "{count} warnings"),
    ),
    "count.measures": ("{count} tiltak", ("{count} measure", "{count} measures")),
    "count.incomplete": (("{count} ufullstendig", "{count} ufullstendige"), "{count} incomplete"),
    # board
    "board.title": ("Status tiltak i HO21 pr {date}", "Status of HO21 measures as of {date}"),
    "board.legend": (
        "{revise} til revisjon   {hold} på vent   {stop} stoppet",
        "{revise} under revision   {hold} on hold   {stop} stopped",
    ),
    # show
    "show.incomplete": ("ufullstendig", "incomplete"),
    "show.rank_of": ("{rank} av {of}", "{rank} of {of}"),
    "show.proposed_by": ("Foreslått av", "Proposed by"),
    "show.owner": ("Tiltakseier", "Owner"),
    "show.areas": ("Satsingsområder", "Focus areas"),
    "show.dissemination": ("Formidling", "Dissemination"),
    "show.indicators": ("Indikatorer", "Indicators"),
    "show.file": ("Fil", "File"),
    "show.scores": ("Poeng", "Scores"),
    "show.col_part": ("Kriterium / del", "Criterion / part"),
    "show.col_value": ("Verdi", "Value"),
    "show.col_basis": ("Grunnlag", "Basis"),
    "show.col_iqr": ("IQR", "IQR"),
    "show.agreed": ("omforent", "agreed"),
    "show.median_of": ("median av {count}, {rounds}", "median of {count}, {rounds}"),
    "count.rounds": (
        ("runde {rounds}", "runder {rounds}"),
        ("round {rounds}", "rounds {rounds}"),
    ),
    "show.few": ("få vurderinger", "few raters"),
    "show.missing": ("mangler", "missing"),
    "show.flag": ("uenighet", "disagreement"),
    "show.round": ("Runde", "Round"),
    "show.comments": ("Kommentarer", "Comments"),
    "show.ratings": ("Vurderinger", "Ratings"),
    "show.col_rater": ("Vurderer", "Rater"),
    "show.col_date": ("Dato", "Date"),
    "show.col_where": ("Står i", "Written in"),
    "show.decisions": ("Beslutninger", "Decisions"),
    "show.no_decisions": ("  Ingen beslutninger ennå.", "  No decisions yet."),
    "show.stopped": ("Tiltaket er stoppet.", "The measure is stopped."),
    "show.last_phase": (
        "Tiltaket er i siste fase (oppfølging).",
        "The measure is in the last phase (follow-up).",
    ),
    "show.gate_ready": (
        "Neste beslutningspunkt {gate}: kravet for «videre» er oppfylt.",
        "Next decision point {gate}: the requirement for 'videre' is met.",
    ),
    "show.gate_needs": (
        "Neste beslutningspunkt {gate}: for «videre» mangler",
        "Next decision point {gate}: 'videre' still needs",
    ),
    "show.broken": (
        "Tiltaket «{id}» har feil og kan ikke vises før de er rettet.",
        "Measure '{id}' has errors and cannot be shown until they are fixed.",
    ),
    # editing
    "edit.has_problems": (
        "{path} har problemer og blir ikke endret før de er rettet:",
        "{path} has problems and is not changed until they are fixed:",
    ),
    "edit.refused": ("{path} er ikke endret: {reason}", "{path} is not changed: {reason}"),
    "edit.would_break": (
        "{path} er ikke endret: resultatet ville hatt disse problemene:",
        "{path} is not changed: the result would have had these problems:",
    ),
    "edit.changed_on_disk": (
        "{path} er ikke endret: filen ble endret av noen andre mens den ble lest; prøv igjen",
        "{path} is not changed: the file was changed by someone else meanwhile; try again",
    ),
    "edit.write_failed": (
        "{path} er ikke endret: kunne ikke skrive ({reason})",
        "{path} is not changed: could not write ({reason})",
    ),
    "edit.flow_root": (
        "filen er skrevet som én flow-tabell ({{...}}); skriv den i blokkform",
        "the file is written as one flow mapping ({{...}}); write it in block style",
    ),
    "edit.null_value": (
        "«{key}» står som en tom verdi (~ eller null); fjern verdien og prøv igjen",
        "'{key}' is written as an empty value (~ or null); remove the value and try again",
    ),
    "edit.not_a_list": ("«{key}» er ikke en liste", "'{key}' is not a list"),
    "edit.not_insertion": (
        "endringen ville rørt tekst som allerede står i filen",
        "the change would have touched text already in the file",
    ),
    "edit.reads_back_wrong": (
        "resultatet leses ikke tilbake som de gamle dataene pluss den nye oppføringen",
        "the result does not read back as the old data plus the new entry",
    ),
    # score
    "score.bad_pair": (
        "«{pair}» er ikke på formen NØKKEL=VERDI (f.eks. betydning.folkehelse=4)",
        "'{pair}' is not of the form KEY=VALUE (e.g. betydning.folkehelse=4)",
    ),
    "score.unknown_key": (
        "ukjent kriterium eller del «{key}»{hint}; kjente: {allowed}",
        "unknown criterion or part '{key}'{hint}; known: {allowed}",
    ),
    "score.twice": ("«{key}» er gitt mer enn én gang", "'{key}' is given more than once"),
    "score.nothing": ("ingen poeng å registrere", "no scores to record"),
    "score.need_pairs": (
        "gi poeng som NØKKEL=VERDI, eller kjør i en terminal (eller med --interactive) for å "
        "bli spurt del for del",
        "give scores as KEY=VALUE, or run in a terminal (or with --interactive) to be asked "
        "part by part",
    ),
    "score.already": (
        "{rater} har allerede en vurdering i runde {round} ({where}); bruk --replace for å "
        "erstatte den",
        "{rater} already has a rating in round {round} ({where}); use --replace to replace it",
    ),
    "score.done": (
        "Registrerte vurderingen fra {rater} (runde {round}) i {path}.",
        "Recorded the rating by {rater} (round {round}) in {path}.",
    ),
    "score.prompt_intro": (
        "Vurdering av «{title}» ({rater}, runde {round}). Trykk Enter for å hoppe over en del.",
        "Rating '{title}' ({rater}, round {round}). Press Enter to skip a part.",
    ),
    "score.prompt": ("Verdi ({allowed})", "Value ({allowed})"),
    "score.prompt_invalid": ("Ugyldig svar: {reason}", "Invalid answer: {reason}"),
    # advance
    "advance.stopped": (
        "«{id}» er stoppet; ingen flere beslutninger kan registreres",
        "'{id}' is stopped; no more decisions can be recorded",
    ),
    "advance.last_phase": (
        "«{id}» er i siste fase (oppfølging); det er ingen flere beslutningspunkter",
        "'{id}' is in the last phase (follow-up); there are no more decision points",
    ),
    "advance.gate_unmet": (
        "«videre» ved {gate} avvist; tiltaket mangler:",
        "'videre' at {gate} refused; the measure still needs:",
    ),
    "advance.before_last": (
        "datoen {date} er før forrige beslutning ({previous})",
        "the date {date} is before the previous decision ({previous})",
    ),
    "advance.done": (
        "{id}: {gate} {decision}. Nå: {phase}, {status}.",
        "{id}: {gate} {decision}. Now: {phase}, {status}.",
    ),
    "score.need_rater": (
        "si hvem som vurderer, med --rater NAVN",
        "say who rates, with --rater NAME",
    ),
    "new.no_slug": (
        "tittelen «{title}» gir ikke noe filnavn; bruk bokstaver eller sifre",
        "the title '{title}' gives no file name; use letters or digits",
    ),
    "new.exists": (
        "{path} finnes allerede; ingenting er skrevet",
        "{path} already exists; nothing was written",
    ),
    # git
    "git.missing": ("git er ikke tilgjengelig ({reason})", "git is not available ({reason})"),
    "git.not_a_file": ("{path} er ikke en fil", "{path} is not a file"),
    "git.no_criteria": (
        "{path} finnes ikke i {ref}",
        "{path} does not exist at {ref}",
    ),
    "git.failed": ("kan ikke lese {ref} med git: {reason}", "cannot read {ref} with git: {reason}"),
    "col.moved": ("Endring", "Change"),
    "rank.new": ("ny", "new"),
    # report
    "report.bad_epoch": (
        "SOURCE_DATE_EPOCH må være et heltall (sekunder siden 1970), ikke «{value}»",
        "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, not '{value}'",
    ),
    "report.written": ("Skrev {path}.", "Wrote {path}."),
    "report.cannot_write": (
        "kan ikke skrive «{path}»: {reason}",
        "cannot write '{path}': {reason}",
    ),
    "report.title": (
        "HO21-tiltak: rangering og status pr {date}",
        "HO21 measures: ranking and status as of {date}",
    ),
    "report.in_phase": ("i {phase}", "in {phase}"),
    "report.summary": (
        "{total}: {phases}. {ranked} rangert, {incomplete}, {stopped} stoppet.",
        "{total}: {phases}. {ranked} ranked, {incomplete}, {stopped} stopped.",
    ),
    "report.board": ("Status", "Status"),
    "report.ranking": ("Rangering", "Ranking"),
    "report.chart": ("Viktig og gjennomførbart", "Important and feasible"),
    "report.chart_intro": (
        "{y} (loddrett) mot {x} (vannrett) for de rangerte tiltakene; rådet ser først på "
        "kvadranten øverst til høyre. Punktene er merket med rang (se tabellen under "
        "figuren); tiltak med like poeng deler ett punkt.",
        "{y} (vertical) against {x} (horizontal) for the ranked measures; the council looks "
        "first at the top right quadrant. Points are labelled with their rank (see the table "
        "below the chart); measures with the same scores share one point.",
    ),
    "chart.title": ("{y} mot {x}", "{y} against {x}"),
    "chart.q1": ("Viktig og gjennomførbart", "Important and feasible"),
    "chart.q2": ("Viktig men krevende", "Important but demanding"),
    "chart.q3": ("Mindre viktig og krevende", "Less important and demanding"),
    "chart.q4": ("Lett men mindre viktig", "Easy but less important"),
    "report.discussion": ("Til diskusjon", "For discussion"),
    "report.spread": (
        "**{part}** (`{key}`), {rounds}, kvartilavstand {iqr}:",
        "**{part}** (`{key}`), {rounds}, interquartile range {iqr}:",
    ),
    "report.no_disagreement": (
        "Ingen deler har større uenighet enn terskelen.",
        "No part has more disagreement than the threshold.",
    ),
    "report.col_rater": ("Vurderer", "Rater"),
    "report.col_comment": ("Kommentar", "Comment"),
    "report.missing": ("Hva som mangler", "What is missing"),
    "report.incomplete": ("Ufullstendige tiltak", "Incomplete measures"),
    "report.incomplete_item": (
        "- {title} (`{id}`): mangler poeng for {missing}",
        "- {title} (`{id}`): missing scores for {missing}",
    ),
    "report.next_gates": ("Neste beslutningspunkt", "Next decision point"),
    "report.col_gate": ("BP", "Decision point"),
    "report.col_needs": ("Mangler for «videre»", "Still needed to go on"),
    "report.ready": ("klar", "ready"),
    "report.ready_but_disagreement": (
        "klar, men uenighet om {parts}",
        "ready, but disagreement on {parts}",
    ),
    "report.none": ("Ingen.", "None."),
    "report.decisions": ("Beslutninger", "Decisions"),
    "report.decisions_since": (
        "Beslutninger registrert siden {ref}.",
        "Decisions recorded since {ref}.",
    ),
    "report.decisions_all": ("Alle beslutninger, nyeste først.", "All decisions, newest first."),
    "report.col_date": ("Dato", "Date"),
    "report.col_decision": ("Beslutning", "Decision"),
    "report.col_by": ("Av", "By"),
    "report.col_reason": ("Begrunnelse", "Reason"),
    "report.coverage": ("Satsingsområder og faser", "Focus areas and phases"),
    "report.coverage_intro": (
        "Antall tiltak (ikke stoppede) per satsingsområde og fase; et tiltak kan tjene flere "
        "områder.",
        "Number of measures (not stopped) per focus area and phase; a measure may serve "
        "several areas.",
    ),
    "report.col_area": ("Satsingsområde", "Focus area"),
    "report.col_sum": ("Sum", "Total"),
    "report.method": ("Metode", "Method"),
    # --- method in plain words (#11) ---
    "method.scale": (
        "Hver del får poeng fra {low} til {high}, og {high} er alltid best for prioritering, "
        "på hvert kriterium: høyere poeng betyr et bedre tiltak, også der spørsmålet gjelder "
        "hvor vanskelig eller tidkrevende noe er.",
        "Each part is scored from {low} to {high}, and {high} is always best for prioritising, "
        "on every criterion: a higher score means a better measure, also where the question is "
        "how hard or slow something is.",
    ),
    "method.levels": (
        "{part} besvares med ord, som teller slik: {counts}.",
        "{part} is answered in words, which count as: {counts}.",
    ),
    "method.weights_equal": (
        "Vekter: {weights}. Alle kriterier, og alle deler innen et kriterium, veier likt. Det "
        "er et valg, ikke et resultat: rådet kan sette andre vekter i criteria.yaml. "
        "«{section}» (og `ho21score robustness`) viser hva andre vekter ville "
        "gjort med rekkefølgen.",
        "Weights: {weights}. All criteria, and all parts within a criterion, weigh the same. "
        "That is a choice, not a finding: the council may set other weights in criteria.yaml. "
        "\"{section}\" (and `ho21score robustness`) shows what other "
        "weights would do to the order.",
    ),
    "method.weights_set": (
        "Vekter, slik criteria.yaml setter dem: {weights}. Vektene er et valg rådet har gjort; "
        "«{section}» (og `ho21score robustness`) viser hva andre vekter ville gjort med "
        "rekkefølgen.",
        "Weights, as criteria.yaml sets them: {weights}. The weights are a choice the council "
        "made; \"{section}\" (and `ho21score robustness`) shows what other weights would do to "
        "the order.",
    ),
    "method.value": (
        "En dels verdi er medianen av vurderernes svar: midtverdien, med halvparten av svarene "
        "på eller over og halvparten på eller under, så ett ytterlighetssvar flytter den lite. "
        "Har rådet blitt enige om et poeng etter en diskusjon, brukes det i stedet. Hver "
        "vurderer teller med sitt siste svar; den som ikke svarer i en ny runde, beholder "
        "svaret sitt fra før.",
        "A part's value is the median of the raters' answers: the middle value, with half the "
        "answers at or above it and half at or below, so one extreme answer moves it little. "
        "Where the council agreed on a score after a discussion, that score is used instead. "
        "Each rater counts with their latest answer; one who does not answer in a new round "
        "keeps their earlier answer.",
    ),
    "method.total": (
        "Et kriteriums poeng er det vektede gjennomsnittet av delene, og totalen er det "
        "vektede gjennomsnittet av kriteriene, regnet om til 0–100: 0 er {low} på alt, 100 er "
        "{high} på alt.",
        "A criterion's score is the weighted mean of its parts, and the total is the weighted "
        "mean of the criteria, turned into 0–100: 0 is {low} on everything, 100 is {high} on "
        "everything.",
    ),
    "method.missing": (
        "Et tiltak der en del mangler poeng, rangeres ikke; programmet fyller aldri inn et tall "
        "for det. Like totaler deler plass.",
        "A measure with a part not yet scored is not ranked; the program never fills in a "
        "number for it. Equal totals share a place.",
    ),
    "method.spread": (
        "Uenighet måles med kvartilbredden: hvor langt fra hverandre den midterste halvdelen "
        "av svarene ligger. Kvartilbredde 0 betyr at den midterste halvdelen svarte likt, og 1 "
        "at den spriker med ett poeng, for eksempel mellom 3 og 4. En del flagges for "
        "diskusjon når kvartilbredden er større enn {iqr}.",
        "Disagreement is measured by the interquartile range: how far apart the middle half of "
        "the answers lie. A range of 0 means the middle half gave the same answer, and 1 that "
        "it spreads over one point, for example between 3 and 4. A part is flagged for "
        "discussion when the range is larger than {iqr}.",
    ),
    "method.few": (
        "En del med færre enn {count} vurderere flagges med «få vurderinger»: medianen av så "
        "få svar sier lite.",
        "A part with fewer than {count} raters is flagged 'few raters': the median of so few "
        "answers says little.",
    ),
    "method.percent": ("{value} %", "{value}%"),
    "report.changes": ("Endringer siden {ref}", "Changes since {ref}"),
    "report.no_changes": ("Ingen endringer.", "No changes."),
    "report.added": ("Nytt tiltak: {title} (`{id}`)", "New measure: {title} (`{id}`)"),
    "report.removed": ("Fjernet: {title} (`{id}`)", "Removed: {title} (`{id}`)"),
    "report.fixed": (
        "Rettet (filen hadde feil og var ikke med): {title} (`{id}`)",
        "Fixed (the file had errors and was left out): {title} (`{id}`)",
    ),
    "report.has_errors": (
        "Har feil nå, og er ikke med før filen er rettet: {title} (`{id}`)",
        "Has errors now, and is left out until the file is fixed: {title} (`{id}`)",
    ),
    "report.moved_phase": ("{title}: {old} → {new}", "{title}: {old} → {new}"),
    "report.decided": (
        "{title}: {gate} {decision} ({date})",
        "{title}: {gate} {decision} ({date})",
    ),
    "report.scores_changed": ("{title}: poeng {scores}", "{title}: scores {scores}"),
    "broken.heading": (
        (
            "{count} fil med feil er ikke med før den er rettet:",
            "{count} filer med feil er ikke med før de er rettet:",
        ),
        (
            "{count} file with errors is left out until it is fixed:",
            "{count} files with errors are left out until they are fixed:",
        ),
    ),
    "broken.intro": (
        (
            "{count} tiltaksfil har feil og er ikke med i rapporten før den er rettet "
            "(`ho21score validate` viser alle feil):",
            "{count} tiltaksfiler har feil og er ikke med i rapporten før de er rettet "
            "(`ho21score validate` viser alle feil):",
        ),
        (
            "{count} measure file has errors and is left out of this report until it is fixed "
            "(`ho21score validate` shows every error):",
            "{count} measure files have errors and are left out of this report until they are "
            "fixed (`ho21score validate` shows every error):",
        ),
    ),
    "broken.more": (
        ("… og {count} feil til", "… og {count} feil til"),
        ("… and {count} more error", "… and {count} more errors"),
    ),
    "report.broken": ("Filer med feil", "Files with errors"),
    # --- reading and positions (each helper adds its keys above its own marker) ---
    "yaml.control_character": (
        "tegnet {code} er et kontrolltegn og er ikke tillatt i tekst, heller ikke skrevet "
        "med \\ (som \\e eller \\x1b); fjern det",
        "the character {code} is a control character and is not allowed in text, not even "
        "written with \\ (such as \\e or \\x1b); remove it",
    ),
    "yaml.bidi_character": (
        "tegnet {code} styrer skriveretningen og kan skjule hva teksten sier; fjern det",
        "the character {code} controls the writing direction and can hide what the text says; "
        "remove it",
    ),
    "yaml.stray_bom": (
        "tegnet {code} (byte order mark) er bare tillatt helt først i filen; fjern det",
        "the character {code} (a byte order mark) is only allowed at the very start of the "
        "file; remove it",
    ),
    "yaml.null_key": (
        "en nøkkel kan ikke være tom (~, null eller ingenting); skriv nøkkelen",
        "a key cannot be empty (~, null or nothing); write the key",
    ),
    "field.not_finite": (
        "«{key}» må være et endelig tall, som 1 eller 0.5; .inf, .nan og tall som 1e400 er "
        "ikke tillatt",
        "'{key}' must be a finite number, such as 1 or 0.5; .inf, .nan and numbers such as "
        "1e400 are not allowed",
    ),
    "field.too_large": (
        "«{key}»: {value} er for stort; høyst {limit}",
        "'{key}': {value} is too large; at most {limit}",
    ),
    "score.not_finite": (
        "«{part}»: et uendelig tall eller NaN (.inf, .nan, 1e400) er ikke en poengsum; poeng "
        "er hele tall {scale}",
        "'{part}': an infinite number or NaN (.inf, .nan, 1e400) is not a score; scores are "
        "whole numbers {scale}",
    ),
    "file.more_problems": (
        ("… og {count} problem til i denne filen", "… og {count} problemer til i denne filen"),
        ("… and {count} more problem in this file", "… and {count} more problems in this file"),
    ),
    # --- editing ---
    "edit.locked": (
        "en annen ho21score redigerer i {folder} ({lock} er låst); ingenting er endret, prøv "
        "igjen om litt",
        "another ho21score is editing in {folder} ({lock} is locked); nothing was changed, "
        "try again in a moment",
    ),
    "edit.lock_failed": (
        "kan ikke låse {folder} for redigering ({reason}); ingenting er endret",
        "cannot lock {folder} for editing ({reason}); nothing was changed",
    ),
    "cli.ambiguous_id": (
        "«{id}» passer til flere tiltak: {ids}; skriv mer av id-en",
        "'{id}' matches several measures: {ids}; give more of the id",
    ),
    "hint.did_you_mean_any": (" (mente du {words}?)", " (did you mean {words}?)"),
    "word.quoted": ("«{word}»", "'{word}'"),
    "score.stopped": (
        "«{id}» er stoppet; ingen vurderinger kan registreres",
        "'{id}' is stopped; no ratings can be recorded",
    ),
    "score.changed": (
        "Endret vurderingen fra {rater} (runde {round}) i {path}:",
        "Changed the rating by {rater} (round {round}) in {path}:",
    ),
    "score.change": ("  {key}: {old} → {new}", "  {key}: {old} → {new}"),
    "score.prompt_comment": (
        "Kommentar (valgfri; Enter for ingen)",
        "Comment (optional; Enter for none)",
    ),
    "score.summary": (
        "Dette registreres for {rater} (runde {round}, {date}):",
        "To be recorded for {rater} (round {round}, {date}):",
    ),
    "score.summary_comment": ("  kommentar: {comment}", "  comment: {comment}"),
    "score.confirm": ("Lagre? [J/n]", "Save? [Y/n]"),
    "score.confirm_again": ("Svar j eller n.", "Answer y or n."),
    "score.declined": ("Ingenting er skrevet.", "Nothing was written."),
    "score.answers": (
        "Svarene dine som kommando: {command}",
        "Your answers as a command: {command}",
    ),
    "new.duplicate_title": (
        "tiltaket «{id}» ({path}) har allerede tittelen «{title}»; ingenting er skrevet",
        "measure '{id}' ({path}) already has the title '{title}'; nothing was written",
    ),
    "new.bad_id": (
        "«{id}» kan ikke være en id: bruk små bokstaver a–z, sifre og bindestreker, høyst "
        "{max} tegn",
        "'{id}' cannot be an id: use lowercase letters a–z, digits and hyphens, at most {max} "
        "characters",
    ),
    "new.not_text": (
        "«{text}» er ikke gyldig tekst (UTF-8); ingenting er skrevet",
        "'{text}' is not valid text (UTF-8); nothing was written",
    ),
    # --- participation (issue 9) ---
    "participation.title": ("Hvem har vurdert (runde {round})", "Who has scored (round {round})"),
    "participation.title_latest": (
        "Hvem har vurdert (hvert tiltaks siste runde)",
        "Who has scored (each measure's latest round)",
    ),
    "participation.col_rater": ("Vurderer", "Rater"),
    "participation.col_scored": ("Vurdert", "Scored"),
    "participation.col_number": ("Nr.", "No."),
    "participation.col_scored_by": ("Vurdert av", "Scored by"),
    "participation.done": ("{done} av {of}", "{done} of {of}"),
    "participation.legend": (
        "{scored} alle deler vurdert   {partly} noen deler   {none} ingen ennå",
        "{scored} every part scored   {partly} some parts   {none} none yet",
    ),
    "participation.no_raters": (
        "Ingen har vurdert noe ennå, og det er ingen vurdererliste (vurderere.yaml).",
        "Nobody has scored anything yet, and there is no roster (vurderere.yaml).",
    ),
    "participation.no_measures": (
        "Ingen tiltak tar imot vurderinger nå: det er ingen tiltak i {phases} som ikke er "
        "stoppet.",
        "No measure takes ratings now: there is none in {phases} that is not stopped.",
    ),
    "participation.round_alone": (
        "--round gjelder bare sammen med --participation",
        "--round only applies with --participation",
    ),
    # --- agree (issue 9) ---
    "agree.stopped": (
        "«{id}» er stoppet; ingen omforent verdi kan registreres",
        "'{id}' is stopped; no agreed value can be recorded",
    ),
    "agree.already": (
        "rådet har allerede en omforent verdi for {parts}; bruk --replace for å endre den",
        "the council already has an agreed value for {parts}; use --replace to change it",
    ),
    "agree.already_part": ("{key} ({value}, linje {line})", "{key} ({value}, line {line})"),
    "agree.note_one_line": (
        "--note må være én linje vanlig tekst (fant {code}); ingenting er skrevet",
        "--note must be one line of plain text (found {code}); nothing was written",
    ),
    "agree.would_lose_comments": (
        "de omforente poengene kan ikke endres på stedet, og å skrive dem på nytt ville "
        "fjerne kommentarene (#) i dem; endre verdien i filen for hånd",
        "the agreed scores cannot be changed in place, and writing them anew would drop the "
        "comments (#) in them; change the value in the file by hand",
    ),
    "agree.done": (
        ("Registrerte omforent verdi i {path}:", "Registrerte omforente verdier i {path}:"),
        ("Recorded the agreed value in {path}:", "Recorded the agreed values in {path}:"),
    ),
    "agree.agreed": ("omforent {value}", "agreed {value}"),
    "agree.median": ("median {value}", "median {value}"),
    "agree.closes": ("Lukker uenighet om {parts}.", "Closes the disagreement on {parts}."),
    "agree.closes_few": (
        "Lukker «få vurderinger» for {parts}.",
        "Closes 'few raters' for {parts}.",
    ),
    "agree.still_open": ("Fortsatt uenighet om {parts}.", "Still disagreement on {parts}."),
    # --- rule and raters ---
    "cli.bad_option_text": ("{option}: {reason}", "{option}: {reason}"),
    "cli.not_text": (
        "teksten er ikke gyldig tekst (ugyldige tegn fra terminalen)",
        "the text is not valid text (invalid characters from the terminal)",
    ),
    "cli.bad_character": (
        "tegnet {code} er ikke tillatt (kontrolltegn eller retningstegn); fjern det",
        "the character {code} is not allowed (a control or direction character); remove it",
    ),
    "file.git_conflict_left": (
        "en linje igjen fra en uløst git-konflikt (<<<<<<<, =======, ||||||| eller >>>>>>>); "
        "rett konflikten og fjern linjen",
        "a line left from an unresolved git merge conflict (<<<<<<<, =======, ||||||| or "
        ">>>>>>>); resolve the conflict and remove the line",
    ),
    "file.git_conflict": (
        "uløst git-konflikt (linje {first}–{last}): behold den ene siden (eller begge), og "
        "fjern linjene <<<<<<<, ======= og >>>>>>>",
        "unresolved git merge conflict (lines {first}–{last}): keep one side (or both), and "
        "remove the lines <<<<<<<, ======= and >>>>>>>",
    ),
    "roster.name_is_key": (
        "navnet «{name}» er også nøkkelen til en annen vurderer («{other}»), så det ville "
        "peke på to personer; gi den ene et annet navn eller en annen nøkkel",
        "the name '{name}' is also another rater's key ('{other}'), so it would name two "
        "people; give one of them another name or key",
    ),
    "score.same_person": (
        "«{rater}» ligner «{other}», som allerede har en vurdering i runde {round} "
        "({where}); er det samme person, skriv navnet likt (og bruk --replace for å endre "
        "vurderingen), ellers bruk en vurdererliste (vurderere.yaml)",
        "'{rater}' looks like '{other}', who already has a rating in round {round} "
        "({where}); if it is the same person, spell the name the same way (and use --replace to "
        "change the rating), or else use a roster (vurderere.yaml)",
    ),
    "edit.date_ahead": (
        "datoen {date} ligger mer enn én dag fram i tid; bruk datoen det skjedde",
        "the date {date} is more than a day ahead; use the date it happened",
    ),
    "edit.would_lose_comments": (
        "vurderingen kan ikke endres på stedet, og å skrive den på nytt ville fjerne "
        "kommentarene (#) i den; endre verdien i filen for hånd",
        "the rating cannot be changed in place, and writing it anew would drop the comments "
        "(#) in it; change the value in the file by hand",
    ),
    "cli.roster_unusable": (
        "Vurdererlisten har feil; rett den før det registreres nye vurderinger.",
        "The rater roster has errors; fix it before new ratings are recorded.",
    ),
    "advance.disagreement": (
        "«videre» ved {gate} mens rådet er uenige om {parts}; diskuter delene først, eller "
        "bekreft med --yes",
        "'videre' at {gate} while the council disagrees on {parts}; discuss the parts first, "
        "or confirm with --yes",
    ),
    "advance.confirm_disagreement": (
        "Rådet er uenige om {parts}. Gå videre likevel? [j/N]",
        "The council disagrees on {parts}. Go on anyway? [y/N]",
    ),
    "criteria.levels_short": (
        "nivåene går fra {found}, men skalaen er {scale}; er nivåene oppdatert etter at "
        "skalaen ble endret?",
        "the levels run {found}, but the scale is {scale}; were the levels updated when the "
        "scale changed?",
    ),
    "criteria.anchors_short": (
        "ankerne stopper på {top}, men skalaen er {scale}; hva betyr toppen av skalaen?",
        "the anchors stop at {top}, but the scale is {scale}; what does the top of the scale "
        "mean?",
    ),
    "schema.stale": (
        "skjemafilen stemmer ikke lenger med kriteriene, så editoren sjekker mot gamle regler; "
        "kjør: {command}",
        "the schema file no longer matches the criteria, so editors check against old rules; "
        "run: {command}",
    ),
    "rating.round_gap": (
        "runde {round}, men ingen har vurdert tiltaket i runde {previous}; er rundenummeret "
        "riktig?",
        "round {round}, but nobody rated this measure in round {previous}; is the round number "
        "right?",
    ),
    "roster.bad_key": (
        "ugyldig vurderernøkkel «{key}»: bruk små bokstaver, sifre, - og _",
        "invalid rater key '{key}': use lowercase letters, digits, - and _",
    ),
    "roster.same_name": (
        "«{name}» står allerede i vurdererlisten (som «{other}»)",
        "'{name}' is already on the roster (as '{other}')",
    ),
    "rater.unknown": (
        "«{rater}» står ikke i vurdererlisten ({roster}){hint}; bruk en nøkkel eller et navn "
        "derfra, eller legg vurdereren til",
        "'{rater}' is not on the roster ({roster}){hint}; use a key or a name from it, or add "
        "the rater",
    ),
    "rater.similar": (
        "«{rater}» ligner «{other}» ({where}); er det samme person? Skriv navnet likt, "
        "ellers teller det som to stemmer (eller bruk en vurdererliste, vurderere.yaml)",
        "'{rater}' looks like '{other}' ({where}); is it the same person? Spell the name "
        "the same way, or it counts as two voices (or use a roster, vurderere.yaml)",
    ),
    "cli.no_roster": (
        "finner ikke vurdererlisten «{path}» (angi en annen med --raters)",
        "rater roster '{path}' not found (give another with --raters)",
    ),
    "score.whole_with_levels": (
        "«{criterion}» kan ikke få ett tall for hele kriteriet, fordi delen «{part}» tar et "
        "nivå ({levels}); gi poeng per del, f.eks. {part}=…",
        "'{criterion}' cannot take one number for the whole criterion, because the part "
        "'{part}' takes a level ({levels}); score it part by part, e.g. {part}=…",
    ),
    # --- rating files (issue 9) ---
    "rating.bad_file_name": (
        "«{name}» er ikke navnet på en vurderingsfil: en vurdering i mappen til et tiltak "
        "heter <vurderer>-runde-<n>.yaml, som kari-nordmann-runde-1.yaml",
        "'{name}' is not the name of a rating file: a rating in a measure's folder is named "
        "<rater>-runde-<n>.yaml, like kari-nordmann-runde-1.yaml",
    ),
    "rating.file_name_mismatch": (
        "vurderingen er fra {rater} i runde {round}, men filnavnet sier noe annet; den skal "
        "ligge i {expected}",
        "the rating is by {rater} in round {round}, but the file name says otherwise; it "
        "belongs in {expected}",
    ),
    "rating.no_measure": (
        "det finnes ikke noe tiltak «{id}» å høre til (ingen {id}.yaml ved siden av mappen)"
        "{hint}; flytt vurderingen til mappen til tiltaket sitt",
        "there is no measure '{id}' for this rating to belong to (no {id}.yaml beside the "
        "folder){hint}; move the rating to its measure's folder",
    ),
    # --- sheets (issue 9) ---
    "sheet.guide_title": ("Veiledning", "Guide"),
    "sheet.scoring_title": ("Vurdering", "Scoring"),
    "sheet.heading": (
        "Vurderingsskjema for HO21-rådet, runde {round}",
        "HO21 council scoring sheet, round {round}",
    ),
    "sheet.for_rater": ("Vurderer: {name}", "Rater: {name}"),
    "sheet.see_guide": (
        "Fyll inn de gule cellene. Ankrene står i merknaden på hver del og i arket «{guide}».",
        "Fill in the yellow cells. The anchors are in the note on each part and on the sheet "
        "'{guide}'.",
    ),
    "sheet.how_1": (
        "Gi hver del en verdi i arket «Vurdering» (de gule cellene): velg i listen, eller "
        "skriv et tall på skalaen eller et nivå. Spørsmålene og ankrene står nedenfor.",
        "Give each part a value on the sheet 'Scoring' (the yellow cells): pick from the "
        "list, or type a number on the scale or a level. The questions and anchors are below.",
    ),
    "sheet.how_2": (
        "Skriv «vet ikke» eller la cellen stå tom der du ikke kan vurdere; det teller ikke "
        "som en verdi. Kommentaren er valgfri.",
        "Write 'vet ikke' (don't know) or leave the cell empty where you cannot judge; it does "
        "not count as a value. The comment is optional.",
    ),
    "sheet.how_round": (
        "Dette er en ny runde: de grå kolonnene viser gruppens svar fra rundene før "
        "(median, spredning som IQR, og fordelingen, f.eks. 1:0 2:1 3:5 4:9 5:4). Ditt eget "
        "forrige svar er fylt inn i den gule cellen; la det stå om du mener det samme, "
        "endre det om du har endret mening. En celle du tømmer, trekker ikke svaret ditt "
        "tilbake: svaret fra før teller fortsatt.",
        "This is a new round: the grey columns show the group's answers from the rounds "
        "before (median, spread as IQR, and the distribution, e.g. 1:0 2:1 3:5 4:9 5:4). Your "
        "own previous answer is filled into the yellow cell; leave it if you think the same, "
        "change it if you have changed your mind. Emptying a cell does not withdraw your "
        "answer: the earlier one still counts.",
    ),
    "sheet.how_only": (
        "Bare delene der gruppen var uenig er åpne for svar; de andre er grå.",
        "Only the parts where the group disagreed are open for answers; the others are grey.",
    ),
    "sheet.how_3": (
        "Send filen tilbake til sekretariatet. Ikke flytt, legg til eller slett rader og "
        "kolonner.",
        "Send the file back to the secretariat. Do not move, add or delete rows and columns.",
    ),
    "sheet.col_criterion": ("Kriterium", "Criterion"),
    "sheet.col_part": ("Del", "Part"),
    "sheet.col_question": ("Spørsmål", "Question"),
    "sheet.col_anchors": ("Ankere / nivåer", "Anchors / levels"),
    "sheet.kind_id": ("Id", "Id"),
    "sheet.kind_title": ("Tittel", "Title"),
    "sheet.kind_input": ("Ditt svar", "Your answer"),
    "sheet.kind_own": ("Ditt forrige svar", "Your previous answer"),
    "sheet.kind_median": ("Gruppens median", "Group median"),
    "sheet.kind_spread": ("Spredning (IQR)", "Spread (IQR)"),
    "sheet.kind_distribution": ("Fordeling", "Distribution"),
    "sheet.kind_comment": ("Kommentar", "Comment"),
    "sheet.invalid_title": ("Ugyldig svar", "Invalid answer"),
    "sheet.invalid": ("Velg et av: {allowed}", "Choose one of: {allowed}"),
    "sheet.unreadable": (
        "kan ikke lese arbeidsboken: {reason}",
        "cannot read the workbook: {reason}",
    ),
    "sheet.not_workbook": ("ikke en Excel-fil (.xlsx)", "not an Excel file (.xlsx)"),
    "sheet.not_ours": (
        "ikke et vurderingsskjema fra ho21score (mangler det skjulte arket «ho21score»); lag "
        "skjemaer med: ho21score sheet export",
        "not a scoring sheet made by ho21score (the hidden sheet 'ho21score' is missing); make "
        "sheets with: ho21score sheet export",
    ),
    "sheet.bad_format": (
        "skjemaet er laget i et annet format ({found}) enn denne versjonen leser; lag et nytt",
        "the sheet has another format ({found}) than this version reads; make a new one",
    ),
    "sheet.bad_meta": (
        "det skjulte arket mangler eller har en ugyldig «{key}»; lag skjemaet på nytt",
        "the hidden sheet lacks a valid '{key}'; make the sheet again",
    ),
    "sheet.unknown_column": (
        "ukjent kolonne «{key}»: kriteriene er endret siden skjemaet ble laget, eller "
        "kolonnene er flyttet; lag skjemaet på nytt",
        "unknown column '{key}': the criteria changed since the sheet was made, or columns "
        "were moved; make the sheet again",
    ),
    "sheet.unknown_measure": ("finner ikke tiltaket «{id}»", "no measure '{id}'"),
    "sheet.measure_broken": (
        "tiltaksfilen for «{id}» har feil (se ho21score validate); rett den og importer igjen",
        "the measure file of '{id}' has errors (see ho21score validate); fix it and import "
        "again",
    ),
    "sheet.measure_twice": (
        "tiltaket «{id}» står allerede i rad {row}",
        "the measure '{id}' is already in row {row}",
    ),
    "sheet.bad_value": (
        "«{value}» er ikke et svar; tillatt: {allowed}",
        "'{value}' is not an answer; allowed: {allowed}",
    ),
    "sheet.changed_since": (
        "tiltaket «{id}» er endret siden skjemaet ble laget; sjekk at vurderingen gjelder "
        "dagens beskrivelse",
        "the measure '{id}' changed since the sheet was made; check that the rating is of the "
        "current description",
    ),
    "sheet.refused": ("{reason}", "{reason}"),
    "sheet.broken_first": (
        ("{count} tiltaksfil har feil; rett den før skjemaene sendes ut (ho21score validate)",
         "{count} tiltaksfiler har feil; rett dem før skjemaene sendes ut (ho21score validate)"),
        ("{count} measure file has errors; fix it before the sheets go out (ho21score validate)",
         "{count} measure files have errors; fix them before the sheets go out "
         "(ho21score validate)"),
    ),
    "sheet.same_file": (
        "«{rater}» og «{other}» får samme skjema ({path}); er det samme person? Skriv navnet "
        "likt, eller bruk en vurdererliste (vurderere.yaml)",
        "'{rater}' and '{other}' get the same sheet ({path}); is it the same person? Spell the "
        "name the same way, or use a roster (vurderere.yaml)",
    ),
    "sheet.exists": (
        "{path} finnes allerede (et utfylt skjema?); velg en annen mappe, eller bruk --force",
        "{path} already exists (a filled-in sheet?); choose another folder, or use --force",
    ),
    "sheet.write_failed": ("kan ikke skrive {path}: {reason}", "cannot write {path}: {reason}"),
    "sheet.partly_written": (
        "{reason}; det som står skrevet fra denne filen, er {paths} (importer filen på nytt "
        "når feilen er rettet: det som er skrevet, blir uendret)",
        "{reason}; what was written from this file is {paths} (import the file again once "
        "the error is fixed: what was written stays unchanged)",
    ),
    "sheet.bad_comment": (
        "kommentaren har tegnet {code}, som ikke kan stå i en fil (kontrolltegn); fjern det",
        "the comment has the character {code}, which cannot go into a file (a control "
        "character); remove it",
    ),
    "sheet.twice": (
        "{rater} har allerede et svar for «{id}» i denne runden i {place}",
        "{rater} already has an answer for '{id}' in this round in {place}",
    ),
    "sheet.differs": (
        "{rater} har allerede en annen vurdering i runde {round} ({where}); bruk --replace "
        "for å erstatte den",
        "{rater} already has a different rating in round {round} ({where}); use --replace to "
        "replace it",
    ),
    "sheet.nothing_written": (
        "ingenting er skrevet fra denne filen",
        "nothing was written from this file",
    ),
    "sheet.wrote": (
        "Skrev {path} ({rater}, runde {round}, {count} tiltak).",
        "Wrote {path} ({rater}, round {round}, {count} measures).",
    ),
    "sheet.written_count": (
        ("Laget {count} skjema i {folder}.", "Laget {count} skjemaer i {folder}."),
        ("Made {count} sheet in {folder}.", "Made {count} sheets in {folder}."),
    ),
    "sheet.no_raters": (
        "ingen vurderere å lage skjemaer for; angi en med --rater",
        "no raters to make sheets for; name one with --rater",
    ),
    "sheet.import_new": ("ny: {path}", "new: {path}"),
    "sheet.import_same": ("uendret: {path}", "unchanged: {path}"),
    "sheet.import_changed": ("endret: {path}", "changed: {path}"),
    "sheet.dry_run": ("(prøvekjøring: ingenting er skrevet)", "(dry run: nothing was written)"),
    # --- robustness (issue 10) ---
    "robustness.title": ("Hvor sikker er rangeringen?", "How sure is the ranking?"),
    "robustness.model_line": (
        "Modell: {model}; {draws} trekninger, frø {seed}, numpy {numpy}.",
        "Model: {model}; {draws} draws, seed {seed}, numpy {numpy}.",
    ),
    "robustness.model.simplex": ("alle vektinger (simplex)", "all weightings (simplex)"),
    "robustness.model.ordinal": (
        "vektinger som holder rekkefølgen {order} (ordinal)",
        "weightings that keep the order {order} (ordinal)",
    ),
    "robustness.model.box": (
        "vektinger innen ±{box} % av de vedtatte vektene (box)",
        "weightings within ±{box}% of the adopted weights (box)",
    ),
    "robustness.model.fixed": ("de vedtatte vektene (fixed)", "the adopted weights (fixed)"),
    "robustness.model_raters": (
        ", og vurdererne trukket på nytt",
        ", and the raters drawn anew",
    ),
    "robustness.scope.simplex": ("alle vektinger", "all weightings"),
    "robustness.scope.ordinal": (
        "vektingene som holder rekkefølgen {order}",
        "the weightings that keep the order {order}",
    ),
    "robustness.scope.box": (
        "vektingene innen ±{box} % av de vedtatte vektene",
        "the weightings within ±{box}% of the adopted weights",
    ),
    "robustness.scope.fixed": (
        "trekningene av vurdererne med de vedtatte vektene",
        "the draws of the raters at the adopted weights",
    ),
    "robustness.scope_raters": (
        ", når også vurdererne trekkes på nytt",
        ", with the raters drawn anew as well",
    ),
    "robustness.unit.weights": ("vektinger", "weightings"),
    "robustness.unit.draws": ("trekninger", "draws"),
    "robustness.it": ("tiltaket", "it"),
    "robustness.small_numbers": (
        "én to tre fire fem seks sju åtte ni ti",
        "one two three four five six seven eight nine ten",
    ),
    "robustness.percent": ("{value} %", "{value}%"),
    "robustness.below_one": ("<1 %", "<1%"),
    "robustness.above_99": (">99 %", ">99%"),
    "robustness.tied_now": ("står likt", "tied"),
    "robustness.top_sentence_first": (
        "{name} kommer øverst i {share} av {scope}.",
        "{name} comes first in {share} of {scope}.",
    ),
    "robustness.top_sentence": (
        "{name} er blant de {n} beste i {share} av {scope}.",
        "{name} is among the top {n} in {share} of {scope}.",
    ),
    "robustness.band": (
        "I 9 av 10 {unit} havner {name} mellom {low}. og {high}. plass.",
        "In 9 of 10 {unit}, {name} ends up between place {low} and place {high}.",
    ),
    "robustness.band_one": (
        "I 9 av 10 {unit} havner {name} på {place}. plass.",
        "In 9 of 10 {unit}, {name} ends up in place {place}.",
    ),
    "robustness.dominated": (
        "{name} scorer ikke bedre enn {other} på noe kriterium, så ingen vekting setter {name} "
        "foran {other}.",
        "{name} scores no better than {other} on any criterion, so no weighting puts {name} "
        "ahead of {other}.",
    ),
    "robustness.dominated_many": (
        "{name} scorer ikke bedre enn {others} på noe kriterium, så ingen vekting setter {name} "
        "foran noen av dem.",
        "{name} scores no better than {others} on any criterion, so no weighting puts {name} "
        "ahead of any of them.",
    ),
    "robustness.range_between": ("mellom {low} og {high}", "between {low} and {high}"),
    "robustness.range_below": ("under {high}", "below {high}"),
    "robustness.range_above": ("over {low}", "above {low}"),
    "robustness.range_any": ("hva som helst", "anything"),
    "robustness.sweep_first": (
        "Det samme tiltaket kommer øverst så lenge vekten på {criterion} er {range} "
        "(vedtatt: {stated}).",
        "The same measure comes first as long as the weight on {criterion} is {range} "
        "(adopted: {stated}).",
    ),
    "robustness.sweep": (
        "De {n} beste er de samme så lenge vekten på {criterion} er {range} (vedtatt: "
        "{stated}).",
        "The top {n} stay the same as long as the weight on {criterion} is {range} "
        "(adopted: {stated}).",
    ),
    "robustness.sweep_tie_first": (
        "Hvem som kommer øverst, står og vipper: med den vedtatte vekten på {criterion} "
        "({stated}) står to tiltak likt, og den minste endring skiller dem.",
        "Which measure comes first hangs in the balance: at the adopted weight on "
        "{criterion} ({stated}) two measures tie, and the smallest change separates them.",
    ),
    "robustness.sweep_tie": (
        "Hvem som er de {n} beste, står og vipper: med den vedtatte vekten på {criterion} "
        "({stated}) står to tiltak likt ved grensen, og den minste endring skiller dem.",
        "Who the top {n} are hangs in the balance: at the adopted weight on {criterion} "
        "({stated}) two measures tie at the cut, and the smallest change separates them.",
    ),
    "robustness.sweep_none_first": (
        "Ingen enkeltvekt kan alene endre hvilket tiltak som kommer øverst.",
        "No single weight alone can change which measure comes first.",
    ),
    "robustness.sweep_none": (
        "Ingen enkeltvekt kan alene endre hvem som er de {n} beste.",
        "No single weight alone can change who the top {n} are.",
    ),
    "robustness.no_effect": (
        "Alle tiltakene har {score} på {criterion}, så vekten på {criterion} kan ikke endre "
        "rekkefølgen.",
        "Every measure scores {score} on {criterion}, so the weight on {criterion} cannot "
        "change the order.",
    ),
    "robustness.few_raters_one": (
        "{name} har bare én vurderer, så vurdererne varierer ikke for dette tiltaket.",
        "{name} has only one rater, so the raters do not vary for this measure.",
    ),
    "robustness.few_raters": (
        "{name} har bare {n} vurderere, så hver del kan bare få tre ulike medianer.",
        "{name} has only {n} raters, so each part can take only three medians.",
    ),
    "robustness.accuracy": (
        "Andelene er fra {draws} trekninger og sikre til ±{points} prosentpoeng (95 %). «0 %» "
        "og «100 %» er eksakte; «<1 %» og «>99 %» betyr nesten aldri og nesten alltid.",
        "The shares come from {draws} draws and are good to ±{points} percentage points "
        "(95%). '0%' and '100%' are exact; '<1%' and '>99%' mean almost never and almost "
        "always.",
    ),
    "robustness.none": ("Ingen tiltak å rangere.", "No measures to rank."),
    "robustness.one_measure": (
        "Bare ett tiltak er rangert, så rekkefølgen kan ikke endre seg.",
        "Only one measure is ranked, so the order cannot change.",
    ),
    "robustness.col_first": ("Først", "First"),
    "robustness.col_top": ("Topp {k}", "Top {k}"),
    "robustness.col_band": ("Plass i 9 av 10", "Place in 9 of 10"),
    "robustness.col_weights_only": ("Bare vekter", "Weights only"),
    "robustness.col_raters_only": ("Bare vurderere", "Raters only"),
    "robustness.col_both": ("Begge", "Both"),
    "robustness.split_heading": (
        "Topp {k}: hva usikkerheten kommer av (bare vektene trukket, bare vurdererne, begge)",
        "Top {k}: where the uncertainty comes from (only the weights drawn, only the raters, "
        "both)",
    ),
    "robustness.col_raters": ("Vurderere", "Raters"),
    "robustness.col_next": ("Neste", "Next"),
    "robustness.col_ahead": ("Foran i", "Ahead in"),
    "robustness.col_criterion": ("Kriterium", "Criterion"),
    "robustness.col_weight": ("Vedtatt vekt", "Adopted weight"),
    "robustness.col_range": ("Poeng, lavest–høyest", "Scores, lowest–highest"),
    "robustness.col_top_holds": ("Topp {k} uendret ved vekt", "Top {k} unchanged at weight"),
    "robustness.pairs_heading": (
        "Nabopar: hvor ofte ligger hvert tiltak foran det neste?",
        "Neighbours: how often is each measure ahead of the next?",
    ),
    "robustness.central_heading": (
        "Vektene når tiltaket kommer øverst (snitt)",
        "The weights when the measure comes first (mean)",
    ),
    "robustness.sweep_heading": (
        "Én vekt om gangen (de andre skaleres i samme forhold)",
        "One weight at a time (the others rescaled in proportion)",
    ),
    "robustness.ranks_heading": (
        "Vekten der hvert tiltak beholder rangen sin",
        "The weight at which each measure keeps its rank",
    ),
    "robustness.proven_heading": (
        "Bevist uten trekning, med medianene slik de er",
        "Proven without sampling, with the medians as they are",
    ),
    "robustness.as_they_are": (
        "Med medianene slik de er: {sentence}",
        "With the medians as they are: {sentence}",
    ),
    "robustness.notes_heading": ("Merk", "Note"),
    "robustness.order_syntax": (
        "--order «{order}» kan ikke leses; skriv kriteriene med > og =, for eksempel «a>b=c», "
        "med nøklene {keys}",
        "--order '{order}' cannot be read; write the criteria with > and =, for example "
        "'a>b=c', with the keys {keys}",
    ),
    "robustness.order_unknown": (
        "--order: «{key}» er ikke et kriterium{hint}; bruk {keys}",
        "--order: '{key}' is not a criterion{hint}; use {keys}",
    ),
    "robustness.order_twice": (
        "--order: «{key}» står to ganger",
        "--order: '{key}' appears twice",
    ),
    "robustness.order_missing": (
        "--order må ta med hvert kriterium; mangler {keys}",
        "--order must name every criterion; missing {keys}",
    ),
    "robustness.order_not_ordinal": (
        "--order gjelder bare --weights ordinal",
        "--order applies to --weights ordinal only",
    ),
    "robustness.box_not_box": (
        "--box gjelder bare --weights box",
        "--box applies to --weights box only",
    ),
    "robustness.box_too_narrow": (
        "--box: bare {share} % av trekningene havner innen ±{box} % av de vedtatte vektene, for "
        "få til å regne på; gjør boksen større",
        "--box: only {share}% of the draws land within ±{box}% of the adopted weights, too few "
        "to work with; make the box wider",
    ),
    "robustness.nothing_varies": (
        "--weights fixed med --no-raters varierer ingenting; ta bort en av dem",
        "--weights fixed with --no-raters varies nothing; drop one of them",
    ),
    "robustness.report_intro_first": (
        "Rangeringen over bygger på de vedtatte vektene og på medianen av vurderernes "
        "poeng. Her er den regnet ut på nytt {draws} ganger, med en ny trekning hver gang "
        "blant {scope}. Tabellen viser tiltaket som er rangert øverst, og alle andre "
        "tiltak som kommer øverst i minst én av ti trekninger.",
        "The ranking above rests on the adopted weights and on the median of the raters' "
        "scores. Here it is worked out anew {draws} times, each time with a new draw from "
        "{scope}. The table shows the measure ranked first and every other measure that "
        "comes first in at least one draw in ten.",
    ),
    "robustness.report_intro": (
        "Rangeringen over bygger på de vedtatte vektene og på medianen av vurderernes "
        "poeng. Her er den regnet ut på nytt {draws} ganger, med en ny trekning hver gang "
        "blant {scope}. Tabellen viser de {n} beste og alle andre tiltak som er blant de "
        "{n} beste i minst én av ti trekninger.",
        "The ranking above rests on the adopted weights and on the median of the raters' "
        "scores. Here it is worked out anew {draws} times, each time with a new draw from "
        "{scope}. The table shows the top {n} and every other measure that is among the "
        "top {n} in at least one draw in ten.",
    ),
    "robustness.col_in_top_first": (
        "Øverst",
        "First",
    ),
    "robustness.col_in_top": (
        "Blant de {n} beste",
        "Among the top {n}",
    ),
    "robustness.report_model": (
        "Modell: {model}; frø {seed}. {accuracy}",
        "Model: {model}; seed {seed}. {accuracy}",
    ),
    # --- web form CSV (issue 9) ---
    "form.need_mapping": (
        "{path} er en CSV-fil: angi hvilke kolonner som er hva med --mapping FIL",
        "{path} is a CSV file: say which column is what with --mapping FILE",
    ),
    "form.need_round": (
        "angi runden med --round (eller «runde:» i {path})",
        "give the round with --round (or 'runde:' in {path})",
    ),
    "form.unknown_measure": ("finner ikke tiltaket «{id}»{hint}", "no measure '{id}'{hint}"),
    "form.unknown_part": (
        "«{part}» er ikke en del i kriteriene{hint}; skriv tiltak/kriterium.del",
        "'{part}' is not a part of the criteria{hint}; write measure/criterion.part",
    ),
    "form.empty": ("filen er tom", "the file is empty"),
    "form.column_twice": (
        "kolonnen «{column}» står to ganger i filen; gi dem ulike navn",
        "the column '{column}' is in the file twice; give them different names",
    ),
    "form.row_length": (
        "raden har {found} felt, men overskriften har {expected}; er et skilletegn eller et "
        "anførselstegn feil?",
        "the row has {found} fields, but the header has {expected}; is a separator or a quote "
        "wrong?",
    ),
    "form.missing_column": (
        "kolonnen «{column}» finnes ikke i filen{hint}",
        "the column '{column}' is not in the file{hint}",
    ),
    "form.no_rater": (
        "raden har svar, men ingen vurderer i kolonnen «{column}»",
        "the row has answers, but no rater in the column '{column}'",
    ),
    # --- round 2 at the prompt (issue 9) ---
    "score.prompt_intro_later": (
        "Vurdering av «{title}» ({rater}, runde {round}). Enter beholder svaret ditt fra før "
        "(det registreres i denne runden), eller hopper over en del du ikke har svart på.",
        "Rating '{title}' ({rater}, round {round}). Enter keeps your earlier answer (it is "
        "recorded in this round), or skips a part you have not answered.",
    ),
    "score.prompt_none_flagged": (
        "Runde 2 eller senere: du svarer på delene du velger. Ingen deler er flagget for "
        "uenighet; Enter tar alle.",
        "Round 2 or later: you answer the parts you choose. No part is flagged for "
        "disagreement; Enter takes all.",
    ),
    "score.prompt_flagged": (
        "Runde 2 eller senere: du svarer på delene du velger. Uenighet i gruppen: {parts}.",
        "Round 2 or later: you answer the parts you choose. Disagreement in the group: "
        "{parts}.",
    ),
    "score.prompt_choose": (
        "Deler å svare på (Enter: de med uenighet; «alle»; eller nøkler skilt med komma)",
        "Parts to answer (Enter: those with disagreement; 'all'; or keys separated by commas)",
    ),
    "score.prompt_all_word": ("alle", "all"),
    "score.prompt_unknown_part": (
        "«{part}» er ikke en del{hint}; prøv igjen",
        "'{part}' is not a part{hint}; try again",
    ),
    "score.prompt_group": (
        "  Gruppen før runde {round}: median {median}, IQR {iqr}, fordeling {distribution}",
        "  The group before round {round}: median {median}, IQR {iqr}, distribution "
        "{distribution}",
    ),
    "score.prompt_flag": ("(uenighet)", "(disagreement)"),
    "score.prompt_own": (
        "  Ditt svar fra før: {answer} (Enter beholder det)",
        "  Your earlier answer: {answer} (Enter keeps it)",
    ),
    "score.prompt_no_group": (
        "  Ingen i gruppen har svart på denne delen ennå.",
        "  Nobody in the group has answered this part yet.",
    ),
    # --- HTML report and charts (#11) ---
    "report.decision.videre": ("videre", "go on"),
    "report.decision.revider": ("revider", "revise"),
    "report.decision.vent": ("vent", "hold"),
    "report.decision.stopp": ("stopp", "stop"),
    "report.gate_name": ("BP{n}", "DP{n}"),
    "report.bad_axis": (
        "ukjent kriterium «{key}» for {option}{hint}; kjente kriterier: {allowed}",
        "unknown criterion '{key}' for {option}{hint}; known criteria: {allowed}",
    ),
    "chart.high_high": ("{y} høy, {x} høy", "{y} high, {x} high"),
    "chart.low_high": ("{y} høy, {x} lav", "{y} high, {x} low"),
    "chart.low_low": ("{y} lav, {x} lav", "{y} low, {x} low"),
    "chart.high_low": ("{y} lav, {x} høy", "{y} low, {x} high"),
    "chart.svg_title": (
        "{y} (loddrett) mot {x} (vannrett), punktene merket med rang",
        "{y} (vertical) against {x} (horizontal), points labelled with their rank",
    ),
    "chart.legend_caption": (
        "Rang på figuren → tiltak",
        "Rank on the chart → measure",
    ),
    "chart.shares_heading": ("Plass i trekningene", "Place in the draws"),
    "chart.shares_intro": (
        "Hvor ofte hvert tiltak havner på hver plass når vektene og vurdererne trekkes på "
        "nytt (de samme trekningene som over).",
        "How often each measure lands in each place when the weights and the raters are "
        "drawn anew (the same draws as above).",
    ),
    "chart.shares_place": ("{n}. plass", "place {n}"),
    "chart.shares_rest": ("lavere", "lower"),
    "chart.shares_col": ("Andel av trekningene", "Share of the draws"),
    "chart.shares_tip": ("{place}: {share}", "{place}: {share}"),
    # --- terminal tables (#11) ---
    "terminal.left_out": (
        "Utelatt for å få plass: {columns} (et bredere vindu eller --format markdown viser alt)",
        "Left out to fit: {columns} (a wider window or --format markdown shows everything)",
    ),
    "show.by_rater": ("Hver vurderers verdier", "Each rater's values"),
    # --- indicators and observations (#12) ---
    "field.bad_period": (
        "«{key}»: «{value}» er ikke en periode; skriv et år (2025), et halvår (2025-H1), et "
        "kvartal (2025-Q3) eller en måned (2025-06)",
        "'{key}': '{value}' is not a period; write a year (2025), a half (2025-H1), a quarter "
        "(2025-Q3) or a month (2025-06)",
    ),
    "indicator.percent_range": (
        "{value} er ingen prosent; en prosent ligger fra og med 0 til og med 100",
        "{value} is not a percentage; a percentage lies from 0 to 100",
    ),
    "indicator.negative": (
        "{value} er under 0; et tall i enheten {unit} er 0 eller mer",
        "{value} is below 0; a number in the unit {unit} is 0 or more",
    ),
    "indicator.duplicate_key": (
        "indikatoren «{key}» finnes allerede (linje {line}); gi en av dem en egen «nøkkel»",
        "the indicator '{key}' is already there (line {line}); give one of them a 'nøkkel' "
        "of its own",
    ),
    "indicator.bad_key": (
        "«{key}» er ingen gyldig nøkkel; bruk små bokstaver a–z, sifre og bindestrek "
        "(kliniske-studier)",
        "'{key}' is not a valid key; use lowercase letters a–z, digits and hyphens "
        "(kliniske-studier)",
    ),
    "indicator.needs_unit": (
        "«{key}» krever en enhet: skriv «enhet: antall», «prosent», «kroner» eller «tekst»",
        "'{key}' needs a unit: write 'enhet: antall', 'prosent', 'kroner' or 'tekst'",
    ),
    "indicator.text_numbers": (
        "«{key}» hører ikke til en indikator med enhet tekst; den får status (grønn, gul, rød) "
        "for hånd i hver observasjon",
        "'{key}' does not belong to an indicator in the unit tekst; it is given a status "
        "(grønn, gul, rød) by hand in each observation",
    ),
    "indicator.target_without_baseline": (
        "mål uten utgangspunkt: skriv først «utgangspunkt:» med verdi og periode",
        "targets without a baseline: write 'utgangspunkt:' with a value and a period first",
    ),
    "indicator.target_before_baseline": (
        "målet for {period} ligger ikke etter utgangspunktet ({baseline}); et mål må ha en "
        "senere periode",
        "the target for {period} is not after the baseline ({baseline}); a target needs a "
        "later period",
    ),
    "indicator.target_order": (
        "målet for {period} kommer ikke etter målet for {previous}; skriv målene i "
        "periodeorden",
        "the target for {period} does not come after the target for {previous}; write the "
        "targets in period order",
    ),
    "observation.bad_suffix": (
        "«{name}»: en observasjonsfil heter <indikator>-<periode>.yaml",
        "'{name}': an observation file is named <indicator>-<period>.yaml",
    ),
    "observation.no_measure": (
        "ingen tiltaksfil measures/{id}.yaml for denne observasjonen{hint}",
        "no measure file measures/{id}.yaml for this observation{hint}",
    ),
    "observation.file_name_mismatch": (
        "filnavnet stemmer ikke med indikatoren og perioden i filen; den skal hete {expected}",
        "the file name does not match the indicator and period in the file; it should be "
        "{expected}",
    ),
    "observation.unknown_indicator": (
        "tiltaket har ingen indikator «{key}»{hint}; indikatorene er: {allowed}",
        "the measure has no indicator '{key}'{hint}; its indicators are: {allowed}",
    ),
    "observation.duplicate": (
        "«{key}» har allerede en observasjon for {other} ({where}); {period} er den samme "
        "perioden eller overlapper den (--replace endrer en observasjon)",
        "'{key}' already has an observation for {other} ({where}); {period} is the same "
        "period or overlaps it (--replace changes an observation)",
    ),
    "observation.no_unit": (
        "indikatoren «{key}» har ingen enhet; gi den «enhet:» i tiltaksfilen før noe "
        "observeres",
        "the indicator '{key}' has no unit; give it 'enhet:' in the measure file before "
        "anything is observed",
    ),
    "observation.not_text": (
        "indikatoren «{key}» har enhet tekst: verdien er en tekst som sier hva som er "
        "observert",
        "the indicator '{key}' is in the unit tekst: the value is a text that says what was "
        "observed",
    ),
    "observation.need_status": (
        "indikatoren «{key}» har enhet tekst: observasjonen trenger «status: grønn», «gul» "
        "eller «rød»",
        "the indicator '{key}' is in the unit tekst: the observation needs 'status: grønn', "
        "'gul' or 'rød'",
    ),
    "observation.status_not_allowed": (
        "status settes for hånd bare for indikatorer med enhet tekst; denne har enhet "
        "{unit}, og statusen regnes ut",
        "a status is set by hand only for indicators in the unit tekst; this one is in "
        "{unit}, and its status is worked out",
    ),
    "observation.not_number": (
        "«{value}» er ikke et tall; indikatoren har enhet {unit}",
        "'{value}' is not a number; the indicator is in the unit {unit}",
    ),
    "observation.before_baseline": (
        "perioden {period} ligger før utgangspunktet ({baseline})",
        "the period {period} is before the baseline ({baseline})",
    ),
    "observe.ambiguous": (
        "«{word}» kan være flere indikatorer: {keys}",
        "'{word}' could be several indicators: {keys}",
    ),
    "observe.stopped": (
        "tiltaket {id} er stoppet; det følges ikke opp lenger",
        "the measure {id} is stopped; it is no longer followed up",
    ),
    "observe.exists": (
        "{path} finnes allerede (verdi {value}); --replace endrer den",
        "{path} already exists (value {value}); --replace changes it",
    ),
    "observe.bad_period": (
        "«{period}» er ikke en periode; skriv 2025, 2025-H1, 2025-Q3 eller 2025-06",
        "'{period}' is not a period; write 2025, 2025-H1, 2025-Q3 or 2025-06",
    ),
    "observe.bad_status": (
        "«{status}» er ingen status; bruk {allowed}",
        "'{status}' is not a status; use {allowed}",
    ),
    "observe.done": (
        "Registrert: {key} for {period} = {value} i {path}",
        "Recorded: {key} for {period} = {value} in {path}",
    ),
    "observe.changed": (
        "Endret: {key} for {period} i {path}",
        "Changed: {key} for {period} in {path}",
    ),
    "observe.change": ("  verdi: {old} → {new}", "  value: {old} → {new}"),
    "followup.green": ("grønn", "green"),
    "followup.amber": ("gul", "amber"),
    "followup.red": ("rød", "red"),
    "followup.grey": ("grå", "grey"),
    "followup.none": ("uten mål", "no target"),
    "followup.col_indicator": ("Indikator", "Indicator"),
    "followup.col_unit": ("Enhet", "Unit"),
    "followup.col_baseline": ("Utgangspunkt", "Baseline"),
    "followup.col_expected": ("Forventet nå", "Expected now"),
    "followup.col_observed": ("Sist observert", "Latest observed"),
    "followup.col_gap": ("Avvik", "Gap"),
    "followup.col_status": ("Status", "Status"),
    "followup.col_trend": ("Trend", "Trend"),
    "followup.col_source": ("Kilde", "Source"),
    "followup.col_measure": ("Tiltak", "Measure"),
    "followup.col_total": ("Total", "Total"),
    "followup.heading": ("Oppfølging", "Follow-up"),
    "followup.charts_heading": (
        "Indikatorene over tid (stiplet: forventet fra utgangspunkt til mål; heltrukket: "
        "observert)",
        "The indicators over time (dashed: expected from baseline to target; solid: observed)",
    ),
    "followup.how": (
        "Status per {date}. «Forventet nå» er verdien på den rette linjen fra utgangspunktet "
        "gjennom målene, lest av ved perioden for siste observasjon. Avviket er observert minus "
        "forventet, positivt når det er bra (for en indikator der lavere er bedre: forventet "
        "minus observert). Grønn: i rute; gul: bak, men innenfor toleransen; rød: lenger bak; "
        "grå: ingen observasjon som er fersk nok. Trendpilen ↗ betyr bedre, ↘ dårligere, → "
        "uendret.",
        "Status as of {date}. 'Expected now' is the value on the straight line from the "
        "baseline through the targets, read at the period of the latest observation. The gap "
        "is observed minus expected, positive when that is good (for an indicator where lower "
        "is better: expected minus observed). Green: on track; amber: behind, but within the "
        "tolerance; red: further behind; grey: no observation recent enough. The trend arrow ↗ "
        "means better, ↘ worse, → unchanged.",
    ),
    "followup.none_in_phase": (
        "Ingen tiltak er i fasen oppfølging.",
        "No measure is in the follow-up phase.",
    ),
    "followup.no_indicators": ("Ingen indikatorer.", "No indicators."),
    "followup.calibration_heading": (
        "Kalibrering: forventet mot levert",
        "Calibration: expected against delivered",
    ),
    "followup.calibration_caveat": (
        (
            "Rådets poeng står ved siden av indikatorenes status, så rådet kan se om det "
            "tiltaket det ventet mest av, leverte mest. Dette er et blikk, ikke en statistisk "
            "test: med {count} tiltak i oppfølging kan ingen sammenheng vises.",
            "Rådets poeng står ved siden av indikatorenes status, så rådet kan se om de "
            "tiltakene det ventet mest av, leverte mest. Dette er et blikk, ikke en statistisk "
            "test: med {count} tiltak i oppfølging kan ingen sammenheng vises.",
        ),
        (
            "The council's scores stand beside the indicators' status, so the council can see "
            "whether the measure it expected most from delivered most. This is a look, not a "
            "statistical test: with {count} measure in follow-up no relation can be shown.",
            "The council's scores stand beside the indicators' status, so the council can see "
            "whether the measures it expected most from delivered most. This is a look, not a "
            "statistical test: with {count} measures in follow-up no relation can be shown.",
        ),
    ),
    # --- one language (#11) ---
    "lang.read_as": (
        "«{value}» leses som bokmål ({lang})",
        "'{value}' is read as bokmål ({lang})",
    ),
    "lang.bad_option": (
        "ugyldig verdi for «--lang»: «{value}»; bruk {allowed}",
        "invalid value for '--lang': '{value}'; use {allowed}",
    ),
    "lang.bad_environment": (
        "HO21SCORE_LANG=«{value}» er ikke et språk ho21score kan; bruk {allowed} (eller "
        "--lang)",
        "HO21SCORE_LANG='{value}' is not a language ho21score speaks; use {allowed} (or "
        "--lang)",
    ),
    "lang.bad_value": (
        "«{value}» er ikke et språk ho21score kan; bruk {allowed}",
        "'{value}' is not a language ho21score speaks; use {allowed}",
    ),
    "cli.bad_date": (
        "«{value}» er ingen dato; skriv den som 2026-12-01 eller 1.12.2026",
        "'{value}' is not a date; write it as 2026-12-01 or 1.12.2026",
    ),
    "syntax.colon": (
        "et kolon her gjør teksten til en ny nøkkel der ingen kan stå; sett verdien i "
        "anførselstegn hvis den inneholder «: », eller rett innrykket",
        "a colon here makes a new key where none can be; put the value in quotes if it "
        "contains ': ', or correct the indentation",
    ),
    "syntax.no_colon": (
        "fant ikke kolonet etter en nøkkel; mangler «:», eller er innrykket feil?",
        "no colon after a key; is the ':' missing, or the indentation wrong?",
    ),
    "syntax.bad_start": (
        "en verdi kan ikke begynne med dette tegnet (som @, ` eller %); sett verdien i "
        "anførselstegn",
        "a value cannot begin with this character (such as @, ` or %); put the value in quotes",
    ),
    "syntax.open_quote": (
        "filen slutter før et anførselstegn er lukket",
        "the file ends before a quote is closed",
    ),
    "syntax.open_flow": (
        "filen slutter før en klamme eller krøllparentes er lukket",
        "the file ends before a bracket or brace is closed",
    ),
    "syntax.end": ("filen slutter midt i en verdi", "the file ends in the middle of a value"),
    "syntax.open_bracket": (
        "her ventes «,» eller «]»: en liste i [ ] som ikke er lukket, eller et komma som mangler",
        "',' or ']' expected here: a list in [ ] that is not closed, or a missing comma",
    ),
    "syntax.open_brace": (
        "her ventes «,» eller en krøllparentes: et oppslag i krøllparenteser som ikke er "
        "lukket, eller et komma som mangler",
        "',' or a closing brace expected here: a mapping in braces that is not closed, or a "
        "missing comma",
    ),
    "syntax.indent_key": (
        "innrykket stemmer ikke: her ventes en nøkkel på samme nivå som nøklene over",
        "the indentation is off: a key at the level of the keys above is expected here",
    ),
    "syntax.indent_item": (
        "innrykket stemmer ikke: her ventes et nytt listepunkt («- ») på samme nivå som de over",
        "the indentation is off: a new list item ('- ') at the level of those above is "
        "expected here",
    ),
    "syntax.item_here": (
        "et listepunkt («- ») kan ikke stå her; sjekk innrykket",
        "a list item ('- ') cannot stand here; check the indentation",
    ),
    "syntax.tab": (
        "tabulator i innrykket; bruk mellomrom",
        "a tab in the indentation; use spaces",
    ),
    "syntax.escape": (
        "ukjent \\-sekvens i tekst i doble anførselstegn; bruk enkle anførselstegn, eller "
        "skriv \\\\",
        "an unknown \\ escape in double-quoted text; use single quotes, or write \\\\",
    ),
    "syntax.document_marker": (
        "«---» eller «...» midt i en tekst i anførselstegn",
        "'---' or '...' inside quoted text",
    ),
    "syntax.no_value": ("her mangler en verdi", "a value is missing here"),
    "syntax.after_value": (
        "uventet tekst etter verdien (etter et avsluttende anførselstegn?)",
        "unexpected text after the value (after a closing quote?)",
    ),
    "syntax.other": (
        "filen kan ikke leses som YAML her; sjekk innrykk, kolon og anførselstegn",
        "the file cannot be read as YAML here; check indentation, colons and quotes",
    ),
    "criteria.anchors_en_differ": (
        "ankere_en bør forklare de samme poengene som ankere ({scores}); med --lang en vises "
        "bare de engelske",
        "ankere_en should explain the same scores as ankere ({scores}); with --lang en only "
        "the English ones are shown",
    ),
    "click.usage": ("Bruk:", "Usage:"),
    "click.heading_options": ("Valg", "Options"),
    "click.heading_arguments": ("Argumenter", "Arguments"),
    "click.heading_commands": ("Kommandoer", "Commands"),
    "click.help_option": ("Vis denne hjelpen og avslutt.", "Show this message and exit."),
    "click.default": ("standard: {value}", "default: {value}"),
    "click.env_var": ("miljøvariabel: {name}", "env var: {name}"),
    "click.required": ("påkrevd", "required"),
    "click.try_help": ("Prøv «{command}» for hjelp.", "Try '{command}' for help."),
    "click.no_such_option": ("ukjent valg: {option}", "no such option: {option}"),
    "click.possible_options": (" (mulige valg: {options})", " (possible options: {options})"),
    "click.bad_value": (
        "ugyldig verdi for {param}: {reason}",
        "invalid value for {param}: {reason}",
    ),
    "click.missing_argument": ("mangler argumentet {param}.", "missing argument {param}."),
    "click.missing_option": ("mangler valget {param}.", "missing option {param}."),
    "click.choose_from": ("Velg {choices}.", "Choose {choices}."),
    "click.not_one_of": (
        "{value} er ikke et gyldig valg; velg {choices}.",
        "{value} is not one of {choices}.",
    ),
    "click.not_int": ("{value} er ikke et heltall.", "{value} is not a whole number."),
    "click.not_number": ("{value} er ikke et tall.", "{value} is not a number."),
    "click.not_in_range": (
        "{value} er utenfor det tillatte området {range}.",
        "{value} is not in the range {range}.",
    ),
    "click.extra_args": (
        "for mange argumenter: {args}",
        "got unexpected extra arguments: {args}",
    ),
    "click.no_such_command": ("ukjent kommando «{name}».", "no such command '{name}'."),
    "click.missing_command": ("mangler en kommando.", "missing command."),
    "click.needs_value": (
        "valget «{option}» trenger en verdi.",
        "option '{option}' needs a value.",
    ),
    "click.takes_no_value": (
        "valget «{option}» tar ingen verdi.",
        "option '{option}' does not take a value.",
    ),
    "metavar.options": ("[VALG]", "[OPTIONS]"),
    "metavar.command": ("KOMMANDO [ARGUMENTER]...", "COMMAND [ARGS]..."),
    "metavar.text": ("tekst", "text"),
    "metavar.path": ("sti", "path"),
    "metavar.integer": ("heltall", "integer"),
    "metavar.number": ("tall", "number"),
    "metavar.date": ("dato", "date"),
    "metavar.decision": ("BESLUTNING", "DECISION"),
    "metavar.title": ("TITTEL", "TITLE"),
    "metavar.pairs": ("NØKKEL=VERDI", "KEY=VALUE"),
    "metavar.file": ("FIL", "FILE"),
    "help.app": (
        "Ranger og følg HelseOmsorg21-rådets kandidattiltak.",
        "Rank and follow the HelseOmsorg21 council's candidate measures.",
    ),
    "help.app.version": ("Vis versjonen.", "Show the version."),
    "help.option.measures": ("Mappen med tiltaksfiler.", "Folder of measure files."),
    "help.option.criteria": ("Kriteriefilen.", "Criteria file."),
    "help.option.raters": (
        "Listen over vurderere (standard: vurderere.yaml ved siden av kriteriefilen, om den "
        "finnes).",
        "Roster of raters (default: vurderere.yaml beside the criteria file, if any).",
    ),
    "help.option.lang": (
        "Språket i utskriften: nb (bokmål, standard) eller en.",
        "Language of the output: nb (bokmål, default) or en.",
    ),
    "help.option.date": (
        "Dato (2026-12-01 eller 1.12.2026); standard i dag.",
        "Date (2026-12-01 or 1.12.2026); default today.",
    ),
    "help.option.as_of": (
        "Datoen utskriften gjelder («pr»), 2026-12-01 eller 1.12.2026; standard: "
        "SOURCE_DATE_EPOCH, ellers datoen for siste commit som endret tiltakene eller "
        "kriteriene, ellers i dag (uten git, eller når de har endringer som ikke er committet).",
        "The date the output is as of, 2026-12-01 or 1.12.2026; default: SOURCE_DATE_EPOCH, "
        "else the date of the last commit that changed the measures or criteria, else today "
        "(without git, or when they have uncommitted changes).",
    ),
    "help.option.since": (
        "En git-ref (tagg, gren, commit) å sammenligne med.",
        "A git ref (tag, branch, commit) to compare with.",
    ),
    "help.option.phase": (
        "Bare tiltak i denne fasen (kan gjentas).",
        "Only measures in this phase (repeatable).",
    ),
    "help.option.format": ("Utskriftsformat.", "Output format."),
    "help.option.ident": ("Tiltakets id (filnavnet).", "The measure's id (file name)."),
    "help.rank": (
        "Ranger tiltakene etter kriteriene (stoppede og ufullstendige tiltak rangeres ikke).",
        "Rank the measures by the criteria (stopped and incomplete ones are not ranked).",
    ),
    "help.rank.all_": ("Ta med stoppede tiltak.", "Include stopped measures."),
    "help.rank.top": (
        "Bare tiltakene på plass N eller bedre.",
        "Only the measures ranked N or better.",
    ),
    "help.validate": (
        "Sjekk kriteriefilen og hver tiltaksfil; avslutt med 1 ved feil (eller, med "
        "--strict, advarsler).",
        "Check the criteria file and every measure file; exit 1 if there are errors (or, "
        "with --strict, warnings).",
    ),
    "help.validate.format": (
        "text (sti:linje:kolonne), github (merknader) eller json; github er standard under "
        "GITHUB_ACTIONS.",
        "text (path:line:col), github (annotations) or json; github is the default under "
        "GITHUB_ACTIONS.",
    ),
    "help.validate.strict": (
        "Avslutt med 1 også ved advarsler, ikke bare ved feil.",
        "Exit 1 on warnings too, not only on errors.",
    ),
    "help.show": (
        "Vis ett tiltak: poeng per del og kriterium, vurderere, beslutninger, neste "
        "beslutningspunkt.",
        "Show one measure: scores per part and criterion, raters, decisions, next gate.",
    ),
    "help.status": (
        "Vis statustavlen: hvert tiltak i kolonnen for sin fase; eller, med "
        "--participation, hvem som har vurdert hvilke tiltak i en runde.",
        "Show the status board: every measure in the column of its phase; or, with "
        "--participation, who has scored which measure in a round.",
    ),
    "help.status.participation": (
        "Vis i stedet hvem som har vurdert hvilke tiltak (idé og analyse) i en runde.",
        "Show who has scored which measure (idé and analyse) in a round instead.",
    ),
    "help.status.round": (
        "Med --participation: runden (standard: den siste).",
        "With --participation: the round (default: the latest).",
    ),
    "help.score": (
        "Registrer én vurderers poeng i en runde (spør del for del i en terminal).",
        "Record one rater's scores for a round (asks part by part in a terminal).",
    ),
    "help.score.pairs": (
        "Poeng: kriterium.del=4, kriterium=4 (et helt kriterium) eller et nivånavn "
        "(potensiale.tidshorisont=kort).",
        "Scores: criterion.part=4, criterion=4 (a whole criterion) or a level name "
        "(potensiale.tidshorisont=kort).",
    ),
    "help.score.rater": ("Hvem som vurderer.", "Who rates."),
    "help.score.round_": (
        "Runden (standard: den siste i filen).",
        "Round (default: the latest in the file).",
    ),
    "help.score.comment": ("En kommentar.", "A comment."),
    "help.score.replace": (
        "Endre denne vurdererens vurdering i denne runden: bare delene som er gitt (og "
        "datoen og kommentaren, om de er gitt) endres.",
        "Change this rater's rating in this round: only the parts given (and the date and "
        "comment, if given) change.",
    ),
    "help.score.interactive": ("Spør del for del.", "Ask part by part."),
    "help.advance": (
        "Registrer en beslutning ved tiltakets nåværende beslutningspunkt (BP1 i idé … BP4).",
        "Record a decision at the measure's current decision point (BP1 in idé ... BP4).",
    ),
    "help.advance.decision": (
        "videre, revider, vent eller stopp.",
        "videre, revider, vent or stopp.",
    ),
    "help.advance.by": ("Hvem som besluttet.", "Who decided."),
    "help.advance.note": ("Begrunnelsen.", "The reason."),
    "help.advance.yes": (
        "Gå videre ved BP2 selv om deler er flagget.",
        "Go on at BP2 although parts are flagged.",
    ),
    "help.agree": (
        "Registrer verdien rådet ble enige om for deler etter en diskusjon; den erstatter "
        "medianen og lukker delens flagg.",
        "Record the council's agreed value of parts after a discussion; it replaces the "
        "median, and closes the part's flags.",
    ),
    "help.agree.pairs": (
        "Verdiene rådet ble enige om, lest som score leser dem: kriterium.del=4, "
        "kriterium=4 (et helt kriterium) eller et nivånavn (potensiale.tidshorisont=kort).",
        "Agreed values, read as score reads them: criterion.part=4, criterion=4 (a whole "
        "criterion) or a level name (potensiale.tidshorisont=kort).",
    ),
    "help.agree.note": ("Hva rådet ble enige om, på én linje.", "What was agreed, on one line."),
    "help.agree.replace": (
        "Endre en del som allerede har en avtalt verdi.",
        "Change a part that already has an agreed value.",
    ),
    "help.new": (
        "Skriv measures/<id>.yaml fra en kommentert mal (skriver aldri over).",
        "Write measures/<id>.yaml from a commented template (never overwrites).",
    ),
    "help.new.title": ("Tiltakets tittel.", "The measure's title."),
    "help.new.ident": (
        "Id-en (filnavnet); standard: laget av tittelen.",
        "The id (file name); default: made from the title.",
    ),
    "help.new.proposed_by": ("Hvem som foreslo tiltaket.", "Who proposed it."),
    "help.new.area": (
        "Nøkkelen til et satsingsområde (kan gjentas).",
        "A focus area key (repeatable).",
    ),
    "help.new.owner": ("Tiltakseieren.", "The owner (tiltakseier)."),
    "help.schema": (
        "Skriv ut JSON Schema (draft 2020-12) for en tiltaksfil, laget fra kriteriene i bruk.",
        "Print the JSON Schema (draft 2020-12) of a measure file, from the criteria in use.",
    ),
    "help.report": (
        "Skriv rapporten til rådet: status, rangering, diagram, uenighet, mangler, "
        "beslutninger.",
        "Write the council report: status, ranking, chart, disagreements, gaps, decisions.",
    ),
    "help.report.output": ("Skriv til denne filen.", "Write to this file."),
    "help.report.top": (
        "Ranger og vis i diagrammet bare de N beste.",
        "Rank and chart only the top N.",
    ),
    "help.report.robustness": (
        "Ta med «Hvor sikker er rangeringen?» (hver vekting og vurderer trukket på nytt; fast "
        "frø, så rapporten blir den samme).",
        "Include 'Hvor sikker er rangeringen?' (every weighting and rater drawn anew; a fixed "
        "seed, so the report stays the same).",
    ),
    "help.report.chart_x": (
        "Kriteriet på diagrammets x-akse (standard: det siste).",
        "Criterion on the chart's x axis (default: the last).",
    ),
    "help.report.chart_y": (
        "Kriteriet på diagrammets y-akse (standard: det første).",
        "Criterion on the chart's y axis (default: the first).",
    ),
    "help.observe": (
        "Registrer en observert verdi av en indikator for et tiltak i en periode.",
        "Record an observed value of a measure's indicator for a period.",
    ),
    "help.observe.indicator": (
        "Indikatorens nøkkel, eller starten av den.",
        "The indicator's key, or its start.",
    ),
    "help.observe.value": (
        "Et tall (12,5 eller 12.5), eller en tekst for en kvalitativ indikator.",
        "A number (12.5 or 12,5), or a text for a qualitative one.",
    ),
    "help.observe.period": (
        "Perioden som er observert: 2025, 2025-H1, 2025-Q3 eller 2025-06.",
        "The period observed: 2025, 2025-H1, 2025-Q3 or 2025-06.",
    ),
    "help.observe.source": ("Hvor verdien kommer fra.", "Where the value is from."),
    "help.observe.note": ("En merknad.", "A note."),
    "help.observe.status": (
        "grønn, gul eller rød: statusen til en kvalitativ indikator.",
        "grønn, gul or rød: a qualitative indicator's status.",
    ),
    "help.observe.replace": (
        "Endre verdien som allerede er registrert for perioden.",
        "Change the value already recorded for the period.",
    ),
    "help.robustness": (
        "Hvor sikker er rangeringen? Andeler av plasseringer under hver rimelig vekting og "
        "vurderer.",
        "How sure is the ranking? Rank shares under every plausible weighting and rater.",
    ),
    "help.robustness.weights": (
        "Hvilke vektinger som teller: simplex (alle), ordinal (alle som holder en "
        "viktighetsrekkefølge), box (nær de oppgitte vektene), fixed (bare de oppgitte "
        "vektene).",
        "Which weightings count: simplex (all), ordinal (all that keep an order of "
        "importance), box (near the stated weights), fixed (the stated weights only).",
    ),
    "help.robustness.order": (
        "Med --weights ordinal: viktighetsrekkefølgen, f.eks. «a>b=c>d» "
        "(kriterienøkler; = for like viktige). Standard: rekkefølgen til de oppgitte vektene.",
        "With --weights ordinal: the order of importance, e.g. \"a>b=c>d\" (criterion keys; "
        "= for equally important). Default: the order of the stated weights.",
    ),
    "help.robustness.box": (
        "Med --weights box: hvor langt hver vekt kan flytte seg, i forhold til seg selv: 0,2 "
        "lar en oppgitt vekt på 25 % gå fra 20 % til 30 %. Standard 0,2.",
        "With --weights box: how far each weight may move, relative to itself: 0.2 lets a "
        "stated 25 % weight run from 20 % to 30 %. Default 0.2.",
    ),
    "help.robustness.raters": (
        "Trekk hvert tiltaks vurderere på nytt (med tilbakelegging) i hver trekning, der "
        "tiltakene har vurderinger.",
        "Draw each measure's raters anew (with replacement) in every draw, where measures "
        "have ratings.",
    ),
    "help.robustness.draws": ("Antall trekninger.", "Number of draws."),
    "help.robustness.seed": (
        "Frø: samme frø gir de samme tallene.",
        "Seed: the same seed gives the same numbers.",
    ),
    "help.robustness.top": ("K i «blant de K beste».", "K of 'among the top K'."),
    "help.robustness.roster": (
        "Listen over vurderere (standard: vurderere.yaml ved siden av kriteriefilen, om den "
        "finnes).",
        "Roster of raters (default: vurderere.yaml beside the criteria file, if any).",
    ),
    "help.sheet": (
        "Vurderingsark: Excel-arbeidsbøker ut til vurdererne, og inn igjen som vurderinger.",
        "Scoring sheets: Excel workbooks out to the raters, and back in as ratings.",
    ),
    "help.sheet.export": (
        "Skriv én arbeidsbok (.xlsx) per vurderer for en runde.",
        "Write one scoring workbook (.xlsx) per rater for a round.",
    ),
    "help.sheet.export.round_": ("Runden som skal vurderes.", "The round to score."),
    "help.sheet.export.output": ("Mappen for arbeidsbøkene.", "Folder for the workbooks."),
    "help.sheet.export.rater": (
        "Bare denne vurdereren (kan gjentas; standard: hver vurderer).",
        "Only this rater (repeatable; default: every rater).",
    ),
    "help.sheet.export.only_disagreement": (
        "Bare tiltak og deler som var flagget for uenighet før denne runden, er åpne for svar.",
        "Only measures and parts flagged for disagreement before this round are open for "
        "answers.",
    ),
    "help.sheet.export.phase": (
        "Tiltak i denne fasen (kan gjentas; standard: idé, analyse, vurdering).",
        "Measures in this phase (repeatable; default: idé, analyse, vurdering).",
    ),
    "help.sheet.export.force": (
        "Skriv over arbeidsbøker som allerede ligger i mappen.",
        "Write over workbooks already in the folder.",
    ),
    "help.sheet.import": (
        "Les utfylte arbeidsbøker (eller et nettskjemas CSV-eksport, med --mapping) tilbake "
        "som vurderingsfiler. En fil med én feil celle skriver ingenting; å importere samme "
        "fil to ganger endrer ingenting.",
        "Read filled-in scoring workbooks (or a web form's CSV export, with --mapping) back "
        "as rating files. A file with any bad cell writes nothing; importing the same file "
        "twice changes nothing.",
    ),
    "help.sheet.import.files": ("Utfylte arbeidsbøker.", "Filled-in workbooks."),
    "help.sheet.import.replace": (
        "Erstatt en annen vurdering som allerede er registrert.",
        "Replace a different rating already recorded.",
    ),
    "help.sheet.import.dry_run": (
        "Si hva som ville blitt skrevet; skriv ingenting.",
        "Say what would be written; write nothing.",
    ),
    "help.sheet.import.mapping": (
        "For et nettskjemas CSV-eksport: filen som kobler kolonnene (docs/file-formats.md).",
        "For a web form's CSV export: the mapping file of its columns (docs/file-formats.md).",
    ),
    "help.sheet.import.round_": (
        "For en CSV-eksport: runden (ellers koblingsfilens).",
        "For a CSV export: the round (else the mapping's).",
    ),
}
