"""A Slack thread asked as a colleague is talked to: corrections ("sorry, I meant 2019-20"),
one thing swapped ("and white?", "and Ignite?"), a group of the earlier count ("what
about girls?"), follow-ups that lean on the earlier turn with no pronoun ("who actually
takes the calls?"), a story's person ("Serena's story - ... ||| where was she taken?") and
pronouns after a plain earlier question (sixty-second session: probe-132 and a break-it
helper's threads)."""

from __future__ import annotations

import pytest

from assistant.condense import condense_question


def ask_thread(assistant, *turns: str):
    """Ask ``turns`` as one thread, as Slack and the eval runner do: each turn with the
    earlier ``(question as made standalone, answer)`` pairs. Returns the last answer."""
    history: list[tuple[str, str]] = []
    ans = None
    for turn in turns:
        ans = assistant.ask(turn, **({"history": list(history)} if history else {}))
        history.append((ans.question, ans.answer))
    return ans


# -- corrections -------------------------------------------------------------------------------

@pytest.mark.parametrize("earlier, correction, asked", [
    ("how many missing kids did harrow have in 2019-20", "sorry, I meant missing episodes not children",
     "how many missing episodes did harrow have in 2019-20?"),
    ("how old was child M?", "sorry, I meant how many siblings did he have", "how many siblings did child M have?"),
    ("how many children are home educated?", "sorry, I meant 2019-20", "how many children are home educated in 2019-20?"),
    ("how many referrals did the MASH get in 2020-21?", "no, I meant the number of contacts, not referrals",
     "how many contacts did the MASH get in 2020-21?"),
    ("how many children were looked after in 2019-20?", "no, 2020-21 not 2019-20",
     "how many children were looked after in 2020-21?"),
    ("how many children were looked after in 2019-20?", "no, 2020-21", "how many children were looked after in 2020-21?"),
])
def test_a_correction_puts_the_earlier_question_right(earlier, correction, asked):
    assert condense_question([(earlier, "")], correction) == asked


def test_not_every_not_or_meant_is_a_correction():
    # "not" inside an ordinary follow-up is no correction: the earlier count of another group
    assert condense_question([("how many care leavers were in education?", "")], "and those not in education?") == \
        "how many care leavers were not in education?"
    # nor is "I meant to ask": a new question, asked as typed
    asked = condense_question([("what is the LADO?", "")], "I meant to ask, who is the LADO in Harrow?")
    assert "who is the LADO in Harrow" in asked and "–" not in asked


def test_a_corrected_count_is_answered_for_what_was_meant(indexed_both):
    ans = ask_thread(indexed_both, "how many missing kids did harrow have in 2019-20",
                     "sorry, I meant missing episodes not children")
    assert ans.status == "answered", ans.answer
    assert "198" in ans.answer


def test_a_corrected_year_the_documents_do_not_give_is_refused(indexed_both):
    ans = ask_thread(indexed_both, "how many CPCs were there in 2019-20?", "sorry, 2020-21 not 2019-20")
    assert ans.question == "how many CPCs were there in 2020-21?"
    assert ans.status == "not_found", ans.answer
    assert "789" not in ans.answer


# -- one thing swapped, a group of the count ---------------------------------------------------

@pytest.mark.parametrize("earlier, follow, asked", [
    ("missing children 2019/20 - how many were black or black british?", "and white?",
     "missing children 2019/20 - how many were white?"),
    ("what % of missing kids were asian?", "and mixed?", "what % of missing kids were mixed?"),
    ("conference workshops - what was Red Thread about?", "and Ignite?", "conference workshops - what was Ignite about?"),
    ("what happened to CAMHS demand in lockdown?", "and in September?", "what happened to CAMHS demand in September?"),
    ("how many primary schools in Harrow?", "and secondaries?", "how many secondary schools in Harrow?"),
    ("how many CP plans were for neglect?", "and emotional abuse?", "how many CP plans were for emotional abuse?"),
    ("what does the MASH do?", "and MARAC?", "what does the MARAC do?"),
    ("how many children went missing in 2019-20?", "what about girls?", "how many girls went missing in 2019-20?"),
    ("how many children went missing in 2019-20?", "and white?", "how many white children went missing in 2019-20?"),
])
def test_a_thing_swapped_asks_the_earlier_question_of_it(earlier, follow, asked):
    assert condense_question([(earlier, "")], follow) == asked


def test_a_day_and_month_are_not_swapped_for_a_month_alone():
    asked = condense_question([("how many children were on CP plans at 31 March 2021?", "")], "and in April?")
    assert "31 April" not in asked


@pytest.mark.parametrize("turns, expected, not_expected", [
    (("missing children 2019/20 - how many were black or black british?", "and white?"), "25.3%", "36.1%"),
    (("conference workshops - what was Red Thread about?", "and Ignite?"), "County Lines", None),
])
def test_a_thing_swapped_is_answered_for_itself(indexed_both, turns, expected, not_expected):
    ans = ask_thread(indexed_both, *turns)
    assert ans.status == "answered", ans.answer
    assert expected in ans.answer
    if not_expected:
        assert not_expected not in ans.answer


def test_a_group_the_documents_do_not_count_is_refused_not_answered_with_everyone(indexed_both):
    ans = ask_thread(indexed_both, "how many children went missing in 2019-20?", "what about girls?")
    assert ans.status == "not_found", ans.answer
    assert "83" not in ans.answer


# -- leaning on the earlier turn with no pronoun -----------------------------------------------

@pytest.mark.parametrize("earlier, follow, carried", [
    ("what's the modern slavery helpline number?", "who actually takes the calls?", "helpline"),
    ("which countries do modern slavery victims found in the UK come from?", "how many were actually british?", "victims"),
    ("why was there a safeguarding review into Child M if he died of natural causes?", "what was the first review called?",
     "Child M"),
    ("in the Child M case, what were people using to hold him still?", "where should a decision like that get written down?",
     "Child M"),
    ("what did the LADO's report on allegations against staff show?", "by how much did referrals drop?", "LADO"),
    ("have you got the Child M learning sheet?", "what are the main learning areas in it?", "Child M learning sheet"),
    ("Child M review findings", "which of them is about health?", "Child M"),
    ("what's the VVE group?", "how often does it meet?", "VVE"),
])
def test_a_follow_up_leaning_on_the_earlier_turn_keeps_its_topic(earlier, follow, carried):
    assert carried in condense_question([(earlier, "")], follow)


@pytest.mark.parametrize("earlier, follow", [
    ("how many children went missing in 2019-20?", "switching topics - what are the signs that someone's a victim of modern slavery?"),
    ("how many children were looked after by Harrow at 31 March 2021?",
     "totally different question - which charity runs the Child Trafficking Advice Centre?"),
    ("how many children went missing in 2019-20?", "what is the LADO's role?"),
])
def test_a_topic_switch_does_not_carry_the_earlier_topic(earlier, follow):
    asked = condense_question([(earlier, "")], follow)
    assert "–" not in asked and "missing in 2019-20" not in asked and "looked after" not in asked


def test_a_question_made_standalone_before_is_not_given_the_topic_again():
    # the thread keeps each turn as it was asked standalone; asking it again adds nothing
    made = "how many of the kids who went missing in 2019-20 were black or black british?"
    assert condense_question([("how many kids went missing in 2019-20?", "")], made) == made


@pytest.mark.parametrize("turns, expected", [
    (("how do I report a suspected slavery case?", "should I tell the person I've flagged them?"),
     "do not attempt to let the victim know"),
    (("Serena's story - how old was she when she arrived?", "where was she taken?"), "Birmingham and Manchester"),
    (("what is the LADO?", "how many referrals did they get?", "is that up on last year?"), "14%"),
    (("are more kids going missing in Harrow these days?", "why do they run off?"), "not feeling cared for at home"),
    (("Is anyone putting trackers on domestic abusers when they get out of jail?",), "GPS tags"),
])
def test_threads_answered_from_the_right_passage(indexed_both, turns, expected):
    ans = ask_thread(indexed_both, *turns)
    assert ans.status == "answered", ans.answer
    assert expected in ans.answer


def test_a_storys_person_is_who_she_is():
    assert condense_question([("Serena's story - how old was she when she arrived?", "")], "where was she taken?") == \
        "where was Serena taken?"
    assert condense_question([("Fredek's story - what happened when he arrived?", "")], "how did he escape?") == \
        "how did Fredek escape?"


@pytest.mark.parametrize("earlier, follow, asked", [
    ("What's Harrow's deprivation rank?", "and for children?", "What's Harrow's deprivation rank for children?"),
    ("what's Harrow's deprivation ranking?", "and in 2015?", "what's Harrow's deprivation ranking in 2015?"),
    ("How many looked after children in 2019-20?", "sorry, I meant at 31 March 2021",
     "How many looked after children at 31 March 2021?"),
    ("whats the harrow population", "and London's?", "whats the London population?"),
    ("What are the types of slavery?", "which of them involve children?", "which of the types of slavery involve children?"),
    ("what was the learning about dental care in Child M?", "and in the learning sheet?",
     "what was the learning about dental care in Child M in the learning sheet?"),
    ("how many special schools are there?", "independent?", "how many independent schools are there?"),
    ("What did the learning sheet say about Child M's siblings?", "what were their needs?", "what were Child M's siblings' needs?"),
    ("Child M - did his family miss a lot of hospital visits?", "why?", "Child M - why did his family miss a lot of hospital visits?"),
])
def test_a_year_place_date_source_or_part_asks_the_earlier_question_of_it(earlier, follow, asked):
    assert condense_question([(earlier, "")], follow) == asked


def test_a_turn_naming_what_the_earlier_named_is_not_glued_to_it_again():
    # the thread keeps "where is Brenda from?" as asked; "and Fredek?" then swaps the name
    history = [("What happened to Brenda?", ""), ("where is Brenda from?", "")]
    assert condense_question(history, "and Fredek?") == "where is Fredek from?"


def test_a_long_follow_up_with_words_of_its_own_is_not_glued_to_the_earlier_topic():
    # ("who agrees it?" ends a message that names what it asks: the final say's care plan)
    asked = condense_question([("what did the Child M review say about the parents tying him with soft materials?", "")],
                              "so where's the final say on that meant to sit, who agrees it?")
    assert "–" not in asked and "soft materials" not in asked


def test_wages_told_of_are_not_a_sum_of_pay_asked():
    from assistant.answer.refusal_rules import missing_evidence

    told = "she's 16, works in our kitchen, I think her 'uncle' takes all her wages, she's on shift now"
    quote = ["Call the Police on 999 in an emergency, or 101 if it is not urgent."]
    assert missing_evidence(told, "general", quote) != "an amount of money for this"
    # a sum of pay asked for still needs pay in the quote
    assert missing_evidence("what are the wages on the helpline?", "general", quote) == "an amount of money for this"
