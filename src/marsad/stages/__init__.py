"""Pipeline stages: each module registers ``Doc -> Doc`` functions by name (see pipeline.py)."""
