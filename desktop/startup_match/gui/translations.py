"""Qt translations: compile the .ts sources on first use, install them, switch at run time."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..core.model.langs import LANGS, Lang
from ..paths import resources_dir

# Our .ts file suffix and Qt's own catalogue (standard buttons, dialogs) for each language.
QT_CODES: dict[Lang, tuple[str, str]] = {
    "zh-Hant": ("zh_Hant", "qtbase_zh_TW"),
    "zh-Hans": ("zh_Hans", "qtbase_zh_CN"),
}
LANGUAGE_NAMES: dict[Lang, str] = {"en": "English", "zh-Hant": "繁體中文", "zh-Hans": "简体中文"}


def default_language(locale_name: str | None = None) -> Lang:
    """Follow the system locale: Traditional for HK, Macau, Taiwan; Simplified for the Mainland."""
    locale = QLocale(locale_name) if locale_name else QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    if locale.script() == QLocale.Script.SimplifiedHanScript:
        return "zh-Hans"
    if locale.script() == QLocale.Script.TraditionalHanScript:
        return "zh-Hant"
    # PySide6 names the enum Country; territory() is the non-deprecated getter.
    traditional = {QLocale.Country.HongKong, QLocale.Country.Macao, QLocale.Country.Taiwan}
    return "zh-Hant" if locale.territory() in traditional else "zh-Hans"


def _lrelease() -> str | None:
    import shutil

    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def ts_path(lang: Lang) -> Path:
    return resources_dir() / "translations" / f"startup_match_{QT_CODES[lang][0]}.ts"


def compiled(lang: Lang, cache: Path | None = None) -> Path | None:
    """The .qm for `lang`, compiled from its .ts when missing or older; None if impossible."""
    # Imported here: a start in English compiles nothing, and these cost it 5 ms.
    import subprocess

    from platformdirs import user_cache_dir

    source = ts_path(lang)
    if not source.exists():  # a bundle ships its translations compiled, without the sources
        shipped = source.with_suffix(".qm")
        return shipped if shipped.exists() else None
    folder = cache or Path(user_cache_dir("startup-match", appauthor=False)) / "translations"
    target = folder / source.with_suffix(".qm").name
    if target.exists() and target.stat().st_mtime >= source.stat().st_mtime:
        return target
    tool = _lrelease()
    if tool is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [tool, "-silent", str(source), "-qm", str(target)], capture_output=True, check=False
    )
    return target if done.returncode == 0 and target.exists() else None


class Translations:
    """Holds the installed translators so a language switch can replace them."""

    def __init__(self, cache: Path | None = None) -> None:
        self._cache = cache
        self._installed: list[QTranslator] = []
        self.lang: Lang = "en"

    def switch(self, lang: Lang) -> bool:
        """Install `lang` (English removes all); Qt then sends LanguageChange to every widget."""
        if lang not in LANGS:
            return False
        app = QCoreApplication.instance()
        if app is None:
            return False
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        ok = True
        if lang != "en":
            ours = QTranslator(app)
            qm = compiled(lang, self._cache)
            ok = qm is not None and ours.load(str(qm))
            if ok:
                app.installTranslator(ours)
                self._installed.append(ours)
            qt_own = QTranslator(app)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt_own.load(QT_CODES[lang][1], qt_dir):
                app.installTranslator(qt_own)
                self._installed.append(qt_own)
        self.lang = lang
        return ok
