"""URL: personal profile links only; general links are not returned."""

from __future__ import annotations

import pytest

from redaction.recognizers.url import ProfileUrlRecognizer

from .helpers import Expected, assert_spans


@pytest.fixture(scope="module")
def recognizer() -> ProfileUrlRecognizer:
    return ProfileUrlRecognizer()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # positives, with and without scheme or www
        ("linkedin.com/in/jan-jansen-123", ["linkedin.com/in/jan-jansen-123"]),
        ("https://www.linkedin.com/in/jan-jansen/", ["https://www.linkedin.com/in/jan-jansen"]),
        ("zie https://nl.linkedin.com/in/jan-jansen).", ["https://nl.linkedin.com/in/jan-jansen"]),
        ("facebook.com/jan.jansen.5", ["facebook.com/jan.jansen.5"]),
        ("facebook.com/profile.php?id=1000123", ["facebook.com/profile.php?id=1000123"]),
        ("www.instagram.com/fatima_a", ["www.instagram.com/fatima_a"]),
        ("https://x.com/janjansen/status/123", ["https://x.com/janjansen/status/123"]),
        ("twitter.com/jan_j, graag", ["twitter.com/jan_j"]),
        ("tiktok.com/@fatima.a", ["tiktok.com/@fatima.a"]),
        ("HTTPS://GITHUB.COM/janjansen", ["HTTPS://GITHUB.COM/janjansen"]),
        # a person's fundraiser, photo pages, channel
        ("via https://www.gofundme.com/f/traplift-voor-opa-wiebe.", ["https://www.gofundme.com/f/traplift-voor-opa-wiebe"]),
        ("doneeractie.nl/sanne-de-rooij-valtegels", ["doneeractie.nl/sanne-de-rooij-valtegels"]),
        ("https://www.flickr.com/photos/kdejong/albums/7217", ["https://www.flickr.com/photos/kdejong/albums/7217"]),
        ("youtube.com/@wijkvlogger", ["youtube.com/@wijkvlogger"]),
        # negatives
        ("https://www.gofundme.com/help", []),
        ("www.dordrecht.nl", []),
        ("https://www.rijksoverheid.nl/onderwerpen/wet-open-overheid", []),
        ("https://www.linkedin.com/company/gemeente-dordrecht", []),
        ("facebook.com/help/123", []),
        ("x.com/search?q=woo", []),
        ("https://www.instagram.com/p/Cx123/", []),
        ("dropbox.com/jan", []),
        ("mail jan@x.com", []),
    ],
)
def test_profile_url(recognizer: ProfileUrlRecognizer, text: str, expected: Expected) -> None:
    results = recognizer.analyze(text, entities=["URL"], nlp_artifacts=None)
    assert_spans(results, text, expected, min_score=0.7)


def test_every_profile_pattern_names_the_hosts_its_prefilter_looks_for(recognizer: ProfileUrlRecognizer) -> None:
    # candidate_starts skips a pattern in a text without any of its HOSTS_OF: each must be a site
    # the pattern needs, written as the pattern writes it, with the slash after it.
    from redaction.recognizers.url import _FUNDRAISERS, HOSTS_OF

    assert set(HOSTS_OF) == {p.name for p in ProfileUrlRecognizer.PATTERNS}
    for pattern in ProfileUrlRecognizer.PATTERNS:
        if pattern.name == "fundraiser":
            sites = _FUNDRAISERS.strip("(?:)").replace("(?:com|nl)", "com").split("|")
            assert all(site.endswith((r"\.com", r"\.nl")) for site in sites), sites
            continue
        for host in HOSTS_OF[pattern.name]:
            site = host.removesuffix("/").split(".")[0]
            assert site in pattern.regex and host.endswith(".com/"), (pattern.name, host)
    assert recognizer.candidate_starts("Zie www.dordrecht.nl voor meer.")["linkedin_profile"] == []
    found = recognizer.analyze("Zie HTTPS://WWW.LINKEDIN.COM/in/wietske-kanterink voor haar cv.", ["URL"])
    assert [r.entity_type for r in found] == ["URL"]
