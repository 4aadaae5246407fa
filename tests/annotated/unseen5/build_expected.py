#!/usr/bin/env python3
"""Fifth audit set through the shared builder (tests/unseen2/build_expected.py); same arguments."""
import os, runpy

os.environ["UNSEEN_SET"] = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(os.environ["UNSEEN_SET"], "..", "unseen2", "build_expected.py"), run_name="__main__")
