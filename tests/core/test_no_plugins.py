"""No pydantic plugin sees what the core validates, however it was installed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

SPY = """
import sys

class Spy:
    def new_schema_validator(self, schema, schema_type, path, kind, config, settings):
        print("SPY saw", path.name, file=sys.stderr)
        return None, None, None

plugin = Spy()
"""

BARE_MODEL = """
from pydantic import BaseModel
class Founder(BaseModel):
    name: str
Founder(name="Ada")
"""

CORE_MODELS = """
import sys
from startup_match.core.model.profile import Profile
Profile.model_validate({"company_name": "Spied Co"})
print(type(Profile.__pydantic_validator__).__name__, "importlib.metadata" in sys.modules)
"""


@pytest.fixture
def plugin_env(tmp_path: Path) -> dict[str, str]:
    """An environment where a pydantic plugin is installed as any package would register one:
    an entry point in the `pydantic` group."""
    (tmp_path / "spy_plugin.py").write_text(SPY, encoding="utf-8")
    info = tmp_path / "spy_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: spy-plugin\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text("[pydantic]\nspy = spy_plugin:plugin\n", "utf-8")
    path = os.pathsep.join(filter(None, [str(tmp_path), os.environ.get("PYTHONPATH")]))
    return {**os.environ, "PYTHONPATH": path}


def _run(code: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )


def test_the_installed_plugin_sees_a_plain_pydantic_model(plugin_env: dict[str, str]) -> None:
    """The control: the fixture's plugin is one pydantic finds and calls."""
    done = _run(BARE_MODEL, plugin_env)
    assert done.returncode == 0, done.stderr
    assert "SPY saw Founder" in done.stderr


def test_no_plugin_sees_a_profile_and_none_is_looked_for(plugin_env: dict[str, str]) -> None:
    done = _run(CORE_MODELS, plugin_env)
    assert done.returncode == 0, done.stderr
    assert "SPY" not in done.stderr
    # A plain validator, and the entry points never read (importlib.metadata costs 15-20 ms).
    assert done.stdout.split() == ["SchemaValidator", "False"]
