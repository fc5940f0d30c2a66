"""Keyed pseudonyms: stable for one key, unrelated under another, never the key in any output."""

from __future__ import annotations

import hashlib
import hmac

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from redaction.datasets import PseudonymKey, PseudonymKeyError
from redaction.datasets.pseudonym import ALLOW_DEMO_ENV, DEMO_KEY, KEY_ENV, PSEUDONYM_HEX_CHARS

KEY_A = PseudonymKey("eerste-geheime-sleutel-0123456789")
KEY_B = PseudonymKey("tweede-geheime-sleutel-9876543210")
values = st.text(min_size=1, max_size=40).filter(lambda v: v.strip())


@settings(max_examples=200, deadline=None)
@given(values)
def test_same_key_same_pseudonym_across_calls_and_instances(value: str) -> None:
    again = PseudonymKey("eerste-geheime-sleutel-0123456789")
    assert KEY_A.pseudonym(value) == KEY_A.pseudonym(value) == again.pseudonym(value)
    assert KEY_A.pseudonym(f"  {value.upper()}  ") == KEY_A.pseudonym(value.upper())


@settings(max_examples=200, deadline=None)
@given(values)
def test_other_key_gives_an_unrelated_pseudonym(value: str) -> None:
    a, b = KEY_A.pseudonym(value), KEY_B.pseudonym(value)
    assert a != b
    assert len(a) == len(b) == PSEUDONYM_HEX_CHARS and int(a, 16) >= 0


@settings(max_examples=100, deadline=None)
@given(st.lists(values, min_size=2, max_size=30, unique_by=lambda v: " ".join(v.split()).casefold()))
def test_different_values_get_different_pseudonyms(batch: list[str]) -> None:
    assert len({KEY_A.pseudonym(v) for v in batch}) == len(batch)


def test_it_is_an_hmac_not_a_plain_hash() -> None:
    # A plain SHA-256 of a BSN can be reversed by hashing all BSNs; the keyed one cannot.
    bsn = "123456782"
    plain = hashlib.sha256(bsn.encode()).hexdigest()[:PSEUDONYM_HEX_CHARS]
    keyed = hmac.new(b"eerste-geheime-sleutel-0123456789", f"id\x1f{bsn}".encode(), hashlib.sha256).hexdigest()
    assert KEY_A.pseudonym(bsn, domain="id") == keyed[:PSEUDONYM_HEX_CHARS] != plain


def test_domains_separate_kinds_of_identifier() -> None:
    assert KEY_A.pseudonym("Jan de Vries", domain="name") != KEY_A.pseudonym("Jan de Vries", domain="id")


def test_key_never_shows_in_repr() -> None:
    secret = "heel-geheim-0123456789-abcdef"
    key = PseudonymKey(secret)
    assert secret not in repr(key) and secret not in str(key)


def test_key_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(KEY_ENV, "uit-de-omgeving-0123456789")
    assert PseudonymKey.from_env().pseudonym("x") == PseudonymKey("uit-de-omgeving-0123456789").pseudonym("x")
    monkeypatch.delenv(KEY_ENV)
    with pytest.raises(PseudonymKeyError) as error:
        PseudonymKey.from_env()
    assert str(error.value).startswith("[W702]")


def test_short_key_is_refused_and_demo_key_is_marked() -> None:
    with pytest.raises(PseudonymKeyError):
        PseudonymKey("kort")
    assert PseudonymKey.demo(allow_demo=True).is_demo and PseudonymKey(DEMO_KEY, is_demo=True).is_demo
    assert not KEY_A.is_demo


def test_demo_key_only_with_the_allow_flag_whichever_variable_carries_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ALLOW_DEMO_ENV, raising=False)
    monkeypatch.setenv(KEY_ENV, DEMO_KEY)
    with pytest.raises(PseudonymKeyError):
        PseudonymKey.from_env()
    monkeypatch.setenv("ANDERE_SLEUTEL", f"  {DEMO_KEY} ")
    with pytest.raises(PseudonymKeyError):
        PseudonymKey.from_env("ANDERE_SLEUTEL")
    with pytest.raises(PseudonymKeyError):
        PseudonymKey.demo()
    monkeypatch.setenv(ALLOW_DEMO_ENV, "1")
    assert PseudonymKey.from_env().is_demo and PseudonymKey.from_env("ANDERE_SLEUTEL").is_demo
    assert PseudonymKey.demo().is_demo
    # An explicit refusal wins over the environment; a real key is never taken for the demo key.
    with pytest.raises(PseudonymKeyError):
        PseudonymKey.from_env(allow_demo=False)
    assert not PseudonymKey("een-echte-geheime-sleutel-42").is_demo


def test_record_keys_are_stable_and_keyed() -> None:
    assert KEY_A.record_key("CL-001") == KEY_A.record_key(" cl-001 ") != KEY_B.record_key("CL-001")
    assert 0 <= KEY_A.record_key("CL-001") < 2**32
