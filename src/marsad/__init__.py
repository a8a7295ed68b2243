"""marsad (مرصد): an Arabic-first political event observatory.

    >>> import marsad
    >>> doc = marsad.extract("التقى الرئيس الروسي فلاديمير بوتين نظيره الصيني شي جين بينغ في بكين", published="2024-05-16")
    >>> doc.to_dict()["events"][0]["type"]
    'CONSULT'
"""

from .errors import MarsadError
from .model import Doc
from .pipeline import Pipeline, extract, register

__version__ = "0.1.0"
__all__ = ["Doc", "MarsadError", "Pipeline", "extract", "register", "__version__"]
