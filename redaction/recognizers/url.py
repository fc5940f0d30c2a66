"""URL: links to a person's social-media profile.

Only profile links are personal data: ``linkedin.com/in/<name>``, a Facebook, Instagram, X/Twitter
or GitHub account, ``tiktok.com/@<name>``, a Flickr or YouTube account, a person's fundraiser
(GoFundMe, doneeractie.nl and the like), with or without scheme and ``www.``. General links
(``www.dordrecht.nl``, ``https://www.rijksoverheid.nl/...``) are public information and are not
returned; neither are the sites' own pages ("facebook.com/help", "x.com/search"). Presidio's
``UrlRecognizer`` is not used: it needs tldextract, which downloads at run time.

The span runs to the end of the link ("x.com/naam/status/123" identifies the person as well),
without trailing punctuation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import ClassVar

from presidio_analyzer import Pattern

from redaction.recognizers.base import DutchPatternRecognizer, fold_case

# Scheme and subdomain ("https://", "www.", "nl.", "m.", "mobile."); not glued to a longer host
# ("dropbox.com" is not "x.com", "a@x.com" is an e-mail address).
_PREFIX = r"(?<![\w@.\-/])(?:https?://)?(?:(?:www|m|mobile|[a-z]{2})\.)?"
# The rest of the path: URL characters, ending on a letter, digit or slash (not on ".", ",", ")").
_REST = r"(?:[/?#][\w\-./%?=&#@~+]*[\w/=])?"
_END = r"(?![\w\-])"


def _site(host: str, account: str) -> str:
    return rf"{_PREFIX}{host}/{account}{_REST}{_END}"


def _handle(inner: str, max_length: int) -> str:
    """An account name of ``inner`` characters that starts and ends on a word character, so a
    full stop after the link ("linkedin.com/in/naam.") stays out of the span."""
    return rf"\w(?:{inner}{{0,{max_length - 2}}}\w)?"


def _not_pages(*pages: str) -> str:
    """A guard that the path is not one of a site's own pages ("help", "search") but an account."""
    return r"(?!(?:" + "|".join(pages) + r")\b)"


_FACEBOOK_PAGES = _not_pages(
    "pages", "groups", "events", "sharer", "share", "dialog", "watch", "help", "policies", "privacy",
    "login", "marketplace", "gaming", "hashtag",
)  # fmt: skip
_INSTAGRAM_PAGES = _not_pages(
    "p", "reel", "reels", "explore", "stories", "accounts", "about", "legal", "direct",
)  # fmt: skip
_X_PAGES = _not_pages(
    "i", "home", "search", "intent", "share", "hashtag", "explore", "settings", "login", "signup", "tos",
    "privacy",
)  # fmt: skip
_GITHUB_PAGES = _not_pages(
    "orgs", "about", "features", "pricing", "topics", "sponsors", "settings", "login", "marketplace",
    "explore", "enterprise", "search",
)  # fmt: skip
_FACEBOOK = r"(?:facebook|fb)\.com"
_X = r"(?:x|twitter)\.com"
_LINKEDIN_PROFILE = "in/" + _handle(r"[\w%.-]", 100)
_TIKTOK_PROFILE = "@" + _handle(r"[\w.]", 24)
_FACEBOOK_PROFILE = _FACEBOOK_PAGES + _handle(r"[\w.]", 50)
_INSTAGRAM_PROFILE = _INSTAGRAM_PAGES + _handle(r"[\w.]", 30)
_X_PROFILE = rf"{_X_PAGES}\w{{1,15}}"
_GITHUB_PROFILE = rf"{_GITHUB_PAGES}[a-z\d](?:[a-z\d-]{{0,38}})"
_FUNDRAISERS = (
    r"(?:gofundme\.com|doneeractie\.nl|whydonate\.(?:com|nl)|steunactie\.nl|geef\.nl|justgiving\.com"
    r"|kentaa\.nl|leetchi\.com|crowdfunding\.nl|doneer\.nl)"
)
# The fundraiser's page, not the site's own ("gofundme.com/f/<naam>", "doneeractie.nl/<naam>").
_FUNDRAISER_PAGE = _not_pages("help", "about", "c", "start", "sign-in", "login", "discover", "privacy") + (
    r"(?:f/|fundraiser/|actie/|project/)?" + _handle(r"[\w.%-]", 100))


# Per pattern, what a link it matches holds in lower case: its site's name and the slash after it
# (every site of _FUNDRAISERS ends in ".com" or ".nl"). Checked against the patterns in the tests.
HOSTS_OF: dict[str, tuple[str, ...]] = {
    "linkedin_profile": ("linkedin.com/",),
    "tiktok_profile": ("tiktok.com/",),
    "facebook_profile_id": ("facebook.com/", "fb.com/"),
    "facebook_profile": ("facebook.com/", "fb.com/"),
    "instagram_profile": ("instagram.com/",),
    "x_profile": ("x.com/", "twitter.com/"),
    "github_profile": ("github.com/",),
    "fundraiser": (".com/", ".nl/"),
    "photo_profile": ("flickr.com/",),
    "youtube_channel": ("youtube.com/",),
}


class ProfileUrlRecognizer(DutchPatternRecognizer):
    """Links to personal social-media profiles; other URLs are left alone."""

    ENTITY = "URL"
    PATTERNS: ClassVar[tuple[Pattern, ...]] = (
        Pattern("linkedin_profile", _site(r"linkedin\.com", _LINKEDIN_PROFILE), 0.9),
        Pattern("tiktok_profile", _site(r"tiktok\.com", _TIKTOK_PROFILE), 0.9),
        Pattern("facebook_profile_id", _site(_FACEBOOK, r"profile\.php\?id=\d+"), 0.9),
        # A Facebook or GitHub name can also be an organisation's page: the policy decides.
        Pattern("facebook_profile", _site(_FACEBOOK, _FACEBOOK_PROFILE), 0.7),
        Pattern("instagram_profile", _site(r"instagram\.com", _INSTAGRAM_PROFILE), 0.8),
        Pattern("x_profile", _site(_X, _X_PROFILE), 0.8),
        Pattern("github_profile", _site(r"github\.com", _GITHUB_PROFILE), 0.7),
        # A fundraiser for a person ("gofundme.com/f/traplift-voor-...", "doneeractie.nl/<naam>"):
        # the page names the person and what they need.
        Pattern("fundraiser", _site(_FUNDRAISERS, _FUNDRAISER_PAGE), 0.85),
        # A person's photo pages ("flickr.com/photos/<account>").
        Pattern("photo_profile", _site(r"flickr\.com", r"(?:photos|people)/" + _handle(r"[\w@.-]", 60)), 0.8),
        Pattern("youtube_channel", _site(r"youtube\.com", "@" + _handle(r"[\w.-]", 30)), 0.8),
    )
    CONTEXT: ClassVar[tuple[str, ...]] = (
        "profiel", "account", "linkedin", "facebook", "instagram", "twitter", "tiktok", "github",
        "inzamelingsactie", "actie", "fundraiser",
    )  # fmt: skip

    def candidate_starts(self, text: str) -> Mapping[str, Iterable[int]] | None:
        """A pattern is searched only in a text that holds its site's name with the slash after it
        (HOSTS_OF; most texts link to no such site): each was tried at every character."""
        folded = fold_case(text)
        if folded is None:
            return None
        return {name: [] for name, hosts in HOSTS_OF.items() if not any(host in folded for host in hosts)}
