"""``docexam mrz check`` / ``build``: exit codes, JSON, standard input, no tracebacks."""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from docexam.cli import mrz_cmd
from docexam.cli.exits import EXIT_FINDINGS, EXIT_INVALID, EXIT_OK

L1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<"
L2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10"
BAD_L2 = "L898902C35UTO7408122F1204159ZE184226B<<<<<10"
BUILD = [
    "mrz", "build", "--format", "td3", "--code", "P", "--state", "UTO",
    "--number", "L898902C3", "--surname", "Eriksson", "--given-names", "Anna Maria",
    "--nationality", "UTO", "--birth", "1974-08-12", "--sex", "F",
    "--expiry", "2012-04-15", "--optional", "ZE184226B",
]  # fmt: skip


def run(argv: list[str], monkeypatch: pytest.MonkeyPatch, stdin: str = "") -> int:
    parser = argparse.ArgumentParser(prog="docexam")
    mrz_cmd.register(parser.add_subparsers(dest="command"))
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    args = parser.parse_args(argv)
    code: int = args.func(args)
    return code


def test_valid_mrz_exits_0(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["mrz", "check", L1, L2], monkeypatch) == EXIT_OK
    assert capsys.readouterr().out.startswith("TD3: valid")


def test_findings_exit_1_one_line_each(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["mrz", "check", L1, BAD_L2, "--reference", "2025-06-01"], monkeypatch) == 1
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "TD3: INVALID"
    assert len(out) == 3  # document number digit, composite digit
    assert "line 2 position 10" in out[1] and "'5', expected '6'" in out[1]
    assert "line 2 position 44" in out[2]


def test_viz_options_make_an_inconsistent_result(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["mrz", "check", L1, L2, "--viz-birth", "1974-08-13", "--viz-surname", "Eriksson"]
    assert run(argv, monkeypatch) == EXIT_FINDINGS
    out = capsys.readouterr().out
    assert "INCONSISTENT" in out and "VIZ_MISMATCH" in out and "birth date" in out
    argv = ["mrz", "check", L1, L2, "--viz-number", "L898902C3", "--viz-sex", "F"]
    assert run(argv, monkeypatch) == EXIT_OK


def test_json_output_parses(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["mrz", "check", "--json", L1, BAD_L2], monkeypatch) == EXIT_FINDINGS
    data = json.loads(capsys.readouterr().out)
    assert data["valid"] is False and data["format"] == "TD3"
    assert data["fields"]["document_number"] == "L898902C3"
    first = data["findings"][0]
    assert (first["code"], first["positions"], first["printed"], first["expected"]) == (
        "CHECK_DIGIT_MISMATCH",
        [[2, 10]],
        "5",
        "6",
    )


def test_stdin_input(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(["mrz", "check"], monkeypatch, stdin=f"{L1}\n{L2}\n") == EXIT_OK
    assert capsys.readouterr().out == "TD3: valid\n"
    assert run(["mrz", "check", "--json"], monkeypatch, stdin=f"{L1}\n{BAD_L2}\n") == 1
    assert json.loads(capsys.readouterr().out)["lines"] == [L1, BAD_L2]


@pytest.mark.parametrize(
    ("argv", "stdin"),
    [
        (["mrz", "check"], ""),
        (["mrz", "check"], "hello world\n"),
        (["mrz", "check", L1, L2[:-1]], ""),
        (["mrz", "check", L1], ""),
        (["mrz", "check", "\x00\x01", "é" * 44], ""),
    ],
)
def test_unreadable_input_exits_2_with_one_line(
    argv: list[str], stdin: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(argv, monkeypatch, stdin) == EXIT_INVALID
    err = capsys.readouterr().err
    assert err.startswith("error: ") and err.count("\n") == 1


def test_unreadable_input_as_json_still_exits_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["mrz", "check", "--json", "P<UTO"], monkeypatch) == EXIT_INVALID
    data = json.loads(capsys.readouterr().out)
    assert data["readable"] is False and data["findings"][0]["code"] == "FORMAT_ERROR"


def test_build_prints_the_lines(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(BUILD, monkeypatch) == EXIT_OK
    assert capsys.readouterr().out.splitlines() == [L1, L2]
    assert run([*BUILD, "--json"], monkeypatch) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data == {"format": "TD3", "lines": [L1, L2], "truncated": False}


def test_build_td1_long_number(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = [*BUILD, "--format", "td1", "--code", "I", "--number", "D23145890734", "--optional", ""]
    assert run(argv, monkeypatch) == EXIT_OK
    assert capsys.readouterr().out.splitlines()[0] == "I<UTOD23145890<7349<<<<<<<<<<<"


def test_build_refuses_bad_data_with_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run([*BUILD, "--surname", "Иванов"], monkeypatch) == EXIT_INVALID
    err = capsys.readouterr().err
    assert err.startswith("error: ") and "transliterate" in err and err.count("\n") == 1


@pytest.mark.parametrize(
    "extra",
    [["--birth", "1974-13-12"], ["--format", "td4"], ["--viz-birth", "yesterday"]],
)
def test_argument_errors_exit_2(extra: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    argv = ["mrz", "check", L1, L2, *extra] if extra[0].startswith("--viz") else [*BUILD, *extra]
    with pytest.raises(SystemExit) as exc:
        run(argv, monkeypatch)
    assert exc.value.code == EXIT_INVALID


def _docexam(args: list[str], stdin: str) -> subprocess.CompletedProcess[str]:
    root = Path(__file__).resolve().parents[3]
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run(
        [sys.executable, "-m", "docexam", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=root,
        env=env,
        timeout=60,
    )


def test_real_entry_point_reads_stdin_and_never_prints_a_traceback() -> None:
    ok = _docexam(["mrz", "check"], f"{L1}\n{L2}\n")
    assert (ok.returncode, ok.stdout.strip()) == (EXIT_OK, "TD3: valid")
    bad = _docexam(["mrz", "check", "--json"], f"{L1}\n{BAD_L2}\n")
    assert bad.returncode == EXIT_FINDINGS and json.loads(bad.stdout)["valid"] is False
    for garbage in ("", "\x00garbage\n" * 3, "<" * 200, "P<UTO" * 9 + "\n" + "1" * 44):
        proc = _docexam(["mrz", "check"], garbage)
        assert proc.returncode == EXIT_INVALID, garbage
        assert "Traceback" not in proc.stderr and proc.stderr.startswith("error: ")
