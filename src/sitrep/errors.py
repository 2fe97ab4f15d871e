"""Named errors. Every message says what went wrong and what to do about it."""

from __future__ import annotations


class SitrepError(Exception):
    """Base class for every error sitrep raises on purpose."""


class InputError(SitrepError):
    """The input cannot be read as an article (empty, binary, a directory, too large, ...)."""


class EmptyInputError(InputError):
    """The input holds no text."""


class BinaryInputError(InputError):
    """The input looks like a binary file, not text."""


class TooLargeError(InputError):
    """The input is larger than the configured limit."""


class NoArticleError(InputError):
    """An HTML page holds no article text that could be extracted."""


class MissingComponentError(SitrepError):
    """A part of sitrep looked up by name (a pipeline component, a scorer) is not in this installation."""


def failure_reason(name: str, error: Exception) -> str:
    """Why one article of a batch failed, for the batch's summary: a SitrepError's own message, or an
    unexpected error named as a bug in sitrep (the batch goes on either way)."""
    if isinstance(error, SitrepError):
        return f"{name}: {error}"
    return f"{name}: sitrep failed on this article ({type(error).__name__}: {error}); please report it"


class FetchError(InputError):
    """A web address could not be fetched (HTTP error, timeout, refused by robots.txt, not HTML, too large).

    `permanent` says whether asking again later is pointless (a 404, a page robots.txt disallows); `status` is the
    HTTP status when there was one."""

    def __init__(self, message: str, *, url: str, permanent: bool = False, status: int | None = None) -> None:
        super().__init__(message)
        self.url = url
        self.permanent = permanent
        self.status = status


class FeedError(FetchError):
    """A feed or sitemap was fetched but cannot be read (malformed XML, no entries, an unknown format)."""
