"""Switching language in the running GUI, remembered, from complete Qt Linguist sources."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from startup_match.gui.app import build_window
from startup_match.gui.settings import AppSettings
from startup_match.gui.translations import Translations, compiled, default_language, ts_path
from startup_match.paths import resources_dir

from .fakes import WindowFactory
from .helpers import fill_spin_out_university_profile

GUI_SOURCES = Path(__file__).resolve().parents[2] / "desktop" / "startup_match" / "gui"


def test_switching_language_changes_visible_labels_at_once(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    fill_spin_out_university_profile(qtbot, window)
    assert window.menus.file_menu.title() == "&File"
    assert window.form._labels["company_name"].text() == "Company na&me"
    window.menus.languages["zh-Hant"].trigger()
    assert window.menus.file_menu.title() == "檔案(&F)"
    assert window.form._labels["company_name"].text() == "公司名稱(&M)"
    assert window.form.stage.currentText() == "種子前"
    assert (
        window.results.model.headerData(
            1, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal
        )
        == "計劃"
    )
    names = {window.session.current.ranking.result(pid).name for pid in ("tsssu", "raise-plus")}  # type: ignore[union-attr]
    assert names == {"大學科技初創企業資助計劃", "產學研1+計劃"}
    assert (
        "符合資格" in window.results.details.toPlainText()
        or "不符合資格" in window.results.details.toPlainText()
    )
    assert window.settings.language() == "zh-Hant"

    window.menus.languages["zh-Hans"].trigger()
    assert window.menus.file_menu.title() == "文件(&F)"
    assert window.form._labels["company_name"].text() == "公司名称(&M)"
    window.menus.languages["en"].trigger()
    assert window.menus.file_menu.title() == "&File"
    assert window.session.current.ranking is not None and window.session.current.ranking.result(
        "tsssu"
    ).name.startswith("Technology")


def test_choice_is_remembered_for_the_next_start(
    qtbot: QtBot, settings_path: Path, db_path: Path, tmp_path: Path
) -> None:
    settings = AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    settings.set_language("zh-Hans")
    translations = Translations(cache=tmp_path / "qm")
    window = build_window(settings, db_path, translations)
    qtbot.addWidget(window)
    try:
        assert window.lang == "zh-Hans"
        assert window.menus.help_menu.title() == "帮助(&H)"
        assert window.menus.languages["zh-Hans"].isChecked()
    finally:
        translations.switch("en")
        if window.session.store is not None:
            window.session.store.close()


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("en_GB", "en"),
        ("zh_HK", "zh-Hant"),
        ("zh_TW", "zh-Hant"),
        ("zh_CN", "zh-Hans"),
        ("fr_FR", "en"),
    ],
)
def test_default_follows_system_locale(locale: str, expected: str) -> None:
    assert default_language(locale) == expected


def test_translations_compile(tmp_path: Path) -> None:
    for lang in ("zh-Hant", "zh-Hans"):
        qm = compiled(lang, tmp_path)  # type: ignore[arg-type]
        assert qm is not None and qm.stat().st_size > 1000


def _messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_gui_string_has_a_finished_translation(tmp_path: Path) -> None:
    import PySide6

    lupdate = Path(PySide6.__file__).parent / "lupdate"
    if not lupdate.exists():
        pytest.skip("lupdate not shipped with this PySide6")
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *map(str, sorted(GUI_SOURCES.glob("*.py"))), "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    in_code = set(_messages(fresh))
    assert len(in_code) > 100
    for lang in ("zh-Hant", "zh-Hans"):
        shipped = _messages(ts_path(lang))  # type: ignore[arg-type]
        assert in_code <= set(shipped), sorted(in_code - set(shipped))[:5]
        for key in in_code:
            translation = shipped[key].find("translation")
            assert translation is not None and translation.text, key
            assert translation.get("type") != "unfinished", key


def test_translation_sources_live_in_resources() -> None:
    assert sorted(p.name for p in (resources_dir() / "translations").glob("*.ts")) == [
        "startup_match_zh_Hans.ts",
        "startup_match_zh_Hant.ts",
    ]
