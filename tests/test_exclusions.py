"""Questions asking for the rest: "apart from X, which other ...?", "I know about X - what
else ...?", "..., not the X ones", and thread follow-ups "any others?", "what were the rest?"
(fifty-seventh session, probe-122 and a break-it helper's questions)."""

from __future__ import annotations

import pytest

from assistant.answer.exclusions import excluded_stems, set_aside_exclusion, without_excluded
from assistant.condense import asks_for_more, condense_question
from ingest.models import Answer, Citation


@pytest.mark.parametrize("question, plain, excluded", [
    ("apart from the MASH, which other multi-agency meetings are mentioned?",
     "which multi-agency meetings are mentioned?", ("the MASH",)),
    ("other than Child M, were there any other case reviews?", "were there any case reviews?", ("Child M",)),
    ("what else did the Child M review find, apart from the info sharing stuff?",
     "what did the Child M review find?", ("the info sharing stuff",)),
    ("what are the other signs of modern slavery, not the physical ones?",
     "what are the signs of modern slavery?", ("physical ones",)),
    ("I know about the NRM - what else can I do if I suspect modern slavery?",
     "what can I do if I suspect modern slavery?", ("the NRM",)),
    # (after a lead-in that scopes the question, kept)
    ("VAH stuff - apart from the level 2 sessions, how many level 3 sessions did they run?",
     "VAH stuff - how many level 3 sessions did they run?", ("the level 2 sessions",)),
    # (each of two things set aside)
    ("budget q: apart from the council and the police, which partner put in the most money?",
     "budget q: which partner put in the most money?", ("the council", "the police")),
    # (what the asker has is put back where the rest points to it)
    ("I've already got the headline 299 electively home educated - anything more on it, like how many were girls v boys?",
     "how many were girls v boys - headline 299 electively home educated?",
     ("the headline 299 electively home educated",)),
])
def test_exclusions_are_set_aside(question, plain, excluded):
    got = set_aside_exclusion(question)
    # (an acronym is set aside spelled out too, after the phrases as typed)
    assert (got.question, got.excluded[:len(excluded)]) == (plain, excluded)


def test_an_excluded_acronym_is_also_set_aside_spelled_out():
    got = set_aside_exclusion("Apart from the council and the CCG, who else paid into the HSCB budget?")
    assert got.excluded == ("the council", "the CCG", "the Clinical Commissioning Group")


@pytest.mark.parametrize("question", [
    "does the board do anything other than training?",          # a comparison, not an exclusion
    "who sits on the HSSP (the strategic partnership group, not the full board)?",  # an aside in brackets
    "is it neglect or DA, not sexual abuse?",                    # a correction between alternatives
    "I know about the NRM - how do I make a referral?",          # knows something, asks no rest
    "what is the LADO number?",
])
def test_questions_that_exclude_nothing_are_left_as_they_are(question):
    assert set_aside_exclusion(question).question == question
    assert set_aside_exclusion(question).excluded == ()


def test_a_not_phrase_excludes_only_a_kind_of_what_is_asked():
    got = set_aside_exclusion("which signs of modern slavery should I look for, not the physical ones?")
    assert got.excluded == ("physical ones",) and {"sign", "slaveri"} <= got.wanted
    # (a contrast the answer states beside it narrows the question, which is asked as it is:
    # "50 from their family homes and 33 from Local Authority Care")
    for q in ("and how many of those was from state care, not from their family home?",
              "in 2019-20 how many of the missing children went missing from LA care (not from home)?"):
        assert set_aside_exclusion(q).question == q
    # (a year or a figure set aside names nothing a quote could be matched on)
    assert excluded_stems("the 19/20 figure") == set()


def _answer(text: str, quotes: list[str]) -> Answer:
    cites = [Citation(n=i + 1, source="doc.md", title="Doc", section="S", page=1, quote=q) for i, q in enumerate(quotes)]
    return Answer(question="q", status="answered", answer=text, citations=cites)


def test_without_excluded_drops_the_lines_about_it_and_renumbers():
    findings = ("- The need for a coordinated approach to support parents with multiple commitments/appointments\n"
                "- The need to apply ‘Was not Brought’ procedures robustly\n"
                "- The need for guidance regarding parental use of mechanical restraint")
    ans = _answer("During Covid-19 referrals to our MASH rose slightly. [1]\n" + findings + " [2]",
                  ["During Covid-19 referrals to our MASH rose slightly.", findings])
    # a list under one marker keeps its other items; the marker moves to the last one kept
    got = without_excluded(ans, ["the need for a coordinated approach to all the appointments"])
    assert "coordinated approach" not in got.answer and "Was not Brought" in got.answer
    assert got.answer.endswith("mechanical restraint [2]") and len(got.citations) == 2
    # a quote about the excluded thing goes, and the rest are renumbered
    got = without_excluded(ans, ["the MASH"])
    assert "MASH" not in got.answer and got.answer.endswith("[1]") and [c.n for c in got.citations] == [1]
    assert got.citations[0].quote == findings
    # nothing left: the documents give nothing besides what the asker has
    only = _answer("During Covid-19 referrals to our MASH rose slightly. [1]", ["During Covid-19 referrals to our MASH rose slightly."])
    got = without_excluded(only, ["the MASH"])
    assert got.status == "not_found" and not got.citations and "the MASH" in got.answer


@pytest.mark.parametrize("message, more", [
    ("what were the rest?", True), ("any others?", True), ("and apart from that one?", True),
    ("anything more about that?", True), ("what other reviews were there?", True),
    ("apart from the helpline, what else?", True), ("ok thanks - and what else?", True),
    ("and in 2020?", False), ("who chairs it?", False), ("what is the rest of the country doing", False),
])
def test_follow_ups_asking_for_more(message, more):
    assert asks_for_more(message) is more


def test_more_follow_ups_are_made_standalone():
    assert condense_question([("What did the Child M review find about dental care?", "...")],
                             "and apart from that one?") == "What did the Child M review find, apart from dental care?"
    assert condense_question([("Which organisations support male victims of trafficking?", "...")],
                             "any others apart from the Salvation Army?") == (
        "Which organisations support male victims of trafficking, apart from the Salvation Army?")
    assert condense_question([("Which HSCB member attended no meetings at all?", "...")],
                             "what were the rest?") == "Which HSCB member attended no meetings at all?"


# ---- on the real corpus ----------------------------------------------------------------

def test_the_rest_of_a_list_leaves_out_the_item_the_asker_has(indexed_both):
    ans = indexed_both.ask("what else did the Child M review find, apart from the need for a coordinated approach to all the appointments?")
    assert ans.status == "answered"
    assert "Was not Brought" in ans.answer and "dental care" in ans.answer, ans.answer
    assert "coordinated approach" not in ans.answer
    ans = indexed_both.ask("I know about child trafficking. what other types of slavery are there?")
    assert "DOMESTIC SERVITUDE" in ans.answer and "CHILD TRAFFICKING" not in ans.answer, ans.answer


def test_the_next_in_a_ranking_when_the_top_is_set_aside(indexed_both):
    ans = indexed_both.ask("Looking at the missing children by ethnicity table - apart from Black or Black British, "
                           "which group had the most missing children in 2019/20 and what % was that?")
    assert "White or White British" in ans.answer and "25.3%" in ans.answer, ans.answer
    assert "Black or Black British —" not in ans.answer
    ans = indexed_both.ask("budget q: apart from the council and the police, which partner put in the most money to the HSCB in 20-21?")
    assert "Harrow Clinical Commissioning Group" in ans.answer and "20,000" in ans.answer, ans.answer


def test_what_the_asker_already_has_is_not_asked_of_the_documents(indexed_both):
    # (the sentence after the one they have answers: not refused for it)
    ans = indexed_both.ask("I've seen that police said males were 40% of DA victims. "
                           "what else did they say - what was the gender split for suspects?")
    assert ans.status == "answered" and "75% male" in ans.answer, ans.answer
    ans = indexed_both.ask("I know about the NRM - what else can I do if I suspect modern slavery?")
    assert ans.status == "answered" and "NRM" not in ans.extra.get("missing", ""), ans.answer
    # (only what they have is about it: refused, not the same passage quoted back)
    ans = indexed_both.ask("apart from the hoarding/self-neglect stuff in Family A, what's the partnership's "
                           "child neglect strategy - do we use a neglect toolkit?")
    assert ans.status == "not_found", ans.answer


def test_any_others_leaves_out_the_earlier_answer(indexed_both):
    first = "Which organisation provides accommodation to trafficked women - is it Eaves?"
    earlier = indexed_both.ask(first)
    assert "Eaves" in earlier.answer
    ans = indexed_both.ask("any others?", history=[(first, earlier.answer)])
    assert ans.status == "answered" and "Women’s Aid" in ans.answer and "Eaves Poppy" not in ans.answer, ans.answer
    # a whole list given before: what follows it under the same headings is read on
    # ("What clothes they do wear may not be suitable for their work", under the signs),
    # not the list again
    first = "What are the signs of modern slavery?"
    earlier = indexed_both.ask(first)
    ans = indexed_both.ask("and what else?", history=[(first, earlier.answer)])
    assert ans.extra.get("more") == "read_on" and "ISOLATION" not in ans.answer, ans.answer
    assert ans.answer.startswith("The earlier answer's passages go on:")
    # and when nothing follows, the earlier answer is given again, said to be all
    first = "Which HSCB member attended no meetings at all?"
    earlier = indexed_both.ask(first)
    ans = indexed_both.ask("and apart from that one?", history=[(first, earlier.answer)])
    assert ans.extra.get("more") in ("none", "read_on", "new"), ans.answer
    assert "Probation" not in ans.answer or ans.answer.startswith("The documents give nothing more"), ans.answer


def test_anything_more_reads_on_from_where_the_earlier_answer_was_quoted(indexed_both):
    """"anything more about that?" after "who funds it?" (the Social Workers in Schools
    project) quotes what follows the earlier quote under the same heading, not whatever
    ranks next elsewhere, and not the earlier sentence again."""
    first = "What does the Social Workers in Schools project do?"
    a1 = indexed_both.ask(first)
    a2 = indexed_both.ask("who funds it?", history=[(first, a1.answer)])
    assert "Department for Education" in a2.answer, a2.answer
    a3 = indexed_both.ask("anything more about that?", history=[(first, a1.answer), ("who funds it?", a2.answer)])
    assert a3.status == "answered" and "Department for Education" not in a3.answer, a3.answer
    assert all("Social Worker" in c.section or "Schools" in c.section for c in a3.citations), [c.section for c in a3.citations]
