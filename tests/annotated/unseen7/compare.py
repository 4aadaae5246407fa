#!/usr/bin/env python3
"""Seventh audit set through the shared scorer (tests/unseen/compare.py); same arguments."""
import os, runpy

os.environ["UNSEEN_SET"] = os.path.dirname(os.path.abspath(__file__))
runpy.run_path(os.path.join(os.environ["UNSEEN_SET"], "..", "unseen", "compare.py"), run_name="__main__")
