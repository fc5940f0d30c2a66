"""Make the repository root importable, so `import eval` works under a bare `pytest` too.

`eval/` is not part of the installed package (it is a development tool), so the editable install
does not put it on the path; `python -m pytest` does, a plain `pytest` does not.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
