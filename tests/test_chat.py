"""``assistant chat``'s REPL commands over the real bundled corpus: ``/sources`` pages agree
with the answer's citations, and commands it does not know are flagged, not asked."""

from __future__ import annotations

import pytest

typer_testing = pytest.importorskip("typer.testing")


@pytest.fixture()
def chat(indexed, monkeypatch):
    """Run the REPL with ``input`` against the session's real index; returns the output."""
    import assistant.chain
    import assistant.cli

    monkeypatch.setattr(assistant.chain, "Assistant", lambda: indexed)
    monkeypatch.setattr(assistant.cli, "ensure_index", lambda quiet=False: None)

    def run(text: str) -> str:
        res = typer_testing.CliRunner().invoke(assistant.cli.app, ["chat", "--no-stream"], input=text)
        assert res.exit_code == 0, res.output
        return " ".join(res.output.split())

    return run


def test_sources_before_any_question_says_so(chat):
    out = chat("/sources\n/quit\n")
    assert "No answer yet: ask a question first." in out


def test_unknown_command_is_flagged_not_asked(chat, indexed, monkeypatch):
    asked = []
    real_ask = indexed.ask
    monkeypatch.setattr(indexed, "ask", lambda q, **kw: asked.append(q) or real_ask(q, **kw))
    out = chat("/foo who chaired it?\n/quit\n")
    assert "Unknown command '/foo'" in out and "/sources" in out
    assert asked == []


def test_sources_pages_agree_with_the_citation(chat, indexed):
    """The missing-children figure is quoted from p. 13; ``/sources`` marks the passage it
    came from with that page (the passage itself may start on an earlier page)."""
    q = "How many children went missing in Harrow in 2019-20?"
    ans = indexed.ask(q)
    assert ans.status == "answered" and ans.citations
    cit = ans.citations[0]
    out = chat(q + "\n/sources\n/quit\n")
    assert f"cited [1] p. {cit.page}" in out
    assert cit.page == 13
