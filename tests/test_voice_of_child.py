"""The voice of the child (sixty-third session: probe-134): what children said, felt, went
through and how they were heard, asked by IROs, DSLs, advocates and participation officers.

* the words a feedback sentence introduces are quoted with it, from the next chunk when the
  page breaks there ("ACT seeks to gain feedback ..." / "... someone who was there for me");
* an item introducing the items after it takes them ("... and include" / "An ILG grant of
  £2,000 for setting up home");
* what a group said, felt or rated must be said of that group (young people, not parents);
* an age asked of someone needs an age said of them; whom a child told needs a telling;
* a table row whose label names what is counted leads ("Children in Borough | 64,000");
* the form wanted after the question ("want a checklist for our youth workers") is no topic.
"""

from __future__ import annotations

import pytest

from assistant.answer.parts import question_parts, strip_aside
from assistant.answer.question_shape import question_type
from assistant.condense import condense_question

from tests.test_threads import ask_thread


# -- answered from the right words -------------------------------------------------------------

@pytest.mark.parametrize("turns, expected", [
    # the young people's own words, in the chunk after the sentence saying feedback was sought
    (("what did young people say about the ACT service, in their own words?",), ["there for me", "helped my mum understand"]),
    # an introducing item and the items it introduces
    (("what does the harrow report say care leavers get?",), ["£2,000"]),
    # a count in words too common to name a row by: the row counting them
    (("How many children are in Harrow?",), ["64,000"]),
    (("how many children does harrow have?",), ["64,000"]),
    # an age asked: the sentence giving one, of her (not "robbed four years of her childhood")
    (("how old was the anonymous girl when it started?",), ["from the age of 13"]),
    # a person's age "in the uk" is no national figure
    (("how old was serena when she arrived in the uk?",), ["15"]),
    # what should happen holds in any year: the second part is not asked of 2019-20
    (("how many children went missing in 2019-20 and how quickly are they meant to get a return home interview?",),
     ["83", "72 hours"]),
    # a form wanted after the question is not its topic: the whole list of signs
    (("what are the signs someone's in modern slavery? want a checklist for our youth workers",),
     ["PHYSICAL APPEARANCE", "ISOLATION", "POOR LIVING CONDITIONS"]),
    # the one pronoun owning the people named points back to the earlier turn's child
    (("what does the child m learning sheet say about his dental pain?",
      "and his brothers and sisters - did anyone find out what it was like for them?"), ["not adequately explored"]),
    # a person described with "the", then "she"
    (("what happened to the anonymous girl?", "how old was she when it started?"), ["from the age of 13"]),
    # a child running their own review
    (("do any of the kids get to run the meeting themselves?",), ["part-chairing"]),
    # "ACT" in capitals is the service, not an Act
    (("what did the young person tell ACT lockdown felt like",), ["like you’re in prison"]),
    # "the british girl" is named by "Anonymous female from Britain"
    (("how old was the british girl when the sexual exploitation started and how long did it last",), ["from the age of 13"]),
    # what a group thought, asked in a thread: the sentence giving their view
    (("social workers in schools", "what did kids think of it"), ["Feedback from staff, children and their parents"]),
])
def test_the_childs_voice_answered_from_the_right_words(indexed_both, turns, expected):
    ans = ask_thread(indexed_both, *turns)
    assert ans.status == "answered", ans.answer
    for fact in expected:
        assert fact in ans.answer, (fact, ans.answer)


def test_quoted_words_from_the_next_chunk_are_cited_to_it(indexed_both):
    ans = indexed_both.ask("what did young people say about the ACT service?")
    assert ans.status == "answered", ans.answer
    lead = next(c for c in ans.citations if "ACT seeks to gain feedback" in c.quote)
    words = next(c for c in ans.citations if "there for me" in c.quote)
    # two citations, each quoting its own chunk verbatim
    assert lead.n != words.n and lead.section == words.section


# -- refused when the documents do not say it --------------------------------------------------

@pytest.mark.parametrize("question, reason", [
    # a rating by parents is no rating by young people
    ("what score out of 10 did the young people who went to the 2021 conference give it?", "from that group"),
    # nothing is said by Child M's teachers
    ("what did child m's teachers say about him in their own words?", "from that group"),
    # an age of someone the documents give none for
    ("how old was brenda's daughter when brenda left uganda?", "an age"),
    # whom a child told, where no passage tells of a telling
    ("in the child H review, who did the child first tell about the abuse?", "who they told"),
])
def test_what_the_documents_do_not_say_of_that_child_or_group_is_refused(indexed_both, question, reason):
    ans = indexed_both.ask(question)
    assert ans.status == "not_found", ans.answer
    assert reason in ans.answer and not ans.citations


def test_what_a_group_said_is_answered_when_said_of_that_group(indexed_both):
    # parents' ratings asked of parents stand
    ans = indexed_both.ask("how did parents rate the child protection plan?")
    assert ans.status == "answered", ans.answer
    assert "83% of parents gave a rating of 10" in ans.answer


# -- the pieces, without an index --------------------------------------------------------------

def test_a_form_wanted_after_the_question_is_dropped_but_not_a_scope():
    assert strip_aside("what are the signs someone's in modern slavery? want a checklist for our youth workers") == \
        "what are the signs someone's in modern slavery?"
    assert strip_aside("what did the child m review find? need a summary for the team") == "what did the child m review find?"
    # a remark that asks or scopes is kept
    kept = "what were the key findings? need the ones about 2019-20"
    assert strip_aside(kept) == kept


def test_a_norm_asked_in_a_later_part_is_not_asked_of_the_first_parts_year():
    parts = question_parts("how many children went missing in 2019-20 and how quickly are they meant to get a return home interview?")
    assert len(parts) == 2
    assert "2019-20" in parts[0] and "2019-20" not in parts[1] and "return home interview" in parts[1]


def test_a_scope_set_first_up_to_a_comma_keeps_the_questions_type():
    assert question_type("in the child H review, who did the child first tell about the abuse?") == "who"
    assert question_type("in 2019-20, how many children went missing?") == "number"


@pytest.mark.parametrize("history, follow, asked", [
    # one pronoun owning the people named: the earlier child's
    ([("what does the child m learning sheet say about his dental pain?", "")],
     "and his brothers and sisters - did anyone find out what it was like for them?",
     "child m's brothers and sisters - did anyone find out what it was like for them?"),
    # a person described with "the", for an agreeing pronoun
    ([("what happened to the anonymous girl?", "")], "how old was she when it started?",
     "how old was the anonymous girl when it started?"),
    # the topic of "what happened to X?" is X
    ([("what happened to the anonymous girl?", "")], "how long did it go on for?",
     "how long did it go on for – the anonymous girl?"),
])
def test_a_thread_about_a_child_keeps_the_child(history, follow, asked):
    assert condense_question(history, follow) == asked


def test_a_body_named_after_someone_is_not_the_person_she_stands_for():
    from assistant.condense import _person
    assert _person("rhiannon at the conference", "‘Rhiannon’ Voice of a survivor Marie Collins Foundation: ‘Rhiannon’ "
                   "courageously shared her experience") != "Marie Collins"


def test_a_pronoun_is_not_put_for_a_person_of_the_other_sex_or_within_a_disclosure():
    # "he" is not put for "the anonymous girl"
    assert "how old was the anonymous girl" not in condense_question([("what happened to the anonymous girl?", "")], "how old was he?")
    # a disclosure's pronouns point within it
    assert condense_question([("what happened to Child M?", "")], "her stepdad touches her") == "her stepdad touches her"
