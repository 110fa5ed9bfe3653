"""The `podium` command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "podium.cli.main", *args], capture_output=True, text=True, cwd=cwd, timeout=60
    )


def test_runs_an_app_file_as_main(tmp_path: Path) -> None:
    app = tmp_path / "app.py"
    app.write_text(
        "import sys\nimport podium as gr\n"
        "demo = gr.Interface(lambda x: x, 'text', 'text')\n"
        "if __name__ == '__main__':\n    print('main ran with', sys.argv[1:], len(demo.dependencies))\n"
    )
    result = run(str(app), "--flag")
    assert result.returncode == 0, result.stderr
    assert "main ran with ['--flag']" in result.stdout


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    result = run(str(tmp_path / "nope.py"))
    assert result.returncode == 2
    assert "no such file" in result.stderr
