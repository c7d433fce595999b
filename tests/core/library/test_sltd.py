"""The simulated SLTD database as a trainee and an instructor use it: ``docexam sltd query``
over a generated library, and entries an instructor's pack adds."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from docexam.cli import run
from docexam.core.domain.model import Pack, Status
from docexam.core.exercise.model import AreaExercise, ExerciseKind
from docexam.core.library import library as library_module
from docexam.core.library.catalogue import build_catalogue
from docexam.core.library.library import Library
from docexam.core.library.sltd import derived_entries, library_sltd
from docexam.core.pack.io import read_pack
from docexam.core.training.curriculum import load_curriculum
from docexam.core.training.quiz.fraud_truth import fraud_records
from docexam.core.training.quiz.generate import all_exercises
from docexam.core.training.quiz.scope import scope_for

from ..packs import copy_basic, edit_manifest
from .sltd_set import build_sltd_set


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_sltd_set(tmp_path_factory.mktemp("sltd"))


@pytest.fixture
def library(built: Path, monkeypatch: pytest.MonkeyPatch) -> Library:
    """The default library (what the CLI opens) with the small set as its generated part."""
    monkeypatch.setattr(library_module, "generated_bundled_dir", lambda: built)
    return library_module.default_library()


def _packs(built: Path) -> list[Pack]:
    return [read_pack(d) for d in sorted(built.iterdir()) if d.is_dir()]


def _blanks(built: Path) -> list[tuple[str, str, str]]:
    """(number as printed, issuing state, issue date) of every stolen blank."""
    return [
        (s.viz["document_number"], s.document.issuing_state, s.viz["issue_date"])
        for p in _packs(built)
        for s in p.specimens
        if s.document.status is Status.STOLEN_BLANK
    ]


def test_every_stolen_blank_hits_as_reported_by_its_state_before_its_issue(
    built: Path, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    blanks = _blanks(built)
    assert len(blanks) >= 2
    for number, state, issued in blanks:
        # Typed as an officer might: spaces, small letters.
        typed = f" {number[:3].lower()} {number[3:]} "
        assert run(["sltd", "query", typed]) == 1
        out = capsys.readouterr().out.strip().splitlines()
        assert len(out) == 1, out
        assert out[0].startswith(f"{number}: HIT: stolen blank, reported ")
        assert out[0].endswith(f" by {state}")
        reported = date.fromisoformat(out[0].split("reported ")[1].split(" ")[0])
        assert reported < date.fromisoformat(issued)


def test_most_genuine_documents_are_not_listed_and_a_listed_one_is_lost_or_stolen(
    built: Path, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    genuine = [s for p in _packs(built) for s in p.specimens if s.document.status is Status.GENUINE]
    codes = []
    for s in genuine:
        number = s.viz.get("document_number")
        if number:
            codes.append(run(["sltd", "query", number, "--json"]))
            hits = json.loads(capsys.readouterr().out)["hits"]
            assert all(h["report"] in ("lost", "stolen") for h in hits)
            assert all(h["state"] == s.document.issuing_state for h in hits)
    assert codes.count(0) > len(codes) / 2
    assert run(["sltd", "query", "ZZ0000000"]) == 0
    assert capsys.readouterr().out.strip() == "ZZ0000000: no hit"


def test_the_list_is_deterministic_and_holds_fictional_entries_of_each_state(
    library: Library,
) -> None:
    first, second = library_sltd(library), library_sltd(library)
    assert first == second
    states = {e.state for rows in first.entries.values() for e in rows}
    assert len(first) > 2 * len(states)


def test_a_document_a_case_file_presents_is_never_reported(library: Library) -> None:
    catalogue = build_catalogue(library)
    everything = {e.key for e in catalogue}
    free = derived_entries(catalogue, ())
    held = derived_entries(catalogue, everything)
    assert {e.report for e in held} <= {"stolen_blank", "stolen", "lost", "revoked"}
    reported = {e.number for e in free if e.document and e.report in ("lost", "stolen")}
    assert not reported & {e.number for e in held if e.document and e.report != "stolen_blank"}


def test_an_unusable_number_is_one_line_and_exit_2(
    library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["sltd", "query", "AB-12/3"]) == 2
    err = capsys.readouterr().err
    assert "is not a document number" in err and "Traceback" not in err


def test_the_stolen_blank_exercise_key_is_the_number_the_query_lists(built: Path) -> None:
    """A mark-the-alterations item on a stolen blank asks for the number, found by the SLTD
    query: the sign names the query, sits on the number, and the number it names hits."""
    packs = _packs(built)
    sltd = library_sltd(Library(built.parent / "no-imports", [built]))
    items = all_exercises(packs, scope_for(load_curriculum()))
    by_id = {s.id: s for p in packs for s in p.specimens}
    checked = 0
    for p in packs:
        for s in p.specimens:
            if s.document.status is not Status.STOLEN_BLANK:
                continue
            signs = [r for r in fraud_records(s) if "sltd" in r.tools]
            assert len(signs) == 1
            number = s.viz["document_number"]
            assert number in signs[0].reason["en"]
            [hit] = sltd.query(number)
            assert (hit.report, hit.state) == ("stolen_blank", s.document.issuing_state)
            asked = [
                e
                for e in items
                if isinstance(e, AreaExercise)
                and e.specimen.specimen_id == s.id
                and e.kind is ExerciseKind.MARK_ALTERATIONS
            ]
            for e in asked:
                assert any(t.category == "fraud.stolen_number" for t in e.expected)
                checked += 1
    assert checked >= 1, sorted(by_id)


def _pack_with(tmp_path: Path, sltd: object) -> Path:
    pack = copy_basic(tmp_path / "course")
    edit_manifest(pack, lambda d: d.update(id="my-course"))
    (pack / "sltd.json").write_text(json.dumps(sltd), encoding="utf-8")
    return pack


def test_an_instructors_pack_adds_entries_that_the_query_finds(
    tmp_path: Path, library: Library, capsys: pytest.CaptureFixture[str]
) -> None:
    entries = [
        {"state": "UTO", "number": "L898902C3", "report": "stolen", "reported": "2024-02-29"}
    ]
    pack = _pack_with(tmp_path, {"format": "docexam-sltd", "format_version": 1, "entries": entries})
    assert run(["pack", "import", str(pack)]) == 0
    capsys.readouterr()
    assert run(["sltd", "query", "L898902C3"]) == 1
    assert "HIT: stolen document, reported 2024-02-29 by UTO" in capsys.readouterr().out
    # The file travels with the pack.
    out = tmp_path / "course.dxpack"
    assert run(["pack", "export", "my-course", str(out)]) == 0
    shutil.rmtree(pack)
    assert run(["pack", "validate", str(out)]) == 0


@pytest.mark.parametrize(
    ("sltd", "said"),
    [
        (
            {"format": "docexam-sltd", "format_version": 1, "entries": [{"state": "UTO"}]},
            "entries[0]",
        ),
        (
            {
                "format": "docexam-sltd",
                "format_version": 1,
                "entries": [
                    {"state": "UTO", "number": "X1", "report": "mislaid", "reported": "2024-01-01"}
                ],
            },
            "entries[0].report",
        ),
        (
            {
                "format": "docexam-sltd",
                "format_version": 1,
                "entries": [
                    {"state": "UTO", "number": "X1", "report": "lost", "reported": "2024-02-30"}
                ],
            },
            "entries[0].reported: '2024-02-30' is not a calendar date",
        ),
    ],
)
def test_a_bad_sltd_file_is_refused_naming_the_file_and_field(
    tmp_path: Path, sltd: object, said: str, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = _pack_with(tmp_path, sltd)
    assert run(["pack", "validate", str(pack)]) == 2
    err = capsys.readouterr().err
    assert "sltd.json" in err and said in err and "Traceback" not in err
    assert run(["pack", "import", str(pack)]) == 2
    capsys.readouterr()
    assert run(["library", "list"]) == 0
    assert "my-course" not in capsys.readouterr().out


def test_no_drill_asks_to_clear_a_document_the_query_lists(built: Path) -> None:
    from docexam.core.training.quiz import DrillExercise
    from docexam.core.training.quiz.generate import generate_set

    packs = _packs(built)
    sltd = library_sltd(Library(built.parent / "no-imports", [built]))
    listed = {
        s.id
        for p in packs
        for s in p.specimens
        if s.document.status is Status.GENUINE and sltd.query(s.viz.get("document_number", ""))
    }
    assert listed, "the small set should hold a genuine document reported lost"
    for seed in range(6):
        exercise_set = generate_set(packs, load_curriculum(), level=1, count=40, seed=seed)
        for ex in exercise_set.exercises:
            if isinstance(ex, DrillExercise):
                assert not {i.specimen.specimen_id for i in ex.items} & listed


def test_no_shipped_stolen_blank_shares_its_number_with_a_shipped_genuine() -> None:
    """A genuine document whose number hits as a stolen blank would make its key wrong."""
    from docexam.core.library.bundled import load_recipes
    from docexam.core.synth.docdata import make_doc_data
    from docexam.core.synth.states import STATES

    def number(r: dict[str, object]) -> str:
        state = STATES[str(r["state"])]
        series = str(r.get("series", "A"))
        data = make_doc_data(state, str(r["type"]), int(str(r["seed"])), series)
        return data.number

    shipped = load_recipes()
    genuine = {number(r) for p in shipped["packs"] for r in p["specimens"]}
    blanks = [
        j for p in shipped["forgery_packs"] for j in p["jobs"] if j["fraud"] == "stolen_blank"
    ]
    assert blanks
    assert not {number(j) for j in blanks} & genuine
