from tests.http_helpers import site

__all__ = ["site"]
