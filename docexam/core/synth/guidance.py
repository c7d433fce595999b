"""What each feature is and how an examiner checks it, by taxonomy category (English)."""

from __future__ import annotations

GUIDE: dict[str, tuple[str, str]] = {
    "substrate.uv_dull": (
        "Security paper without optical brighteners.",
        "Under UV-A the page stays dark violet-grey; a blue-white glow means office paper.",
    ),
    "substrate.watermark": (
        "Multi-tone cylinder-mould watermark in the paper.",
        "Hold against the light: light and dark tones appear, never printed on the surface.",
    ),
    "substrate.fibres": (
        "Fibres embedded in the paper during manufacture.",
        "Under UV-A the fibres glow in set colours; printed imitations sit on the surface.",
    ),
    "substrate.planchettes": (
        "Small discs embedded in the paper.",
        "Look under UV-A: the discs glow and lie in the paper, not on it.",
    ),
    "substrate.thread": (
        "Security thread embedded in the paper.",
        "In transmitted light a continuous dark line; under UV-A it fluoresces.",
    ),
    "substrate.polycarbonate": (
        "Polycarbonate card body fused from layers.",
        "Feel the rigid card and the ringing sound; the layers cannot be split.",
    ),
    "substrate.window": (
        "Transparent window in the card body.",
        "Look through it in transmitted light: fully clear with the printed motif inside.",
    ),
    "printing.guilloche": (
        "Fine-line guilloche in two or more colours.",
        "With a loupe the lines are continuous and sharp, never made of dots.",
    ),
    "printing.rainbow": (
        "Split-duct (rainbow) printing.",
        "Colours merge smoothly along the lines without a dot screen.",
    ),
    "printing.microprint": (
        "Microtext under 0.25 mm.",
        "Looks like a line to the eye; readable text with a 10x loupe.",
    ),
    "printing.intaglio": (
        "Intaglio print with raised ink.",
        "Feel the relief; under oblique light the lines cast shadows.",
    ),
    "printing.latent_image": (
        "Latent image in the intaglio lines.",
        "Tilt the page to a grazing angle: the hidden letters appear.",
    ),
    "printing.see_through": (
        "See-through register split between front and back.",
        "In transmitted light the two halves combine into one motif.",
    ),
    "printing.relief_design": (
        "Tactile relief embossed in the card.",
        "Feel the relief; oblique light shows its shading.",
    ),
    "ink.uv_fluorescent": (
        "Invisible ink that fluoresces under UV.",
        "Under UV-A the motif glows in the set colours; nothing in white light.",
    ),
    "ink.bi_fluorescent": (
        "Ink that fluoresces in one colour at 365 nm and another at 254 nm.",
        "Compare UV-A and UV-C: the colour must change.",
    ),
    "ink.phosphorescent": (
        "Ink that keeps glowing after the UV lamp goes off.",
        "Switch the UV-C lamp off: the motif glows on for a few seconds.",
    ),
    "ink.metameric": (
        "Metameric pair: two inks of the same colour.",
        "In IR one ink vanishes and a hidden pattern appears.",
    ),
    "ink.ir_dropout": (
        "IR drop-out ink.",
        "Above its cut-off the print vanishes in the IR viewer.",
    ),
    "ink.ir_absorbing": ("IR-absorbing ink.", "Stays dark at every IR cut-off."),
    "ink.anti_stokes": (
        "Up-converting (anti-Stokes) ink.",
        "Under a 980 nm IR source it glows visibly.",
    ),
    "ink.penetrating_numbering": (
        "Numbering ink that penetrates the paper.",
        "The number is visible on the reverse; UV shows the penetration.",
    ),
    "numbering.document_number": (
        "Document number.",
        "Must match the MRZ, the perforation and every sheet's serial.",
    ),
    "numbering.laser_perforation": (
        "Laser-perforated document number.",
        "In transmitted light the holes shine; edges are smooth and slightly burnt.",
    ),
    "personalisation.portrait": (
        "The holder's portrait.",
        "Compare with the holder; the portrait stays visible in IR.",
    ),
    "personalisation.ghost_image": (
        "Secondary (ghost) portrait.",
        "Must match the main portrait; glows under UV-A.",
    ),
    "personalisation.laser_engraving": (
        "Laser engraving inside the card body.",
        "Tactile, black, cannot be scratched off; dark in IR.",
    ),
    "personalisation.mli_cli": (
        "Multiple / changeable laser image.",
        "Tilt the card: the image switches between data items.",
    ),
    "personalisation.signature": (
        "Holder's signature.",
        "Digitally printed; compare with the holder's signature.",
    ),
    "personalisation.data": (
        "Personal data of the holder.",
        "Must agree with the MRZ; dark in IR (IR-absorbing ink).",
    ),
    "protection.ovd": (
        "Diffractive optically variable device over the portrait.",
        "Tilt: the colours change; it must overlap the portrait edge.",
    ),
    "protection.retroreflective": (
        "Retroreflective laminate pattern.",
        "Only visible in coaxial light; breaks show cut or lifted laminate.",
    ),
    "binding.sewing_thread": (
        "Multi-colour sewing thread.",
        "Under UV-A the thread fluoresces; stitches must be continuous.",
    ),
    "binding.uv_glue": ("UV-cured glue along the spine.", "Under UV-A the glue line glows evenly."),
    "binding.index_marks": (
        "Index marks on the page edge.",
        "Marks continue from page to page; a substituted page breaks them.",
    ),
    "binding.sheet_serial": (
        "Serial number on every sheet.",
        "Must match the document number on every page.",
    ),
    "mrz.mrz": (
        "Machine-readable zone in OCR-B.",
        "Check digits and agreement with the visual zone; dark in IR, no UV glow.",
    ),
}


def guide(category: str) -> tuple[dict[str, str], dict[str, str]]:
    desc, how = GUIDE.get(category, ("", ""))
    return ({"en": desc} if desc else {}), ({"en": how} if how else {})
