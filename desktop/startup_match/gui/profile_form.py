"""The profile form: every profile field, grouped, with a help line and errors at the field."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..core.model.choices import Affiliation, Location, Need, Sector, Stage
from ..core.model.langs import Lang
from ..core.words.glossary import term
from ..core.words.labels import FIELD_GROUPS, FIELD_HELP, GROUP_LABELS, format_hkd, label_in
from .inputs import (
    CheckList,
    ChoiceCombo,
    HkdSpin,
    NameEdit,
    OptionalDateEdit,
    OptionalIntSpin,
    OptionalPercentSpin,
    OptionalYearsSpin,
    YesNoCombo,
)
from .lazy_core import checked_profile, describe_validation_error
from .links_editor import LinksEditor
from .unstorable import NUL, nul_refused

if TYPE_CHECKING:  # pydantic loads after the first paint, before anyone can type
    from pydantic import ValidationError

    from ..core.model.profile import Profile

ERROR_STYLE = "color: #b3261e;"
HELP_STYLE = "color: #5f6368; font-size: 8pt;"
GROUP_STYLE = "font-weight: bold; color: #0b3d62; margin-top: 6px;"

Spin = OptionalIntSpin | OptionalYearsSpin | OptionalPercentSpin | HkdSpin | OptionalDateEdit
Editor = NameEdit | ChoiceCombo | CheckList | YesNoCombo | Spin | LinksEditor

# One row per profile field: how its editor is made. A field's words live in core/labels.py's
# FIELDS; its title with a mnemonic in field_titles() below (Qt's translations need the
# literal text there). tests/gui/test_form_and_results.py checks every Profile field is in all
# three.
EDITORS: dict[str, Callable[[QWidget], Editor]] = {
    "company_name": NameEdit,
    "stage": lambda parent: ChoiceCombo(list(Stage), parent),
    "sectors": lambda parent: CheckList(list(Sector), parent),
    "location": lambda parent: ChoiceCombo(list(Location), parent),
    "needs": lambda parent: CheckList(list(Need), parent),
    "incorporated_in_hk": YesNoCombo,
    "hk_business_registration": YesNoCombo,
    "active_operation_in_hk": YesNoCombo,
    "incorporated_on": OptionalDateEdit,
    "years_since_incorporation": OptionalYearsSpin,
    "team_size": lambda parent: OptionalIntSpin(1_000_000, parent),
    "technical_staff": lambda parent: OptionalIntSpin(1_000_000, parent),
    "technical_team_equity_pct": OptionalPercentSpin,
    "rd_in_hk": YesNoCombo,
    "registered_in_mainland_gba": YesNoCombo,
    "founder_holds_hkid": YesNoCombo,
    "founder_hk_permanent_resident": YesNoCombo,
    "founder_age": lambda parent: OptionalIntSpin(120, parent),
    "annual_revenue_hkd": HkdSpin,
    "funding_raised_hkd": HkdSpin,
    "funding_sought_hkd": HkdSpin,
    "private_investment_last_year_hkd": HkdSpin,
    "has_private_co_investor": YesNoCombo,
    "university_links": LinksEditor,
    "based_on_university_research": YesNoCombo,
    "affiliations": lambda parent: CheckList(list(Affiliation), parent),
    "listed": YesNoCombo,
    "owns_patent": YesNoCombo,
    "holds_regulated_licence": YesNoCombo,
    "has_financial_partner": YesNoCombo,
}
# The group shown folded until opened (or until a profile with one of its answers is loaded).
FOLDED_GROUP = "more"


class ProfileForm(QWidget):
    """Emits `edited` on every user change; `read()` gives the profile or errors by field."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._editors: dict[str, Editor] = {name: make(self) for name, make in EDITORS.items()}
        company = self._editors["company_name"]
        assert isinstance(company, NameEdit)
        self.company_name: NameEdit = company
        self.company_name.setMaxLength(120)
        self._labels: dict[str, QLabel] = {}
        self._errors: dict[str, QLabel] = {}
        self._helps: dict[str, QLabel] = {}
        self._groups: dict[str, QLabel] = {}
        self._form = form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setStyleSheet(HELP_STYLE)
        form.addRow(self.intro)
        self.more_button = QToolButton(self)
        self.more_button.setCheckable(True)
        self.more_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_button.setArrowType(Qt.ArrowType.RightArrow)
        self.more_button.setStyleSheet("QToolButton { border: none; " + GROUP_STYLE + " }")
        self.more_button.toggled.connect(self._show_folded)
        for group, names in FIELD_GROUPS:
            heading = QLabel(self)
            heading.setStyleSheet(GROUP_STYLE)
            if group == FOLDED_GROUP:
                form.addRow(self.more_button)
                heading.hide()
            else:
                form.addRow(heading)
            self._groups[group] = heading
            for name in names:
                self._add_row(form, name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        for editor in self._editors.values():
            editor.edited.connect(self._changed)
        self._show_folded(False)
        self._lang: Lang = "en"
        self.retranslate()

    def _add_row(self, form: QFormLayout, name: str) -> None:
        widget = self.widget_for(name)
        label = QLabel(self)
        # A label's Alt+letter focuses only a buddy that takes focus: the links editor's own
        # widget takes none (Alt+U did nothing), so its first control is the buddy.
        label.setBuddy(widget.focusProxy() or widget)
        help_line = QLabel(self)
        help_line.setStyleSheet(HELP_STYLE)
        help_line.setWordWrap(True)
        error = QLabel(self)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setStyleSheet(ERROR_STYLE)
        error.setWordWrap(True)
        error.hide()
        column = QVBoxLayout()
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(help_line)
        column.addWidget(error)
        form.addRow(label, column)
        self._labels[name], self._helps[name], self._errors[name] = label, help_line, error

    def _show_folded(self, shown: bool) -> None:
        """Show or hide the rarely needed fields; they are never hidden while one has an answer
        or an error."""
        names = dict(FIELD_GROUPS)[FOLDED_GROUP]
        self.more_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        for name in names:
            self._form.setRowVisible(self._labels[name], shown)

    def _unfold_if_answered(self) -> None:
        names = dict(FIELD_GROUPS)[FOLDED_GROUP]
        answered = any(
            self._editors[name].answer() is not None or self._errors[name].text() for name in names
        )
        if answered and not self.more_button.isChecked():
            self.more_button.setChecked(True)

    def _spins(self) -> tuple[Spin, ...]:
        return tuple(
            e for e in self._editors.values() if isinstance(e, OptionalIntSpin | HkdSpin)
        ) + tuple(
            e
            for e in self._editors.values()
            if isinstance(e, OptionalYearsSpin | OptionalPercentSpin | OptionalDateEdit)
        )

    def _yes_nos(self) -> tuple[YesNoCombo, ...]:
        return tuple(e for e in self._editors.values() if isinstance(e, YesNoCombo))

    def _combos(self) -> tuple[ChoiceCombo, ...]:
        return tuple(e for e in self._editors.values() if isinstance(e, ChoiceCombo))

    def _lists(self) -> tuple[CheckList, ...]:
        return tuple(e for e in self._editors.values() if isinstance(e, CheckList))

    def widget_for(self, name: str) -> QWidget:
        return self._editors[name]

    def __getattr__(self, name: str) -> Any:
        # Fields are reached by name (form.team_size) as well as through widget_for().
        editors = self.__dict__.get("_editors")
        if editors is not None and name in editors:
            return editors[name]
        raise AttributeError(name)

    def _changed(self, *_args: object) -> None:
        self.edited.emit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def field_titles(self) -> dict[str, str]:
        """Label text with a mnemonic (&) for every field. The letters are unique, and none is
        taken by the menu bar (F, V, L, H) or the result filters (D, N)."""
        return {
            "company_name": self.tr("Company na&me"),
            "stage": self.tr("&Stage"),
            "sectors": self.tr("Se&ctors"),
            "location": self.tr("L&ocation"),
            "needs": self.tr("Help &wanted"),
            "incorporated_in_hk": self.tr("&Incorporated in Hong Kong"),
            "incorporated_on": self.tr("Date of incorporation"),
            "years_since_incorporation": self.tr("&Years since incorporation"),
            "team_size": self.tr("Full-time s&taff"),
            "technical_staff": self.tr("Staff in R&&D &jobs"),
            "technical_team_equity_pct": self.tr("Technical team's e&quity"),
            "rd_in_hk": self.tr("R&&D done in Hon&g Kong"),
            "registered_in_mainland_gba": self.tr("Registered in Mainland G&BA"),
            "founder_holds_hkid": self.tr("Founder has a Hong &Kong ID"),
            "annual_revenue_hkd": self.tr("&Annual revenue"),
            "funding_raised_hkd": self.tr("Funding rais&ed"),
            "funding_sought_hkd": self.tr("Si&ze of funding sought"),
            "private_investment_last_year_hkd": self.tr("&Private investment last year"),
            "has_private_co_investor": self.tr("E&xternal investor or sponsor"),
            "university_links": self.tr("&University links"),
            "based_on_university_research": self.tr("Based on university &research"),
            # Every letter is taken: these are reached by Tab (and their folded group's button).
            "hk_business_registration": self.tr("Hong Kong Business Registration"),
            "active_operation_in_hk": self.tr("Operates in Hong Kong"),
            "founder_hk_permanent_resident": self.tr("Founder is a permanent resident"),
            "founder_age": self.tr("Founder's age"),
            "affiliations": self.tr("Science Park or Cyberport"),
            "listed": self.tr("Listed company"),
            "owns_patent": self.tr("Owns a patent"),
            "holds_regulated_licence": self.tr("Financial licence"),
            "has_financial_partner": self.tr("Bank or insurer partner"),
        }

    def retranslate(self) -> None:
        not_set = self.tr("Not set")
        yes, no = term("yes", self._lang), term("no", self._lang)
        for name, title in self.field_titles().items():
            self._labels[name].setText(title)
            help_text = " ".join(
                filter(None, (label_in(FIELD_HELP, name, self._lang), self._limit(name)))
            )
            self._helps[name].setText(help_text)
            widget = self.widget_for(name)
            widget.setAccessibleName(title.replace("&&", "\0").replace("&", "").replace("\0", "&"))
            if not self._errors[name].isVisible():
                widget.setToolTip(help_text)
        for group, heading in self._groups.items():
            heading.setText(label_in(GROUP_LABELS, group, self._lang))
        self.more_button.setText(label_in(GROUP_LABELS, FOLDED_GROUP, self._lang))
        self.company_name.setPlaceholderText(self.tr("Required, up to 120 characters"))
        self.intro.setText(
            self.tr(
                "Only the company name is required. “Not set” means not known yet: the results "
                "say which facts would settle a programme."
            )
        )
        for combo in self._combos():
            combo.relabel(self._lang, not_set)
        for yes_no in self._yes_nos():
            yes_no.relabel(not_set, yes, no)
        for spin in self._spins():
            spin.setSpecialValueText(not_set)

    def _limit(self, name: str) -> str:
        """What a field holds at most, said at the field: nothing is cut or stopped unseen."""
        widget = self.widget_for(name)
        if isinstance(widget, NameEdit):
            return self.tr("Up to %1 characters.").replace("%1", str(widget.maxLength()))
        if isinstance(widget, HkdSpin):
            return self.tr("Up to %1.").replace("%1", format_hkd(widget.maximum(), self._lang))
        if isinstance(widget, QSpinBox | QDoubleSpinBox):
            most = f"{widget.maximum():,.0f}{widget.suffix()}"
            return self.tr("Up to %1.").replace("%1", most)
        return ""

    def set_language(self, lang: Lang) -> None:
        self._lang = lang
        for check_list in self._lists():
            check_list.relabel(lang)
        links = self._editors["university_links"]
        assert isinstance(links, LinksEditor)
        links.relabel(lang)
        self.retranslate()

    # -- data ------------------------------------------------------------------------------------

    def raw(self) -> dict[str, Any]:
        """The form as plain JSON-able data (unset fields left out)."""
        data = {name: editor.answer() for name, editor in self._editors.items()}
        return {key: value for key, value in data.items() if value is not None}

    def read(self) -> tuple[Profile | None, dict[str, str]]:
        """The profile, or None with one message per bad field (also shown at the field)."""
        errors: dict[str, str] = {}
        profile, error = checked_profile(self.raw())
        if error is not None:
            for item in error.errors():
                field = self._field_of(item)
                errors.setdefault(field, self._message(field, item["type"], error))
        if NUL in self.company_name.text():  # valid to the model, but no store can keep it
            errors["company_name"] = nul_refused(self.plain_title("company_name"))
            profile = None
        self.show_errors(errors)
        return profile, errors

    @staticmethod
    def _field_of(item: Any) -> str:
        if item["loc"]:
            return str(item["loc"][0])
        # A rule across fields names its field first ("technical_staff: …").
        message = str(item.get("ctx", {}).get("error", ""))
        name = message.split(":", 1)[0]
        return name if name in EDITORS else "company_name"

    def _message(self, field: str, kind: str, error: ValidationError) -> str:
        if field == "company_name" and kind in {"missing", "string_too_short", "value_error"}:
            return self.tr("Enter the company's name.")
        if field == "technical_staff" and kind == "value_error":  # the one rule across fields
            message = self.tr("“%1” cannot be more than “%2”.")
            title = self.plain_title
            return message.replace("%1", title("technical_staff")).replace("%2", title("team_size"))
        return describe_validation_error(error)

    def plain_title(self, name: str) -> str:
        """A field's label as shown, without its mnemonic ("&Stage", "發展階段(&S)")."""
        title = self.field_titles()[name]
        return re.sub(r"\(&.\)|&(?=[^&])", "", title).replace("&&", "&")

    def show_errors(self, errors: dict[str, str]) -> None:
        if any(name in errors for name in dict(FIELD_GROUPS)[FOLDED_GROUP]):
            self.more_button.setChecked(True)
        for name, label in self._errors.items():
            message = errors.get(name)
            label.setText(message or "")
            label.setVisible(bool(message))
            widget = self.widget_for(name)
            widget.setProperty("invalid", bool(message))
            widget.setToolTip(message or self._helps[name].text())
            widget.setAccessibleDescription(message or "")

    def load(self, profile: Profile | None) -> None:
        """Fill the form without emitting `edited`."""
        self.blockSignals(True)
        try:
            for name, editor in self._editors.items():
                value = getattr(profile, name) if profile else None
                editor.set_answer(value)
        finally:
            self.blockSignals(False)
        self.show_errors({})
        self._unfold_if_answered()
