import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")
# the reader's table cache (rumorbt.entities) in a folder of this test session, not the user's ~/.cache
if "RUMORBT_CACHE" not in os.environ:
    import atexit
    import shutil
    import tempfile

    os.environ["RUMORBT_CACHE"] = tempfile.mkdtemp(prefix="rumorbt-test-cache-")
    # removed when the session ends (each one left 2-5 MB of tables, readings and tapes in /tmp);
    # the session's subprocesses inherit the variable and register nothing
    atexit.register(shutil.rmtree, os.environ["RUMORBT_CACHE"], ignore_errors=True)
sys.path.insert(0, str(Path(__file__).parent))

def _shared_validation() -> Path:
    """../shared/validation next to the checkout, else $RUMORBT_SHARED/validation, else /work/shared."""
    for base in (Path(__file__).resolve().parent.parent.parent / "shared", Path(os.environ.get("RUMORBT_SHARED", "")),
                 Path("/work/shared")):
        if str(base) not in ("", ".") and (base / "validation").is_dir():
            return base / "validation"
    return Path(__file__).resolve().parent.parent.parent / "shared" / "validation"


SHARED_VALIDATION = _shared_validation()


@pytest.fixture
def shared_validation() -> Path:
    if not SHARED_VALIDATION.is_dir():
        pytest.skip("../shared/validation is absent (a user's checkout has no shared folder)")
    return SHARED_VALIDATION
