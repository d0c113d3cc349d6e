"""Threshold and criteria questions (sixty-fifth session: probe-138): practitioners asking
when something applies, what counts, who qualifies, what triggers what and how quickly.

* a criterion asked ("when does a SAR have to happen? what's the trigger", "at what point do
  school absences get looked at?") is led by the sentence that states the condition ("...
  required in some cases when an adult ... dies or is seriously harmed"), not one that only
  names the thing; "when does X have to ..." asks a condition, not a date;
* a timescale is of the event asked ("the timescale for getting an icpc held" times the
  ICPC); a wait "before it goes to the practice panel" times the panel, which no passage
  names, so it is refused;
* an age limit must be given of the group asked ("a minimum age ... to be counted as a young
  carer" is not "care leavers aged 17 and 18");
* "count as" and "under the guidance" carry no topic; a reviewed case recalled after the
  question ("... find? mum hoarding, kids at home") is set aside;
* in a thread: "what about ..., did schools still get told?" keeps the earlier topic, "which
  one is that?" after a list of signs asks which sign a case is.
"""

from __future__ import annotations

import pytest

from assistant.answer.parts import strip_aside
from assistant.answer.question_shape import CRITERION_Q, question_type
from assistant.answer.refusal_rules import _AGE_LIMIT_Q
from assistant.answer.text_evidence import timed_event
from assistant.condense import condense_question
from assistant.keywords import question_weights

from tests.test_threads import ask_thread


# -- answered from the sentence giving the rule ---------------------------------------------------

@pytest.mark.parametrize("turns, expected", [
    # the condition, not "A new Safeguarding Adult Review (SAR) is exploring ..."
    (("when does a safeguarding adult review actually have to happen? what's the trigger",), ["seriously harmed"]),
    # the condition sentence after the one about frequent absences
    (("at what point do school absences (not full missing episodes) get looked at for county lines?",), ["pattern of high frequency"]),
    # "getting an icpc held ... in days" times the ICPC: its 15 days
    (("sanity check - what's harrow's target timescale for getting an icpc held, in days?",), ["15 days"]),
    # "count as ... under the guidance": the types of slavery
    (("which kinds of exploitation count as modern slavery under the guidance?",), ["DEBT BONDAGE", "DOMESTIC SERVITUDE"]),
    # each way young carers' attendance went
    (("how many young carers were on the LA's system in harrow?", "how did covid change their school attendance?"),
     ["Remain the same for 4", "Improve for 11", "Worsen for 18"]),
    # "still" goes on with Operation Encompass
    (("does the child have to have been present for operation encompass to notify the school?",
      "what about during lockdown when the kid was being taught at home, did schools still get told?"), ["schooled at home"]),
    # a case after a list of signs: which sign it is
    (("what signs of modern slavery does the guidance list?",
      "what about a kid who gets brought by a van at 5am and fetched again near midnight - which one is that?"), ["UNUSUAL TRAVEL TIMES"]),
    # a review's findings asked with its name spelled out, the case recalled after
    (("what did the family A safeguarding adult review find? mum hoarding, kids at home",), ["home-schooled", "Risk Enablement Panel"]),
    # fabricated or induced illness in everyday words
    (("what do we call it now when a parent makes up or causes their child's illness? heard it had been renamed",),
     ["Perplexing Presentations"]),
])
def test_threshold_questions_answered_from_the_rule(indexed_both, turns, expected):
    ans = ask_thread(indexed_both, *turns)
    assert ans.status == "answered", ans.answer
    for fact in expected:
        assert fact in ans.answer, (fact, ans.answer)


# -- refused when no sentence gives the rule -------------------------------------------------------

@pytest.mark.parametrize("question, reason", [
    # no passage names the practice panel's timing
    ("how long does a cp plan have to be open before it automatically goes to the practice panel for drift?", "a timescale"),
    # an age is given for care leavers, not young carers
    ("is there a minimum age for a kid to be counted as a young carer on harrow's system?", "an age"),
    # six schools are counted, not named
    ("does anyone know which six secondary schools got a social worker under the social workers in schools project?", "list the 6"),
])
def test_threshold_questions_no_sentence_gives_are_refused(indexed_both, question, reason):
    ans = indexed_both.ask(question)
    assert ans.status == "not_found", ans.answer
    assert reason in ans.answer and not ans.citations


# -- the pieces, without an index -------------------------------------------------------------------

@pytest.mark.parametrize("question, criterion", [
    ("when does a safeguarding adult review actually have to happen?", True),
    ("at what point do school absences get looked at for county lines?", True),
    ("who qualifies for the TARA service?", True),
    ("what counts as modern slavery?", True),
    # a past event's time is no criterion
    ("at what point did M's school attendance fall off?", False),
    ("when are the full findings meant to be shared?", False),
])
def test_a_criterion_asked(question, criterion):
    assert (CRITERION_Q.search(question) is not None) is criterion


def test_when_something_has_to_happen_asks_a_condition_not_a_date():
    assert question_type("when does a safeguarding adult review have to happen?") == "general"
    assert question_type("when did CAMHS see their highest ever number of referrals?") == "when"


def test_the_event_timed_is_the_thing_not_what_is_done_to_it():
    assert timed_event("what's the target timescale for getting an icpc held, in days?") == "icpc"
    assert timed_event("how long does a cp plan have to be open before it automatically goes to the practice panel for drift?") == "practice panel"


def test_an_age_limit_names_its_group():
    assert _AGE_LIMIT_Q.search("is there a minimum age for a kid to be counted as a young carer on harrow's system?").group("grp") == "young carer"
    assert _AGE_LIMIT_Q.search("what is the age of criminal responsibility?") is None


def test_count_as_and_the_guidance_carry_no_topic():
    idf = {"count": 3.0, "guidanc": 3.0, "exploit": 2.0, "modern": 1.0, "slaveri": 1.0, "kind": 1.0}
    weights = question_weights("which kinds of exploitation count as modern slavery under the guidance?", idf)
    assert "count" not in weights and "guidanc" not in weights and "exploit" in weights


def test_a_recalled_case_is_set_aside():
    assert strip_aside("what did the family A safeguarding adult review find? mum hoarding, kids at home") == \
        "what did the family A safeguarding adult review find?"
    # an aside that scopes the answer is kept
    assert strip_aside("what did the family A review find? only the bits about kids").endswith("kids")


def test_a_circumstance_swapped_in_keeps_the_earlier_topic():
    asked = condense_question([("does the child have to have been present for operation encompass to notify the school?", "")],
                              "what about during lockdown when the kid was being taught at home, did schools still get told?")
    assert "operation encompass" in asked
    # a follow-up with a topic of its own is left alone
    asked = condense_question([("does the child have to have been present for operation encompass to notify the school?", "")],
                              "what about the MASH, does it still take calls at weekends?")
    assert "operation encompass" not in asked
