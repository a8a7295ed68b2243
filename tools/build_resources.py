"""Rebuild the packaged resources from data/ (see marsad.resources.build)."""

import json

from marsad.resources.build import build_all

if __name__ == "__main__":
    print(json.dumps(build_all()["counts"], indent=1))
