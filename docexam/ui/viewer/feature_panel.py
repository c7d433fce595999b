"""The panel explaining a clicked feature, with buttons to show it under the light revealing it."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from docexam.core.domain.lights import LightSource
from docexam.core.domain.model import Feature, text_for
from docexam.core.domain.taxonomy import CATEGORIES, GROUPS, category_name
from docexam.ui import words


class FeaturePanel(QWidget):
    show_light = Signal(object)  # LightSource
    glossary_requested = Signal(str)  # category code

    def __init__(self, lang: str = "en") -> None:
        super().__init__()
        self.lang = lang
        self.feature: Feature | None = None
        self.setMinimumWidth(260)
        self.body = QLabel()
        self.body.setObjectName("feature_body")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.body.linkActivated.connect(self.glossary_requested)
        self.buttons = QVBoxLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.body)
        layout.addLayout(self.buttons)
        layout.addStretch(1)
        self.show_feature(None)

    def show_feature(self, feature: Feature | None) -> None:
        self.feature = feature
        while self.buttons.count():
            item = self.buttons.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop; hide it now
                widget.deleteLater()
        if feature is None:
            self.body.setText(
                "<p>"
                + escape(
                    self.tr("Click a highlighted region on the page to learn about that feature.")
                )
                + "</p><p>"
                + escape(
                    self.tr(
                        "Outlined: the features this light reveals. All features (Shift+H) "
                        "adds the others, dashed."
                    )
                )
                + "</p>"
            )
            return
        lang = self.lang
        # Outside the f-strings below, so lupdate sees them.
        how = self.tr("How to check")
        revealed = self.tr("Revealed by")
        category = CATEGORIES.get(feature.category)
        group = GROUPS.get(category.group, ("", "")) if category else ("", "")
        group_name = group[1] if lang.startswith("zh") else group[0]
        parts = [
            f"<h3>{escape(text_for(feature.name, lang))}</h3>",
            f"<p><a href='{escape(feature.category)}'>"
            f"{escape(category_name(feature.category, lang))}</a> · {escape(group_name)}</p>",
        ]
        if feature.description:
            parts.append(f"<p>{escape(text_for(feature.description, lang))}</p>")
        if feature.how_to_check:
            parts += [
                f"<p><b>{escape(how)}</b><br>",
                f"{escape(text_for(feature.how_to_check, lang))}</p>",
            ]
        if feature.lights:
            names = ", ".join(words.light(li) for li in feature.lights)
            parts.append(f"<p><b>{escape(revealed)}</b>: {escape(names)}</p>")
        self.body.setText("".join(parts))
        for light in feature.lights:
            button = QPushButton(self.tr("Show me under %1").replace("%1", words.light(light)))
            button.setObjectName(f"show_{light.value}")
            button.clicked.connect(lambda _=False, li=light: self.show_light.emit(li))
            self.buttons.addWidget(button)

    def reveal_lights(self) -> tuple[LightSource, ...]:
        return self.feature.lights if self.feature else ()
