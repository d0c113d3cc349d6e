"""Closed questions (sixty-fourth session: probe-136): yes/no, is-there, did-it, can-I and
should-we questions, asked by DSLs, social workers, health visitors and police checking
what they think they know.

* a change asked ("did the MASH get more contacts than the year before?") is led by the
  figure that states its change, not a sentence about something near it;
* the period compared with ("... in 2021-22 than in 2020-21?") is set aside: the question
  asks of the other, and is refused when the documents do not give it;
* a share asked of what it is of ("what % of initial cp conferences were held in
  timescale?") needs that named, not another share of the same group;
* what a group said, asked as "anything from young people about ...", is their quoted
  words, the run of them;
* a case typed in lower case ("child p", "young person j") is a case label;
* a figure for disabled children needs disabled children named;
* in a thread: "most of them", "are there any that ...?", and a closed question's subject
  ("was the 2021 conference on ...?" -> "was it online?").
"""

from __future__ import annotations

import pytest

from assistant.answer.extractive import asked_periods
from assistant.answer.question_shape import question_type
from assistant.answer.refusal_rules import asked_cases, voice_asked
from assistant.condense import _subject, condense_question

from tests.test_threads import ask_thread


# -- answered from the figure or words that settle it ------------------------------------------

@pytest.mark.parametrize("turns, expected", [
    # a change asked: the row stating it, not "a small increase in the number of referrals"
    (("did the mash get more contacts in 2020-21 than the year before?",), ["9,971", "+ 2% in 12 months"]),
    # a share of what is asked, not the 80.3% of the same conferences with another outcome
    (("what % of initial cp conferences were held in timescale?",), ["62.7%", "15 days"]),
    # what young people said, asked as "anything from" them: their quoted words
    (("anything from young people themselves about what the camhs treatment workers were like? what did they say",),
     ["there for me", "in prison", "understand things"]),
    # a closed question's subject, then "it"; "how many came" to an event
    (("was the 2021 safeguarding conference on contextual safeguarding?", "was it online this year and how many came?"),
     ["MTeams", "185 delegates attended"]),
    # "most of them" after a count: of the children counted
    (("how many children went missing in harrow in 2019-20?", "and were most of them from home or from care?"),
     ["50 from their family homes", "33 from Local Authority Care"]),
    # everyday words for excluded for good, more than their share
    (("which kids get booted out of school for good way more than their share in harrow?",), ["black Caribbean"]),
    # someone to translate is an interpreter
    (("what was child m's family background?", "was the dad or mum given someone to translate for them?"), ["interpreter"]),
    # a case typed in lower case is the documents' case
    (("what happened to young person j?",), ["self-harming"]),
    # a guess at how often: how often it does
    (("does the qa subgroup meet monthly?",), ["every 6 weeks"]),
    # a sum in quid is no year
    (("is the leaving care setting up home grant 2000 quid?",), ["£2,000"]),
    # a figure standing for what its sentence counted earlier confirms the check
    (("is it true 90 victims were uk nationals in 2013?",), ["90 were UK nationals"]),
    # "are there any that ...?" lists the organisations
    (("are there any organisations that work with child victims of trafficking?",), ["ECPAT UK", "BARNARDO"]),
])
def test_closed_questions_answered_from_what_settles_them(indexed_both, turns, expected):
    ans = ask_thread(indexed_both, *turns)
    assert ans.status == "answered", ans.answer
    for fact in expected:
        assert fact in ans.answer, (fact, ans.answer)


# -- refused when no sentence settles them -----------------------------------------------------

@pytest.mark.parametrize("question, reason", [
    # the year asked is not given; the year compared with is
    ("did the mash get more contacts in 2021-22 than in 2020-21?", "2021-22"),
    # a case the documents never name, typed in lower case
    ("wasn't there a learned lessons review about a child p and neglect? what did it find?", "that case"),
    # no figure is given for disabled children
    ("how many disabled children were on child protection plans in 2019-20?", "that group"),
    # a grade guessed: no grade is given
    ("did ofsted rate harrow outstanding?", "an inspection grade"),
])
def test_closed_questions_no_sentence_settles_are_refused(indexed_both, question, reason):
    ans = indexed_both.ask(question)
    assert ans.status == "not_found", ans.answer
    assert reason in ans.answer and not ans.citations


# -- the pieces, without an index --------------------------------------------------------------

def test_a_guess_at_how_often_or_by_whom_asks_how_often_or_who():
    assert question_type("does the qa subgroup meet monthly?") == "frequency"
    assert question_type("is the modern slavery helpline info handled by the salvation army?") == "who"
    assert question_type("does the qa subgroup look at missing children?") == "general"


def test_last_year_is_no_ordinal_of_the_earlier_list():
    asked = condense_question([("is grooming on the training list?", "- Child Exploitation in Sport\n- Every Mind Matters")],
                              "we had a kid groomed into county lines last year, is rescue and response still a thing?")
    assert "Every Mind Matters" not in asked and "rescue and response" in asked


def test_the_period_compared_with_is_set_aside():
    assert asked_periods("did the mash get more contacts in 2021-22 than in 2020-21?") == {"2021-22"}
    assert asked_periods("were there more missing children in 2020-21 than 2019-20?") == {"2020-21"}
    # one period named: it is the one asked
    assert asked_periods("did the mash get more contacts in 2020-21 than the year before?") == {"2020-21"}


def test_a_lower_case_case_label_is_a_case_but_not_an_article_or_a_placeholder():
    assert [m.group(0) for m in asked_cases("wasn't there a review about a child p?")] == ["child P"]
    assert [m.group(0) for m in asked_cases("what did the family a review find?")] == ["family A"]
    assert asked_cases("is a child a victim of slavery?") == []
    assert asked_cases("child x in my class said something odd, is that a concern?") == []


def test_something_from_a_group_about_a_topic_asks_for_their_words():
    assert voice_asked("anything from young people themselves about the treatment workers?") is not None
    assert voice_asked("anything from the MASH about contacts?") is None


@pytest.mark.parametrize("question, subject", [
    ("was the 2021 safeguarding conference on contextual safeguarding?", "the 2021 safeguarding conference"),
    ("is there anyone who helps victims of human trafficking?", "anyone who helps victims of human trafficking"),
    ("is the MASH open at weekends?", "the MASH"),
])
def test_a_closed_questions_subject(question, subject):
    assert _subject(question) == subject


def test_the_children_counted_are_the_subject_only_of_most_of_them():
    assert _subject("how many children went missing in harrow in 2019-20?", whole=True) == "the children who went missing in harrow"
    assert _subject("how many children went missing in harrow in 2019-20?") is None


def test_some_of_those_an_earlier_answer_named_keep_its_topic():
    asked = condense_question([("is there anyone who helps victims of human trafficking?", "")],
                              "and are there any that work with children specifically?")
    assert asked.startswith("are there any that work with children specifically") and "victims of human trafficking" in asked
