"""BAC key derivation: ICAO 9303 Part 11, Appendix D.2 worked example, to the byte; and a chip
opens only with the keys of the MRZ it was personalised with."""

from __future__ import annotations

from dataclasses import replace

from docexam.core.chip.bac import (
    AccessKeys,
    adjust_parity,
    mrz_information,
    mrz_information_from_lines,
)
from docexam.core.chip.check import check_specimen
from docexam.core.chip.portrait import printed_face
from docexam.core.chip.trust import shipped_trust
from docexam.core.chip.verify import Outcome, verify_chip
from docexam.core.domain.model import Pack
from tests.core.chip.helpers import (
    UTOPIAN,
    VALMERAN,
    altered_mrz,
    mrz_lines,
    pack_root,
    specimen_and_chip,
)

# ICAO 9303 Part 11, Appendix D.2 (document L898902C, born 1969-08-06, expiring 1994-06-23).
MRZ_INFO = "L898902C<369080619406236"
K_SEED = "239AB9CB282DAF66231DC5A4DF6BFBAE"
K_ENC = "AB94FDECF2674FDFB9B391F85D7F76F2"
K_MAC = "7962D9ECE03D1ACD4C76089DCE131543"


def test_worked_example_of_part_11_appendix_d() -> None:
    info = mrz_information("L898902C", "690806", "940623")
    assert info == MRZ_INFO
    keys = AccessKeys.from_information(info)
    assert keys.k_seed.hex().upper() == K_SEED
    assert keys.k_enc.hex().upper() == K_ENC
    assert keys.k_mac.hex().upper() == K_MAC


def test_mrz_information_is_read_from_a_printed_td3_mrz_as_printed() -> None:
    line2 = "L898902C<3UTO6908061F9406236ZE184226B<<<<<14"
    assert mrz_information_from_lines(["P<UTOERIKSSON<<ANNA<MARIA" + "<" * 19, line2]) == MRZ_INFO


def test_des_parity_makes_every_byte_odd() -> None:
    for b in range(256):
        assert bin(adjust_parity(bytes([b]))[0]).count("1") % 2 == 1
        assert adjust_parity(bytes([b]))[0] >> 1 == b >> 1


def test_a_genuine_chip_opens_with_its_printed_mrz(genuine_pack: Pack) -> None:
    for sid in (UTOPIAN, VALMERAN):
        report = check_specimen(pack_root(genuine_pack), genuine_pack.specimen(sid))
        assert report.step("access").outcome is Outcome.PASS
        assert report.verdict == "pass", report.steps


def test_an_altered_printed_mrz_does_not_open_a_bac_chip(genuine_pack: Pack) -> None:
    spec, chip = specimen_and_chip(genuine_pack, VALMERAN)  # Valmeran chips offer no PACE
    lines = mrz_lines(spec)
    altered = altered_mrz(lines, "010101")
    assert altered != lines
    report = verify_chip(chip, altered, spec.viz, printed_face(spec), shipped_trust())
    assert report.failed == ("access",)
    assert "do not open the chip" in report.step("access").reason
    assert report.protocol == "BAC"
    assert all(s.outcome is Outcome.SKIP for s in report.steps[1:])


def test_a_chip_opens_only_with_the_keys_it_was_personalised_with(genuine_pack: Pack) -> None:
    spec, chip = specimen_and_chip(genuine_pack, VALMERAN)
    other = replace(chip, access_key=AccessKeys.from_information(MRZ_INFO).k_seed)
    report = verify_chip(other, mrz_lines(spec), spec.viz, printed_face(spec), shipped_trust())
    assert report.failed == ("access",)


def test_no_chip_on_a_document_with_the_chip_symbol_fails_access(genuine_pack: Pack) -> None:
    spec = genuine_pack.specimen(UTOPIAN)
    report = verify_chip(None, mrz_lines(spec), spec.viz, None, shipped_trust(), expect_chip=True)
    assert report.failed == ("access",)
    assert "chip symbol" in report.step("access").reason
    none = verify_chip(None, mrz_lines(spec), spec.viz, None, shipped_trust(), expect_chip=False)
    assert none.verdict == "none" and none.failed == ()
