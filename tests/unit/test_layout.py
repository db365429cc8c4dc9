"""The house layout: a stage's worker loads no other stage's code; stages meet only on streams."""

import subprocess
import sys

import pytest

STAGES = ("splitter", "enricher", "dedup", "indexer", "alerts", "delivery")
_LIST_LOADED = "import sys, {module}; print('\\n'.join(sorted(sys.modules)))"


@pytest.mark.parametrize("stage", STAGES)
def test_a_stage_worker_imports_no_other_stage(stage: str) -> None:
    module = f"services.{stage}.app"
    loaded = subprocess.run(
        [sys.executable, "-c", _LIST_LOADED.format(module=module)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert module in loaded
    others = {
        name
        for name in loaded
        for other in STAGES
        if other != stage and (name == f"services.{other}" or name.startswith(f"services.{other}."))
    }
    assert not others, f"{module} loads {sorted(others)}: move what they share to shared/"
