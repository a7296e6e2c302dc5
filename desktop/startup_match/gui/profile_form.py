"""The profile form: every profile field, with errors shown at the field."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core.profile import Location, Need, Profile, Sector, Stage, describe_validation_error
from ..core.text import Lang
from .inputs import CheckList, ChoiceCombo, HkdSpin, OptionalIntSpin, OptionalYearsSpin, YesNoCombo
from .links_editor import LinksEditor

ERROR_STYLE = "color: #b3261e;"


class ProfileForm(QWidget):
    """Emits `edited` on every user change; `read()` gives the profile or errors by field."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.company_name = QLineEdit(self)
        self.company_name.setMaxLength(120)
        self.stage = ChoiceCombo(list(Stage), self)
        self.sectors = CheckList(list(Sector), self)
        self.sectors.setMaximumHeight(150)
        self.location = ChoiceCombo(list(Location), self)
        self.incorporated_in_hk = YesNoCombo(self)
        self.years_since_incorporation = OptionalYearsSpin(self)
        self.university_links = LinksEditor(self)
        self.based_on_university_research = YesNoCombo(self)
        self.team_size = OptionalIntSpin(1_000_000, self)
        self.annual_revenue_hkd = HkdSpin(self)
        self.funding_raised_hkd = HkdSpin(self)
        self.funding_sought_hkd = HkdSpin(self)
        self.has_private_co_investor = YesNoCombo(self)
        self.needs = CheckList(list(Need), self)
        self.needs.setMaximumHeight(150)

        self._labels: dict[str, QLabel] = {}
        self._errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name in Profile.model_fields:
            widget = self.widget_for(name)
            label = QLabel(self)
            label.setBuddy(widget)
            error = QLabel(self)
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            form.addRow(label, column)
            self._labels[name] = label
            self._errors[name] = error
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)

        self.company_name.textEdited.connect(self._changed)
        for combo in (self.stage, self.location):
            combo.activated.connect(self._changed)
        for yes_no in self._yes_nos():
            yes_no.activated.connect(self._changed)
        for spin in self._spins():
            spin.valueChanged.connect(self._changed)
        self.sectors.changed.connect(self._changed)
        self.needs.changed.connect(self._changed)
        self.university_links.changed.connect(self._changed)
        self._lang: Lang = "en"
        self.retranslate()

    def _spins(self) -> tuple[OptionalYearsSpin | OptionalIntSpin | HkdSpin, ...]:
        return (
            self.years_since_incorporation,
            self.team_size,
            self.annual_revenue_hkd,
            self.funding_raised_hkd,
            self.funding_sought_hkd,
        )

    def _yes_nos(self) -> tuple[YesNoCombo, ...]:
        return (
            self.incorporated_in_hk,
            self.based_on_university_research,
            self.has_private_co_investor,
        )

    def widget_for(self, name: str) -> QWidget:
        widget = getattr(self, name)
        assert isinstance(widget, QWidget)
        return widget

    def _changed(self, *_args: object) -> None:
        self.edited.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def field_titles(self) -> dict[str, str]:
        """Label text with a mnemonic (&) for every field."""
        return {
            "company_name": self.tr("Company &name"),
            "stage": self.tr("&Stage"),
            "sectors": self.tr("Se&ctors"),
            "location": self.tr("&Location"),
            "incorporated_in_hk": self.tr("&Incorporated in Hong Kong"),
            "years_since_incorporation": self.tr("&Years since incorporation"),
            "university_links": self.tr("&University links"),
            "based_on_university_research": self.tr("Based on university &research"),
            "team_size": self.tr("&Team size"),
            "annual_revenue_hkd": self.tr("Annual re&venue"),
            "funding_raised_hkd": self.tr("Funding r&aised"),
            "funding_sought_hkd": self.tr("Funding s&ought"),
            "has_private_co_investor": self.tr("Private co-in&vestor"),
            "needs": self.tr("Help nee&ded"),
        }

    def retranslate(self) -> None:
        not_set, yes, no = self.tr("Not set"), self.tr("Yes"), self.tr("No")
        for name, title in self.field_titles().items():
            self._labels[name].setText(title)
            self.widget_for(name).setAccessibleName(title.replace("&", ""))
        self.company_name.setPlaceholderText(self.tr("Required, up to 120 characters"))
        for combo in (self.stage, self.location):
            combo.relabel(self._lang, not_set)
        for yes_no in self._yes_nos():
            yes_no.relabel(not_set, yes, no)
        for spin in self._spins():
            spin.setSpecialValueText(not_set)
        self.sectors.setToolTip(
            self.tr("Tick every sector that applies; none ticked means not set")
        )
        self.needs.setToolTip(self.tr("Tick the help the start-up needs"))

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        for combo in (self.stage, self.location):
            combo.relabel(lang, self.tr("Not set"))
        self.sectors.relabel(lang)
        self.needs.relabel(lang)
        self.university_links.relabel(lang)

    # -- data ------------------------------------------------------------------------------------

    def raw(self) -> dict[str, Any]:
        """The form as plain JSON-able data (unset fields left out)."""
        links = self.university_links.value()
        data: dict[str, Any] = {
            "company_name": self.company_name.text(),
            "stage": self.stage.value(),
            "sectors": self.sectors.checked(),
            "location": self.location.value(),
            "incorporated_in_hk": self.incorporated_in_hk.value(),
            "years_since_incorporation": self.years_since_incorporation.optional_value(),
            "university_links": (
                None if links is None else [link.model_dump(mode="json") for link in links]
            ),
            "based_on_university_research": self.based_on_university_research.value(),
            "team_size": self.team_size.optional_value(),
            "annual_revenue_hkd": self.annual_revenue_hkd.optional_value(),
            "funding_raised_hkd": self.funding_raised_hkd.optional_value(),
            "funding_sought_hkd": self.funding_sought_hkd.optional_value(),
            "has_private_co_investor": self.has_private_co_investor.value(),
            "needs": self.needs.checked(),
        }
        return {key: value for key, value in data.items() if value is not None}

    def read(self) -> tuple[Profile | None, dict[str, str]]:
        """The profile, or None with one message per bad field (also shown at the field)."""
        errors: dict[str, str] = {}
        profile: Profile | None = None
        try:
            profile = Profile.model_validate(self.raw())
        except ValidationError as error:
            for item in error.errors():
                field = str(item["loc"][0]) if item["loc"] else "company_name"
                errors.setdefault(field, self._message(field, item["type"], error))
        self.show_errors(errors)
        return profile, errors

    def _message(self, field: str, kind: str, error: ValidationError) -> str:
        if field == "company_name" and kind in {"missing", "string_too_short", "value_error"}:
            return self.tr("Enter the company's name.")
        return describe_validation_error(error)

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self._errors.items():
            message = errors.get(name)
            label.setText(message or "")
            label.setVisible(bool(message))
            widget = self.widget_for(name)
            widget.setProperty("invalid", bool(message))
            widget.setToolTip(message or "")
            widget.setAccessibleDescription(message or "")

    def load(self, profile: Profile | None) -> None:
        """Fill the form without emitting `edited`."""
        self.blockSignals(True)
        try:
            p = profile or Profile(company_name="-")
            self.company_name.setText(profile.company_name if profile else "")
            self.stage.set_value(p.stage.value if p.stage else None)
            self.sectors.set_checked([s.value for s in p.sectors] if p.sectors else None)
            self.location.set_value(p.location.value if p.location else None)
            self.incorporated_in_hk.set_value(p.incorporated_in_hk)
            self.team_size.set_optional_value(p.team_size)
            self.years_since_incorporation.set_optional_value(p.years_since_incorporation)
            self.university_links.set_value(p.university_links)
            self.based_on_university_research.set_value(p.based_on_university_research)
            self.annual_revenue_hkd.set_optional_value(p.annual_revenue_hkd)
            self.funding_raised_hkd.set_optional_value(p.funding_raised_hkd)
            self.funding_sought_hkd.set_optional_value(p.funding_sought_hkd)
            self.has_private_co_investor.set_value(p.has_private_co_investor)
            self.needs.set_checked([n.value for n in p.needs] if p.needs else None)
        finally:
            self.blockSignals(False)
        self.show_errors({})
