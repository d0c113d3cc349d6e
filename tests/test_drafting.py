"""Questions asked in the middle of writing something: "which sectors does forced labour
happen in? for a staff email", "one-liner on Operation Encompass for an email to staff",
"can I say in my bid that ...?", "what page is the MASH data on so I can reference it?"
(fifty-ninth session: probe-126 and a break-it helper's questions)."""

from __future__ import annotations

import pytest

from assistant.answer.drafting import location_topic, strip_drafting


@pytest.mark.parametrize("question, put", [
    # a closing remark naming the use, after the question mark
    ("which sectors does forced labour happen in? for a staff email", "which sectors does forced labour happen in?"),
    ("Can people report modern slavery anonymously? for the FAQ", "Can people report modern slavery anonymously?"),
    ("What is debt bondage? one-liner", "What is debt bondage?"),
    ("What are the partnership's three priorities? slide title", "What are the partnership's three priorities?"),
    ("What does the report say about FGM? need a line for the health paper", "What does the report say about FGM?"),
    # (what is needed is kept, the document it is for set aside)
    ("Who is the chair of the Case Review Subgroup? need the name for the cover letter",
     "Who is the chair of the Case Review Subgroup? need the name"),
    ("Should I tell the young person that I've reported the suspected trafficking? writing guidance for staff",
     "Should I tell the young person that I've reported the suspected trafficking?"),
    # a closing "for <document>" with no question mark before it
    ("how many children were on a plan at 31 march - for my ICPC report", "how many children were on a plan at 31 march"),
    ("What's the definition of child trafficking I can put in my policy?", "What's the definition of child trafficking?"),
    # an opening saying what the asker is writing (a topic named with it is kept)
    ("drafting a staff briefing on modern slavery - what are the signs I can list?", "what are the signs of modern slavery?"),
    ("need the figure for my governors' report - how many contacts did the MASH get?",
     "how many contacts did the MASH get?"),
    ("writing my ICPC report - what does the report say about fathers' views?",
     "what does the report say about fathers' views?"),
    ("for the court report, what is the definition of significant harm?", "what is the definition of significant harm?"),
    ("need a line for the intranet on what to do if you suspect slavery", "what to do if you suspect slavery?"),
    # an opening label
    ("Case study for training: how old was Serena when she arrived in the UK?",
     "how old was Serena when she arrived in the UK?"),
    # a one-liner or a quote asked on a topic is asked as "what is X?"
    ("one-liner on Operation Encompass for an email to staff", "what is Operation Encompass?"),
    ("give me a one-liner on Child M for the newsletter", "what is Child M?"),
    ("I want to quote the report's definition of contextual safeguarding on a training slide",
     "what is contextual safeguarding?"),
    # the exact wording asked: what is worded
    ("what's the exact wording for the isolation sign?", "what's the isolation sign?"),
    # the draft named in a claim: the claim is checked
    ("can I say in my bid that Harrow's rate of CP plans is low compared with London?",
     "can I say that Harrow's rate of CP plans is low compared with London?"),
])
def test_the_writing_frame_is_set_aside(question, put):
    assert strip_drafting(question) == put


@pytest.mark.parametrize("question", [
    # a closing remark that scopes the answer or asks more is kept
    "how many CP plans? only the 2020-21 figure",
    "how many contacts to the MASH? and how many went to social care",
    "what does the report say about the LADO? for 2020-21",
    # an email, a report or a referral as the topic
    "what is the email for the MASH?",
    "what does the annual report say about the email address for referrals",
    "how do I make a referral to the MASH for a child?",
    "what training did the board run for schools?",
    "who wrote the report?",
    # a referral, a plan or a strategy as the topic, not the asker's draft
    "quick one for a referral: what's the threshold for a LADO referral?",
    "what's the timescale for a care plan?",
    "who's responsible for the strategy?",
    "what was the theme of the conference for 2021?",
    # a remark saying what the answer must give, or after two questions joined by "and"
    "what evidence is there CP plans actually helped families? any parent ratings i can quote",
    "harrow population (ons midyear) and how many children in the borough? writing a service spec",
    # an opening naming a topic with the draft is left as typed: the topic is asked about
    "writing my LADO report - how many referrals were there?",
    "doing the exploitation part of our board paper - what does the VVE group do?",
    # a draft's claim is the claims module's ("our newsletter says ...")
    "our newsletter says the MASH had 1,200 contacts - is that right?",
])
def test_questions_about_a_document_or_scoped_are_kept(question):
    assert strip_drafting(question) == question


@pytest.mark.parametrize("question, topic", [
    ("what page is the MASH data on so I can reference it?", "the MASH"),
    ("what page is the Child M learning sheet on?", "the Child M learning sheet"),
    ("what page is the Child M learning sheet on in the annual report?", "the Child M learning sheet"),
    ("where's the Child M learning sheet in the annual report so I can reference it?", "the Child M learning sheet"),
    ("page reference for the budget table please", "the budget"),
    ("which section is the LADO data in?", "the LADO"),
    ("where in the report is the missing children data?", "the missing children"),
])
def test_a_location_asked_names_its_topic(question, topic):
    assert location_topic(question) == topic


@pytest.mark.parametrize("question", [
    "what page is it on?",            # leans on the thread
    "where do I report modern slavery?",
    "how many pages is the report?",
    "what does page 7 say about the MASH?",
])
def test_no_location_topic(question):
    assert location_topic(question) is None


def test_a_page_asked_leads_the_answer(indexed_both):
    ans = indexed_both.ask("page reference for the budget table please")
    assert ans.status == "answered", ans.answer
    assert ans.answer.startswith("Where it is:") and "HSCB Budget" in ans.answer.split("\n")[0]
    assert ", p. " in ans.answer.split("\n")[0]


def test_a_remark_that_goes_on_to_ask_is_kept():
    from assistant.answer.parts import strip_aside
    q = ("is it 'Harrow Safeguarding Children Board' or 'Partnership'? doing a court report and want to say when "
         "the partnership arrangements took over from the board")
    assert strip_aside(q) == q
    assert strip_aside("signs of slavery to look out for - doing a briefing for front door staff") == \
        "signs of slavery to look out for"


def test_a_described_draft_before_the_question_is_set_aside():
    q = ("exploitation briefing that pulls together the harrow set-up and the national stuff: what's the harrow "
         "group that gets together every day about exploited young people called?")
    assert strip_drafting(q).startswith("what's the harrow group")
    # a label naming its topic is kept
    assert strip_drafting("the Child M briefing for staff: what were the findings?").startswith("the Child M")


def test_another_group_counted_keeps_the_date_not_the_group():
    from assistant.condense import condense_question
    assert condense_question([("How many children were looked after at 31 March 2021?", "184")],
                             "and how many care leavers?") == "how many care leavers were there at 31 March 2021?"


def test_where_a_document_is_names_the_heading_that_names_it(indexed_both):
    ans = indexed_both.ask("where's the Child M learning sheet in the annual report so I can reference it?")
    first = ans.answer.split("\n")[0]
    assert first.startswith("Where it is:") and "Appendix (iv) Quick Reference Learning Sheets" in first, first


def test_children_missing_education_are_not_children_who_went_missing(indexed_both):
    ans = indexed_both.ask("How many children were missing from education in Harrow?")
    assert ans.status == "not_found", ans.answer
    assert indexed_both.ask("how many children went missing in 2019-20?").status == "answered"


@pytest.mark.parametrize("question, expected", [
    # "for a staff email" is not a request for an email address
    ("which sectors does forced labour happen in? for a staff email", "tarmacking"),
    # a one-liner is what the thing is
    ("one-liner on Operation Encompass for an email to staff", "notify schools"),
    # the claim for the asker's bid is checked
    ("can I say in my bid that Harrow's rate of child protection plans is low compared with London?", "relatively low"),
    # a person's age in a case study is not a national figure
    ("Case study for training: how old was Serena when she arrived in the UK?", "15"),
    # a remark that goes on to ask is asked ("took over from": the report's "replaced")
    ("is it 'Harrow Safeguarding Children Board' or 'Partnership'? doing a court report and want to say when the "
     "partnership arrangements took over from the board", "June 2019"),
    # who does a piece of work is no post
    ("who is evaluating the Social Worker in Schools project?", "University of Cardiff"),
    # a group that gets together every day meets daily
    ("what's the harrow group that gets together every day about exploited young people called?",
     "Violence, Vulnerability and Exploitation"),
])
def test_answered_on_the_real_corpus(indexed_both, question, expected):
    ans = indexed_both.ask(question)
    assert ans.status == "answered", ans.answer
    assert expected in ans.answer


@pytest.mark.parametrize("question, heading, pages", [
    # from where the section starts to the quote's page
    ("page reference for the budget table please", "Appendix (ii) HSCB Budget 2020 to 2021", "p. 38-39"),
    # the quote that speaks of the topic, not the first one ("please, for my audit" set aside)
    ("page reference for the missing children figures please, for my audit", "CONTEXTUAL SAFEGUARDING", "p. 12-13"),
])
def test_where_it_is_names_the_topics_section_and_pages(indexed_both, question, heading, pages):
    first = indexed_both.ask(question).answer.split("\n")[0]
    assert first.startswith("Where it is:") and heading in first and pages in first, first


@pytest.mark.parametrize("question", [
    # a draft whose name says whom or what it is about is kept
    "what are the main signs of exploitation for our schools bulletin",
    "how many FGM cases were audited for our health safeguarding audit",
])
def test_a_draft_named_by_its_topic_is_kept(question):
    assert strip_drafting(question) == question
