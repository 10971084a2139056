import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")
sys.path.insert(0, str(Path(__file__).parent))

SHARED_VALIDATION = Path(__file__).resolve().parent.parent.parent / "shared" / "validation"


@pytest.fixture
def shared_validation() -> Path:
    if not SHARED_VALIDATION.is_dir():
        pytest.skip("../shared/validation is absent (a user's checkout has no shared folder)")
    return SHARED_VALIDATION
