"""Which operations each fraud type has, and which of them a difficulty level applies.

Difficulty 1 leaves several plain signs a first-line officer finds with white light, a UV lamp
and a loupe; 2 fewer, some needing second-line lights; 3 one or two subtle signs that need IR,
grazing light or a careful comparison. The optional operations of a level are drawn by seed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from docexam.core.domain.model import Status, Substrate
from docexam.core.synth.forgery import (
    alteration,
    blank,
    combined,
    counterfeit,
    obtained,
    photo,
    polycarbonate,
    processes,
    pseudo,
    stamp_fraud,
    swap,
)
from docexam.core.synth.forgery.polycarbonate import fits
from docexam.core.synth.forgery.workbench import Workbench

OpFn = Callable[[Workbench], None]


@dataclass(frozen=True)
class Level:
    always: tuple[str, ...]
    pool: tuple[str, ...] = ()
    pick: int = 0  # how many of ``pool`` to add
    one_of: tuple[str, ...] = ()  # exactly one of these (a counterfeit's print process)


@dataclass(frozen=True)
class FraudPlan:
    operations: dict[str, OpFn]  # in the order they are applied
    levels: dict[int, Level]
    doc_types: tuple[str, ...] = ("td3", "td1", "td2", "mrv-a")
    # Operations that fit either substrate elsewhere but only paper in this fraud.
    paper_only: frozenset[str] = frozenset()

    def fits(self, name: str, kind: Substrate) -> bool:
        return fits(name, kind) and not (
            kind is Substrate.POLYCARBONATE and name in self.paper_only
        )

    def choose(
        self, difficulty: int, g: np.random.Generator, kind: Substrate = Substrate.PAPER
    ) -> tuple[str, ...]:
        """The operations of a level that fit the document's substrate (``kind``)."""
        level = self.levels[difficulty]
        pool = [name for name in level.pool if self.fits(name, kind)]
        extra: list[str] = []
        if level.pick and pool:
            idx = g.choice(len(pool), size=min(level.pick, len(pool)), replace=False)
            extra = [pool[int(i)] for i in idx]
        one_of = [name for name in level.one_of if self.fits(name, kind)]
        if one_of:
            extra.append(one_of[int(g.integers(len(one_of)))])
        chosen = {name for name in level.always if self.fits(name, kind)} | set(extra)
        return tuple(name for name in self.operations if name in chosen)


_COUNTERFEIT: dict[str, OpFn] = {
    "brightener_paper": counterfeit.brightener_paper,
    "pvc_card": polycarbonate.pvc_card,
    "printed_fibres": counterfeit.printed_fibres,
    "inkjet_print": processes.inkjet_print,
    "toner_print": processes.toner_print,
    "offset_print": processes.offset_print,
    "blurred_microprint": counterfeit.blurred_microprint,
    "fake_watermark": counterfeit.fake_watermark,
    "flat_ovd": counterfeit.flat_ovd,
    "flat_intaglio": counterfeit.flat_intaglio,
    "printed_perforation": counterfeit.printed_perforation,
    "flat_engraving": polycarbonate.flat_engraving,
}
_PROCESSES = ("inkjet_print", "toner_print", "offset_print")
# What no counterfeit keeps, at any level: security paper (or a polycarbonate body), the
# watermark and a working OVD.
_SUBSTITUTES = ("brightener_paper", "pvc_card", "printed_fibres", "fake_watermark", "flat_ovd")
_DETAIL = ("blurred_microprint", "flat_intaglio", "flat_engraving", "printed_perforation")

_PHOTO: dict[str, OpFn] = {
    "new_portrait": photo.new_portrait,
    "background_broken": photo.background_broken,
    "uv_interrupted": photo.uv_interrupted,
    "ovd_cut": photo.ovd_cut,
    "laminate_edge": photo.laminate_edge,
    "cut_edge": photo.cut_edge,
    "engraving_mismatch": polycarbonate.engraving_mismatch,
    "surface_disturbed": polycarbonate.surface_disturbed,
    "window_tampered": polycarbonate.window_tampered,
    "layer_split": polycarbonate.layer_split,
    "ghost_mismatch": photo.ghost_mismatch,
}
_PHOTO_METHODS = ("laminate_edge", "cut_edge")  # on paper; a card is re-lasered
_PHOTO_ALWAYS = (
    "new_portrait",
    "background_broken",
    "ovd_cut",
    "engraving_mismatch",
    "surface_disturbed",
    "ghost_mismatch",
)

PLANS: dict[Status, FraudPlan] = {
    Status.COUNTERFEIT: FraudPlan(
        _COUNTERFEIT,
        {
            # An office counterfeit (inkjet or toner) with every sign; a mixed bag; a careful
            # offset print on UV-dull paper whose fibres glow, so only the details give it away.
            1: Level((*_SUBSTITUTES, *_DETAIL), one_of=_PROCESSES[:2]),
            2: Level(_SUBSTITUTES, _DETAIL, 2, one_of=_PROCESSES),
            3: Level(
                ("pvc_card", "printed_fibres", "fake_watermark", "flat_ovd"),
                _DETAIL[:2],
                1,
                one_of=_PROCESSES[2:],
            ),
        },
    ),
    Status.PHOTO_SUBSTITUTION: FraudPlan(
        _PHOTO,
        {
            # Every level: the background breaks at the photo, the ghost image and an OVD over
            # the photo disagree; one method (lift or cut on paper, re-lasering on a card).
            1: Level(
                (*_PHOTO_ALWAYS, "uv_interrupted", "window_tampered", "layer_split"),
                one_of=_PHOTO_METHODS,
            ),
            2: Level((*_PHOTO_ALWAYS, "uv_interrupted", "window_tampered"), one_of=_PHOTO_METHODS),
            3: Level(_PHOTO_ALWAYS, one_of=_PHOTO_METHODS),
        },
    ),
    Status.DATA_ALTERATION: FraudPlan(
        {
            "field_rewrite": alteration.field_rewrite,
            "mrz_wrong_check_digits": alteration.mrz_wrong_check_digits,
            "mrz_recomputed": alteration.mrz_recomputed,
        },
        {
            1: Level(("field_rewrite",)),
            2: Level((), ("field_rewrite", "mrz_wrong_check_digits"), 1),
            3: Level((), ("field_rewrite", "mrz_recomputed"), 1),
        },
    ),
    Status.PAGE_SUBSTITUTION: FraudPlan(
        {
            "other_serial": swap.other_serial,
            "other_perforation": swap.other_perforation,
            "other_page_numbers": swap.other_page_numbers,
            "other_paper": swap.other_paper,
            "resewn_binding": swap.resewn_binding,
            "other_thread": swap.other_thread,
            "other_stamps": swap.other_stamps,
        },
        {
            1: Level(
                (
                    "other_serial",
                    "other_perforation",
                    "other_page_numbers",
                    "other_paper",
                    "resewn_binding",
                    "other_thread",
                    "other_stamps",
                )
            ),
            # A visa sheet always brings its booklet's stamps: that is the sheet, not a choice.
            2: Level(
                ("other_perforation", "resewn_binding", "other_stamps"),
                ("other_serial", "other_paper"),
                1,
            ),
            3: Level(
                ("other_perforation", "other_stamps"), ("other_thread", "other_page_numbers"), 1
            ),
        },
        doc_types=("td3",),
    ),
    Status.VISA_STAMP_FRAUD: FraudPlan(
        {
            "counterfeit_stamp": stamp_fraud.counterfeit_stamp,
            "stamp_before_issue": stamp_fraud.stamp_before_issue,
            "exit_without_entry": stamp_fraud.exit_without_entry,
            "entry_before_visa": stamp_fraud.entry_before_visa,
        },
        {
            1: Level(("counterfeit_stamp", "stamp_before_issue", "exit_without_entry")),
            2: Level(
                ("exit_without_entry",),
                ("counterfeit_stamp", "stamp_before_issue", "entry_before_visa"),
                1,
            ),
            # entry_before_visa finds nothing on a booklet without a visa: exit stays.
            3: Level(("exit_without_entry",), ("entry_before_visa",), 1),
        },
        doc_types=("td3",),
    ),
    Status.COMBINED: FraudPlan(
        combined.OPERATIONS,
        {
            # Every sign of an office counterfeit on the inserted sheet (a card's front); fewer;
            # a careful offset print on UV-dull material where only the part's details and the
            # join tell. The plan keeps the operations that fit the substrate: a booklet is
            # re-sewn, a card split and glued.
            1: Level(
                (
                    "brightener_paper",
                    "printed_fibres",
                    "blurred_microprint",
                    "fake_watermark",
                    "flat_ovd",
                    "printed_perforation",
                    "resewn_binding",
                    "foreign_material",
                    "flat_engraving",
                    "layer_split",
                    "window_tampered",
                ),
                one_of=_PROCESSES[:2],
            ),
            2: Level(
                (
                    "brightener_paper",
                    "printed_fibres",
                    "fake_watermark",
                    "resewn_binding",
                    "foreign_material",
                    "layer_split",
                ),
                ("flat_ovd", "printed_perforation", "blurred_microprint", "flat_engraving"),
                1,
                one_of=_PROCESSES,
            ),
            3: Level(
                ("printed_fibres", "resewn_binding", "layer_split"),
                ("fake_watermark", "flat_ovd", "window_tampered"),
                1,
                one_of=_PROCESSES[2:],
            ),
        },
        doc_types=("td3", "td1"),
        # A card's window is in the genuine body the front was glued onto, not printed on it.
        paper_only=frozenset({"fake_watermark", "printed_perforation"}),
    ),
    Status.PSEUDO: FraudPlan(
        {
            "fantasy_state": pseudo.fantasy_state,
            "brightener_paper": counterfeit.brightener_paper,
            "pvc_card": polycarbonate.pvc_card,
            "flat_ovd": counterfeit.flat_ovd,
            "flat_intaglio": counterfeit.flat_intaglio,
        },
        {
            1: Level(("fantasy_state", "brightener_paper", "pvc_card", "flat_ovd")),
            2: Level(("fantasy_state", "flat_intaglio")),
            3: Level(("fantasy_state",)),
        },
    ),
    Status.STOLEN_BLANK: FraudPlan(
        {
            "font_mismatch": blank.font_mismatch,
            "inkjet_data": blank.inkjet_data,
            "inkjet_portrait": blank.inkjet_portrait,
            "stolen_number": blank.stolen_number,
        },
        {
            1: Level(("font_mismatch", "inkjet_data", "inkjet_portrait", "stolen_number")),
            2: Level(("font_mismatch", "inkjet_data", "stolen_number")),
            3: Level(("inkjet_data", "stolen_number")),
        },
    ),
    # Nothing on the document is forged: the difficulty is how closely the applicant
    # resembles the person named (faces.obtained.CLOSENESS).
    Status.FRAUDULENTLY_OBTAINED: FraudPlan(
        {"applicant_portrait": obtained.applicant_portrait},
        {level: Level(("applicant_portrait",)) for level in (1, 2, 3)},
    ),
}

# How a forger may go about a fraud, and the substrate a method needs (None: either). A
# caller may pin one (``forge(method=...)``); otherwise the seed chooses.
METHODS: dict[Status, dict[str, Substrate | None]] = {
    Status.PHOTO_SUBSTITUTION: {
        "lift": Substrate.PAPER,
        "cut": Substrate.PAPER,
        "relaser": Substrate.POLYCARBONATE,
    },
    Status.DATA_ALTERATION: {"chemical": Substrate.PAPER, "mechanical": None, "overlay": None},
}
# The operation a method is made by, where the plan draws one (``Level.one_of``) or needs one.
_METHOD_OPS = {
    "lift": "laminate_edge",
    "cut": "cut_edge",
    "chemical": "field_rewrite",
    "mechanical": "field_rewrite",
    "overlay": "field_rewrite",
}


def pinned(status: Status, chosen: tuple[str, ...], method: str, explicit: bool) -> tuple[str, ...]:
    """``chosen`` made by ``method``: a pasted photo's edge operation swapped for the method's,
    an alteration narrowed to the rewritten field the method erases. Operations named by the
    caller (``explicit``) are kept, and must include the method's."""
    op = _METHOD_OPS.get(method)
    if op is None:  # re-lasering: the card's plan has no choice to make
        return chosen
    if explicit:
        if op not in chosen or (set(_PHOTO_METHODS) - {op}) & set(chosen):
            raise ValueError(f"method {method!r} is made by {op}")
        return chosen
    plan = PLANS[status]
    if status is Status.DATA_ALTERATION:
        return (op,)
    keep = set(chosen) - set(_PHOTO_METHODS) | {op}
    return tuple(name for name in plan.operations if name in keep)


# What is available: fraud type -> operation names, in the order they are applied.
FRAUD_OPERATIONS: dict[str, tuple[str, ...]] = {
    status.value: tuple(plan.operations) for status, plan in PLANS.items()
}
