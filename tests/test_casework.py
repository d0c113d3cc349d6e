"""Questions that describe the asker's own case first: "17yo lad got work on a farm out in
kent, the gangmaster is holding onto his pay. which body regulates gangmasters?", "Family
with a CP plan just moved to Harrow from Brent. Are transfer-in conferences held on time?",
"... sleeps on the kitchen floor. Does this fit domestic servitude?" (sixtieth session:
probe-128 and a break-it helper's questions)."""

from __future__ import annotations

import pytest

from assistant.answer.casework import as_category_question
from assistant.answer.question_shape import case_described, casework_scene, scene_free, without_own_schools
from assistant.condense import condense_question


@pytest.mark.parametrize("question, asked", [
    # a child of the asker's casework, by age
    ("17 year old lad got work through an agency on a farm out in kent, the gangmaster is holding onto his pay. "
     "which body regulates gangmasters?", "which body regulates gangmasters?"),
    # or by the people of the case, told in a sentence of eight words or more
    ("Family with a CP plan just moved to Harrow from Brent. Are transfer-in conferences held on time?",
     "Are transfer-in conferences held on time?"),
    ("Youth worker on an estate in Wealdstone, at least five kids from the same block are being drawn into a "
     "group dealing drugs. What does the partnership do when several children are linked to the same location?",
     "What does the partnership do when several children are linked to the same location?"),
    # a last sentence asking in a few words
    ("We have a Romanian 15 year old boy begging outside Tesco every day, dropped off by a van at 6am. "
     "Signs of trafficking?", "Signs of trafficking?"),
])
def test_the_clauses_that_ask_follow_a_told_case(question, asked):
    assert scene_free(question) == asked
    assert casework_scene(question)


@pytest.mark.parametrize("question", [
    # the asker's own service is no case: its place scopes the question
    "In Brent we have a VVE panel. How often does it meet?",
    # a topic named first is no case ("kids" in five words)
    "kids who go off the radar - what reasons does the report give for why they take off?",
    # a reviewed case, named by its letter, is what the question is about
    "Family A review - what were the findings?",
])
def test_a_scene_that_is_no_case_is_kept(question):
    assert not casework_scene(question)


def test_a_case_described_with_nothing_asked():
    assert case_described("16 year old girl, [NAME], working in a hand car wash in Rayners Lane, boss holds her ID card")
    # a question, or a topic with no child of the asker's casework, is not
    assert not case_described("how many children were on a plan at 31 March 2021")
    assert not case_described("children missing education figures for Harrow")


@pytest.mark.parametrize("question, asked", [
    ("Year 10 girl is being sent messages by a group of boys. Would this count as contextual safeguarding? "
     "What does the definition say?", "what is contextual safeguarding?"),
    ("14yo girl, does all the cooking and cleaning, sleeps on the kitchen floor. Does this fit domestic servitude?",
     "what is domestic servitude?"),
    ("would it be classed as criminal exploitation?", "what is criminal exploitation?"),
])
def test_whether_a_case_fits_a_category_asks_what_the_category_is(question, asked):
    assert as_category_question(question) == asked


@pytest.mark.parametrize("question", [
    # a period or a pronoun names no category
    "would that count for 2020-21?",
    "does it fit?",
    # a fit question asking more after a dash is left as typed
    "does he count as child trafficking on the gov site - what age does its definition use?",
])
def test_other_questions_are_not_category_questions(question):
    assert as_category_question(question) == question


@pytest.mark.parametrize("history, follow_up, condensed", [
    # a count with no service of its own is the earlier question's service's
    ([("What did the LADO report show about allegations against staff?", "")], "why did referrals drop?",
     "why did LADO referrals drop?"),
    # danger asked after a question asks what to do then, about its topic
    ([("What are the signs of modern slavery?", "")], "what if the person is in immediate danger?",
     "what should I do if the person is in immediate danger - modern slavery?"),
])
def test_follow_ups_about_the_case(history, follow_up, condensed):
    assert condense_question(history, follow_up) == condensed


@pytest.mark.parametrize("question, expected", [
    # places, schools, shops and days of the case scope nothing
    ("17yo lad got work through an agency on a farm out in kent, the gangmaster is holding onto his pay. "
     "which body regulates gangmasters?", "Gangmasters Licensing Authority"),
    ("14yo in foster care, 3 missing episodes this month, last one police picked him up in Wembley Park with a group "
     "of older lads at 2am. what did the report say about return home interviews - how quickly are they supposed to "
     "happen?", "72 hours"),
    ("Family with a CP plan just moved to Harrow from Brent. Are transfer-in conferences held on time?",
     "transfer-in conferences"),
    ("Youth worker on an estate in Wealdstone, at least five kids from the same block are being drawn into a group "
     "dealing drugs. What does the partnership do when several children are linked to the same location?",
     "neighbourhood and community safeguarding approach"),
    ("DSL at Whitmore High - Year 9 girl's mum was assaulted by her partner on Saturday night, police came out, girl "
     "wasn't in the house at the time. Will we get an Operation Encompass notification?", "notify schools"),
    # nor does the year the case happened
    ("Historical: a 17yo told us in 2020 she'd been trafficked for sex when she was 13, she's now safe in supported "
     "housing. Which organisations could support her?", "TARA"),
    # whether the case fits a category: the category's definition
    ("14yo girl living with an 'aunt', not registered at any school, does all the cooking and cleaning, sleeps on the "
     "kitchen floor. Does this fit domestic servitude?", "DOMESTIC SERVITUDE"),
    ("Year 10 girl is being sent messages by a group of boys from another school and they've been turning up at the "
     "park where she hangs out. Would this count as contextual safeguarding? What does the definition say?",
     "beyond their families"),
    # a school year is no acronym or name, a street of the case no scope
    ("DSL. Y11 lad has new trainers and an expensive phone, off school most Mondays, seen with older boys at the park. "
     "Nothing's happened that we know of. What does the report say about absences and exploitation?", "frequent absences"),
    ("What did the report say about Year 9 pupils and peer on peer abuse?", "peer on peer"),
    ("Teacher: a parent told me something about men living above the nail bar on Elm Parade but doesn't want to be "
     "named. Can I report it anonymously?", "anonymously"),
    # the asker's own place, when the asking clause names the area it asks about
    ("Social worker in Belfast - who supports child victims of trafficking in Northern Ireland?", "Gateway Services"),
    # "according to the guidance" names no guidance of its own
    ("what types of modern slavery are there according to the guidance?", "DOMESTIC SERVITUDE"),
    # whom to ring, asked after another part, is about that part's topic
    ("what are the signs of modern slavery and who do I ring?", "0800 0121 700"),
])
def test_answered_on_the_real_corpus(indexed_both, question, expected):
    ans = indexed_both.ask(question)
    assert ans.status == "answered", ans.answer
    assert expected in ans.answer


def test_a_lacking_count_after_a_who_part_is_said_not_given(indexed_both):
    ans = indexed_both.ask("nursery worker accused of grabbing a toddler last week - who deals with allegations against "
                           "staff and how many referrals did they get last year?")
    assert ans.status == "answered", ans.answer
    assert "Local Authority Designated Officer" in ans.answer
    assert "do not answer the second part" in ans.answer


@pytest.mark.parametrize("question", [
    # a count the documents lack is not answered by the year of a source line
    "how many NRM referrals did Harrow make for children last year?",
    # the asker's own service's place still scopes the question
    "In Brent we have a VVE panel. How often does it meet?",
    # a count with a year of its own, asked beside another, still refuses the whole
    "how many children went missing in 2020-21, and how many missing episodes?",
    # an age band is no length of time
    "how many years should a youth club keep safeguarding records / incident forms for before destroying them?",
    # a comparison one part of which the documents lack
    "According to the HSAB annual report, did the number of SARs go up in 20/21 compared with 19/20?",
])
def test_still_refused(indexed_both, question):
    ans = indexed_both.ask(question)
    assert ans.status == "not_found", ans.answer


def test_a_named_victims_story_is_not_answered_from_anothers(indexed_both):
    ans = indexed_both.ask("Serena was 15 when she arrived - how did she get help?")
    assert ans.status == "answered", ans.answer
    assert "Salvation Army" in ans.answer
    assert "Brenda" not in ans.answer


def test_where_to_read_a_publication_is_answered_by_its_link(indexed_both):
    ans = indexed_both.ask("where can I read the full Child M overview report?")
    assert ans.status == "answered", ans.answer
    assert "Overview-Child-M" in ans.answer
    # what the publication says is still not held
    assert indexed_both.ask("what did the full Child M overview report say about restraint?").status == "not_found"


def test_a_persons_email_is_quoted_when_the_documents_print_it(indexed_both):
    ans = indexed_both.ask("what's Carlene Firmin's email?")
    assert ans.status == "answered", ans.answer
    assert "carlene.firmin@beds.ac.uk" in ans.answer


def test_a_title_is_no_first_name_for_she():
    answer = ("The strategic direction of this work relies heavily on the work of Dr Carlene Firmin, (The International "
              "Centre for Researching Child Sexual Exploitation, Violence and Trafficking) [1]")
    assert condense_question([("which researcher's work is contextual safeguarding based on?", answer)],
                             "what's her email?") == "what's Carlene Firmin's email?"


def test_a_sentence_turning_on_the_quote_with_a_figure_is_quoted_with_it(indexed_both):
    ans = indexed_both.ask("What did the report say about NEET care leavers by gender?")
    assert ans.status == "answered", ans.answer
    assert "43% of females" in ans.answer
    # the two sentences are one quote, verbatim in the passage it cites
    texts = [p.chunk.text for p in ans.retrieved]
    for c in ans.citations:
        assert any(" ".join(c.quote.split()) in " ".join(t.split()) for t in texts), c.quote


@pytest.mark.parametrize("question, put", [
    # the asker's or the case's school, by a role or a pupil beside it
    ("DSL at Whitmore High - Year 9 girl is upset. Will we get an Operation Encompass notification?",
     "DSL at the school - Year 9 girl is upset. Will we get an Operation Encompass notification?"),
    ("Harrow High School pupil, 15, went missing last week. what does the report say about return home interviews?",
     "the school pupil, 15, went missing last week. what does the report say about return home interviews?"),
    # a school asked about, or named by no role, is kept
    ("how many exclusions were there at Whitmore High?", "how many exclusions were there at Whitmore High?"),
    ("am I right that Harrow High is one of the six schools with a social worker in the SWIS project?",
     "am I right that Harrow High is one of the six schools with a social worker in the SWIS project?"),
    ("Child M went to Norbury School before the move to secondary, didn't he?",
     "Child M went to Norbury School before the move to secondary, didn't he?"),
])
def test_the_askers_own_school_is_the_school(question, put):
    assert without_own_schools(question) == put


def test_a_case_asked_against_an_earlier_list_asks_which_item_it_is():
    assert condense_question([("What are the signs of modern slavery?", "")],
                             "15yo in my class always wears the same clothes and gets dropped off at 5am by a van - "
                             "does that fit?") == ("15yo in my class always wears the same clothes and gets dropped off at "
                                                  "5am by a van - which sign of modern slavery is that?")
