"""Follow-ups in a conversation (Slack threads and DMs, ``assistant chat``) without an LLM:
a complete question is asked as written, a fragment takes the earlier question's frame, and
on the real corpus a new question after an old one gets its own answer, not the old one's."""

from __future__ import annotations

import pytest

from assistant.condense import condense_question

MISSING = "How many children went missing in Harrow in 2019-20?"


@pytest.mark.parametrize("earlier, message, expected", [
    # complete questions of their own: asked as written, the earlier topic not carried
    (MISSING, "What is a strategy discussion?", "What is a strategy discussion?"),
    (MISSING, "Who chairs the board?", "Who chairs the board?"),
    (MISSING, "and what is a strategy discussion?", "what is a strategy discussion?"),
    ("What does MARAC stand for?", "and is a 15 year old at risk if his dad is violent at home? what should I do",
     "is a 15 year old at risk if his dad is violent at home? what should I do?"),
    # a fragment: a new subject or period for the earlier question's frame
    ("what does LADO stand for?", "and MASH?", "what does MASH stand for?"),
    ("What is a strategy discussion?", "and a section 47?", "What is a section 47?"),
    (MISSING, "what about 2018-19?", "How many children went missing in Harrow in 2018-19?"),
    # a follow-up that needs the earlier topic keeps its own question and carries it
    (MISSING, "and how many from care?", "how many from care – children went missing in Harrow in 2019-20?"),
    # a pronoun for the earlier question's subject is spelled out ("it" is the review, not
    # its findings)
    ("What were the key findings of the Child M review?", "who wrote it?", "who wrote the Child M review?"),
    ("what was the child m review about?", "who chaired it?", "who chaired the child m review?"),
    ("what is modern slavery?", "ok so how do i report that?", "how do i report modern slavery?"),
    # set phrases of a thread
    ("what does MARAC do?", "what does that stand for?", "what does MARAC stand for?"),
    ("how many contacts did the MASH get in 2020-21?", "and the year before?",
     "how many contacts did the MASH get in 2019-20?"),
    ("How many children went missing in the period 2019 to 2020?", "what about last year?",
     "How many children went missing in the period 2018 to 2019?"),
    ("how many contacts did the MASH get in 2020-21?", "is that up on last year?",
     "how many contacts did the MASH get in 2020-21, and is that up or down on the year before?"),
    ("what were the key findings of the Child M review?", "thanks - give me the rest of the list",
     "what were the key findings of the Child M review?"),
    ("how much did Harrow Council put into the budget?", "same question for the police",
     "how much did the police put into the budget?"),
    ("how many referrals came from the police?", "and schools?", "how many referrals came from schools?"),
    ("who is the independent chair?", "thanks - what is the LADO?", "what is the LADO?"),
    ("how many children were on cp plans?", "unrelated but who spoke at the 2021 conference?",
     "who spoke at the 2021 conference?"),
    # "the key findings" of what the earlier question asked about
    ("what was the harrow child safeguarding practice review into child m looking at?", "and what were the key findings?",
     "what were the key findings of the harrow child safeguarding practice review into child m?"),
    # subjects of yes/no, "how did X ...", "is there a X" and "what does the report say about X"
    ("was the hscb's domestic abuse training changed during the pandemic?", "what got added to it?",
     "what got added to the hscb's domestic abuse training?"),
    ("how did harrow cp conferences adapt during the pandemic?", "what are their priorities?",
     "what are harrow cp conferences' priorities?"),
    ("is there a list of signs of modern slavery i can use in training?", "what are they?",
     "what are signs of modern slavery?"),
    ("what does the report say about the lado's figures?", "why do they reckon its dropped?",
     "why do the lado's figures reckon its dropped?"),
    ("how old was child m?", "what was his medical condition called?", "what was child m's medical condition called?"),
    # a question with no topic of its own keeps the earlier one
    ("what are iro caseloads like in harrow?", "whats the recommended number tho?",
     "whats the recommended number tho – iro caseloads like in harrow?"),
    # a long follow-up whose pronoun has nothing to stand for is searched on its own words
    ("how many young people had recently left harrow's care at 31/03/2020?", "what do they get to set up home?",
     "what do they get to set up home?"),
])
def test_follow_ups_take_only_what_they_need_from_the_earlier_turn(earlier, message, expected):
    assert condense_question([(earlier, "…")], message) == expected


@pytest.mark.parametrize("earlier, answer, message, expected", [
    # "he / she": a name in the earlier answer (a given name first)
    ("who wrote the independent evaluation?", "Chris Miller Independent Chair and Scrutineer [1]",
     "does he chair any other board?", "does Chris Miller chair any other board?"),
    # "what does that stand for?": the one acronym the answer brought in
    ("what system do the vve group and the mash use?", "The VVE Group and the MASH share information on ECINS [1].",
     "what does that stand for?", "what does ECINS stand for?"),
    # two new acronyms: no guess; left as typed, and the chain asks for the whole question
    ("what system do they use?", "ECINS and MASH [1]", "what does that stand for?",
     "what does that stand for?"),
])
def test_follow_ups_read_the_earlier_answer(earlier, answer, message, expected):
    assert condense_question([(earlier, answer)], message) == expected


@pytest.mark.parametrize("earlier, answer, message, expected", [
    # found by a break-it pass over 292 threads: a disclosure is never rewritten ("he" is not
    # the chair named in the earlier answer; "her stepdad" is not Child M's)
    ("who is the independent chair?", "Chris Miller Independent Chair [1]", "sorry diff thing - he just hit her in front of me",
     "sorry diff thing - he just hit her in front of me"),
    ("what was the child m review about?", "", "a girl in my class just told me her stepdad touches her",
     "a girl in my class just told me her stepdad touches her"),
    # nor carried into the next question
    ("a boy in my class just told me his dad beats him", "", "what is cse?", "what is cse?"),
    # two people in the earlier answer: "she" is not guessed
    ("who spoke at the conference?", "Nazir Afzal OBE spoke [1] Rhiannon Smith spoke [2]", "what does she do?",
     "what does she do – spoke at the conference?"),
    # a topic switch carries nothing over
    ("what was the child m review about?", "", "what's cse?", "what's cse?"),
    ("what does lado stand for?", "", "ok so what's a section 47", "what's a section 47?"),
    ("what was the child m review about?", "", "young carers?", "young carers?"),
    ("what was the child m review about?", "", "and child h?", "what was the child h review about?"),
    # an "it" that points at nothing stays
    ("what was the child m review about?", "", "is it ok to share info with the police without consent?",
     "is it ok to share info with the police without consent?"),
    # "what did X say about Y? - does it ...": "it" is Y
    ("what did chris miller say about the mash?", "", "does it do a good job?", "does the mash do a good job?"),
    # an acronym typed in lower case
    ("who runs the vve group?", "", "what does that stand for?", "what does VVE stand for?"),
    ("what is fgm?", "FGM ... BAWSO [1]", "what does that stand for?", "what does FGM stand for?"),
    # nothing asked: the earlier question is not answered again
    ("what was the child m review about?", "", "thanks!", "thanks!"),
    ("what was the child m review about?", "", "?", "?"),
])
def test_follow_ups_the_break_it_pass_found(earlier, answer, message, expected):
    assert condense_question([(earlier, answer)], message) == expected


def test_the_urgent_screen_reads_the_follow_up_as_typed(indexed):
    """A follow-up made standalone is screened as the asker typed it: "and how many are
    still missing now?" after a question on missing children asks for a figure (the
    earlier "went missing" put beside it made it urgent); a disclosure after a question on
    the Child M review is urgent; nothing asked ("?") is not the earlier question again."""
    still = indexed.ask("and how many are still missing now?", front="test", history=[(MISSING, "83 children [1]")])
    assert still.status != "urgent", still.answer
    hit = indexed.ask("she's being hit at home", front="test",
                      history=[("what was the child m review about?", "A Child Safeguarding Practice Review [1]")])
    assert hit.status == "urgent" and "999" in hit.answer
    for nothing in ("?", "thanks!"):
        ans = indexed.ask(nothing, front="test", history=[(MISSING, "83 children [1]")])
        assert "83" not in ans.answer, (nothing, ans.answer)


def test_a_list_item_by_its_place_in_the_earlier_answer():
    answer = ("We have prioritised the need to provide training relating to the Partnership’s priorities of "
              "Domestic Abuse, Contextual Safeguarding and Mental Wellbeing [1].")
    assert condense_question([("what are the board's priorities?", answer)], "tell me more about the second one") \
        == "tell me more about Contextual Safeguarding?"
    bullets = "- The need for a coordinated approach [1]\n- The need to apply ‘Was not Brought’ procedures [1]"
    assert condense_question([("key findings of child m?", bullets)], "what about the last one?") \
        == "tell me more about The need to apply ‘Was not Brought’ procedures?"
    # no list to point into: not resolved from nothing
    assert "second one" in condense_question([("who chairs the board?", "Chris Miller [1]")], "and the second one?")


def test_a_new_question_after_an_old_one_gets_its_own_answer(indexed):
    """Found by a break-it pass: "What is a strategy discussion?" after the missing-children
    question was answered with the 83 children (the earlier topic had been appended), and
    "and MASH?" after "what does LADO stand for?" was answered with the LADO."""
    history = [(MISSING, "In the period 2019 to 2020 a total number of 83 children went missing [1].")]
    for question in ("What is a strategy discussion?", "Who chairs the board?"):
        alone = indexed.ask(question, front="test")
        after = indexed.ask(question, front="test", history=history)
        assert (after.status, after.answer) == (alone.status, alone.answer), question
        assert "83" not in after.answer
    mash = indexed.ask("and MASH?", front="test", history=[("what does LADO stand for?", "LADO stands for ...")])
    assert mash.status == "answered" and "safeguarding hub" in mash.answer.lower() and "Designated Officer" not in mash.answer, mash.answer


def test_a_suite_case_with_history_is_asked_as_a_thread_follow_up(indexed):
    """``history:`` in a suite: the runner asks the earlier questions first and passes their
    (question, answer) turns on, so "and how many from care?" is scored in its thread; the
    baseline, which keeps no conversation, searches with the earlier question in front."""
    from evals.runner import assistant_ask_fn, baseline_ask_fn, case_row
    from evals.suite import SuiteError, parse_case

    raw = {"id": "t1", "kind": "fact", "question": "and how many from care?", "facts": ["33"], "section": "missing",
           "history": [MISSING]}
    case = parse_case(raw, 0, "thread.yaml")
    assert case.history == [MISSING] and case.to_json()["history"] == [MISSING]
    row = case_row(case, assistant_ask_fn(k=5, depth=10, assistant=indexed)(case), k=5)
    assert row["status"] == "answered" and row["metrics"]["answer_correct"], row["answer"]
    single = parse_case({**raw, "history": []}, 0)
    alone = case_row(single, assistant_ask_fn(k=5, depth=10, assistant=indexed)(single), k=5)
    assert not alone["metrics"]["pass"], alone["answer"]  # the fragment alone is not enough

    class Recorder:
        asked: list[str] = []

        def ask(self, question, k=5):
            self.asked.append(question)
            return {"status": "answered", "answer": "", "citations": [], "retrieved": []}

    rec = Recorder()
    baseline_ask_fn(rec, k=5, depth=10)(case)
    assert rec.asked == [f"{MISSING} and how many from care?"]
    with pytest.raises(SuiteError, match="thread.yaml: case 't2': field 'history'"):
        parse_case({**raw, "id": "t2", "history": [{"q": "x"}]}, 0, "thread.yaml")


# -- a conversation's first message that only points back -------------------------------------
@pytest.mark.parametrize("message, pointer", [
    ("what does that stand for?", "that"),
    ("and the year before?", "the year before"),
    ("thanks - and what about last year?", "last year"),
    ("who chaired it?", "it"),
    ("what did they find?", "they"),
    ("give me the rest of the list", "give me the rest of the list"),
    ("tell me more about the second one", "tell me more about the second one"),
    ("is that up on last year?", "is that up on last year"),
    ("when was that?", "that"),
    ("can you explain it?", "it"),
    ("what's its purpose?", "its"),
])
def test_a_first_message_that_only_points_back_is_recognised(message, pointer):
    from assistant.condense import points_back_alone

    assert points_back_alone(message) == pointer


@pytest.mark.parametrize("message", [
    "What does MASH stand for?", "what does mash stand for?", "is it ok to share info without consent?",
    "How many children went missing in 2019-20?", "is this CSE?", "who chairs the board?", "why?",
    "he hit her and she is scared", "what is a strategy discussion?",
    # (the break-it pass: a disclosure is told, not asked; a topic set first; "this" is the
    # assistant; a person named by pronoun; "its" typed for "it's")
    "they locked him in", "it was her stepdad", "it happened at school", "he did it again", "its urgent",
    "this is an emergency", "grooming, what is it?", "rhis who does them", "is this confidential?",
    "what can this do?", "is this up to date?", "what did she recommend?",
])
def test_a_message_naming_its_subject_is_asked_as_written(message):
    from assistant.condense import points_back_alone

    assert points_back_alone(message) is None


def test_a_first_message_that_points_back_asks_for_the_whole_question(indexed):
    """No earlier turn for "that" to mean: the answer asks for the question in full rather
    than citing whatever shares its words; with the earlier turn it is answered."""
    first = indexed.ask("what does that stand for?")
    assert first.status == "not_found" and not first.citations and not first.retrieved
    assert "no earlier question" in first.answer and "“that”" in first.answer
    ans = indexed.ask("what does that stand for?", history=[("What does the MASH do?", "")])
    assert ans.question == "what does MASH stand for?" or "MASH" in ans.question
    assert ans.status == "answered" and "multi agency safeguarding hub" in ans.answer.lower()


def test_an_urgent_first_message_is_signposted_even_if_it_points_back(indexed):
    ans = indexed.ask("he is hitting her right now, what do I do about it?")
    assert ans.status == "urgent" and "999" in ans.answer


def test_a_follow_up_the_earlier_turn_cannot_resolve_asks_for_the_whole_question(indexed):
    """Found by a new-user walkthrough: "and the year before?" after a question with no period
    was glued to the earlier topic ("the year before – LADO referrals were there?") and
    answered with a sentence sharing its words. Now the message is left as typed and the
    answer asks for the whole question."""
    ans = indexed.ask("and the year before?", history=[("How many LADO referrals were there?", "")])
    assert ans.status == "not_found" and not ans.citations
    assert "could not tell what it refers to in the earlier question" in ans.answer
    ok = indexed.ask("and the year before?", history=[("How many children went missing in 2019-20?", "")])
    assert ok.question == "How many children went missing in 2018-19?"


@pytest.mark.parametrize("earlier, answer, message, expected", [
    # an earlier question asked of whether the documents say something: "them" is what it
    # asks about, not "the annual" (report)
    ("does the annual report say how many kids went missing in 2019-20?", "… 83 children went missing … [1]",
     "and how many of them were from care?", "how many of the kids who went missing in 2019-20 were from care?"),
    ("is there anything on the HSCB budget in the annual report?", "…", "what was the total?",
     "what was the total – HSCB budget?"),
    ("where does the report talk about LADO referrals?", "…", "how many were there?", "how many LADO referrals were there?"),
    # "of that" is a share of the earlier subject
    ("what was the total income?", "Total Income — Outturn: -192,457 [1]", "and how much of that came from the police?",
     "how much of the total income came from the police?"),
    # "it" of a message that also says "them"; a helpline's number is the helpline
    ("what's the modern slavery helpline number?", "… 0800 0121 700 [1]", "and who deals with what you tell them on it?",
     "who deals with what you tell them on the modern slavery helpline?"),
])
def test_follow_ups_after_asking_whether_the_documents_say(earlier, answer, message, expected):
    assert condense_question([(earlier, answer)], message) == expected


@pytest.mark.parametrize("earlier, message, expected", [
    # another group of the same count (was "looked after – children are on CP plans?")
    ("how many children are on CP plans?", "and looked after?", "how many children are looked after?"),
    ("how many children were on CP plans?", "and on CIN plans?", "how many children were on CIN plans?"),
])
def test_another_group_of_the_same_count(earlier, message, expected):
    assert condense_question([(earlier, "…")], message) == expected


def test_it_as_what_is_rung_points_back_to_the_earlier_subject():
    # "it" is the helpline the earlier question asked about, not a topic of the follow-up's own
    out = condense_question([("who handles calls to the modern slavery helpline according to the gov page?",
                              "Information submitted via this helpline will be handled by the NSPCC")],
                            "and do people get charged for ringing it from a mobile?")
    assert "modern slavery helpline" in out and "ringing" in out, out


def test_a_price_for_calling_is_no_criminal_charge_and_is_answered(indexed_both):
    a = indexed_both.ask("do people get charged for ringing the modern slavery helpline from a mobile?")
    assert a.status == "answered" and "most mobile phones" in a.answer, a.answer


@pytest.mark.parametrize("earlier, message, expected", [
    # a part of the earlier count: the group and what it did are carried in
    ("the HSCB report - how many children went missing in 2019-20?", "and how many of those had gone from LA care rather than from home?",
     "how many of the children who went missing in 2019-20 had gone from LA care rather than from home?"),
    ("how many children were on CP plans at 31 March 2021?", "how many of them were girls?",
     "how many of the children who were on CP plans at 31 March 2021 were girls?"),
    # a share of them; what the report is said to say is no part of what was counted
    ("SW - for my court statement, how many initial CP conferences does the report say were held in the 11 months after april 2019?",
     "right, and the share of those that ended up with a plan - exact %?",
     "what share of the initial CP conferences that were held in the 11 months after april 2019 that ended up with a plan - exact %?"),
    # a condition only: the earlier question is asked under it
    ("whats the helpline number on the gov.uk modern slavery pages?",
     "and if the person tipping us off wants to stay nameless and never go near a court?",
     "whats the helpline number on the gov.uk modern slavery pages if the person tipping us off wants to stay nameless and never go near a court?"),
])
def test_a_part_of_the_earlier_count_or_a_condition_on_the_earlier_question(earlier, message, expected):
    assert condense_question([(earlier, "…")], message) == expected


def test_a_condition_with_its_own_question_is_not_glued_to_the_earlier_one():
    out = condense_question([("whats the helpline number?", "0800 0121 700 [1]")], "what if she's 17, who do I call?")
    assert not out.startswith("whats the helpline number"), out


def test_a_part_of_an_earlier_count_is_answered_from_the_breakdown(indexed):
    turns = [("the HSCB report - how many children went missing in 2019-20?", "")]
    turns[0] = (turns[0][0], indexed.ask(turns[0][0]).answer)
    a = indexed.ask("and how many of those had gone from LA care rather than from home?", history=turns)
    assert a.status == "answered" and "33 from Local Authority Care" in a.answer, a.answer


def test_a_pronoun_after_a_question_with_a_scene_set_first_is_the_questions_subject():
    out = condense_question([("Our faith group runs the Saturday school where [name] (9) disclosed - what did the voluntary "
                              "sector outreach team do for groups like us this year?", "…")],
                            "how many individual people did they help?")
    assert out == "how many individual people did the voluntary sector outreach team help?", out


def test_who_relayed_the_earlier_question_is_not_what_them_stands_for():
    earlier = "my head wants to know how many children were being home educated in harrow between sept 2020 and march 2021"
    out = condense_question([(earlier, "299 children were home educated. [1]")], "and how many of them were girls?")
    assert out == ("how many of the children who were being home educated in harrow between sept 2020 and march 2021 "
                   "were girls?"), out


@pytest.mark.parametrize("earlier, message, expected", [
    # a topic set first, asked of the earlier question's source
    ("guardian asked me what the child M review said about all the hospital appointments the parents couldn't keep up with",
     "and the other kids in the family - did it say anything about them?",
     "what did the child M review say about the other kids in the family?"),
    # a condition added to one the earlier question already sets, its aside left out
    ("year 9 at ours asked me what he should do if he thinks the lads at the car wash by the station are being kept as slaves - "
     "not an emergency, he's just worried", "and if he doesn't want anyone to know it was him that said?",
     "what should he do if he thinks the lads at the car wash by the station are being kept as slaves and he doesn't want "
     "anyone to know it was him that said?"),
])
def test_relayed_threads(earlier, message, expected):
    assert condense_question([(earlier, "x")], message) == expected


def test_a_danger_in_a_relayed_earlier_turns_remark_is_never_carried_over():
    earlier = "a year 10 asked me 'what counts as modern slavery?' her cousin is being kept in a house and isn't allowed out"
    assert condense_question([(earlier, "x")], "and what should she do?") == "and what should she do?"


def test_a_share_of_an_earlier_count_asked_in_a_second_language_is_answered(indexed):
    """"In 2019-20 how many initial child protection case conference happen in Harrow?" ->
    "ok and what percent of those ones end with a plan?": the singular noun, the compound
    ("case conference", not "case"), the period set before the count and "those ones" all
    carry over, and "what percent" prefers a sentence giving a percentage."""
    earlier = "In 2019-20 how many initial child protection case conference happen in Harrow?"
    out = condense_question([(earlier, "There were 789 CPCs in Harrow in 2019-20 [1]")],
                            "ok and what percent of those ones end with a plan?")
    assert out == ("what percent of the initial child protection case conference that happen in Harrow "
                   "in 2019-20 end with a plan?"), out
    a = indexed.ask("ok and what percent of those ones end with a plan?", history=[(earlier, indexed.ask(earlier).answer)])
    assert a.status == "answered" and "80.3%" in a.answer, a.answer


def test_the_year_after_moves_the_earlier_period_on():
    from assistant.condense import condense_question

    assert condense_question([("How many permanent exclusions were there in 2018-19?", "45")], "and the year after?") == \
        "How many permanent exclusions were there in 2019-20?"
    assert condense_question([("How many children went missing in 2019 to 2020?", "83")], "what about the following year?") == \
        "How many children went missing in 2020 to 2021?"
