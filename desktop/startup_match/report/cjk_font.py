"""Chinese that copies as it reads: the sheet's CJK font is a copy of Noto Sans CJK whose
character map gives each glyph one character.

Qt's PDF engine writes, for every glyph it embeds, the character it stands for (the ToUnicode
map) as the lowest code point the font maps to that glyph. Noto Sans CJK draws 大 and the
Kangxi radical ⼤ (U+2F24) with one glyph, so a sheet drew 大 and its text layer said ⼤: text
copied, searched or extracted from it was wrong. The copy made here leaves out of its character
map every code point that shares its glyph with a higher one it stands in for (the Kangxi
radicals and the CJK radicals supplement, U+2E80–U+2FDF, and the old angle brackets U+2329 and
U+232A, which are 〈 and 〉), so each glyph the sheet draws has one code point left: the one in
the text. A radical someone really typed is drawn from the system's own font, which still maps
it, and so copies as the radical.

The copy is made once, with fontTools, into the user's cache (two faces per weight, Traditional
and Simplified, in one collection that shares their outlines: about 17 MB a weight; a few seconds
to make), and made again when the system's font changes. Where no Noto Sans CJK is installed,
or the copy cannot be made, the sheet uses the system's fonts as they are."""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from contextlib import suppress
from pathlib import Path
from typing import Any

RECIPE = 2  # bump when the copy is made differently: every cached copy is made again
SCRIPTS = {"TC": "Noto Sans CJK TC", "SC": "Noto Sans CJK SC"}
OWN_FAMILY = "Startup Match CJK {script}"
STYLES = ("Regular", "Bold")
RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals
# Chinese text's own punctuation: CJK Symbols and Punctuation, and the fullwidth forms. A lower
# code point sharing a glyph with one of these (U+2215 DIVISION SLASH drawn as ／ U+FF0F) stands in
# for it in the PDF's text layer, so it is left out too.
CJK_FORMS = (range(0x3000, 0x3040), range(0xFF00, 0xFFF0))

# (path, face index in a collection, size, modification time): what a copy was made from
Source = tuple[str, int, int, int]


def stand_ins(cmap: dict[int, str]) -> set[int]:
    """The code points to leave out: each shares its glyph with a higher code point, and is a
    radical, or (like U+2329 for 〈) canonically the same character as that one, or the higher
    one is Chinese punctuation or a fullwidth form (U+2215 for ／)."""
    by_glyph: defaultdict[str, list[int]] = defaultdict(list)
    for code, glyph in cmap.items():
        by_glyph[glyph].append(code)
    dropped = set()
    for codes in by_glyph.values():
        if len(codes) < 2:
            continue
        for code in codes:
            higher = {chr(other) for other in codes if other > code}
            if not higher:
                continue
            cjk_form = any(ord(other) in forms for other in higher for forms in CJK_FORMS)
            if code in RADICALS or cjk_form or unicodedata.normalize("NFC", chr(code)) in higher:
                dropped.add(code)
    return dropped


def _locate(family: str, style: str) -> Source | None:
    """The installed file (and face) fontconfig gives for `family` in `style`."""
    tool = shutil.which("fc-match")
    if tool is None:
        return None
    try:
        done = subprocess.run(
            [tool, "-f", "%{family}\t%{style}\t%{file}\t%{index}", f"{family}:style={style}"],
            capture_output=True,
            text=True,
            timeout=20,
            check=False,
        )
        families, styles, file, index = done.stdout.split("\t")
        path = Path(file)
        stat = path.stat()
    except (OSError, ValueError, subprocess.SubprocessError):
        return None
    if family not in families.split(",") or style not in styles.split(","):
        return None  # fontconfig fell back to another font: the family is not installed
    return (str(path), int(index), stat.st_size, stat.st_mtime_ns)


def _build(sources: list[tuple[str, Source]], style: str, target: Path) -> None:
    """One collection at `target`: each (script, source) face, renamed to our family, with the
    stand-ins left out of its character map. Only the character map and the names are
    rewritten; the outlines are copied as they are (compiling them again would take minutes)."""
    from fontTools.ttLib import TTCollection, TTFont
    from fontTools.ttLib.tables.DefaultTable import DefaultTable

    from ..core.model.files import atomic_output

    faces = []
    for script, (path, index, _, _) in sources:
        font = TTFont(path, fontNumber=index, lazy=True)
        # Names stand in for glyph ids: the outlines (and their own names) are never read.
        font.setGlyphOrder([f"g{n}" for n in range(font["maxp"].numGlyphs)])
        cmap = font["cmap"]
        dropped = stand_ins(font.getBestCmap())
        for subtable in cmap.tables:
            for code in dropped:
                subtable.cmap.pop(code, None)
        compiled = DefaultTable("cmap")
        compiled.data = cmap.compile(font)
        font.tables["cmap"] = compiled
        _rename(font, OWN_FAMILY.format(script=script), style)
        faces.append(font)
    collection = TTCollection()
    collection.fonts = faces
    with atomic_output(target) as temp:
        collection.save(str(temp), shareTables=True)


def _rename(font: Any, family: str, style: str) -> None:
    """Our family's names in every name record (in every language) that names the font."""
    names = font["name"]
    full = family if style == "Regular" else f"{family} {style}"
    postscript = f"{family.replace(' ', '')}-{style}"
    for record in names.names:
        if record.nameID in (1, 16):
            record.string = family
        elif record.nameID in (2, 17):
            record.string = style
        elif record.nameID in (3, 6):
            record.string = postscript
        elif record.nameID == 4:
            record.string = full


def _file_name(style: str, sources: Iterable[object]) -> str:
    """Named by what it was made from and how, so a changed font or recipe makes a new one."""
    key = hashlib.sha256(json.dumps([RECIPE, *sources]).encode()).hexdigest()[:16]
    return f"cjk-{style.lower()}-{key}.ttc"


def prepared(cache: Path | None = None) -> list[Path]:
    """The copies, one per style, made first where missing or out of date; empty when there is
    nothing to copy (Noto Sans CJK is not installed) or the copy cannot be made."""
    if cache is None:
        from platformdirs import user_cache_dir

        cache = Path(user_cache_dir("startup-match", appauthor=False)) / "fonts"
    manifest = cache / "manifest.json"
    try:
        known = json.loads(manifest.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        known = {}
    made: list[Path] = []
    changed = False
    for style in STYLES:
        entry = known.get(style) if isinstance(known, dict) else None
        if isinstance(entry, dict) and _still_valid(cache, style, entry):
            made.append(cache / entry["file"])
            continue
        sources = []
        for script, family in SCRIPTS.items():
            found = _locate(family, style)
            if found is not None:
                sources.append((script, found))
        if not sources:
            continue
        target = cache / _file_name(style, sources)
        if not target.exists():
            try:
                cache.mkdir(parents=True, exist_ok=True)
                _build(sources, style, target)
            except Exception:  # a font fontTools cannot read, a full disk: use the system's
                continue
            for old in cache.glob(f"cjk-{style.lower()}-*.ttc"):
                if old != target:
                    old.unlink(missing_ok=True)
        known = known if isinstance(known, dict) else {}
        known[style] = {"file": target.name, "sources": sources}
        changed = True
        made.append(target)
    if changed:
        from ..core.model.files import UserFileError, write_atomically

        with suppress(UserFileError):  # not kept: looked for (and found made) next time
            write_atomically(manifest, json.dumps(known).encode())
    return made


def _still_valid(cache: Path, style: str, entry: dict[str, object]) -> bool:
    """The copy is there, made by this recipe, and every file it was made from is as it was."""
    file, sources = entry.get("file"), entry.get("sources")
    if not isinstance(sources, list) or not sources:
        return False
    if file != _file_name(style, sources) or not (cache / file).is_file():
        return False
    try:
        for _, (path, _, size, mtime) in sources:
            stat = Path(path).stat()
            if (stat.st_size, stat.st_mtime_ns) != (size, mtime):
                return False
    except (OSError, TypeError, ValueError):  # gone, or a manifest edited by hand
        return False
    return True


_registered: list[str] | None = None


def own_families() -> list[str]:
    """Our copies' families (Traditional first), registered with Qt once per process; empty
    when there is no copy."""
    global _registered
    if _registered is None:
        from PySide6.QtGui import QFontDatabase

        families: set[str] = set()
        for path in prepared():
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id >= 0:
                families.update(QFontDatabase.applicationFontFamilies(font_id))
        _registered = [
            name for script in SCRIPTS if (name := OWN_FAMILY.format(script=script)) in families
        ]
    return _registered
