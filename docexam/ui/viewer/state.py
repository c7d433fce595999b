"""What the study viewer shows, kept apart from the widgets that show it (no Qt here).

The widgets render from a :class:`ViewerState` and change it; whoever else cares (the other
widgets, the preferences, a training screen) subscribes to it instead of reaching into them.
A :class:`ViewerConfig` is what the screen around the viewer decides: the study viewer shows
everything and remembers the examiner's preferences; an exercise hides whatever gives the answer
away and leaves the preferences alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import Enum

from docexam.core.domain.lights import LightSource
from docexam.core.light import LightParams
from docexam.core.light.params import DEFAULT_IR_CUTOFF_NM

LOUPE_POWERS = (5, 10, 20, 40)
DEFAULT_LOUPE_POWER = 10
MIN_ZOOM, MAX_ZOOM = 0.05, 16.0


@dataclass(frozen=True)
class ViewerConfig:
    """What a screen lets its viewer show and do."""

    show_hotspots: bool = True  # the feature outlines and their toggles: the answer in an exercise
    show_feature_panel: bool = True
    show_identity: bool = True  # title, series and status: a verdict's answer
    persist_preferences: bool = True  # save light, hotspots and loupe power for next time
    allowed_lights: tuple[LightSource, ...] = tuple(LightSource)
    chip_reader: bool = True  # "Place on reader" for a specimen's chip


STUDY = ViewerConfig()
EXERCISE = ViewerConfig(
    show_hotspots=False,
    show_feature_panel=False,
    show_identity=False,
    persist_preferences=False,
    chip_reader=False,  # the reader gives a chip item's answer: offered for those only
)
# A chip item: the exercise's viewer with the chip reader, which shows what a real reader shows
# (pass/fail per step), never the specimen's status or a fraud's name.
CHIP_EXERCISE = replace(EXERCISE, chip_reader=True)


class Aspect(Enum):
    """What changed, so an observer redraws only its part."""

    LIGHT = "light"  # the light source
    LIGHT_SETTINGS = "light_settings"  # a setting of the light, or the end of a drag
    HOTSPOTS = "hotspots"  # outlines on or off, or all features
    LOUPE = "loupe"  # on or off
    LOUPE_POWER = "loupe_power"
    PAGE = "page"
    ZOOM = "zoom"


Observer = Callable[[Aspect], None]


class ViewerState:
    """The light and its settings, hotspots, loupe, page and zoom of one viewer."""

    def __init__(
        self,
        config: ViewerConfig = STUDY,
        page_count: int = 1,
        ir_cutoff_nm: int = DEFAULT_IR_CUTOFF_NM,
    ) -> None:
        """``ir_cutoff_nm``: the IR filter to open on (a specimen's IR capture, if it has one)."""
        self.config = config
        self.page_count = max(1, page_count)
        first = config.allowed_lights[0] if config.allowed_lights else LightSource.VISIBLE
        start = LightSource.VISIBLE if LightSource.VISIBLE in config.allowed_lights else first
        self.params = LightParams(start, ir_cutoff_nm=ir_cutoff_nm)
        # True while a control is dragged: only a quick preview is worth rendering.
        self.adjusting = False
        self.hotspots = config.show_hotspots
        self.all_features = False
        self.loupe = False
        self.loupe_power = DEFAULT_LOUPE_POWER
        self.page = 0
        self.zoom: float | None = None  # None: the page fits the window
        self._observers: list[Observer] = []

    @property
    def light(self) -> LightSource:
        return self.params.light

    # -- observers ----------------------------------------------------------------------------

    def subscribe(self, observer: Observer) -> Callable[[], None]:
        """Call ``observer`` after every change; returns what unsubscribes it."""
        self._observers.append(observer)

        def unsubscribe() -> None:
            if observer in self._observers:
                self._observers.remove(observer)

        return unsubscribe

    def _notify(self, aspect: Aspect) -> None:
        for observer in list(self._observers):
            observer(aspect)

    # -- light --------------------------------------------------------------------------------

    def allows(self, light: LightSource) -> bool:
        if light is LightSource.UV_OFF:  # switching the UV-A lamp off, not a light of its own
            return LightSource.UV365 in self.config.allowed_lights
        return light in self.config.allowed_lights

    def set_light(self, light: LightSource) -> bool:
        """Switch to ``light``; False when this viewer does not offer it."""
        if not self.allows(light):
            return False
        if light is self.light and not self.adjusting:
            return True
        # A lamp switched on or off starts its afterglow clock again.
        self.params = replace(self.params, light=light, seconds_since_uv_off=0.0)
        self.adjusting = False
        self._notify(Aspect.LIGHT)
        return True

    def adjust(
        self,
        *,
        adjusting: bool = False,
        ir_cutoff_nm: int | None = None,
        azimuth_deg: float | None = None,
        elevation_deg: float | None = None,
        tilt_deg: float | None = None,
        seconds_since_uv_off: float | None = None,
    ) -> None:
        """Change settings of the light; ``adjusting`` while a control is still being dragged.

        Ending a drag with the same values still notifies: the full render follows the preview.
        """
        now = self.params
        params = LightParams(
            now.light,
            ir_cutoff_nm=now.ir_cutoff_nm if ir_cutoff_nm is None else ir_cutoff_nm,
            azimuth_deg=now.azimuth_deg if azimuth_deg is None else azimuth_deg,
            elevation_deg=now.elevation_deg if elevation_deg is None else elevation_deg,
            tilt_deg=now.tilt_deg if tilt_deg is None else tilt_deg,
            seconds_since_uv_off=(
                now.seconds_since_uv_off if seconds_since_uv_off is None else seconds_since_uv_off
            ),
        )
        if params == self.params and adjusting == self.adjusting:
            return
        self.params, self.adjusting = params, adjusting
        self._notify(Aspect.LIGHT_SETTINGS)

    # -- hotspots and loupe -------------------------------------------------------------------

    def set_hotspots(self, shown: bool) -> None:
        shown = shown and self.config.show_hotspots
        if shown != self.hotspots:
            self.hotspots = shown
            self._notify(Aspect.HOTSPOTS)

    def set_all_features(self, shown: bool) -> None:
        """Also outline the features the current light does not reveal."""
        shown = shown and self.config.show_hotspots
        if shown != self.all_features:
            self.all_features = shown
            self._notify(Aspect.HOTSPOTS)

    def set_loupe(self, on: bool) -> None:
        if on != self.loupe:
            self.loupe = on
            self._notify(Aspect.LOUPE)

    def set_loupe_power(self, power: int) -> None:
        if power not in LOUPE_POWERS:
            power = DEFAULT_LOUPE_POWER
        if power != self.loupe_power:
            self.loupe_power = power
            self._notify(Aspect.LOUPE_POWER)

    def step_loupe(self, delta: int) -> None:
        """The next stronger (``delta`` > 0) or weaker loupe, stopping at the ends."""
        index = LOUPE_POWERS.index(self.loupe_power) + delta
        self.set_loupe_power(LOUPE_POWERS[max(0, min(len(LOUPE_POWERS) - 1, index))])

    # -- page and zoom ------------------------------------------------------------------------

    def set_page(self, index: int) -> None:
        if 0 <= index < self.page_count and index != self.page:
            self.page = index
            self._notify(Aspect.PAGE)

    def step_page(self, delta: int) -> None:
        self.set_page(self.page + delta)

    def set_zoom(self, factor: float | None) -> None:
        """Screen pixels per page pixel; None fits the page in the window."""
        if factor is not None:
            factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        if factor != self.zoom:
            self.zoom = factor
            self._notify(Aspect.ZOOM)
