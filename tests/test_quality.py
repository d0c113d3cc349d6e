"""Behaviours behind answer quality (issue 4), pinned on the real corpus.

Each test names the mechanism it protects: glossary answers, list answers, numeric and
table answers, who-questions across sections, and the ``not_found`` rule.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.answer.extractive import ExtractiveAnswerer
from assistant.answer.structure import enumerates
from assistant.answer.question_shape import asked_acronym, question_type
from assistant.glossary import load_glossary, mine_definitions


# -- pure functions -------------------------------------------------------------------------

@pytest.mark.parametrize("question,expected", [
    ("How many children went missing in 2019-20?", "number"),
    ("What percentage of ICPCs led to a plan?", "number"),
    ("What is the population of Harrow?", "number"),
    ("How often is the Missing Persons Meeting held?", "frequency"),
    ("What does MARAC stand for?", "define"),
    ("What is MASH?", "define"),
    ("What is contextual safeguarding?", "define"),
    ("What is the recommended IRO caseload?", "general"),
    ("what was the HSCB's total budget in 2019-20?", "number"),
    ("Who were the keynote speakers?", "who"),
    ("What were the key findings of the Child M review?", "list"),
    ("What case is the new Learned Lessons Review looking at?", "general"),
    ("what different forms can modern slavery take?", "list"),
    ("What kind of review was held into Family A?", "general"),
    ("when covid hit bed capacity, what did they set up?", "general"),
    ("When did the LSCB end?", "when"),
    ("how old was Serena from Gambia when she got to the UK?", "number"),
    ("What are the HSP's Priorities?", "list"),
    ("Which organisations ran workshops at the conference?", "list"),
    ("what topics did the specialist courses cover?", "list"),
    ("What does the LADO do?", "general"),
    ("What process was followed?", "general"),
    ("during covid which month saw the highest number of referrals ever seen?", "when"),
    ("when did CAMHS see their highest ever number of referrals?", "when"),
    ("what % of harrows missing children in 19/20 were black or black british", "number"),
    ("what is nazir afzal's job?", "general"),
    # a plural asked for after two describing words is a list (tenth session)
    ("which specialist training topics did the HSCB prioritise this year?", "list"),
    ("What did the inspectors say about how grown-up Harrow's partnership working is?", "general"),
    ("what sort of tags are being used in the mayors project?", "general"),
    ("s11 audits - what are agencies expected to have in place?", "list"),
    # "no. of" is "number of"; a month asked about with a period between (eleventh session)
    ("no. of kids on CP plans at 31 march 2021?", "number"),
    ("UCT - in which month during lockdown did referrals peak?", "when"),
])
def test_question_types(question, expected):
    assert question_type(question) == expected


def test_asked_acronym_only_for_acronym_questions():
    assert asked_acronym("What does LADO stand for?") == "LADO"
    assert asked_acronym("what is MASH?") == "MASH"
    # (a capital "What" starts most typed questions)
    assert asked_acronym("What is MASH?") == "MASH"
    assert asked_acronym("What is the NRM?") == "NRM"
    assert asked_acronym("What's CSPR?") == "CSPR"
    assert asked_acronym("What is the MASH threshold?") is None
    # (the words of practitioners trained abroad: "the meaning of", "the full form of")
    assert asked_acronym("What is the meaning of LADO?") == "LADO"
    assert asked_acronym("Please explain the meaning of the acronym MARAC. Thank you") == "MARAC"
    assert asked_acronym("kindly tell me the full form of CSPR") == "CSPR"
    assert asked_acronym("what is the meaning of LADO for the school?") is None
    assert asked_acronym("What does the report say about MASH contacts?") is None
    assert asked_acronym("What is the recommended IRO caseload?") is None
    # the acronym first, then the question about it
    assert asked_acronym("ECINS - what does it stand for? the info sharing system the VVE lot use") == "ECINS"
    assert asked_acronym("DSL: what does that mean") == "DSL"
    assert asked_acronym("MASH - what did it do in lockdown?") is None
    assert asked_acronym("ECINS - what does it actually stand for?") == "ECINS"
    assert asked_acronym("whats ECINS short for? the info sharing system the VVE group uses") == "ECINS"
    # a topic first, then the acronym asked about
    assert asked_acronym("the TARA service in glasgow for trafficked women - what's TARA?") == "TARA"
    assert asked_acronym("the IRO advocacy bit - what did it say?") is None


def test_definitions_are_mined_with_matching_initials():
    text = ("The Violence, Vulnerability and Exploitation Operational Group (VVE): meets daily. "
            "The MASH (Multi-agency Safeguarding Hub) and a new panel (MARAC) were discussed.")
    vve = mine_definitions("VVE", text)
    assert [e for _, _, e in vve] == ["Violence, Vulnerability and Exploitation Operational Group"]
    assert text[vve[0][0]:vve[0][1]].endswith("(VVE)")
    assert [e for _, _, e in mine_definitions("MASH", text)] == ["Multi-agency Safeguarding Hub"]
    # "a new panel (MARAC)": the words before the brackets do not spell MARAC
    assert mine_definitions("MARAC", text) == []
    # in lower case the initials must be exactly the acronym's; "(STCs)" is plural
    text = "young offender institutions (YOIs) and secure training centres (STCs) are entitled"
    assert [e for _, _, e in mine_definitions("STC", text)] == ["secure training centre"]
    assert [e for _, _, e in mine_definitions("YOI", text)] == ["young offender institution"]
    assert mine_definitions("SEC", text) == []


def test_glossary_spells_out_acronyms_for_the_embedding_model():
    from assistant.glossary import load_glossary

    g = load_glossary()
    assert g.spell_out("what % left on an SGO?") == "what % left on an SGO (Special Guardianship Order)?"
    assert g.spell_out("what does the SAR say?") == "what does the SAR say?"  # ambiguous: left alone
    assert g.spell_out("HSCB courses", skip=lambda acr: acr == "HSCB") == "HSCB courses"
    assert "young carers" in g.expand("how many children looking after a poorly or shielding mum or dad?")
    assert "young carers" not in g.expand("how many children are looked after by the council?")


def test_modal_verbs_and_indefinite_pronouns_carry_no_weight():
    from assistant.keywords import analyze

    # "what are the signs someone might be a victim" weighed "might" highest before
    assert analyze("signs someone might be a victim of modern slavery") == ["sign", "victim", "modern", "slaveri"]
    assert "may" in analyze("in May 2020")  # a month, kept


def test_glossary_expands_acronyms_and_everyday_phrases():
    g = load_glossary()
    assert "Multi-Agency Risk Assessment Conference" in g.expand("When does a MARAC meet?")
    assert "missing" in g.expand("how many kids run away from care")
    assert "care leavers" in g.expand("how many youngsters aged out of care last year")
    assert "restraint" in g.expand("were his parents tying him down?")
    assert "funded" in g.expand("who bankrolls the school social workers?")
    assert "anonymously" in g.expand("can i report without giving my name")
    assert g.terms["SAR"].ambiguous


def test_refusal_rule_boundaries():
    rule = ExtractiveAnswerer.__new__(ExtractiveAnswerer)
    rule.min_relevance = 0.25
    assert rule.is_unanswerable(0.20, 0.30)         # nothing remotely similar
    assert not rule.is_unanswerable(0.24, 1.0)      # dissimilar chunk, but it holds every word
    assert rule.is_unanswerable(0.39, 0.04)         # moderately similar, question's words absent
    assert not rule.is_unanswerable(0.34, 0.23)     # a paraphrase: loosely similar, some words shared
    assert not rule.is_unanswerable(0.40, 0.50)     # moderately similar, passage holds the words
    assert not rule.is_unanswerable(0.60, 0.05)     # semantically close (paraphrase)


# -- end to end on the bundled corpus -----------------------------------------------------------

def test_acronym_answer_cites_where_the_corpus_spells_it_out(indexed):
    ans = indexed.ask("What does MARAC stand for?")
    assert ans.status == "answered"
    assert "Multi-agency Risk Assessment Conference" in ans.answer
    quote = ans.citations[0].quote
    assert len(ans.citations) == 1 and "MARAC" in quote and "Multi-agency Risk Assessment Conference" in quote
    assert any(ans.citations[0].quote in p.chunk.text for p in ans.retrieved)


def test_ambiguous_acronym_says_so(indexed):
    ans = indexed.ask("What does SAR stand for?")
    assert "Safeguarding Adult Review" in ans.answer and "Subject Access Request" in ans.answer


def test_acronym_known_only_to_glossary_is_answered_without_a_citation(indexed):
    ans = indexed.ask("What does MAPPA stand for?")
    assert "Multi-Agency Public Protection Arrangements" in ans.answer
    assert "glossary" in ans.answer and ans.citations == []


@pytest.mark.parametrize("acronym,expansion,page", [
    ("FGM", "Female Genital Mutilation", 22),
    ("NEET", "Not in Education, Employment or Training", 24),
    ("BLM", "Black Lives Matter", 25),
])
def test_acronym_spelled_out_by_a_section_heading_cites_that_section(indexed, acronym, expansion, page):
    # found by a new user: the report's headings "Female Genital Mutilation (FGM)" etc. were
    # not mined, so the answer said the documents do not spell the term out
    ans = indexed.ask(f"What does {acronym} stand for?")
    assert ans.status == "answered" and expansion in ans.answer and "glossary" not in ans.answer
    (cit,) = ans.citations
    assert cit.section.split(" > ")[-1] == f"{expansion} ({acronym})" and cit.page == page
    assert any(cit.quote in p.chunk.text for p in ans.retrieved if p.chunk.section == cit.section)
    # "what is" also quotes what the report says under the heading
    ans = indexed.ask(f"What is {acronym}?")
    assert expansion in ans.answer and ans.citations[0].quote in ans.answer


@pytest.mark.parametrize("sentence,expected", [
    ("Poverty, lack of education, economic imbalances and war are some of the key drivers.", True),
    ("e.g. safeguarding policies and procedures; staff training; safer recruitment; and internal monitoring.", True),
    ("Harrow, like other boroughs, saw a rise.", False),
    ("Her expertise is in early intervention and adolescent risk.", False),
    ("The review was published in March and shared with partners.", False),
])
def test_inline_enumerations(sentence, expected):
    assert enumerates(sentence) is expected


def test_list_question_returns_a_list_printed_without_bullets(indexed):
    ans = indexed.ask("What topics did the specialist courses put their emphasis on?")
    assert all(t in ans.answer for t in ("Grooming", "Honour Based Violence", "Managing Allegations"))


def test_paraphrase_is_answered_by_meaning_when_no_sentence_shares_its_words(indexed):
    # no sentence says "grown-up": word overlap is weak everywhere, so dense similarity
    # decides (PARAPHRASE_LEX / PARAPHRASE_DENSE_BOOST) and the "maturity" sentence leads
    ans = indexed.ask("What did the inspectors say about how grown-up Harrow's partnership working is?")
    assert ans.status == "answered" and "maturity" in ans.answer


def test_list_question_answered_by_a_table_lists_its_rows(indexed):
    ans = indexed.ask("Which agencies contributed to the HSCB budget?")
    assert all(t in ans.answer for t in ("Harrow Council", "Police / MOPAC", "National Probation Service"))
    assert ans.answer.count("\n- ") >= 3  # one bullet per row


def test_list_question_on_a_sub_total_takes_that_block_of_the_table(indexed):
    # "Delivery Costs Total:" names the block; the table is split over two chunks, so
    # the block starts in the chunk before ("Council charges", "Annual Conference")
    ans = indexed.ask("hscb 20/21 outturn - what are the lines under delivery costs?")
    assert all(t in ans.answer for t in ("Council charges", "Venue Hire", "Catering", "Publications")), ans.answer
    assert "Police / MOPAC" not in ans.answer and "LSCB Chair" not in ans.answer  # other blocks
    assert ans.answer.count("HSCB Budget & Expenditure 2020-21") == 1  # the table title once


def test_list_question_about_one_labelled_item_quotes_that_item(indexed_both):
    # "Types of slavery include:" lists labelled items; the question names one label
    ans = indexed_both.ask("what are the conditions like for someone in domestic servitude?")
    assert all(t in ans.answer for t in ("little or no pay", "minimal privacy")), ans.answer
    assert len(ans.citations) == 1 and "SEXUAL EXPLOITATION" not in ans.answer


def test_question_spelling_out_its_own_acronym_is_answered(indexed):
    # "SWIS" is not in the corpus, but the question spells it out and the corpus has
    # "The Social Worker in Schools Project started in November 2020"
    ans = indexed.ask("when did the SWIS (social workers in schools) project kick off?")
    assert ans.status == "answered" and "November 2020" in ans.answer, ans.answer


def test_who_question_prefers_a_name_in_the_sentence_over_one_in_its_heading(indexed_both):
    # every sentence under "Social Worker in Schools" has a name in its heading; the one
    # that names the funder ("Department for Education", a name with a connective) is quoted
    ans = indexed_both.ask("who bankrolls having council social workers based inside secondaries?")
    assert "Department for Education" in ans.answer, ans.answer


def test_a_question_not_asking_for_a_list_is_not_answered_with_one(indexed):
    # the best unit sits in a list of achievements; the answer is one sentence elsewhere
    ans = indexed.ask("is multi-agency training going back to the classroom or staying on teams?")
    assert "blended" in ans.answer, ans.answer


def test_who_do_i_ring_is_answered_with_a_number(indexed_both):
    ans = indexed_both.ask("if i want to report forced labour without giving my name, who do i ring?")
    assert ans.status == "answered" and "0800 555 111" in ans.answer, ans.answer


def test_list_question_takes_the_table_rows_it_names(indexed):
    # "Harrow at a Glance" mixes population, schools and caseload rows: the school rows
    ans = indexed.ask("what kinds of schools does the borough have?")
    assert all(t in ans.answer for t in ("Primary Schools", "Through Schools", "Special Schools", "Independent Schools"))
    assert "Child Protection Plans" not in ans.answer and "MASH" not in ans.answer


def test_list_question_prefers_the_list_its_heading_says_it_is(indexed):
    # the workshops list's items share few words with the question; its heading and
    # lead-in ("Conference Workshops ... specialist workshops:") do (LIST_HEAD_DENSE)
    ans = indexed.ask("Which organisations ran workshops at the 2021 safeguarding conference?")
    assert all(t in ans.answer for t in ("Red Thread", "Ignite", "Rescue & Response")), ans.answer


def test_passages_the_answer_cites_come_first(indexed):
    # a list question looks 16 deep; the list the answerer picks is put first among the
    # passages, and the retriever's own ranks are kept beside them
    ans = indexed.ask("Which organisations ran workshops at the 2021 safeguarding conference?")
    assert "Red Thread" in ans.retrieved[0].chunk.text
    ranks = ans.extra["retriever_ranks"]
    assert sorted(ranks) == list(range(1, len(ans.retrieved) + 1))
    cited = {c.quote for c in ans.citations}
    assert all(any(q in p.chunk.text for q in cited) for p in ans.retrieved[:len({c.n for c in ans.citations})])


def test_list_question_returns_the_whole_list(indexed):
    ans = indexed.ask("What were the key findings of the Family A review?")
    quotes = "\n".join(c.quote for c in ans.citations)
    assert quotes.count("- The need") >= 4
    assert "self-neglect and hoarding" in ans.answer
    assert "Perplexing Presentations" in ans.answer


def test_numeric_answer_takes_the_continuing_sentence(indexed):
    ans = indexed.ask("How many of the electively home educated children were girls?")
    assert "154" in ans.answer


def test_table_answer_shows_row_with_column_headers(indexed):
    ans = indexed.ask("How much did Harrow Council contribute to the HSCB budget?")
    assert "162,417" in ans.answer
    assert "Outturn" in ans.answer          # the column header, outside the verbatim quote
    assert "| " in ans.citations[0].quote   # the quote is the row itself


def test_who_question_names_people_from_sibling_sections(indexed):
    ans = indexed.ask("Who were the keynote speakers at the 2021 safeguarding conference?")
    assert "Nazir Afzal" in ans.answer and "Dez Holmes" in ans.answer


def test_paraphrase_reaches_the_documents_terms(indexed):
    ans = indexed.ask("how many kids in care ran away in 2019-20?")
    assert ans.status == "answered" and "33" in ans.answer


@pytest.mark.parametrize("question", [
    "What will the weather be in Harrow tomorrow?",
    "Who won the Premier League last season?",
    "What is the recipe for a Victoria sponge cake?",
    "How many children were on child protection plans in Manchester in 2020?",
    # near-topic: refused on evidence (a numbered section, another period, a phone number,
    # a title the corpus never uses, another area, an unknown acronym, an email address)
    "can you quote me the exact wording of section 11 of the Children Act 2004?",
    "what was the HSCB's total budget in 2019-20?",
    "what's the hscb budget for 2021-22?",
    "what's the out of hours emergency duty team number for Harrow children's services?",
    "Who is the current Anti-Slavery Commissioner?",
    "how many contacts did brent's MASH get in 2020-21?",
    "what ofsted grade did harrow children's services get at the last ILACS inspection?",
    "what's the email address to send a MASH referral form to in harrow?",
    "how many prevent referrals for radicalisation came from harrow schools last year?",
    "whats the name of harrow's designated nurse for safeguarding children?",
    # a figure dated by the sentence before it ("In the period 2019 to 2020 ... for the same
    # period to 198"), and a count of weeks nobody gives
    "how many missing episodes did harrow record in 2020-21?",
    "private fostering - how many weeks notice do parents have to give the council before the placement starts?",
])
def test_out_of_corpus_questions_are_not_found(indexed, question):
    ans = indexed.ask(question)
    assert ans.status == "not_found" and ans.citations == []


def test_a_figure_for_another_year_is_not_an_answer(indexed_both):
    # the modern-slavery pages say "90 were UK nationals in 2013"
    ans = indexed_both.ask("how many harrow children were referred into the NRM in 2020?")
    assert ans.status == "not_found" and ans.citations == [], ans.answer


def test_a_figure_dated_to_the_asked_year_beats_a_better_matching_one(indexed):
    # "Age Profile of Children Looked After year ending 31.03.20" dates the list item;
    # "Number of Children Looked After (LAC) (31st March 2021) | 184" matches more words
    ans = indexed.ask("what share of children looked after were toddlers/preschool age (1-4) at the end of march 2020?")
    assert ans.status == "answered" and "15.9%" in ans.answer, ans.answer


def test_a_count_asked_now_gives_the_latest_figure(indexed):
    # "In April 2019, there were 281 children with Child Protection Plans" matches as many
    # words and is more similar; the Harrow at a Glance row is the figure at 31 March 2021
    ans = indexed.ask("How many children are on child protection plans in Harrow?")
    assert ans.status == "answered" and "298" in ans.answer, ans.answer
    # ... and leads with it when the older figure is quoted too (found by a new user)
    assert "281" not in ans.answer or ans.answer.index("298") < ans.answer.index("281"), ans.answer


def test_count_figures_leaves_out_ages_dates_spans_years_and_percentages():
    from assistant.answer.text_evidence import count_figures

    assert count_figures("little difference for Harrow care leavers aged 17 and 18 but for those aged 19-21") == []
    assert [n.strip() for n in count_figures("On 31/03/2020 there were 194 young people who had recently left")] == ["194"]
    assert [n.strip() for n in count_figures("Number of Children Looked After (31st March 2021) | 184")] == ["184"]
    assert count_figures("over the past three years, 13.8% in 2019/20") == []
    # (a month word is a date only beside a day: "12 may need help" counts 12)
    assert [n.strip() for n in count_figures("12 may need help; 12 married couples")] == ["12", "12"]


def test_a_count_answer_with_no_count_gives_way_to_a_unit_with_one(indexed):
    # found by a break-it helper: "how many care leavers are there?" was answered by a NEET
    # comparison whose only figures are ages ("aged 17 and 18", "19-21")
    ans = indexed.ask("how many care leavers are there?")
    assert ans.status == "answered" and "194" in ans.answer.split("[1]")[0], ans.answer


def test_a_count_for_a_bare_year_is_answered_by_the_period_covering_it(indexed):
    # found by a break-it helper: "... in 2020?" was refused as "figures for 2020" because
    # the 31 March 2021 row scored best; "The Looked After population for 2019/20 ranged
    # from 170 to 186" covers 2020
    ans = indexed.ask("how many children were looked after in 2020?")
    assert ans.status == "answered" and "170" in ans.answer and "186" in ans.answer, ans.answer
    # a year no passage covers is still refused
    assert indexed.ask("how many children were looked after in 2015?").status == "not_found"


def test_a_count_asked_about_an_earlier_time_is_not_moved_to_the_latest_year():
    from assistant.answer.extractive import _CURRENT_COUNT_Q, _PAST_Q

    for q in ("How many children are on child protection plans in Harrow?", "how many kids are in care at the moment",
              "How many children in care does Harrow have?"):
        assert _CURRENT_COUNT_Q.search(q) and not _PAST_Q.search(q), q
    # a plain past tense with no year asks for the latest reported figure too (found by a
    # new user: "how many children were on child protection plans?" led with 2019's 281)
    for q in ("How many children went missing?", "how many children were on child protection plans?"):
        assert _CURRENT_COUNT_Q.search(q) and not _PAST_Q.search(q), q
    for q in ("how many were on CP plans the year before?", "how many children were previously on plans?"):
        assert not (_CURRENT_COUNT_Q.search(q) and not _PAST_Q.search(q)), q


def test_a_count_for_a_group_is_answered_by_the_row_naming_the_group(indexed):
    # the ethnicity table of missing children ("Black or Black British | 30 | 36.1%") was
    # outscored by "... 83 children went missing ...", which names no ethnicity, so the
    # answer was refused as not giving "figures for that group"
    ans = indexed.ask("How many children who go missing are black?")
    assert ans.status == "answered" and "30" in ans.answer and "Black" in ans.citations[0].quote, ans.answer
    # a group the documents give no figure for is still refused
    ans = indexed.ask("how many of the children who went missing were girls?")
    assert ans.status == "not_found", ans.answer
    # ... and so is the group named before "children" (found by a break-it helper: "how many
    # Black children went missing?" gave the total of 83)
    ans = indexed.ask("how many Black children went missing?")
    assert ans.status == "answered" and ans.citations[0].quote.startswith("Black or Black British"), ans.answer
    # a figure for another group does not stand in ("no exclusions in the India/Asian group")
    assert indexed.ask("how many black caribbean boys were excluded?").status == "not_found"


def test_children_in_care_now_is_answered_by_the_looked_after_count(indexed):
    # "in care" is named "Looked After (LAC)" in the report; asked now, the 31 March 2021
    # count beats the care leavers' figure dated 31/03/2020
    ans = indexed.ask("how many kids are in care at the moment")
    assert ans.status == "answered" and "184" in ans.answer, ans.answer
    # found by a break-it helper: the plain question led with "33 from Local Authority
    # Care" (missing children), and "... in Harrow?" did not retrieve the table at all:
    # the reranker now counts "looked after" as naming the question's "in care"
    for q in ("how many children are in care?", "How many children are in care in Harrow?"):
        ans = indexed.ask(q)
        assert ans.status == "answered" and ans.citations[0].quote.startswith("Number of Children Looked After"), (q, ans.answer)


def test_figures_for_the_asked_period_are_still_answered(indexed):
    ans = indexed.ask("how many children went missing in 2019-20?")
    assert ans.status == "answered" and "83" in ans.answer
    ans = indexed.ask("How many contacts did the MASH receive in 2020/21?")
    assert ans.status == "answered" and "9,971" in ans.answer


def test_low_similarity_but_covered_question_is_answered(indexed):
    # the hoarding table is mostly tick marks, so similarity is low; its words are there
    ans = indexed.ask("At which hoarding level do bugs first appear?")
    assert ans.status == "answered" and "LEVEL 4" in ans.answer


def test_year_and_type_filters(indexed):
    from assistant.store import Filters

    assert indexed.ask("How many children went missing?", filters=Filters(year=2020)).status == "answered"
    # a 2020-21 report is found by either of its years
    assert indexed.ask("How many children went missing?", filters=Filters(year=2021)).status == "answered"
    none = indexed.ask("How many children went missing?", filters=Filters(year=1999))
    assert none.status == "not_found" and not none.retrieved


# -- sentence-level reranker ----------------------------------------------------------------

@pytest.mark.parametrize("question,fact", [
    ("What were Perplexing Presentations formerly called?", "Fabricated or Induced Illness"),
    # (not "outside the family home": the glossary now sends that to contextual
    # safeguarding, and the fused ranking alone finds the chunk)
    ("Which university is Harrow working with on risks to young people beyond their families?", "Bedfordshire"),
])
def test_reranker_lifts_the_chunk_holding_the_sentence(indexed, question, fact):
    """Both facts sit in one sentence of a long chunk: the fused hybrid ranking leaves that
    chunk outside the top 5; scoring the chunk by its best unit brings it in."""
    retriever = indexed.retriever
    assert retriever.reranker is not None
    top = retriever.retrieve(question, k=5)
    assert any(fact in p.chunk.text for p in top)
    plain = retriever.model_copy(update={"reranker": None})
    assert not any(fact in p.chunk.text for p in plain.retrieve(question, k=5))


def test_reranker_scores_follow_the_best_unit(indexed):
    from ingest.models import Passage

    reranker = indexed.reranker
    gen = indexed.store.live()
    q = "How many missing episodes were recorded in 2019-20?"
    holder = next(c for c in gen.chunks if "total number of missing episodes" in c.text)
    other = next(c for c in gen.chunks if c.source == holder.source and "missing" not in c.text.lower())
    vec = indexed.embedder.embed_one(q)
    # same rank position given to each in turn: the chunk with the answering sentence wins
    s_holder = reranker.scores(q, [Passage(holder, 1.0), Passage(other, 1.0)], vec)[0]
    s_other = reranker.scores(q, [Passage(other, 1.0), Passage(holder, 1.0)], vec)[0]
    assert s_holder > s_other + 0.2


# -- evidence the question asks for ---------------------------------------------------------

def test_periods_are_normalised():
    from assistant.answer.extractive import periods

    assert periods("in 2019-20 and 2019/2020, 2019 to 2020") == {"2019-20"}
    assert periods("PRIORITIES FOR 2020 – 2021") == {"2020-21"}
    assert periods("between 2015 and 2019; 31 March 2021") == set()


def test_missing_evidence_rules():
    from assistant.answer.refusal_rules import missing_evidence as miss

    phone_q = "what's the out of hours emergency duty team number for Harrow children's services?"
    assert miss(phone_q, "general", ["The EDT covers nights and weekends."]) == "a telephone number for this"
    assert miss(phone_q, "general", ["Call the EDT on 020 8424 0999."]) is None
    assert miss("how many FGM cases were identified?", "number", ["FGM training was delivered."]) == "this figure"
    assert miss("how many FGM cases were identified?", "number", ["Covid-19 restricted visits."]) == "this figure"
    assert miss("How many professionals explored it?", "number", ["Only one professional explored it."]) is None
    assert miss("how long has it been going?", "number", ["It was founded in 1996."]) is None
    assert miss("what was the total budget in 2019-20?", "number", ["Total | 192,457"],
                context="Total | 192,457\nHSCB Budget & Expenditure 2020-21") == "figures for 2019-20"
    assert miss("what was the total budget in 2020/21?", "number", ["Total | 192,457"],
                context="Total | 192,457\nHSCB Budget & Expenditure 2020-21") is None
    assert miss("What is the population of Birmingham?", "number", ["Overall Population | 252,300"],
                passage_text="Harrow at a Glance Overall Population | 252,300") is not None
    assert miss("What is the population of Harrow?", "number", ["Overall Population | 252,300"],
                passage_text="Harrow at a Glance Overall Population | 252,300") is None
    assert miss("quote section 11 of the Children Act 2004", "general", ["9 Section 16 F Children Act 2004"]) == "anything on section 11"
    assert miss("what does level 4 hoarding look like?", "general", ["Bugs | | | | ✓ | ✓"],
                context="Bugs | | | | ✓ | ✓\n | LEVEL 1 | LEVEL 2 | LEVEL 3 | LEVEL 4 | LEVEL 5") is None


def test_the_period_asked_about_is_answered(indexed):
    ans = indexed.ask("what was the HSCB's total budget in 2020-21?")
    assert ans.status == "answered" and "192,457" in ans.answer


def test_acronym_spelled_out_only_in_a_footnote(indexed):
    """ECINS is expanded only in footnote 11 of the report; the footnote now travels with
    the sentence that uses ECINS, and a footnote line whose initials are the acronym
    counts as its definition."""
    from assistant.glossary import mine_definitions

    text = "a secure system - ECINS, which enables case management.\n11 Empowering Communities with Integrated Networks"
    assert [e for *_, e in mine_definitions("ECINS", text)] == ["Empowering Communities with Integrated Networks"]
    assert mine_definitions("ECINS", "11 Empowering Communities with Integrated Networks") == []  # acronym unused
    ans = indexed.ask("What does ECINS stand for?")
    assert ans.status == "answered" and "Empowering Communities with Integrated Networks" in ans.answer
    assert ans.citations and ans.citations[0].page is not None


def test_footnote_that_supplies_the_asked_word_is_quoted_beside_its_sentence(indexed):
    ans = indexed.ask("Which Act requires the safeguarding partners to be open to independent scrutiny?")
    assert ans.status == "answered"
    assert "independent scrutiny" in ans.answer and "Children Act 2004" in ans.answer
    assert "Footnote 4: Section 16 G (3) Children Act 2004" in ans.answer
    assert any(c.quote == "4 Section 16 G (3) Children Act 2004" for c in ans.citations)


def test_case_named_in_the_question_keeps_the_answer_on_that_case(indexed):
    from assistant.answer.extractive import case_names

    assert case_names("What was Child M's family background?") == ["child m"]
    ans = indexed.ask("What kind of review was held into Family A?")
    assert ans.status == "answered" and "Safeguarding Adult Review" in ans.answer
    assert all("Family A" in c.section or "Family A" in c.quote for c in ans.citations)


def test_a_sentence_introducing_a_list_is_quoted_with_it():
    from assistant.answer.structure import Unit, with_continuation

    units = [
        Unit(0, 0, 60, "paragraph", "Specialists from many services attended the forum, including", 0),
        Unit(0, 61, 80, "list_item", "- Clinical Psychology", 1),
        Unit(0, 81, 95, "list_item", "- Kate Cairns", 2),
        Unit(0, 96, 140, "paragraph", "The forum met online during the lockdowns.", 3),
    ]
    assert with_continuation(units, [0]) == [0, 1, 2]
    assert with_continuation(units, [3]) == [3]
    plain = [Unit(0, 0, 40, "paragraph", "Specialists attended the forum.", 0), units[1]]
    assert with_continuation(plain, [0]) == [0]


def test_sentence_completing_the_best_one_is_quoted_with_it(indexed):
    ans = indexed.ask("when covid hit bed capacity for young people with acute mental illness, what did "
                      "they set up so they weren't assessed in unsuitable hospital settings?")
    assert ans.status == "answered" and "emergency assessment hub" in ans.answer


def test_scene_setting_clause_counts_less_than_the_asking_clause(indexed):
    from assistant.answer.extractive import scene_setting_stems

    assert scene_setting_stems("LADO figures are down - what risk are they still mindful of?") == {"lado", "figur"}
    assert scene_setting_stems("How many children, in total, went missing?") == set()
    ans = indexed.ask("local authority designated officer figures are down - what risk are they still mindful of?")
    assert ans.status == "answered" and "on-line" in ans.answer


def test_other_areas_unknown_acronyms_and_contact_details_are_not_invented(indexed):
    from assistant.answer.text_evidence import named_places, spelled_out

    assert named_places("how many contacts did brent's MASH get in 2020-21?") == ["brent"]
    assert named_places("kingston upon thames figures") == ["kingston upon thames"]
    assert spelled_out("BME", "outcomes for black and minority ethnic children")
    assert spelled_out("ASB", "to prevent anti-social behaviour later")
    assert not spelled_out("ILACS", "an inspection of local authority services")
    assert spelled_out("SWIS", "the Social Worker in Schools Project")  # "in" counted
    # (the refusals are in test_out_of_corpus_questions_are_not_found) the corpus's own
    # area and acronyms it uses still answer
    assert indexed.ask("how many contacts did harrow's MASH get in 2020-21?").status == "answered"
    assert indexed.ask("how much went on SCRs and independent auditing last year").status == "answered"


def test_glossary_acronym_whose_full_name_the_documents_use_is_cited():
    from assistant.answer.extractive import ExtractiveAnswerer
    from ingest.models import Chunk, Passage

    text = "Potential victims are referred to the National Referral Mechanism for support."
    chunk = Chunk(id="guide.html#0", source="guide.html", title="Guide", section="Report it",
                  page_start=None, page_end=None, text=text, kind="paragraph", metadata={},
                  line_pages=[None], line_kinds=["paragraph"])
    answerer = ExtractiveAnswerer.__new__(ExtractiveAnswerer)
    answerer.glossary = load_glossary()
    ans = answerer._define("What does NRM stand for?", "NRM", [Passage(chunk, 1.0)])
    assert ans.status == "answered" and "National Referral Mechanism" in ans.answer
    assert [c.quote for c in ans.citations] == [text]


def test_pasted_contact_details_do_not_turn_a_question_into_a_request_for_them(indexed):
    ans = indexed.ask("mum's mobile is 07700 900123, what does the report say about neglect?")
    assert ans.status == "answered" and "07700" not in ans.question
    bell = indexed.ask("what is MASH\x07\x1b[31m?")
    assert "\x1b" not in bell.question and "\x07" not in bell.question


def test_stated_counts_and_inline_enumerations():
    from assistant.answer.structure import enumeration_counts
    from assistant.answer.question_shape import stated_count

    assert stated_count("which three organisations are the statutory safeguarding partners?") == (3, "organisations")
    assert stated_count("each of the 3 partnership priorities has a strapline - what are they?") == (3, "priorities")
    assert stated_count("cp plans lasting 2 yrs or more - what are the reasons?") is None
    assert stated_count("how many of the 6 secondary schools joined?") is None
    for not_a_count in ("which schools had three or more exclusions in 2021?", "what about 3 and 4 year olds?",
                        "what are the 10 minute briefings on?", "what do key stage 3 lessons cover?"):
        assert stated_count(not_a_count) is None, not_a_count
    assert question_type("Which six secondary schools have social workers?") == "list"
    # an Oxford comma, or semicolons, before the last item
    assert enumeration_counts("These are the Council, the Board, and the Police") == {3}
    assert enumeration_counts("policies; staff training; and internal monitoring") == {3}
    # the real footnote and foreword sentences (the foreword's second "and" is ambiguous)
    assert enumeration_counts("These are Harrow Council, the NWL Clinical Commissioning Group and the Metropolitan Police") == {3}
    assert 3 in enumeration_counts("Under this banner we have prioritised our work in the fields of domestic abuse, mental "
                                   "health and well-being and contextual safeguarding, because they represent safeguarding "
                                   "cross over areas.")
    assert enumeration_counts("The three core Safeguarding Partners own the Harrow safeguarding arrangements together.") == set()


def test_a_stated_count_picks_the_sentence_naming_that_many(indexed):
    # the seven sub-headings under "The three core Safeguarding Partners ..." are not the answer
    a = indexed.ask("name the three organisations that make up harrow's statutory safeguarding partners")
    assert a.status == "answered"
    for org in ("Harrow Council", "Clinical Commissioning Group", "Metropolitan Police"):
        assert org in a.answer
    assert "Enquiry and Challenge" not in a.answer


def test_priorities_under_a_generic_heading_belong_to_the_service_before_it(indexed):
    # "PRIORITIES FOR 2020 – 2021" is set like a chapter heading after the conference section
    a = indexed.ask("what priorities has the child protection conference service set itself for 2020-21?")
    assert "hybrid model" in a.answer and "fathers’ views" in a.answer
    assert "PRIORITIES FOR 2020 – 2021" in a.citations[0].section
    assert "CHILD PROTECTION CONFERENCES" in a.citations[0].section


def test_a_percentage_question_is_answered_by_a_percentage(indexed):
    a = indexed.ask("What percentage of initial child protection conferences resulted in a child protection plan?")
    assert a.answer.startswith("Of the initial conferences, 80.3%")


def test_a_count_is_not_answered_by_a_percentage_a_trend_or_a_span():
    from assistant.answer.refusal_rules import missing_evidence

    decline = ("This showed a slight decline in the number of referrals of around 14% on the year before – and it is "
               "anticipated that this will fall again during the lockdown periods due to less direct access with children.")
    assert missing_evidence("how many allegation referrals did harrow receive in 2019-20 (the raw number not the %)?",
                            "number", [decline]) == "a count of this"
    # an acronym naming what is counted must be in the answer's passage
    assert missing_evidence("how many LADO referrals did harrow receive in 2019-20?", "number", [decline]) \
        == "figures on LADO"
    assert missing_evidence("By how much did referrals about allegations against staff decline?", "number", [decline]) is None
    assert missing_evidence("how many referrals did camhs get in september 2020 - the number?", "number",
                            ["- In August 2020, there was a surge in referrals."]) == "this figure"
    assert missing_evidence("how many cases did the harrow MARAC hear in 2020-21 - i need the number not the trend",
                            "number", ["The number of cases in which the Harrow partners have taken this action has "
                                       "remained broadly the same in the past 12 months."]) == "a count of this"
    assert missing_evidence("How many modern slavery cases were reported in the UK in 2013?", "number",
                            ["1,746 cases reported in the UK in 2013 - a 47% increase on the number of cases reported in 2012."]) is None
    assert missing_evidence("Within how many hours should a return home interview happen?", "number",
                            ["... provided with a return home interview within 72 hours of a missing episode"]) is None


def test_how_long_needs_a_length_of_time():
    from assistant.answer.refusal_rules import missing_evidence

    assert missing_evidence("NRM - how long does it take to get a decision?", "number",
                            ["UK National Referral Mechanism Statistics 2013"]) == "a length of time"
    # the event timed must be named by the sentence that gives the time ("six months" is
    # how long Serena stayed in a safe house, not how long the decision takes)
    assert missing_evidence("NRM - how long does the home office have to make the reasonable grounds decision?", "number",
                            ["UK National Referral Mechanism Statistics 2013",
                             "She found help through the National Referral Mechanism, where The Salvation Army arranged "
                             "care for her at a safe house run by Hestia, where she stayed for six months."]) == "a timescale for this"
    assert missing_evidence("whats the timescale for an RHI after a missing episode?", "general",
                            ["In the majority of cases children and young people are provided with a return home "
                             "interview within 72 hours of a missing episode"]) is None
    assert missing_evidence("how long has Research in Practice been going?", "number",
                            ["Dez is the Director of Research in Practice, a not-for-profit organisation that since 1996 "
                             "has been supporting those who work with children"]) is None
    assert missing_evidence("what was the average length of a CP plan in 2019-20, in months?", "number",
                            ["6 children had a CP Plan lasting for two years or more (2.2% of the total)"]) == "a number of months"


def test_a_table_figure_must_count_what_the_question_counts(indexed):
    # the attendance appendix has a row for LNWUHT, but it counts meetings attended, not FGM cases
    a = indexed.ask("how many FGM cases did LNWUHT actually identify in harrow in 2020-21?")
    assert a.status == "not_found" and not a.citations
    a = indexed.ask("how many of the 7 HSSP meetings did the London Fire Brigade attend?")
    assert a.status == "answered"


def test_chat_words_and_list_requests_do_not_weigh_in_a_question():
    from assistant.keywords import question_weights

    w = question_weights("what signs of modern slavery should frontline staff look out for? list them pls", {"sign": 2.0})
    assert "pls" not in w and "list" not in w and "sign" in w
    # "list" is kept where it is the topic ("keep a list of children educated at home")
    assert "list" in question_weights("does harrow keep a list of children educated at home?", {})


def test_asked_kind():
    from assistant.answer.question_shape import asked_kind

    assert asked_kind("what signs of modern slavery should frontline staff look out for?") == "signs"
    assert asked_kind("what are the main learning headings on the child M sheet?") == "headings"
    assert asked_kind("what does ECINS stand for?") == ""
    assert asked_kind("which outside services came and spoke to DSLs?") == "services"
    for q in ("what is the process?", "what happens next?", "what was discussed?"):
        assert asked_kind(q) == "", q


def test_sibling_sections_answer_a_list_question_despite_audience_words(indexed_both):
    # "frontline staff look out for" is who asks, not what: the signs are the sub-sections
    # of "How to spot the signs of modern slavery", not Unseen's one-sentence mission
    a = indexed_both.ask("what signs of modern slavery should frontline staff look out for? list them pls")
    assert a.answer.startswith("How to spot the signs of modern slavery:")
    for sign in ("PHYSICAL APPEARANCE", "ISOLATION", "RELUCTANT TO SEEK HELP"):
        assert sign in a.answer


def test_a_question_about_headings_is_answered_by_the_headings(indexed):
    a = indexed.ask("what are the main learning themes on the Child M quick reference sheet?")
    for heading in ("Multiple and uncoordinated appointments", "Use of Mechanical Restraint", "Low School Attendance"):
        assert f"- {heading}:" in a.answer


def test_money_rates_and_roles_must_be_in_the_answer():
    from assistant.answer.refusal_rules import missing_evidence

    # a helpline number and a count of slaves are not a sum of money
    assert missing_evidence("can a modern slavery survivor claim criminal injuries compensation, and how much?", "number",
                            ["You can also report it by calling the new Modern Slavery helpline on 0800 0121 700*",
                             "Modern Slavery is an international crime, affecting an estimated 29.8 million slaves"]) \
        == "an amount of money for this"
    assert missing_evidence("how much is the london congestion charge per day?", "number", ["Council charges | 21,020"],
                            context="HSCB Budget & Expenditure 2020-21 | Outturn") == "an amount per day"
    assert missing_evidence("How much did the clinical commissioning group contribute to the board's budget?", "number",
                            ["Harrow Clinical Commissioning Group | -20,000"], context="HSCB Budget 2020 to 2021") is None
    # a number to call is asked for by a phone question, and given
    assert missing_evidence("What number should I call to report slavery to the police when it is not an emergency?",
                            "number", ["Call the Police on 999 in an emergency, or 101 if it is not urgent."]) is None
    # every word of a role asked about must be in the best sentence or its heading
    assert missing_evidence("who is harrow's director of children's services?", "who",
                            ["Dez is the Director of Research in Practice, a not-for-profit organisation",
                             "A lower referral rate for specialist services in Harrow ..."], context="Dez Holmes") \
        == "who holds this role"
    assert missing_evidence("who is the independent scrutineer?", "who",
                            ["Chris Miller Independent Chair and Scrutineer Harrow Safeguarding Partnership"]) is None
    assert missing_evidence("who is responsible for the MASH?", "who", ["The MASH is run by Harrow Council."]) is None


def test_a_stated_count_nothing_lists_is_not_found(indexed):
    # the report says six social workers work in six secondary schools, but names none
    a = indexed.ask("name the six secondary schools taking part in the social workers in schools project")
    assert a.status == "not_found" and not a.citations
    assert "do not list the 6" in a.answer


def test_list_intent_in_who_and_plural_questions():
    assert question_type("who sits on the HSSP - the membership list for 2020-21?") == "list"
    assert question_type("what training + events did VAH put on in 2020-21?") == "list"
    assert question_type("who chairs the HSSP?") == "who"


def test_a_how_question_is_answered_by_the_list_its_heading_names(indexed):
    # the heading "Involving Children & Young People through:" heads the three ways
    a = indexed.ask("how does harrow involve young people in their child protection conferences?")
    for way in ("independent advocacy service", "consultation forms", "feedback from professionals"):
        assert way in a.answer
    assert len(a.citations) == 1


def test_a_helpline_footnote_from_the_page_footer_answers(indexed_both):
    # "*Information submitted via this helpline will be handled by the NSPCC ... calls being
    # recorded and listened to by supervisors" is printed in the pages' footer
    a = indexed_both.ask("is anyone else listening in when i ring the slavery phone line?")
    assert "supervisors" in a.answer
    a = indexed_both.ask("where does the 29.8 million slaves worldwide figure come from?")
    assert "Global Slavery Index" in a.answer


def test_a_question_about_the_law_needs_an_answer_that_speaks_of_it():
    from assistant.answer.refusal_rules import missing_evidence

    practice = ["current practice is to provide the decision letter in 24 hours; the child protection plan and "
                "Record of Conference (notes) within 5 working days"]
    assert missing_evidence("what's the statutory max timescale in working days for completing a child and family "
                            "assessment?", "number", practice) == "what the law or statutory guidance requires here"
    assert missing_evidence("how long before parents get the CP plan?", "number", practice) is None
    assert missing_evidence("does the council legally have to keep a register of kids being home schooled?", "general",
                            ["Whilst there is not a requirement to keep a list of children educated at home ..."]) is None


def test_a_counted_acronym_and_an_asked_unit_must_be_in_the_answer():
    from assistant.answer.refusal_rules import missing_evidence

    plans = ["- Harrow has the 12th highest number of Child Protection Plans per 10,000 population."]
    assert missing_evidence("how many NRM referrals for children came from harrow in 2020-21?", "number", plans,
                            passage_text="Scrutiny\n" + plans[0]) == "figures on NRM"
    assert missing_evidence("how many CP plans were there?", "number", ["281 children with CP Plans"]) is None
    assert question_type("what was the average length of a CP plan in harrow in 2019-20, in months?") == "number"
    assert missing_evidence("what was the average length of a CP plan in harrow in 2019-20, in months?", "number",
                            ["6 children had a CP Plan lasting for two years or more (2.2% of the total)"]) \
        == "a number of months"


def test_edge_cases_found_by_a_break_it_pass():
    from assistant.answer.refusal_rules import missing_evidence
    from assistant.keywords import question_weights

    # short chat words are dropped only in lower case: "a TA" is a teaching assistant
    assert "ta" in question_weights("What training must a TA have?", {})
    # an acronym may spell out the role asked about
    assert missing_evidence("Who is the designated safeguarding lead?", "who", ["Ms Patel is the school's DSL."]) is None
    # a sum of money counts nothing: "how many ... tagged?" is not answered by the £230,000
    # committed to tagging (held-out 74, a thread's follow-up); "how much" is
    mayor = ["Towards the end of the year London’s mayor announced that he was committing £230,000 on a project "
             "to tag domestic abusers on their release from prison."]
    assert missing_evidence("how many domestic abusers have been tagged in harrow?", "number", mayor) == "a count of this"
    assert missing_evidence("how much is the mayor putting into tagging?", "number", mayor) is None
    # the lead-in of a chart the text does not carry gives no figure
    assert missing_evidence("how many children were seen at the two hospitals for self-harm?", "number", [
        "Data for the first six months showed the following picture for the region (including children seen at "
        "the two hospital from other areas):"]) == "this figure"
    # (a lead-in carrying the figure answers)
    assert missing_evidence("How many permanent exclusions were there in 2018-2019?", "number", [
        "Our analysis found that in 2018-2019 there were 45 permanent exclusion of which 23 were categorised as "
        "“other”:"]) is None
    # ... but not a count of children who went missing that year: the figure is another count
    exclusions = ["Our analysis found that in 2018-2019 there were 45 permanent exclusion of which 23 were "
                  "categorised as “other”:"]
    assert missing_evidence("How many children went missing in 2018-19?", "number", exclusions) == "figures on this"
    assert missing_evidence("how many kids ran away in 2018-19?", "number", exclusions) == "figures on this"
    assert missing_evidence("How many children went missing in 2019-20?", "number", [
        "In the period 2019 to 2020 a total number of 83 children went missing for a period"]) is None
    # a role held by a person needs a person's name in the answer
    assert missing_evidence("Who is the independent chair?", "who",
                            ["Independent Chair | ATTENDANCE OUT OF 4 MEETINGS: 4"]) == "who holds this role"
    # "the year before" is not a length of time; "until the child's 25th birthday" is
    assert missing_evidence("How long does the Home Office have to decide on a referral?", "number",
                            ["a slight decline of around 14% on the year before"]) == "a length of time"
    assert missing_evidence("how long are records kept?", "number", ["Records are kept until the child's 25th birthday."]) is None
    # a helpline number is not a count of calls
    assert missing_evidence("How many calls does the modern slavery helpline get per day?", "number",
                            ["You can report it by calling the Modern Slavery helpline on 0800 0121 700*"]) == "this figure"


def test_a_question_asking_two_things_is_split_into_standalone_parts():
    from assistant.answer.parts import question_parts

    # a topic set before the question goes with every part (a first part that itself
    # points back to the topic is no scene for the second)
    assert question_parts("Serena's story - where was she from and how old was she when she got to the UK?") == [
        "Serena's story - where was she from",
        "Serena's story - how old was she when she got to the UK?"]
    # the person asked about stays in a later part that points back
    assert question_parts("re [NAME] - where was serena from and how old was she?")[1] == \
        "re [NAME] - where was serena from - how old was she?"
    assert question_parts("whats the population of harrow? how many children live there?")[1] == \
        "whats the population of harrow - how many children live there?"
    assert question_parts("what is MASH and also what is MARAC?") == ["what is MASH", "what is MARAC?"]
    # a count with no noun of its own points back too
    assert question_parts("how many kids went missing in 19/20 and how many were from care?")[1] == \
        "how many kids went missing in 19/20 - how many were from care?"
    assert question_parts("what is mash and and how does it work?") == ["what is mash", "what is mash - how does it work?"]
    # an elided noun is restored from the next part
    assert question_parts("how many primary and how many secondary schools does harrow have?") == [
        "how many primary schools does harrow have?", "how many secondary schools does harrow have?"]
    # a part that points back keeps the first part as scene-setting
    assert question_parts("what is MASH and how does it work?") == ["what is MASH", "what is MASH - how does it work?"]
    assert question_parts("What is a LADO? Who is Harrow's LADO?") == ["What is a LADO", "Who is Harrow's LADO?"]
    # one question: nothing to split
    for q in ("what were the key findings and recommendations?", "when covid hit bed capacity, what did they set up?",
              "what and why", "how many children and young people went missing?", "how old and where from was serena?"):
        assert question_parts(q) == [q]


def test_each_part_of_a_two_part_question_is_answered(indexed, indexed_both):
    a = indexed.ask("quick one - how many primary and how many secondary schools does harrow have?")
    assert a.status == "answered" and a.answer.startswith("Number of Primary Schools | 41 [1] Number of Secondary Schools")
    a = indexed.ask("VAH training numbers - how many level 2 safeguarding sessions did they run, "
                    "and how many organisations got specific support?")
    assert "13 Level 2" in a.answer and "103 Organisations" in a.answer
    a = indexed_both.ask("Serena's story - where was she from and how old was she when she got to the UK?")
    assert "Gambia" in a.answer and "15" in a.answer
    # a sentence quoted for both parts is cited once, its text shown once
    a = indexed.ask("how many children went missing in 2019-20 and how many missing episodes were there?")
    assert "83" in a.answer and "198" in a.answer
    assert a.answer.count("bringing the total number of missing episodes") == 1
    # a question refused as a whole stays refused: its parts alone lose what scopes them
    a = indexed.ask("what's the threshold for starting a section 47 enquiry and who has to be in the strategy discussion?")
    assert a.status == "not_found"


def test_a_figure_that_counts_everything_asked_beats_one_that_counts_part(indexed):
    from assistant.answer.extractive import quantifies

    assert quantifies("How many initial CPCs were there in 2019-20?", "A further 291 initial CPCs took place")
    assert not quantifies("How many initial CPCs were there in 2019-20?", "There were 789 CPCs in Harrow in 2019-20")
    assert not quantifies("how many children went missing?", "83 children went missing")  # nothing specific counted
    a = indexed.ask("How many initial CPCs were there in 2019-20?")
    assert a.answer.startswith("A further 291 initial CPCs")


@pytest.mark.parametrize("question", [
    "How many initial child protection conferences were held?",  # spelled out; the text says "initial CPCs"
    "how many ICPCs took place?",  # ICPC is Initial + CPC (Child Protection Conference)
])
def test_a_count_named_by_acronym_on_one_side_and_in_words_on_the_other_is_answered(indexed, question):
    from assistant.answer.extractive import quantifies

    assert quantifies(question, "A further 291 initial CPCs took place during the following 11 months")
    assert not quantifies(question, "There were 789 CPCs in Harrow in 2019-20 (including 498 Review Conferences).")
    a = indexed.ask(question)
    assert a.status == "answered" and a.answer.startswith("A further 291 initial CPCs"), a.answer


def test_compound_acronym_forms_come_from_the_glossary():
    g = load_glossary()
    assert g.names_term(g.terms["ICPC"], "A further 291 initial CPCs took place")
    assert g.names_term(g.terms["RCPC"], "498 review CPCs")
    assert not g.names_term(g.terms["ICPC"], "There were 789 CPCs in Harrow")
    assert g.compound_forms(g.terms["MASH"]) == []


def test_a_cost_question_is_answered_by_free_and_a_budget_row(indexed, indexed_both):
    from assistant.answer.refusal_rules import missing_evidence
    from assistant.answer.text_evidence import says_free

    a = indexed_both.ask("How much does it cost to call the helpline?")
    assert a.status == "answered" and a.answer.startswith("Free from landlines")
    # "no free time" is not a price
    assert not says_free("how much can they claim?", "very limited or no free time and minimal privacy")
    # a budget's row answers a contribution question, not a meeting-attendance row
    a = indexed.ask("how much did the CCG contribute to the HSCB budget in 2020-21?")
    assert "20,000" in a.answer and "Outturn" in a.answer
    # "Six social workers" in a paragraph saying the project is funded is no sum of money
    assert missing_evidence("how much did the DfE pay for the social workers in schools project?", "number",
                            ["Six social workers are working in six different secondary schools"],
                            context="The Social Worker in Schools Project ... is funded by the Department for Education."
                            ) == "an amount of money for this"


def test_a_waiting_time_needs_a_length_of_time():
    from assistant.answer.refusal_rules import missing_evidence

    camhs = ["CAMHS set up a new Adolescent Treatment Service in 2019 with the Urgent Care Team for five boroughs"]
    assert missing_evidence("what's the average wait in weeks for a CAMHS treatment appointment in harrow right now?",
                            "number", camhs) is not None
    assert missing_evidence("what's the average wait for a CAMHS appointment?", "number",
                            ["The average wait was 12 weeks."]) is None


def test_what_did_a_review_find_asks_for_its_findings(indexed):
    assert question_type("Family A SAR - what did it find?") == "list"
    a = indexed.ask("Family A SAR - what did it find?")
    for finding in ("home-schooled", "Risk Enablement Panel", "Perplexing Presentations"):
        assert finding in a.answer


def test_what_a_review_concluded_about_one_thing_is_what_it_said_of_it(indexed):
    """"What did the review conclude about mechanical restraint?" asks what the review said
    of that one practice (the learning sheet's "Use of Mechanical Restraint" section), not
    the list of its findings; on the whole index and scoped to the learning sheet."""
    from assistant.store import Filters

    q = "What did the review conclude about mechanical restraint?"
    assert question_type(q) == "general"
    assert question_type("What did the Child M review conclude?") == "list"
    concluded = "The review concluded that any such arrangement should be carefully considered"
    source = "harrow-cspr-child-m-learning-sheet.docx"
    # (the annual report carries the learning sheet as its Appendix (iv): either is cited)
    for filters in (None, Filters(source=source)):
        a = indexed.ask(q, filters=filters)
        assert a.status == "answered" and concluded in a.answer, a.answer
        assert any(concluded in c.quote for c in a.citations)
    assert all(c.source == source for c in a.citations)


def test_signs_asked_with_a_count_or_the_askers_situation_are_the_documents_list(indexed_both):
    from assistant.answer.extractive import asker_stems
    from assistant.answer.question_shape import asked_kind

    assert asked_kind("what are the common signs of modern slavery I should be looking out for?") == "signs"
    assert asker_stems("what are the common signs of modern slavery I should be looking out for on home visits?") \
        == {"look", "home", "visit"}
    assert asker_stems("what do I do if a child discloses abuse?") == set()  # the question is the clause
    for q in ("what are the common signs of modern slavery I should be looking out for on home visits?",
              "What are the 5 signs of modern slavery?"):
        a = indexed_both.ask(q)
        # the seven sibling sections, not ISOLATION's sentence that happens to name five things
        for sign in ("PHYSICAL APPEARANCE", "ISOLATION", "POOR LIVING CONDITIONS", "UNUSUAL TRAVEL TIMES"):
            assert sign in a.answer, (q, a.answer)


def test_a_review_asked_for_by_description_is_named(indexed):
    a = indexed.ask("that review about the teenage girl who'd been hurting herself for years before something "
                    "serious happened - what's it called?")
    assert "Young Person J" in a.answer


def test_what_happened_to_a_number_asks_what_happened():
    assert question_type("what happened to the number of kids needing mental health help in September 2020?") == "general"
    assert question_type("what was the number of referrals in September 2020?") == "number"


def test_a_topic_set_first_does_not_decide_the_question_type():
    assert question_type("young person J LLR - when are the full findings meant to be shared?") == "when"
    # ... unless the question points back at it
    assert question_type("key findings of child M - what were they?") == "list"
    assert question_type("NEET care leavers 2019-20: what percent of females were NEET?") == "number"


def test_what_someone_was_paid_is_a_sum_not_a_figure_the_question_gives(indexed_both):
    assert question_type("what was he actually paid?") == "number"
    a = indexed_both.ask("Fredek from Hungary was promised 2000 a month - what was he actually paid?")
    assert a.answer.startswith("He was forced to work for £3-5 a week")


def test_a_whole_budget_question_is_answered_by_the_grand_total(indexed):
    a = indexed.ask("What was the HSCB budget in 2020-21?")
    assert "Total Expenditure" in a.answer and "192,457" in a.answer
    assert "Delivery Costs" not in a.answer.split("[1]")[0]


def test_who_holds_a_post_is_answered_by_a_name(indexed):
    from assistant.answer.text_evidence import has_person_name

    assert has_person_name("Chris Miller Independent Chair and Scrutineer Harrow Safeguarding Partnership")
    assert not has_person_name("Chair of Quality Assurance Subgroup | 4")
    assert not has_person_name("Dez Holmes spoke", "who is Dez Holmes?")
    for q in ("Who is the independent chair of the board?", "who is the chair of the hscb?", "who chairs the board?"):
        a = indexed.ask(q)
        assert a.status == "answered" and a.answer.startswith("Chris Miller"), (q, a.answer)
    # "who chairs X?" is the role question "who is the chair of X?": the case review
    # subgroup's attendance row names no one (held-out 74, a thread's follow-up)
    from assistant.answer.text_evidence import role_question

    assert role_question("who chairs the case review subgroup?") == "who is the chair of the case review subgroup?"
    assert role_question("Who leads on domestic abuse?") == "who leads on domestic abuse?"
    a = indexed.ask("who chairs the case review subgroup?")
    assert a.status == "not_found" and "who holds this role" in a.answer, a.answer


def test_a_timescale_question_needs_the_event_it_times():
    from assistant.answer.refusal_rules import missing_evidence

    cp = ["- Since the pandemic ... current practice is to provide the decision letter in 24 hours; the child protection "
          "plan and Record of Conference (notes) within 5 working days"]
    ctx = "Child Protection Conferences > Performance"
    assert missing_evidence("under Working Together, within how many working days must a strategy discussion be held "
                            "after a child protection concern?", "number", cp, context=ctx) == "a timescale for this"
    # ("s47": a section of an act the answer never names comes first)
    assert missing_evidence("under Working Together, within how many working days must a strategy discussion be held "
                            "after a s47 concern?", "number", cp, context=ctx) == "anything on section 47"
    assert missing_evidence("within how many working days of a child becoming looked after must the first CLA review "
                            "be held?", "number", cp, context=ctx) == "a timescale for this"
    assert missing_evidence("within how many days must the record of conference be sent out?", "number", cp,
                            context=ctx) is None


def test_a_list_introduced_by_a_lead_in_over_sub_sections_is_listed(indexed):
    from assistant.answer.structure import introduces_list

    assert introduces_list("Specialists from a wide of services attended the HSCB’s DSL Forum throughout the year, including")
    assert introduces_list("Whilst not exhaustive, here is a list of some common signs which you can be aware of.")
    assert not introduces_list("The DSL Forum was used to highlight the mental health and wellbeing support.")
    # the services' logos are sub-sections of the DSL Forum section, after its lead-in
    a = indexed.ask("which outside services came and spoke to school DSLs at their forum this year?")
    for service in ("Clinical Psychology", "Looked After Health team", "KATE CAIRNS"):
        assert service in a.answer, a.answer
    assert "Early Support: Early Support" not in a.answer


def test_the_asking_clause_judges_sentences_after_a_topic(indexed_both):
    # "the hungarian guy" finds Fredek's story (a nationality names the country); "where was
    # he made to work" picks the sentence, not the heading "Fredek from Hungary"
    a = indexed_both.ask("the hungarian guy in the case studies - where was he made to work?")
    # (introduced by the story's title, which the question does not name)
    assert a.answer.startswith("Fredek from Hungary: He was forced to work for £3-5 a week in places such as a pizza restaurant")


def test_a_list_of_one_sentence_items_keeps_its_weaker_items(indexed_both):
    a = indexed_both.ask("which of the support organisations are specifically for women who've been trafficked?")
    for org in ("Women’s Aid", "TARA", "Eaves"):
        assert org in a.answer, a.answer


def test_a_sentence_naming_the_asked_kind_in_a_list_answers(indexed):
    from assistant.answer.structure import lists_kind
    from assistant.answer.question_shape import asked_kind

    assert asked_kind("What are the Harrow Safeguarding Partnership's three priorities?") == "priorities"
    assert asked_kind("what are the partnership's 3 priorities for this year?") == "priorities"
    assert lists_kind("priorities", "training relating to the Partnership’s priorities of Domestic Abuse, Contextual "
                                    "Safeguarding and Mental Wellbeing in our course programme")
    assert not lists_kind("priorities", "Contextual Safeguarding remains one of the HSP’s three priorities and so")
    # the sentence sits in the training chapter; the sub-sections headed "The three core
    # Safeguarding Partners ..." are not the priorities
    for q in ("What are the Harrow Safeguarding Partnership's three priorities?",
              "what are the partnership's 3 priorities for this year?"):
        a = indexed.ask(q)
        for p in ("Domestic Abuse", "Contextual Safeguarding", "Mental Wellbeing"):
            assert p in a.answer, (q, a.answer)
        assert "Grooming" not in a.answer  # the training list it leads into is not quoted



def test_merged_answers_renumber_every_marker_and_quote_once():
    from assistant.answer.parts import merge_answers
    from ingest.models import Answer, Citation

    def cite(n, quote):
        return Citation(n=n, source="s.pdf", title="T", section="S", page=1, quote=quote)

    one = Answer("q1", "answered", "Serena from Gambia [1] She was 15 [2]", [cite(1, "Serena from Gambia"), cite(2, "She was 15")])
    two = Answer("q2", "answered", "NRM stands for National Referral Mechanism (full name [1]).",
                 [cite(1, "the National Referral Mechanism (NRM)")])
    three = Answer("q3", "answered", "She was 15 when she arrived [1] Serena from Gambia [2]",
                   [cite(1, "She was 15 when she arrived"), cite(2, "Serena from Gambia")])
    m = merge_answers("q", [one, two, three])
    assert m.answer == ("Serena from Gambia [1] She was 15 when she arrived [2] "
                        "NRM stands for National Referral Mechanism (full name [3]).")
    assert [c.n for c in m.citations] == [1, 2, 3]
    assert m.citations[1].quote == "She was 15 when she arrived" and m.citations[2].quote.startswith("the National")
    refused = Answer("q4", "not_found", "The indexed documents do not cover this.")
    m = merge_answers("q", [one, refused, refused])
    assert m.answer.endswith("(The indexed documents do not answer the second and third parts of this question.)")
    lacking = Answer("q5", "not_found", "The indexed documents do not give a telephone number for this.",
                     extra={"missing": "a telephone number for this"})
    m = merge_answers("q", [one, lacking])
    assert m.answer.endswith("(The indexed documents do not answer the second part of this question: "
                             "they do not give a telephone number for this.)")
    assert merge_answers("q", [refused, refused]).status == "not_found"
    # the support check's doubt is the least supported answered part's, not the first's
    one.extra["p_unsupported"], three.extra["p_unsupported"] = 0.05, 0.41
    refused.extra["p_unsupported"] = 0.97
    m = merge_answers("q", [one, two, three, refused])
    assert m.extra["p_unsupported"] == 0.41 and m.extra["p_unsupported_parts"] == [0.05, None, 0.41, 0.97]


def test_break_it_defects_on_sums_names_and_wholes(indexed, indexed_both):
    from assistant.answer.extractive import case_names
    from assistant.answer.refusal_rules import missing_evidence

    # a price from another passage than the strongest sentence (a number to ring is no price)
    assert indexed_both.ask("how much does it cost to call the modern slavery helpline?").answer.startswith(
        "Free from landlines")
    # a sum given in pounds beats a figure of days or men; a sum the question gives is no answer
    for q in ("fredek - what was he paid?", "what was fredek paid?"):
        assert indexed_both.ask(q).answer.startswith("Fredek from Hungary: He was forced to work for £3-5 a week"), q
    assert missing_evidence("albert was sold for £3000 - how much was he promised?", "number",
                            ["Albert was sold to another family for £3,000 and moved to a different area."]) is not None
    # a case typed in lower case still names the case its findings must be about
    assert case_names("what did the family A review find?") == ["family a"]
    assert case_names("is a child a victim here?") == []
    a = indexed.ask("what did the family A review find?")
    assert "home-schooled" in a.answer and "Was not Brought" not in a.answer
    # the whole budget and total spend are the grand total
    for q in ("what was the hscb's whole budget for the year?", "how much did the board spend in total?"):
        a = indexed.ask(q)
        assert a.status == "answered" and "Total Expenditure" in a.answer.split("[1]")[0], (q, a.answer)
    # a programme typed in lower case is counted like its acronym (and, named by an everyday
    # word the passage never uses for the programme, refused before that)
    assert missing_evidence("how many prevent referrals for radicalisation came from harrow schools last year?", "number",
                            ["- 6 children had a CP Plan lasting for two years or more"], terms={"PREVENT"}) \
        == "anything on that programme"
    assert missing_evidence("how many PREVENT radicalisation cases came from harrow schools last year?", "number",
                            ["- 6 children had a CP Plan lasting for two years or more"], terms={"PREVENT"}) \
        == "figures on PREVENT"


def test_who_can_they_ring_is_answered_by_a_number(indexed_both):
    a = indexed_both.ask("a parent wants to tip someone off about people being worked like slaves but doesn't want "
                         "to give their name - who can they ring?")
    first = a.answer.split("[1]")[0]
    assert "Crimestoppers" in first and "0800 555 111" in first, a.answer


def test_a_timescale_and_a_definition_name_what_is_asked(indexed):
    a = indexed.ask("within how many days must an initial child protection conference be held?")
    assert a.answer.startswith("- The majority of ICPCs have taken place within the target timescale of 15 days")
    a = indexed.ask("what is a strategy discussion?")  # the term is nowhere in the report
    assert a.status == "not_found"
    a = indexed.ask("what is contextual safeguarding?")
    assert a.status == "answered" and "beyond their families" in a.answer


def test_an_urgent_disclosure_gets_signposting_without_unrelated_quotes(indexed_both):
    from assistant.chain import asks_something

    assert not asks_something("A 14 year old has told me she wants to kill herself tonight")
    assert asks_something("his mum's boyfriend hits him - who do I contact?")
    a = indexed_both.ask("A 14 year old has told me she wants to kill herself tonight")
    assert a.status == "urgent" and a.answer.startswith("If a child or anyone else is in immediate danger, call 999")
    assert "Relevant learning" not in a.answer and not a.citations  # no trafficking story under a suicide disclosure
    a = indexed_both.ask("his mum's boyfriend hits him - who do I contact?")
    assert a.status == "urgent" and "Relevant learning from the documents" in a.answer and a.citations
    # a question, but the only passage sharing its words is a victim's story ("Brenda from
    # Uganda: She was locked in the basement at night"): signposting only
    a = indexed_both.ask("a 6 year old told me she is locked in her room every night and not fed, what do I do")
    assert a.status == "urgent" and "Relevant learning" not in a.answer and not a.citations, a.answer


def test_a_yes_no_price_question_is_answered_by_free_and_bullets_stand_alone(indexed_both):
    a = indexed_both.ask("Is the modern slavery helpline free to call?")
    assert a.answer.startswith("Free from landlines")
    a = indexed_both.ask("why did child M miss dental appointments?")
    assert a.answer.startswith("- Child M suffered intermittent dental pain")
    assert "experience [1]\nAgencies were concerned" in a.answer  # not run on after the bullet


def test_acronyms_asked_after_a_topic_and_in_lower_case_are_spelled_out(indexed_both):
    a = indexed_both.ask("the TARA service in glasgow for trafficked women - what's TARA?")
    assert a.answer.startswith("TARA stands for Trafficking Awareness Raising Alliance [1]")
    a = indexed_both.ask("IRO advocacy bit mentions YOIs and STCs - what's an STC?")
    assert a.answer.startswith("STC stands for secure training centre [1]")
    assert "secure training centres (STCs)" in a.citations[0].quote


def test_a_percentage_comes_from_the_item_its_acronym_or_lead_in_names(indexed):
    # "SGO" is spelled out in the item ("Special Guardianship Order") and the list's
    # lead-in ("children leaving care") is each item's context
    a = indexed.ask("what % of kids leaving care in 19/20 left on an SGO?")
    assert "15.4%" in a.answer.split("[1]")[0], a.answer
    a = indexed.ask("what % of harrows missing children in 19/20 were black or black british")
    assert a.answer.startswith("Ethnicity Black or Black British") and "36.1%" in a.answer


def test_role_month_and_reporting_date_questions(indexed):
    a = indexed.ask("Dez Holmes spoke on transitional safeguarding - what's her role?")
    assert "Director of Research in Practice" in a.answer.split("[1]")[0], a.answer
    a = indexed.ask("during covid which month saw the highest number of mental health referrals ever seen?")
    assert a.status == "answered" and "September 2020" in a.answer
    # a date the figures are taken at is not redacted as a date of birth
    a = indexed.ask("how many care leavers did harrow have at 31/03/2020")
    assert a.answer.startswith("On 31/03/2020 there were 194 young people"), a.answer
    a = indexed.ask("how many children looking after a poorly or shielding mum or dad were on the council's system?")
    assert a.answer.startswith("A total of 83 children were on the LA’s system as young carers")


def test_a_law_named_after_someone_must_be_in_the_documents(indexed_both):
    a = indexed_both.ask("mum wants to know if her new boyfriend has a history of DV - how does she apply under clare's law?")
    assert a.status == "not_found" and "clare" not in a.answer.lower()
    # "it's law", "the council's scheme" name no one
    a = indexed_both.ask("is it true it's law that every school must have a designated safeguarding lead?")
    assert a.answer.startswith("Each school is required to have a designated safeguarding lead (DSL)")
    a = indexed_both.ask("what was the council's scheme for care leavers setting up home?")
    assert a.status == "answered" and "£2,000" in a.answer


def test_a_percentage_from_a_close_run_breakdown_shows_the_breakdown(indexed):
    a = indexed.ask("what % of children returned home when they left care?")
    assert "35.4% Returned home" in a.answer and "31.5% Moved into Independent Living" in a.answer
    a = indexed.ask("what % of kids leaving care in 19/20 left on an SGO?")  # a clear winner stays alone
    assert "15.4%" in a.answer and "35.4%" not in a.answer



def test_price_questions_about_a_helpline_are_answered_by_free(indexed_both):
    for q in ("how much does it cost to ring the modern slavery helpline",
              "does it cost anything to call the modern slavery helpline?"):
        a = indexed_both.ask(q)
        assert a.answer.startswith("Free from landlines"), (q, a.answer)
    a = indexed_both.ask("who do I ring if I think a neighbour is being exploited?")
    assert "999" in a.answer.split("[1]")[0]


def test_a_miscounted_list_question_still_gets_the_documents_list(indexed_both):
    a = indexed_both.ask("which 5 types of slavery does the modern slavery site describe")
    assert a.answer.startswith("- CHILD TRAFFICKING") and "DOMESTIC SERVITUDE" in a.answer


def test_a_month_answers_which_month_and_a_count_in_words_is_no_count(indexed):
    from assistant.answer.extractive import quantifies

    # (a count written as a word is not taken for one: "how many professionals accepted
    # the restraint?" must not be answered by "only one professional explored this")
    assert not quantifies("how many professionals accepted the restraint?",
                          "only one professional explored this as a potential safeguarding issue.")
    a = indexed.ask("how many professionals accepted the restraint?")
    assert "only one professional" not in a.answer
    a = indexed.ask("which month saw the highest number of CAMHS referrals?")
    assert "September 2020" in a.answer.split("[1]")[0], a.answer


def test_children_living_in_harrow_are_the_children_in_borough(indexed):
    a = indexed.ask("roughly how many children live in harrow according to the at a glance table?")
    assert a.answer.startswith("Children in Borough (up 3% in 12 months) | 64,000")


def test_an_immigration_status_is_leave_to_remain(indexed_both):
    a = indexed_both.ask("serena from gambia - what immigration status did she get in the end?")
    assert a.answer.startswith("She was granted indefinite leave to remain in the UK. [1]")


def test_a_councils_promise_to_looked_after_children_is_its_pledge(indexed):
    a = indexed.ask("is there some sort of local promise the council makes to kids it looks after?")
    assert "Harrow Children’s Pledge" in a.answer.split("[1]")[0]


def test_a_glossary_phrase_names_a_table_rows_subject(indexed):
    # "live in harrow" is the report's "children in borough" (glossary): the row
    # "Children in Borough (up 3% in 12 months) | 64,000" answers, not a refusal
    ans = indexed.ask("how many children live in harrow?")
    assert ans.status == "answered" and "64,000" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "what were harrow's missing children figures for 2021-22?",
    "which workshops ran at the 2021-22 conference?",
    "what were the LADO figures for 2018-19?",
    # a period written short, with "FY" or a non-breaking hyphen (break-it pass)
    "What was the HSCB budget in 21/22?",
    "What was the HSCB budget for FY2021-22?",
    "What was the HSCB budget for 2021\u201122?",
    # a passage naming only another period is not excused by the report's own period
    "What was the Looked After population range in 2020-21?",
])
def test_a_period_the_answer_does_not_cover_is_refused(indexed, question):
    # the annual report covers 2020-21; a passage that never names the period asked
    # about is not an answer for it (list answers included)
    # (a question asking for figures is refused for "figures for" that period: twenty-first
    # session, "what were X figures for Y?" is a number question)
    ans = indexed.ask(question)
    assert ans.status == "not_found" and not ans.citations, ans.answer
    assert re.match(r"The indexed documents do not give (?:anything|figures) for 20", ans.answer), ans.answer


def test_a_figure_under_a_section_dated_by_its_opening_keeps_that_period(indexed):
    # "95% of conferences were quorate" sits under the CP conference section that opens
    # "Our performance and activity data for 2019 to 2020": a 2019-20 figure, not the
    # report's own 2020-21 (break-it pass)
    ans = indexed.ask("how many conferences were quorate in 2020-21?")
    assert ans.status == "not_found" and "95%" not in ans.answer, ans.answer
    ans = indexed.ask("what % of icpcs were within timescale in 2019-20?")
    assert ans.status == "answered" and "62.7%" in ans.answer, ans.answer


def test_a_period_dating_the_askers_own_work_is_not_asked_about(indexed):
    from assistant.answer.extractive import asked_periods

    q = "We are reviewing our 2021-22 policy so what are the key findings from Child M?"
    assert asked_periods(q) == set()
    assert asked_periods("what was the budget in 21/22?") == {"2021-22"}
    assert asked_periods("how many were looked after at 31st march 2021?") == {"2020-21"}
    ans = indexed.ask(q)
    assert ans.status == "answered" and "Was not Brought" in ans.answer, ans.answer


def test_a_period_named_differently_or_covered_by_the_document_is_answered(indexed):
    # "2019/20" is the report's "the period 2019 to 2020"; 2020-21 is the report's own period
    ans = indexed.ask("how many children went missing in 2019/20?")
    assert ans.status == "answered" and "83 children" in ans.answer, ans.answer
    ans = indexed.ask("which workshops ran at the 2020-21 safeguarding conference?")
    assert ans.status == "answered" and "Red Thread" in ans.answer, ans.answer


def test_held_out_16_shapes(indexed_both):
    # an adverb before "stand for", with context after it
    ans = indexed_both.ask("sorry basic q but what does ECINS actually stand for? keeps coming up in VVE")
    assert "Empowering Communities with Integrated Networks" in ans.answer, ans.answer
    # a place setting the scene does not scope a question naming its own area
    ans = indexed_both.ask("family in belfast - who supports child trafficking victims in northern ireland according to the slavery site?")
    assert ans.status == "answered" and "Gateway Services" in ans.answer, ans.answer
    # everyday words for the guidance's: a passport is a travel document, housework is servitude
    ans = indexed_both.ask("lad i work with says his boss is holding onto his passport - is that one of the slavery warning signs?")
    assert "travel documents retained" in ans.answer, ans.answer
    ans = indexed_both.ask("what do they call it when someone's made to do all the cooking and cleaning in a house for next to nothing and can't leave?")
    assert "DOMESTIC SERVITUDE" in ans.answer.upper(), ans.answer


def test_a_number_of_days_needs_a_count_of_days(indexed_both):
    # "24 hours a day" gives no number of days; "15 days" and "four more years" do
    ans = indexed_both.ask("how many days does the home office have to make a reasonable grounds decision after an NRM referral?")
    assert ans.status == "not_found" and not ans.citations, ans.answer
    ans = indexed_both.ask("how many days do i have to hold the ICPC?")
    assert ans.status == "answered" and "15 days" in ans.answer, ans.answer
    from assistant.answer.refusal_rules import _COUNTED_UNIT
    import re
    assert all(re.search(_COUNTED_UNIT.format(unit=u), t, re.I) for u, t in
               (("year", "He suffered for four more years."), ("week", "12 consecutive weeks"), ("day", "within 5 working days")))
    assert not re.search(_COUNTED_UNIT.format(unit="day"), "0800 0121 700* 24 hours a day.", re.I)


def test_an_acronym_in_the_scene_is_not_what_a_later_clause_asks():
    assert asked_acronym("what does TARA stand for - who can use it?") is None
    assert question_type("what does TARA stand for - who can use it?") != "define"
    assert asked_acronym("ECINS - what does it stand for?") == "ECINS"
    assert asked_acronym("sorry basic q but what does ECINS actually stand for? keeps coming up in VVE") == "ECINS"
    # a yes/no clause after it still asks about the acronym (break-it pass)
    assert asked_acronym("what does STC stand for, is it a prison?") == "STC"


def test_a_topic_before_a_comma_and_a_filler_word_still_split_a_two_part_question(indexed):
    from assistant.answer.parts import question_parts

    parts = question_parts("dsl here - the social worker in schools project, when did it kick off and how many SWs are on it?")
    assert len(parts) == 2 and all("social worker in schools project" in p for p in parts)
    ans = indexed.ask("dsl at a secondary here - the social worker in schools project, when did it kick off and how many SWs are on it?")
    assert "November 2020" in ans.answer and "Six social workers" in ans.answer, ans.answer


def test_how_many_children_prefers_a_figure_of_children(indexed):
    # "children" is too common to count for the counted-noun bonus; a figure directly
    # followed by it still earns half ("A total of 83 children ...", not "4 young carers")
    ans = indexed.ask("roughly how many children does the council know of who are looking after a sick mum or dad")
    assert "83 children" in ans.answer, ans.answer
    # not when a date is asked: the figure for that date decides, not one for another year
    ans = indexed.ask("how many children were on CP plans at 31 March 2021?")
    assert "298" in ans.answer and "March 2020" not in ans.answer, ans.answer


def test_a_city_in_the_scene_and_england_asked_is_still_another_area(indexed_both):
    ans = indexed_both.ask("in brent - how many children on CP plans in England?")
    assert ans.status == "not_found", ans.answer


def test_who_contributed_to_a_total_lists_the_rows_it_sums(indexed):
    ans = indexed.ask("who contributed income to the HSCB budget in 2020-21?")
    assert all(t in ans.answer for t in ("Harrow Council", "MOPAC", "National Probation Service",
                                         "Harrow Clinical Commissioning Group", "London Ambulance")), ans.answer
    assert "Total Expenditure" not in ans.answer
    # a figure question about the total still gets the total alone
    ans = indexed.ask("what was the HSCB's total income in 2020-21?")
    assert "192,457" in ans.answer and "MOPAC" not in ans.answer, ans.answer


# ---- tenth session: held-outs 13-15 read -------------------------------------------------

def test_a_case_study_title_scopes_every_chunk_of_its_story(indexed_both):
    # "Albert from Britain" is a subtitle paragraph on the page; the sale is in the story's
    # second chunk, which must still name him and Britain (else "Britain" is an unknown place)
    ans = indexed_both.ask("In the victim story of Albert from Britain, how much was he sold to another family for?")
    assert ans.status == "answered" and "£3,000" in ans.answer, ans.answer
    ans = indexed_both.ask("In Serena's story (the girl from Gambia), who ran the safe house she was placed in?")
    assert "Hestia" in ans.answer, ans.answer
    # the title introduces the story's sentences when the question does not name it all
    ans = indexed_both.ask("Serena's story - where was she from and how old was she when she got to the UK?")
    assert "Serena from Gambia:" in ans.answer and "15" in ans.answer, ans.answer


def test_an_acronym_with_a_description_between_it_and_stand_for(indexed):
    q = "What does ECINS, the secure information sharing system that supports the VVE group's case management, stand for?"
    assert asked_acronym(q) == "ECINS" and question_type(q) == "define"
    assert asked_acronym("what does MASH (the front door) mean?") == "MASH"
    assert asked_acronym("what does the MASH do, and who sits in it?") is None
    assert "Empowering Communities with Integrated Networks" in indexed.ask(q).answer


def test_we_in_an_organisations_own_words_is_named_by_its_heading(indexed_both):
    ans = indexed_both.ask("Which organisation runs the Child Trafficking Advice Centre (CTAC)?")
    assert ans.answer.startswith("NSPCC: We run"), ans.answer
    assert "redacted" not in ans.extra  # "Child Trafficking Advice Centre" is no child's name


def test_a_count_from_a_sub_section_of_the_best_passage(indexed):
    # the best unit ("Their small Safeguarding Outreach Team ...") has no figure; the
    # figures are in its section's "Specific Support:" list, in another chunk
    ans = indexed.ask("How many organisations and how many individuals got specific support from "
                      "Voluntary Action Harrow's safeguarding outreach team?")
    assert ans.status == "answered" and "103" in ans.answer and "249" in ans.answer, ans.answer


def test_a_later_part_after_a_count_has_its_own_type(indexed):
    q = "MASH police officer - how much did the Mayor commit to tagging domestic abusers released from prison - what kind of tags are they?"
    assert question_type(q) == "general"
    assert question_type("how many children went missing - how many were CLA?") == "number"
    ans = indexed.ask("MASH police officer: how much did the Mayor commit to tagging domestic abusers released "
                      "from prison, and what kind of tags are they?")
    assert "£230,000" in ans.answer and "GPS tags" in ans.answer, ans.answer


def test_which_sign_is_that_is_answered_with_the_signs_heading(indexed_both):
    ans = indexed_both.ask("one of my lads gets collected from his hostel at 4am every day for 'work' and dropped "
                           "back late at night. which warning sign of slavery is that?")
    assert ans.answer.startswith("UNUSUAL TRAVEL TIMES:"), ans.answer


@pytest.mark.parametrize("question, web", [
    ("What key drivers contributing to the trafficking of victims does the website name?", False),
    ("Which types of slavery does the modern slavery website describe?", False),
    ("what's the website for the NSPCC?", True),
    ("whats the modern slavery helpline website", True),
    ("is there a link to the online form?", True),
])
def test_a_web_address_question_asks_for_the_address_not_what_the_site_says(question, web):
    from assistant.answer.refusal_rules import _WEB_Q

    assert bool(_WEB_Q.search(question)) is web


def test_what_a_website_names_is_answered(indexed_both):
    ans = indexed_both.ask("What key drivers contributing to the trafficking of victims does the website name?")
    assert ans.status == "answered" and "poverty" in ans.answer.lower(), ans.answer


def test_men_and_women_are_counted_as_males_and_females(indexed):
    ans = indexed.ask("According to police figures during the pandemic, what share of the people on the "
                      "receiving end of domestic abuse in Harrow were men?")
    assert "40%" in ans.answer, ans.answer


def test_a_statement_before_the_question_is_its_topic():
    from assistant.answer.parts import question_parts

    parts = question_parts("Fredek from Hungary was promised a factory wage in the UK. What was he told he could earn, "
                           "and what was he actually paid?")
    assert len(parts) == 2 and all(p.startswith("Fredek from Hungary was promised a factory wage in the UK - ") for p in parts)
    assert question_parts("I am a DSL. What is a LADO?") == ["I am a DSL. What is a LADO?"]


def test_a_later_part_is_scored_on_its_own_clause(indexed):
    from assistant.answer.extractive import asked_before_stems

    q = ("How many Level 2 Children & Young People safeguarding training sessions did Voluntary Action Harrow deliver"
         " - how many organisations did it give specific support to?")
    assert {"session", "level"} <= asked_before_stems(q) and "organis" not in asked_before_stems(q)
    assert asked_before_stems("LADO figures are down - what risk are they still mindful of?") == set()
    ans = indexed.ask("How many Level 2 Children & Young People safeguarding training sessions did Voluntary Action "
                      "Harrow deliver, and how many organisations did it give specific support to?")
    # (the earlier part's "Level 2" is not asked of the later part's answer)
    assert "13 Level 2" in ans.answer and "103 Organisations" in ans.answer, ans.answer


@pytest.mark.parametrize("question, passage, named", [
    ("what safe sleep advice should HVs give parents who co-sleep with their newborn?", "Drop-in sessions for parents", False),
    ("What weekly allowance does a Harrow foster carer get for a teenager?", "I delivered a session for Harrow foster carers", False),
    ("what year was anti-slavery international founded?", "founded in 1839", True),  # one particular word
    ("what extra jobs did voluntary orgs take on?", "delivering food parcels", True),  # class words only
    ("what lie detector tests are used on offenders?", "Polygraph testing has been used since 2014", True),  # glossary
    ("how many children went missing?", "anything", True),  # another shape
])
def test_what_thing_is_asked_must_be_named_by_the_answering_passages(question, passage, named):
    from assistant.answer.extractive import names_what_is_asked

    assert names_what_is_asked(question, passage, load_glossary()) is named


def test_a_question_about_a_thing_the_documents_never_name_is_refused(indexed):
    ans = indexed.ask("what safe sleeping advice should I give parents who want to co-sleep with their newborn?")
    assert ans.status == "not_found" and not ans.citations, ans.answer


def test_a_two_part_question_no_single_passage_answers_is_answered_by_its_parts(indexed):
    ans = indexed.ask("how many contacts did the MASH get in 2020/21 and how many kids were on CP plans at 31 march 2021?")
    assert ans.status == "answered" and "9,971" in ans.answer and "298" in ans.answer, ans.answer
    # a refusal stays when a part is still refused
    ans = indexed.ask("how many contacts did the MASH get in 2020/21 and how many kids were on CP plans in brent?")
    assert ans.status == "not_found", ans.answer


def test_a_role_asked_about_with_a_relative_clause(indexed):
    ans = indexed.ask("how many delegates came to the 2021 virtual safeguarding conference and who was the ex chief "
                      "crown prosecutor who spoke?")
    assert "185" in ans.answer and "Nazir Afzal" in ans.answer, ans.answer


@pytest.mark.parametrize("heading, org", [
    ("NSPCC", True), ("MIGRANT HELP", True), ("The Children's Society", True), ("The Salvation Army", True),
    ("Independent Child Trafficking Guardians", False), ("Missing Children", False),
    ("Allegations Against Staff and Volunteers", False),
])
def test_we_is_named_only_by_an_organisation_heading(heading, org):
    from assistant.answer.extractive import _ORG_HEADING

    assert bool(_ORG_HEADING.fullmatch(heading)) is org


def test_a_partitive_sentence_is_quoted_with_what_it_counts_part_of(indexed):
    ans = indexed.ask("kids looking after a mum or dad at home who's shielding - how many did the council know about, "
                      "and how many went to harrow schools?")
    assert "A total of 83 children were on the LA’s system as young carers. Of these, 35" in ans.answer, ans.answer


def test_home_education_and_abbreviated_months_in_practitioners_words():
    g = load_glossary()
    assert "elective home education" in g.expand("loads of parents pulled their kids out of school to teach them at home")
    assert "September" in g.expand("how many between sept 20 and march 21?")


@pytest.mark.parametrize("question, text, ok", [
    ("how do i make a prevent referral for a year 10 lad?", "This showed a slight decline in the number of referrals of around 14%.", False),
    ("how do i refer a high risk case to the MARAC?", "Cases referred to the MARAC in Harrow have also seen a steady rise.", False),
    ("how do I report suspected slavery?", "If you suspect slavery is happening near you, you can report it in a number of ways", True),
    ("how can we contact the MASH?", "Call 020 8901 2690 during office hours.", True),
    ("how do we involve children in CP conferences?", "support by an independent advocacy service", True),  # not a step asked
])
def test_a_how_do_i_question_needs_a_step_to_take(question, text, ok):
    from assistant.answer.extractive import describes_how

    assert describes_how(question, text) is ok


def test_how_to_questions_the_documents_only_count_are_refused(indexed):
    ans = indexed.ask("how do i make a prevent referral for a year 10 lad i think is being radicalised online")
    assert ans.status == "not_found" and not ans.citations, ans.answer
    ans = indexed.ask("health visitor here, what's the current safer sleep advice on co-sleeping with a newborn?")
    assert ans.status == "not_found", ans.answer


def test_a_reasons_list_led_in_by_the_last_sentence_of_a_long_paragraph(indexed):
    ans = indexed.ask("why did the partnership think there was learning from child M's death? list the concerns that "
                      "triggered the CSPR")
    assert all(t in ans.answer for t in ("low school attendance", "medical appointments", "dental pain",
                                         "mechanical restraints")), ans.answer


@pytest.mark.parametrize("question, event", [
    ("how quickly does a strategy discussion have to be held once police think there is cause?", "strategy discussion"),
    ("Within how many working days must the safeguarding partners complete a Rapid Review?", "Rapid Review"),
    ("how long do we have to send their CP file over?", "CP file"),
    ("within how many days must the first CLA review take place?", "first CLA review"),
    ("how many children went missing?", None),
])
def test_the_event_a_timescale_question_times(question, event):
    from assistant.answer.text_evidence import timed_event

    assert timed_event(question) == event


def test_a_timescale_for_another_event_does_not_answer(indexed):
    ans = indexed.ask("how quickly does a strategy discussion have to be held once police and csc think theres "
                      "reasonable cause to suspect significant harm?")
    assert ans.status == "not_found", ans.answer


def test_a_leading_phrase_naming_the_topic_splits_a_two_part_question(indexed):
    from assistant.answer.parts import question_parts

    parts = question_parts("in the child M CSPR what was used to restrain him, and how many professionals actually "
                           "flagged it as a safeguarding issue?")
    assert len(parts) == 2 and all(p.startswith("in the child M CSPR - ") for p in parts)
    assert question_parts("for a CIN plan what is needed?") == ["for a CIN plan what is needed?"]
    ans = indexed.ask("in the child M CSPR what was used to restrain him, and how many professionals actually flagged "
                      "it as a safeguarding issue?")
    assert "soft materials" in ans.answer and "only one professional" in ans.answer, ans.answer


def test_a_section_headed_by_what_is_asked_answers_a_list_question_in_sentences(indexed):
    ans = indexed.ask("what new reviews has the case review subgroup started? heard one is about a baby")
    assert "shaken baby" in ans.answer and "Adverse Childhood Experiences" in ans.answer, ans.answer
    # a heading prefix is shown once, not before every sentence of its section
    assert ans.answer.count("New Reviews:") == 1, ans.answer


def test_message_shapes_practitioners_type_are_split_into_parts():
    from assistant.answer.parts import question_parts

    # a filler word before the question word, and a closing aside saying where to look
    assert question_parts("new to harrow. roughly what's the population and how many children live here? "
                          "(the at a glance page)") == [
        "new to harrow - the at a glance page - what's the population",
        "new to harrow - the at a glance page - how many children live here?"]
    # a preposition before the question word; a count with no noun of its own points back
    assert question_parts("young carers - how many were known to the LA, and for how many did attendance improve?")[1] == \
        "young carers - how many were known to the LA - for how many did attendance improve?"
    # a count asked by its noun after a noun phrase; a date range is not a topic
    assert question_parts("LADO referrals for april 20 - march 21, and no. of kids on CP plans?") == [
        "LADO referrals for april 20 - march 21", "no. of kids on CP plans?"]
    # a yes/no question first, then a question word
    assert question_parts("are LADO referrals going up or down, and by roughly how much?") == [
        "are LADO referrals going up or down", "are LADO referrals going up or down - by roughly how much?"]
    assert question_parts("what were the findings and recommendations?") == ["what were the findings and recommendations?"]


def test_the_acronym_of_a_topic_asked_about_by_it():
    assert asked_acronym("a colleague mentioned CTAC for a trafficked teen - what does it stand for") == "CTAC"
    assert asked_acronym("CTAC and the NRM - what does it mean?") is None  # which one?
    assert asked_acronym("CTAC - what does it stand for - which organisation runs it?") is None


def test_a_later_part_answered_only_by_an_earlier_parts_quote_takes_its_next_best(indexed_both):
    ans = indexed_both.ask("fredek was promised factory work - how much was he told he'd earn, and what was he actually paid?")
    assert "£2000" in ans.answer and "£3-5" in ans.answer, ans.answer
    assert ans.answer.count("Fredek from Hungary:") == 1, ans.answer  # a heading is shown once


def test_a_count_given_in_words(indexed):
    from assistant.answer.text_evidence import counts_in_words

    assert counts_in_words("how many professionals explored it as a safeguarding issue?",
                           "only one professional explored this as a potential safeguarding issue")
    assert not counts_in_words("how many professionals explored it?", "one of the schools explored it")
    # what the counted did must be said too
    assert not counts_in_words("how many professionals accepted the restraint?", "only one professional explored this")
    ans = indexed.ask("child M - what was used to restrain him, and how many professionals actually saw it as a "
                      "safeguarding issue?")
    assert "soft materials" in ans.answer and "only one professional" in ans.answer, ans.answer


def test_which_month_is_answered_by_a_month(indexed):
    ans = indexed.ask("the CAMHS urgent care team - in which month during covid did referrals hit their highest ever?")
    assert "September 2020" in ans.answer.split("[1]")[0], ans.answer


def test_list_and_name_open_list_questions(indexed, indexed_both):
    ans = indexed.ask("list the HSP's three priorities")
    assert all(p in ans.answer for p in ("Domestic Abuse", "Contextual Safeguarding", "Mental Wellbeing")), ans.answer
    # the source named as what lists is not the topic
    ans = indexed_both.ask("what types of slavery does the modern slavery site list?")
    assert all(t in ans.answer for t in ("CHILD TRAFFICKING", "DOMESTIC SERVITUDE", "CRIMINAL EXPLOITATION")), ans.answer


def test_a_guidance_named_by_words_the_corpus_never_uses_is_refused(indexed):
    ans = indexed.ask("can a DSL search a pupil's phone under the searching, screening and confiscation guidance?")
    assert ans.status == "not_found" and ans.extra.get("out_of_scope"), ans.answer
    # a named act the corpus does use is not out of scope
    from assistant.answer.extractive import out_of_scope_names
    assert out_of_scope_names("what does the children act say about this?", set(), "", corpus_vocabulary={"children", "act", "say"}) == []


def test_trends_and_complaints_in_everyday_words():
    g = load_glossary()
    assert {"worsen", "allegations"} <= set(g.expand("did complaints about staff get worse?"))
    assert "supply chains" in g.expand("which suppliers should bosses check?")


def test_one_long_sentence_leads_in_a_list_of_topics(indexed):
    # the lead-in is one 233-character sentence ending "with emphasis on:"; the topics are
    # its list, not the sections of a training flyer
    ans = indexed.ask("which specialist training topics did the HSCB put the emphasis on in its courses and DSL forums?")
    assert all(t in ans.answer for t in ("Grooming", "Honour Based Violence", "Safer Recruitment")), ans.answer
    ans = indexed.ask("what are the main learning themes on the Child M quick reference sheet?")
    assert "Multiple and uncoordinated appointments" in ans.answer, ans.answer


def test_what_should_happen_is_answered_by_what_the_review_concluded(indexed):
    ans = indexed.ask("a disabled boy's parents strap him in with soft ties. what did the child M review say should "
                      "happen with that kind of arrangement?")
    assert "safeguarding issues referred" in ans.answer, ans.answer
    from assistant.answer.question_shape import asking_clauses
    # a statement before the question is its scene
    assert asking_clauses("my client is in care. what is a RHI?") == ["what is a RHI?"]
    # ... unless the question asks what the scene is
    q = "workers are collected at 4am and dropped back late. which warning sign of slavery is that?"
    assert asking_clauses(q) == [q]


def test_feedback_scores_are_ratings(indexed):
    ans = indexed.ask("did parents think the CP plan made things better for their family? any scores?")
    assert "83%" in ans.answer and "17%" in ans.answer, ans.answer


def test_refusals_for_a_category_a_deferred_result_a_record_keeping_timescale_and_a_process(indexed):
    # a category the passages never name
    ans = indexed.ask("how many children on CP plans in 2019-20 were under the emotional abuse category?")
    assert ans.status == "not_found" and not ans.citations, ans.answer
    # a result the report says is still to come
    ans = indexed.ask("what did cardiff university's final evaluation of the SWIS project find?")
    assert ans.status == "not_found" and "still to be reported" in ans.answer, ans.answer
    # a timescale for keeping records: "CP" in an answer spells out "child protection", not "files"
    ans = indexed.ask("how many years must a school keep child protection files?")
    assert ans.status == "not_found", ans.answer
    # a process for something the passages barely name
    ans = indexed.ask("what's the process for applying to court for an emergency protection order?")
    assert ans.status == "not_found", ans.answer


def test_the_words_an_acronym_spells_out():
    from assistant.answer.extractive import deferred
    from assistant.answer.text_evidence import spelling

    assert spelling("CP", "keep child protection files") == ["child", "protection"]
    assert spelling("BME", "black and minority ethnic groups") == ["black", "and", "minority", "ethnic"]
    assert spelling("LADO", "the designated officer") == []
    assert deferred("what did the final evaluation conclude?",
                    "The University of Cardiff’s final evaluation will be reported upon in the HSCB’s next annual report.")
    assert not deferred("what did the final evaluation conclude?", "The evaluation found strong engagement.")


@pytest.mark.parametrize("question", [
    "which topics did the specialist courses / DSL forums focus on this year?",
    "what specialist courses/topics did the hscb training programme emphasise this year",
    "L&D subgroup - list the specialist training topics the HSCB prioritised this year",
])
def test_training_topics_are_the_specialist_courses_list_not_a_flyer_or_the_budget(indexed, question):
    ans = indexed.ask(question)
    assert "Grooming" in ans.answer and "Managing Allegations" in ans.answer, ans.answer
    assert "Outturn" not in ans.answer and "youngharrow" not in ans.answer, ans.answer


def test_an_anonymous_caller_is_given_the_anonymous_number(indexed_both):
    ans = indexed_both.ask("my neighbour thinks workers are kept in the house opposite but won't give their name - "
                           "what number can they ring?")
    assert "0800 555 111" in ans.answer, ans.answer


def test_noun_phrase_and_embedded_question_parts():
    from assistant.answer.parts import question_parts

    assert question_parts("harrow at a glance - total population and no. of children in the borough?") == [
        "harrow at a glance - total population", "harrow at a glance - no. of children in the borough?"]
    assert question_parts("DA in lockdown - police said what % of victims were male? and what arrest rate did local police keep?")[1] == \
        "DA in lockdown - what arrest rate did local police keep?"
    assert question_type("harrow at a glance - total population") == "number"
    assert question_type("what were the CP plan and CLA numbers as at 31st march 2021?") == "number"
    assert question_type("what are the different numbers you can ring to report slavery?") != "number"


def test_who_wrote_a_section_is_answered_by_its_heading(indexed):
    ans = indexed.ask("who wrote the independent evaluation in the annual report?")
    assert "by Chris Miller" in ans.answer.split("[1]")[0], ans.answer


def test_counts_in_words_of_them_and_police_words():
    from assistant.answer.text_evidence import counts_in_words

    assert counts_in_words("staff got used to it. how many of them explored it as a safeguarding issue?",
                           "only one professional explored this as a potential safeguarding issue")
    assert not counts_in_words("how many of them questioned it?", "one of the reasons")
    assert {"Metropolitan Police", "serial domestic abuse offenders"} <= set(
        load_glossary().expand("is the met doing anything about blokes who batter partner after partner?"))


def test_named_guidelines_and_how_to_steps(indexed):
    ans = indexed.ask("can i give contraception advice to a 14yo without telling parents, how do gillick / fraser guidelines work?")
    assert ans.status == "not_found", ans.answer
    from assistant.answer.extractive import describes_how
    assert not describes_how("how do i make a referral?", "how online abusers operate and the impact on young people")
    assert describes_how("how do i make a referral?", "Use the online form to report it.")


def test_members_who_attended_none_of_the_meetings(indexed):
    ans = indexed.ask("HSCB attendance 2020-21 - which members never attended any of the 4 meetings?")
    assert "Probation" in ans.answer and "Voluntary Sector Rep" in ans.answer, ans.answer
    assert "Elected Member" not in ans.answer, ans.answer


def test_opening_hours_of_what_is_asked_about(indexed_both):
    ans = indexed_both.ask("is the modern slavery helpline staffed overnight?")
    assert "24 hours a day" in ans.answer.split("[1]")[0], ans.answer


def test_asides_long_topics_and_dependent_parts():
    from assistant.answer.parts import question_parts

    # a pronoun in an aside after a comma does not point back
    assert question_parts("how often does the VVE group meet? also what does ECINS stand for, keep seeing it") == [
        "how often does the VVE group meet", "what does ECINS stand for, keep seeing it"]
    # a topic of up to 120 characters is set before every part
    topic = "that adult review about the mum who died in a house full of things she would not throw away"
    assert question_parts(f"{topic} - what panel did staff need to understand? and what did she die of")[0].startswith(topic)


def test_a_part_pointing_back_to_a_refused_part_is_refused(indexed):
    ans = indexed.ask("how do i make a prevent referral to the channel panel, and what's the timescale for them to respond?")
    assert ans.status == "not_found", ans.answer


def test_the_sentence_dated_to_the_period_asked(indexed):
    ans = indexed.ask("NEET care leavers - any gender difference in 2019-20?")
    assert "43% of females" in ans.answer, ans.answer


def test_is_this_the_first_report_is_answered_by_its_place_in_the_series(indexed):
    ans = indexed.ask("is this the safeguarding partners' first annual report or have they written others?")
    assert "second annual report" in ans.answer.split("[1]")[0], ans.answer


def test_the_headings_of_a_learning_sheet_whatever_else_the_question_says(indexed):
    ans = indexed.ask("prepping a team briefing on the child M learning sheet - what headings does it have?")
    assert "Use of Mechanical Restraint" in ans.answer and "Low School Attendance" in ans.answer, ans.answer


def test_break_it_pass_answers(indexed):
    # one sentence answering both parts is not forced to give way to another
    ans = indexed.ask("When did the Social Worker in Schools project start and who funds it?")
    assert ans.answer.startswith("The Social Worker in Schools Project started in November 2020 and is funded by the "
                                 "Department for Education. [1]") and "[2]" not in ans.answer, ans.answer
    # a "by <name>" heading answers who wrote that section only
    ans = indexed.ask("Who wrote the Voluntary Action Harrow section?")
    assert "by Chris Miller" not in ans.answer, ans.answer
    # a category ranked rather than named is no unnamed category
    from assistant.answer.extractive import names_what_is_asked
    assert names_what_is_asked("what % of CLA fell into the oldest age category?", "16 years and above | 31.2%")
    # "missed all the meetings" of a table with no zero row does not crash
    ans = indexed.ask("which members missed all 7 meetings?")
    assert ans.status in ("answered", "not_found")


def test_a_list_broken_by_a_table_continues_in_its_sections_next_chunk(indexed):
    # Family A's key findings: four items, the hoarding scale table, then the fifth item
    ans = indexed.ask("what were the key findings from the SAR on Family A (mum who died of self neglect)?")
    assert "Risk Enablement Panel" in ans.answer and "young carers" in ans.answer, ans.answer


def test_rated_areas_of_an_evaluation_by_its_key(indexed):
    ans = indexed.ask("in the independent chair's evaluation which areas got the X rating (much work to do)?")
    assert "Funding Arrangements" in ans.answer and "Information Sharing" in ans.answer, ans.answer
    assert "Enquiry and Challenge" not in ans.answer, ans.answer  # rated ✓
    from assistant.answer.extractive import asked_rating, rated_text, rating_key
    key = rating_key("Key: | \n✓ | = Good\n# | = Some Work to Do\nX | = Much Work to Do")
    assert "✗" in asked_rating("which areas got the 'much work to do' rating?", key)
    assert asked_rating("which areas got some work to do rating?", key) == {"#"}
    assert not asked_rating("is the helpline any good?", key)  # no rating asked about
    assert rated_text({"X", "✗"}, "Involvement of Key Partners ✓ Funding Arrangements ✗")
    assert not rated_text({"X", "✗"}, "X marks the spot")


def test_later_yes_no_parts_are_split_and_answered(indexed_both):
    from assistant.answer.parts import question_parts
    assert question_parts("whats the number for the modern slavery helpline and can you ring it any time?") == [
        "whats the number for the modern slavery helpline",
        "whats the number for the modern slavery helpline - can you ring it any time?"]
    ans = indexed_both.ask("want to report suspected slavery anonymously, not an emergency - crimestoppers number? "
                           "and is the helpline 24hrs?")
    assert "0800 555 111" in ans.answer and "24 hours a day" in ans.answer, ans.answer


def test_a_scene_that_is_itself_a_question_keeps_its_place(indexed):
    ans = indexed.ask("what's hillingdon's number of kids on child protection plans - are they higher than harrow?")
    assert ans.status == "not_found", ans.answer


def test_how_long_does_x_last_and_timescale_for_x_name_their_event(indexed):
    from assistant.answer.text_evidence import timed_event
    assert timed_event("how long does an emergency protection order last") == "emergency protection order"
    assert timed_event("what's the timescale in Working Together for holding a strategy discussion after a s47?") \
        == "strategy discussion"
    assert indexed.ask("how long does an emergency protection order last and can it be extended?").status == "not_found"
    # "what's the answer?" asks nothing of its own: the scene is the question
    assert indexed.ask("parent asked me what age it's legal to leave a child home alone in england - "
                       "what's the answer?").status == "not_found"
    # "statutory review meetings" are a kind of meeting, not a question about the law
    ans = indexed.ask("what proportion of kids in care actually joined in with their own statutory review meetings?")
    assert "98.1%" in ans.answer, ans.answer


def test_a_deferral_in_a_quoted_passage_refuses_the_result_asked_for(indexed):
    ans = indexed.ask("what did Cardiff's final evaluation of the social workers in schools pilot conclude about "
                      "reduced referrals?")
    assert ans.status == "not_found" and "still to be reported" in ans.answer, ans.answer


def test_zero_rows_set_aside_and_acronym_labels(indexed):
    ans = indexed.ask("board attendance 2020-21 - apart from the vol sector rep, which agency attended 0 of the 4 "
                      "HSCB meetings?")
    assert "Probation" in ans.answer and "Voluntary Sector" not in ans.answer, ans.answer
    ans = indexed.ask("how many CLA did harrow have at end of march 2021? also roughly how many social work "
                      "assessments were done that year")
    assert "184" in ans.answer and "2600" in ans.answer, ans.answer


def test_superlatives_and_new_named_sections(indexed):
    ans = indexed.ask("when did CAMHS see their highest ever number of referrals during covid?")
    assert "September 2020" in ans.answer.split("[1]")[0], ans.answer
    ans = indexed.ask("what new case reviews has the case review subgroup recently started (one SAR, one learned lessons)?")
    assert "shaken baby" in ans.answer and "Adverse Childhood Experiences" in ans.answer, ans.answer
    ans = indexed.ask("how many delegates came to the first virtual safeguarding conference, and who was the former "
                      "chief crown prosecutor speaking?")
    assert "185" in ans.answer and "Nazir" in ans.answer, ans.answer


def test_which_org_answers_we_with_its_heading(indexed_both):
    ans = indexed_both.ask("which org runs the Child Trafficking Advice Centre (CTAC)?")
    assert "NSPCC" in ans.answer, ans.answer


def test_who_the_asker_is_is_not_retrieved_for():
    from assistant.answer.parts import strip_intro
    assert strip_intro("new DSL here, the partnership keeps talking about an approach - what's it called?") \
        == "the partnership keeps talking about an approach - what's it called?"
    assert strip_intro("IRO here. what were the CP plan and CLA numbers?") == "what were the CP plan and CLA numbers?"
    assert strip_intro("as a nurse, under the FGM duty do i have to report") == "under the FGM duty do i have to report"
    # a place in the introduction scopes the question; a topic is no introduction
    assert strip_intro("SW in Brent here - what's the LADO number?") == "SW in Brent here - what's the LADO number?"
    assert strip_intro("LADO - how many allegations were there?") == "LADO - how many allegations were there?"


def test_the_banner_approach_is_named(indexed):
    ans = indexed.ask("new DSL here, the harrow partnership report keeps talking about an approach that links kids "
                      "and adult safeguarding - what's it called?")
    assert "Think Whole Family" in ans.answer, ans.answer
    # "Under this banner ..." brings the sentence naming the banner
    ans = indexed.ask("new to harrow - the partnership keeps saying its work sits under one banner that joins up adult "
                      "and child safeguarding. what's the banner called?")
    assert "Think Whole Family" in ans.answer, ans.answer


def test_which_board_is_answered_by_a_sentence_naming_one(indexed):
    ans = indexed.ask("apart from the 2 safeguarding boards what other borough board does chris miller sit on?")
    assert "Health and Wellbeing Board" in ans.answer.split("[1]")[0], ans.answer
    ans = indexed.ask("who does the independent scrutiny of the harrow safeguarding arrangements, and does that person "
                      "chair the adults board too?")
    assert "Chris Miller" in ans.answer and "I chair the HSAB" in ans.answer, ans.answer
    from assistant.answer.extractive import names_instance
    assert names_instance("organisation", "... will be handled by the NSPCC as set out ...") == ["NSPCC"]
    assert names_instance("organisation", "- FORCED LABOUR Victims are forced to work") == []


def test_a_rating_in_the_scene_is_not_what_is_asked(indexed):
    ans = indexed.ask("the chair's evaluation gives info sharing an X (much work to do). what exactly is the "
                      "workforce confused about?")
    assert "parental consent" in ans.answer, ans.answer
    # "for good" is no rating of "Good"
    ans = indexed.ask("how many pupils got kicked out of school for good in 2018/19?")
    assert "45 permanent exclusion" in ans.answer, ans.answer
    # the year before the report's missing-children figure is not in the corpus: the same
    # year's exclusions figure does not answer it (a follow-up's "and the year before?")
    ans = indexed.ask("and the year before?", history=[("How many children went missing in 2019-20?", "")])
    assert "2018-19" in ans.question and ans.status == "not_found" and "45" not in ans.answer, ans.answer


def test_what_was_a_review_about_is_no_list_and_a_named_test_is_out_of_scope(indexed):
    ans = indexed.ask("what was the child H learned lessons review about again?")
    assert "sexual abuse" in ans.answer, ans.answer
    assert indexed.ask("school nurse - can a 15 yo consent to contraception without her parents knowing? how do i "
                       "apply the gillick / fraser test").status == "not_found"
    assert indexed.ask("what did the final cardiff evaluation of the social workers in schools pilot find - did it "
                       "actually cut referrals to social care?").status == "not_found"


def test_break_it_pass_twelfth_session(indexed):
    # a rating named by its mark or its label, asked as "which areas ..."
    for q in ("which areas got the X / much work to do rating?", "which areas got an X?", "which areas were marked X?"):
        ans = indexed.ask(q)
        assert "Funding Arrangements" in ans.answer and "Information Sharing" in ans.answer, (q, ans.answer)
    # one thing's rating, or a rating by someone else, is not the key's list
    ans = indexed.ask("was the telephone conference rated good?")
    assert "Funding Arrangements" not in ans.answer, ans.answer
    assert "Funding Arrangements" not in indexed.ask("which schools are rated good by Ofsted?").answer
    # "All CLA Reviews were held within timescale" counts them
    ans = indexed.ask("How many CLA reviews were held within timescale?")
    assert "All CLA Reviews were held within timescale" in ans.answer, ans.answer
    # a test named by words the corpus never uses; an act named by an acronym is not
    assert indexed.ask("what's the fraser test?").status == "not_found"
    ans = indexed.ask("under the DA act who has to put the polygraph condition on high risk offenders' licence?")
    assert "Prison Governors" in ans.answer, ans.answer


def test_versus_joins_two_questions():
    from assistant.answer.parts import question_parts
    assert question_parts("that story about the hungarian guy - what was he told he'd earn vs what he actually got?") == [
        "that story about the hungarian guy - what was he told he'd earn",
        "that story about the hungarian guy - what was he told he'd earn - what he actually got?"]


def test_an_age_question_needs_an_age_and_a_reporting_duty_is_a_legal_question(indexed):
    from assistant.answer.refusal_rules import missing_evidence
    assert missing_evidence("up to what age can a care leaver stay with their foster carers?", "general",
                            ["Compared to statistical neighbours there is little difference for care leavers."]) \
        == "an age for this"
    assert missing_evidence("how old was M?", "number", ["Child ‘M’ was a 12-year-old boy."]) is None
    ans = indexed.ask("as a nurse, under the FGM mandatory reporting duty do i have to report to police myself and "
                      "within what time?")
    assert ans.status == "not_found", ans.answer


def test_parts_share_only_what_they_point_back_to():
    from assistant.answer.parts import question_parts, strip_intro
    # a first part that itself points back to the topic is no scene for the second
    assert question_parts("heard harrow put social workers into secondary schools - when did that start and how "
                          "many SWs are on it?") == [
        "heard harrow put social workers into secondary schools - when did that start",
        "heard harrow put social workers into secondary schools - how many SWs are on it?"]
    # "total number of ..." opens a part like "number of ..."
    assert len(question_parts("missing kids 2019-20: total number of kids who went missing, and what % of them "
                              "were black or black british?")) == 2
    # a noun of its own: only the verb phrase is shared
    assert question_parts("VAH - how many groups and how many individual people did they help?") == [
        "VAH - how many groups did they help?", "VAH - how many groups did they help - how many individual people did "
        "they help?"]
    assert question_parts("how many primary and how many secondary schools does harrow have?") == [
        "how many primary schools does harrow have?", "how many secondary schools does harrow have?"]
    # two hats are one introduction; a bare role may be the topic
    assert strip_intro("IRO/CP chair here - what were the conference priorities?") == "what were the conference priorities?"
    assert strip_intro("LADO here - what did the report say?") == "what did the report say?"
    assert strip_intro("LADO - what does it stand for?") == "LADO - what does it stand for?"
    assert strip_intro("IRO: how many reviews did they chair?") == "IRO: how many reviews did they chair?"


def test_thirteenth_session_counts_and_labels(indexed):
    from assistant.answer.question_shape import question_type
    # a count asked as a noun phrase
    assert question_type("MASH contacts for apr 2020-mar 2021 in harrow") == "number"
    assert question_type("referrals to mash - what changed?") == "general"
    assert "9,971" in indexed.ask("MASH contacts for 2020-21?").answer
    # "people went to" is counted by "185 delegates attended"
    ans = indexed.ask("how many people went to the 2021 virtual safeguarding conference?")
    assert "185 delegates" in ans.answer, ans.answer
    # "how many of the staff" is counted by "only one professional"
    ans = indexed.ask("child M - his parents tied him down with soft stuff. how many of the staff around him treated "
                      "that as a safeguarding worry?")
    assert "only one professional" in ans.answer, ans.answer
    # a short later part is answered from the first part's passage
    ans = indexed.ask("how much did the mayor put into tagging abusers released from prison, and what kind of device?")
    assert "£230,000" in ans.answer and "GPS" in ans.answer, ans.answer
    # "compared with the year before" asks for a change, which a percentage gives
    ans = indexed.ask("what did the report say about LADO referrals compared with the year before?")
    assert ans.status == "answered" and "14%" in ans.answer, ans.answer


def test_what_that_form_is_called_is_a_kinds_label(indexed_both):
    # "what's that form called?" asks for a kind's label, not a name in a story
    ans = indexed_both.ask("made to cook and clean in a private house for no pay, sleeping where she works - what's "
                      "that form called?")
    assert ans.answer.lstrip("- ").startswith("DOMESTIC SERVITUDE"), ans.answer


def test_parts_share_a_closing_date_and_a_request_clause():
    from assistant.answer.parts import question_parts
    # a date closing the message scopes a count asked by its noun...
    assert question_parts("number of children on CP plans and number of LAC in harrow as at 31 march 2021?") == [
        "number of children on CP plans as at 31 march 2021", "number of LAC in harrow as at 31 march 2021?"]
    # ... but is not moved into a question clause, whose figure the document may give undated
    assert question_parts("what % of ICPCs were in the 15 day timescale, and how many kids were on a repeat CP plan "
                          "in 2019-2020?")[0] == "what % of ICPCs were in the 15 day timescale"
    # a request is a first clause
    assert len(question_parts("writing a funding bid - need harrow's overall population and where it sits on "
                              "deprivation among london boroughs")) == 2
    # a count with no object points back: "..., and how many delegates came?"
    parts = question_parts("who was the keynote at the 2021 joint conference, and how many delegates came?")
    assert parts[1].startswith("who was the keynote at the 2021 joint conference - "), parts


def test_held_outs_18_and_19_read(indexed):
    # "is the report the partnership's first one?" places it in its series
    ans = indexed.ask("is the 20/21 annual report the partnership's first one under the new arrangements?")
    assert "second annual report" in ans.answer, ans.answer
    # "total population" is the "Overall Population" row
    assert "252,300" in indexed.ask("what's harrow's total population?").answer
    # "most common": the list item with the largest leading figure, the lead-in shown once
    ans = indexed.ask("what was the most common way children left care in harrow in 2019/20 and what percentage?")
    assert "35.4% Returned home" in ans.answer, ans.answer
    assert ans.answer.count("the most common way children have achieved permanency") == 1, ans.answer
    # a short count part answered from the first part's passage must count what is asked
    ans = indexed.ask("who was the keynote at the 2021 joint conference that used to be chief crown prosecutor, "
                      "and how many delegates came?")
    assert "Nazir Afzal" in ans.answer and "185 delegates" in ans.answer, ans.answer
    # a breakdown between categories the documents never give, a retention period and a
    # section of an act they never name are refused
    for q in ("for harrow CP plans in 2019-20, how many were under neglect vs emotional abuse vs physical abuse?",
              "how long should a school keep a pupil's child protection file after they leave - what's the retention period?",
              "who has to be invited to a s47 strategy discussion?",
              # a programme named by an everyday word ("prevent"), never named in the documents
              "year 9 boy sharing far-right stuff online - what are the steps for a prevent referral?"):
        assert indexed.ask(q).status == "not_found", q
    # ... which is still the verb elsewhere
    assert indexed.ask("what did harrow do to prevent children going missing?").status == "answered"


def test_held_out_17_read_lists_and_names(indexed_both):
    # a list headed by the kind asked for, not the section's figures
    ans = indexed_both.ask("what were the actions agreed after the young carers scrutiny?")
    assert "routinely gather data" in ans.answer and "Worsen for 18" not in ans.answer, ans.answer
    # "... in a number of ways" introduces its sub-sections
    ans = indexed_both.ask("all the ways to report suspected slavery pls (numbers etc)")
    for fact in ("999", "101", "0800 0121 700", "online form"):
        assert fact in ans.answer, (fact, ans.answer)
    # "what's the proper name for that?" asks for a kind's label
    ans = indexed_both.ask("people made to clean and cook in someone's house for no wages and hardly let out - "
                           "what's the proper name for that?")
    assert "DOMESTIC SERVITUDE" in ans.answer, ans.answer
    # "24hrs" asks about opening hours
    ans = indexed_both.ask("is the modern slavery helpline 24hrs?")
    assert "24 hours a day" in ans.answer, ans.answer
    # a thing the documents never name ("turnover threshold") is not answered
    assert indexed_both.ask("what turnover threshold means a company has to publish a modern slavery "
                            "statement?").status == "not_found"


def test_break_it_pass_thirteenth_session(indexed_both):
    from assistant.answer.parts import strip_intro
    # the asker's role stays when the question speaks of the asker
    assert strip_intro("LADO here - how many referrals did I get compared with last year?").startswith("LADO here")
    ans = indexed_both.ask("LADO here - how many referrals did I get compared with last year?")
    assert "14%" in ans.answer, ans.answer
    # a retention period needs a length of time said of keeping something
    assert indexed_both.ask("how long should we keep child protection records?").status == "not_found"
    # "prevent" as a word, not the programme
    ans = indexed_both.ask("what did the prevent and early intervention approach to mental health involve?")
    assert ans.status == "answered", ans.answer
    # opening hours: asked as "24/7", and refused for a service whose hours are not given
    assert "24 hours a day" in indexed_both.ask("is the modern slavery helpline 24/7?").answer
    assert indexed_both.ask("is the MASH 24/7?").status == "not_found"
    assert "24 hours a day" in indexed_both.ask("what are the opening hours of the modern slavery helpline?").answer
    # a count asked as a noun phrase, dated
    assert "298" in indexed_both.ask("CP plans at 31 march 2021?").answer


def test_an_acronym_and_its_expansion_name_the_same_thing():
    from assistant.glossary import load_glossary
    from assistant.keywords import analyze, covered_weight

    g = load_glossary()
    # asked by acronym: named by the expansion; asked by expansion: named by the acronym
    [(asked, naming)] = g.equivalents("whats the timescale for an RHI after a missing episode?")
    assert asked == {"rhi"} and naming == set(analyze("return home interview"))
    [(asked, naming)] = g.equivalents("how many contacts came into the multi agency safeguarding hub?")
    assert naming == {"mash"} and set(analyze("multi agency safeguarding hub")) <= asked
    weights = {"rhi": 4.0, "timescal": 2.0}
    eq = g.equivalents("timescale for an RHI")
    assert covered_weight(weights, set(analyze("a return home interview within 72 hours")), eq) == 4.0
    assert covered_weight(weights, set(analyze("a home visit within 72 hours")), eq) == 0.0
    # for the reranker, an everyday phrase is also named by the document term it stands for
    assert g.equivalents("how many children are in care?") == []
    eq = g.synonym_equivalents("how many children are in care?")
    assert (frozenset({"care"}), frozenset({"look"})) in eq
    # a one-word phrase ("kids") names too much to count
    assert g.synonym_equivalents("how many kids?") == []


def test_a_short_reporting_period_is_spelled_out_for_matching():
    from assistant.keywords import question_weights, spell_periods

    assert spell_periods("contacts in 20/21") == "contacts in 2020-21"
    assert spell_periods("the FY21-22 budget") == "the FY2021-22 budget"
    assert spell_periods("in 20/22") == "in 20/22"  # not one reporting year
    assert "p2020-21" in question_weights("how many contacts in 20/21?", {})


def test_fourteenth_session_answers(indexed_both):
    from assistant.answer.parts import question_parts, strip_intro

    # an acronym in a timescale question is named by its spelling out
    ans = indexed_both.ask("whats the timescale for an RHI after a missing episode?")
    assert "72 hours" in ans.answer, ans.answer
    # the at-a-glance figures asked with the MASH spelled out and a short period
    ans = indexed_both.ask("harrow at a glance table - how many contacts came into the multi agency safeguarding hub "
                           "in 20/21, and how many kids were on cp plans at 31 march 2021?")
    assert "9,971" in ans.answer and "298" in ans.answer, ans.answer
    # two acronyms in one "stand for" question
    assert question_parts("what do ECINS and VVE stand for?") == ["what do ECINS stand for?", "what do VVE stand for?"]
    ans = indexed_both.ask("sorry what do ECINS and VVE actually stand for? keep seeing them in the contextual safeguarding bit")
    assert "Empowering Communities with Integrated Networks" in ans.answer and "Violence, Vulnerability and Exploitation" in ans.answer
    # "what are the new reviews ...?" is answered by the section headed "New Reviews"
    ans = indexed_both.ask("what are the new reviews the case review subgroup has just started on?")
    assert "shaken baby" in ans.answer and "Adverse Childhood Experiences" in ans.answer, ans.answer
    # a relative "that" does not point back to the first part
    assert question_parts("child m learning sheet - how old was M and what was the first review that took place called?")[1] \
        == "child m learning sheet - what was the first review that took place called?"
    ans = indexed_both.ask("child m learning sheet - how old was M and what was the first review that took place called?")
    assert "12-year-old" in ans.answer and "Rapid Review" in ans.answer, ans.answer
    # a place named in a heading that ends a line is named ("COMMUNITY SAFETY GLASGOW\nTARA")
    ans = indexed_both.ask("what does TARA stand for in the glasgow listing and who is it for?")
    assert "over the age of 18" in ans.answer, ans.answer
    # what the asker is doing, for whom, is no part of the question
    assert strip_intro("running a session for reception staff - what are the signs of modern slavery?") \
        == "what are the signs of modern slavery?"
    assert strip_intro("doing a briefing on the child M review - what were the findings?").startswith("doing")
    ans = indexed_both.ask("running a session for reception staff - what are the signs someone might be a victim of modern slavery?")
    assert "POOR LIVING CONDITIONS" in ans.answer and "UNUSUAL TRAVEL TIMES" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    # the thing's head word is never named ("England average" is no caseload)
    "whats the national average caseload for a children's social worker in england?",
    # the timed event must be named by the sentence giving the time
    "new sw - how many working days do i have to complete a child and family assessment in harrow?",
    # an age must be the age of what is asked
    "what's the age of criminal responsibility in england? yot case",
    # a count for an age group needs an age
    "young carers in harrow - how many are under 10?",
    # (held-out 38) a country's figure is not a Harrow figure beside "the England average"
    "how many children are on child protection plans across england in total right now?",
    # a price of something the budget never names
    "how much does an enhanced DBS check cost for a volunteer at our youth club?",
    # a number for a service the sentence giving a number never names
    "whats the phone number for harrow MASH / out of hours emergency duty team?",
    # (fifteenth session) a quoted sentence must both name the event and give the time:
    # the MARAC passage gives no time, the conference timescales name no MARAC
    "what is the timescale for a marac referral",
    # a duty to "report on activity" is no step to take
    "how do I make a referral to the LADO?",
    # a passage naming the period asked must name what is asked too: not "There were 789
    # CPCs in Harrow in 2019-20" for LADO referrals
    "what was the actual number of LADO referrals harrow received in 2019-20? not the percentage, the raw count",
    # a form's code with a digit is known only whole ("MS1" is not "Ms" and "1")
    "as a council do we have to send the home office a duty to notify (MS1) form for adult victims who don't consent to the NRM?",
    # (sixteenth session, held-out 35)
    # another borough named only in the asking clause, no passage naming it
    "what are brent's safeguarding partnership priorities for 2021?",
    # a retention period needs a length of time said of keeping something
    "how long does a school have to keep child protection records after a pupil leaves?",
    # "Local Authority" in the deprivation rows is no LADO (a word of an expansion alone)
    "whats the actual number of LADO referrals harrow had in 2020/21, and how many were about teachers?",
    # (sixteenth session, probe-44)
    # a count asked for beside a change the message quotes
    "how many lado referrals were there actually? report only says down about 14%, need the raw number",
    # a date asked for needs one in the answer
    "when did chris miller start as independent chair for harrow and what was he before that?",
    # a breakdown by a dimension the report never gives
    "do we have an ethnicity breakdown of the 298 children on cp plans at march 2021?",
    "what % of harrow cp plans in 19/20 were under neglect vs emotional abuse? need the category split",
    # "how long till X" and "by what time" time an event
    "after the icpc how long till the first review cp conference has to happen? 3 months?",
    "operation encompass - by what time does the police notification have to reach the school the next morning?",
    # a percentage is written in digits; a rate per 10,000 is one
    "what actually is the england avg % of looked after kids who go missing? report says harrow is above it but never says the number",
    "dsl q: whats the england rate of cp plans per 10,000 kids? i know harrow was 12th highest in london but need the national number",
    # a threshold asked for needs one said
    "hv here - whats the threshold for a marac referral, is it 14 ticks on the dash risk checklist?",
    # (seventeenth session)
    # a rate named by what it is of needs that named
    "what's the social worker vacancy rate / agency staff % in harrow children's services?",
    # a measure asked for a role needs that role where the answer is (not the IROs' caseloads)
    "health visiting team lead - what's the recommended caseload for a health visitor in harrow?",
    # an entitlement claimed needs the entitlement named
    "can modern slavery victims claim compensation, and how much do they usually get?",
    # a guidance or protocol named by its subject must be the one the answer comes from
    "what's harrow's safe sleep guidance for parents co-sleeping with a newborn?",
    # what a count counts, by acronym, must be named by the figure's own sentence
    "how many NRM referrals did harrow council submit for children in 2020?",
    # (eighteenth session)
    # ... or by the topic a bare "how many" counts
    "nrm referrals for harrow kids last year - how many, and how many got a positive conclusive grounds decision?",
    # an inspection's grade needs a grade named
    "what rating did ofsted give harrow children's services last time they inspected - good or outstanding?",
    # an average asked as a noun phrase is a figure ("avg wait in weeks")
    "camhs waiting times - avg wait in weeks from referral to first appointment?",
    # a footnote's number and "Covid 19" are no figures
    "the report says 198 missing episodes in 19/20 - what was the actual number of episodes in 2020-21?",
    # the process for something the passages never name
    "gp - what's the process for applying for a deprivation of liberty order for a 16 yr old in harrow?",
    # a figure for a group (a sex, a ward, a month, an outcome) must name that group
    "cp plans at 31 march 2021 - how many were girls?",
    "which ward in harrow had the most MASH contacts?",
    "LADO referrals by month - which month was busiest?",
    "how many children were adopted in 2018-19?",
    # a case named by its letter must be the one the answer comes from
    "young person J - how old was he when he died?",
    # statutory guidance named must be named where the answer comes from
    "under KCSIE, how often should DSLs get refresher training?",
    "who has a mandatory duty to report FGM to the police?",
    "dsl here - what does the law say about searching pupils' phones?",
    "what's the maximum time a child can be kept in police protection?",
    # a world figure does not answer a question about harrow; convictions are counted by name
    "how many modern slavery victims are there in harrow?",
    "how many convictions for modern slavery were there in the UK last year?",
    "how much do traffickers typically charge victims for transport?",
    # a post asked "who is" needs a person's name ("Allegations Against" is none)
    "who is the harrow LADO?",
    # a service asked by its acronym is not answered from another document's passage
    "how do I make a referral to the MASH - is there an online form?",
    "what is the MARAC threshold?",
    # national guidance and Acts named must be what the answer comes from
    "what does the national FGM guidance say about the age girls are most at risk?",
    "what does the modern slavery act say businesses must do?",
    "under the children act who has parental responsibility?",
    # (nineteenth session)
    # a service spelled out is asked about as by its acronym, and only its own section names it
    "how many national referral mechanism referrals did harrow council make in 2020-21?",
    "local authority designated officer referrals - how many were about teachers vs foster carers vs sports coaches?",
    # a kind of exclusion counted must be named
    "whats the number of permanent exclusions in harrow for 2019-20?",
    # an ethnicity written as a heritage; an age band below a range's start
    "what % of mixed heritage care leavers aged 19-21 were neet?",
    "the kids on cp plans at end of march 2021 - how many were under 5? need an age breakdown for a briefing",
    # a breakdown of one thing is not answered by another's
    "the home educated kids sept 20 - march 21, is there an ethnicity breakdown anywhere?",
    # an outcome ended in
    "LADO - how many allegations in harrow ended in the staff member being dismissed or referred to the DBS?",
    # a name capitalised mid-sentence the documents never use
    "Under Harrow's Staying Put arrangements, up to what age can a care leaver carry on living with their former foster carers?",
    # a comparison with a year the documents do not give
    "how many children were electively home educated, compared to the previous year?",
    # a hospital's own figures
    "how many safeguarding referrals did northwick park a&e make in 2020-21?",
    # legal outcomes and what happened later, which the documents do not report
    "was the trafficker in albert's story ever convicted?",
    "what sentence did the traffickers get in the case studies?",
    "what happened to child M's siblings afterwards?",
    "did the police charge anyone over child M's death?",
    # the next event is not the last one
    "when is the next harrow safeguarding conference?",
    # a share of something the answer does not name; a percentage needs one
    "what % of initial health assessments for looked after children were done within 20 working days?",
    "what percentage of care leavers aged 19-21 were neet?",
    # a phone line by another name; a children's services number is not the slavery helpline
    "whats the direct line for the harrow MASH?",
    "what's the out of hours number for harrow childrens services?",
    # a person's name, not a capitalised title
    "what's the name of the CSPR author for child M?",
    # the source asked about is where the answer comes from
    "what did the ofsted inspection in 2019 say about the mash?",
    # a term spelled out in what is counted; a status counted
    "how many children in need were there in harrow at 31 march 2021?",
    "how many care leavers are young parents themselves?",
    # who chairs, leads or is in charge: said, not only the thing named
    "who chairs the MARAC in harrow?",
    "who is in charge of the MASH?",
    # a legal duty named in the scene asks what the law requires
    "Under the mandatory FGM reporting duty, who do I have to report to and by when if a girl tells me she has been cut?",
    # twentieth session: an average length of time; a term spelled out in what is counted
    "camhs waiting times harrow - average weeks from referral to first appt?",
    "dsl - what did the report say about the number of children missing education?",
    "s47s - how many were there?",
    # a team a count is scoped to; an age range
    "how many cp plans were there in the north harrow team?",
    "how many lac are aged 16-17?",
    "what did the hscb spend on the annual conference in 2019-20? comparing with this yr's budget",
    # twenty-first session: figures of a topic the answer's row does not name; a count
    # among a group named first that the figure is not about
    "what were harrow's fixed-term exclusion figures for secondary schools in 2020-21?",
    "ehe lead - of the home educated children in the report, how many were primary age and how many secondary?",
])
def test_later_session_refusals(indexed_both, question):
    ans = indexed_both.ask(question)
    assert ans.status == "not_found" and not ans.citations, ans.answer


def test_fourteenth_session_held_out_38_answers(indexed_both):
    from assistant.answer.parts import question_parts

    # "until when" opens a part; "estimated number of" asks a count by its noun
    assert question_parts("VAH safeguarding outreach - until when has it been recommissioned and how many "
                          "organisations got specific support?")[0] == "VAH safeguarding outreach - until when has it been recommissioned"
    ans = indexed_both.ask("VAH safeguarding outreach - until when has it been recommissioned and how many organisations "
                           "got specific support?")
    assert "2022" in ans.answer and "103" in ans.answer, ans.answer
    ans = indexed_both.ask("estimated number of slaves worldwide on the modern slavery site, and where's that figure from?")
    assert "29.8 million" in ans.answer and "Global Slavery Index" in ans.answer, ans.answer
    # NEET and sex in everyday words
    ans = indexed_both.ask("care leavers with no job or course - was there a difference between girls and boys in 2019-20?")
    assert "43%" in ans.answer and "16%" in ans.answer, ans.answer
    # "is that one of the red flags?" asks which sign the scene is
    ans = indexed_both.ask("noticed the lads at the car wash get dropped off at like 5am and collected really late - "
                           "is that one of the red flags?")
    assert "UNUSUAL TRAVEL TIMES" in ans.answer, ans.answer


def test_a_number_for_a_named_service_and_a_uk_figure_are_still_answered(indexed_both):
    assert "0800 0121 700" in indexed_both.ask("what's the number for the modern slavery helpline?").answer
    assert "90 were UK nationals" in indexed_both.ask("how many victims of modern slavery are there in the uk?").answer
    assert "Free from landlines" in indexed_both.ask("how much does it cost to call the helpline?").answer


def test_everyday_words_for_confronting_an_exploiter_and_stopping_care(indexed_both):
    ans = indexed_both.ask("reckon the car wash down the road has lads working there against their will. should i tell "
                           "them i've rung someone or go have a word with the boss?")
    assert "do not attempt to let the victim know" in ans.answer and "confront the traffickers" in ans.answer, ans.answer
    ans = indexed_both.ask("when kids stop being in care in harrow where do most of them end up going?")
    assert "Returned home to live with parents" in ans.answer, ans.answer
    ans = indexed_both.ask("who does the partnership pay to help churches and small charities with their safeguarding, "
                           "and until when?")
    assert "Voluntary Action Harrow" in ans.answer and "2022" in ans.answer, ans.answer


def test_fourteenth_session_held_out_34(indexed_both):
    from assistant.answer.parts import question_parts
    from assistant.safety import screen_urgent

    # what the law says about an age is a question, not a child left alone now
    assert screen_urgent("parent asking me what age a child can legally be left home alone in england - what's the answer?") is None
    assert screen_urgent("a 6 year old has been left home alone tonight, is that legal?") is not None
    # "how many got ...?" has no noun of its own: it points back to the first part, and
    # is refused with it
    q = ("how many harrow children were referred into the NRM as possible trafficking victims last year, and how many "
         "got a positive conclusive grounds decision?")
    assert question_parts(q)[1].startswith("how many harrow children were referred into the NRM")
    ans = indexed_both.ask(q)
    assert ans.status == "not_found" and not ans.citations, ans.answer
    # what a "how do I ..." step is done to must be named
    ans = indexed_both.ask("school nurse - 14 yr old wants contraception and doesn't want her parents told. "
                           "how do i apply gillick / fraser?")
    assert ans.status == "not_found" and not ans.citations, ans.answer
    # "what number do I ring?" asks for a telephone number
    ans = indexed_both.ask("pretty sure the lads at the car wash near school are being kept there against their will, "
                           "but nobody looks like they're about to get hurt this minute - what number do I ring?")
    assert ans.status == "answered" and "101" in ans.answer, ans.answer
    # IROs and their caseloads in everyday words
    ans = indexed_both.ask("the people who chair reviews for children in the council's care - how many children is "
                           "each one holding, and what's the recommended number?")
    assert "75" in ans.answer and "50-70" in ans.answer, ans.answer


def test_a_later_part_asking_what_actually_happened_is_answered_past_the_first(indexed_both):
    # the rate of the clause that asks last, and "actually" asks past what was promised
    ans = indexed_both.ask("the case study of the man from hungary on the slavery site - what was he told he'd earn a "
                           "month in the factory, and what was he actually paid?")
    assert "£2000 a month" in ans.answer and "£3-5 a week" in ans.answer, ans.answer


def test_a_glossary_acronym_in_lower_case_is_named():
    from assistant.glossary import acronym_flags, load_glossary

    g = load_glossary()
    assert [t.acronym for t in g.find_terms("rhi timescale")] == ["RHI"]
    assert "LAC" in {t.acronym for t in g.find_terms("how many lac are there")}
    # an everyday word in lower case is not an acronym; its capitals still are
    assert acronym_flags("ACE") == 0 and not g.find_terms("an ace of a trainer")
    assert "SEND" not in {t.acronym for t in g.find_terms("who do i send a referral to")}
    assert "ACE" in {t.acronym for t in g.find_terms("training on ACEs")}
    assert "Return Home Interview" in g.expand("whats the rhi timescale")


def test_fifteenth_session_answers(indexed_both):
    # a lower-case acronym is named by its spelling out in a timescale answer
    ans = indexed_both.ask("what is the timescale for a rhi")
    assert ans.status == "answered" and "72 hours" in ans.answer, ans.answer
    # a period asked: the figure of a passage naming that period and what is asked, not a
    # 2019-20 sentence the period check would refuse
    ans = indexed_both.ask("how many children were on a cp plan in 2020-21")
    assert ans.status == "answered" and "298" in ans.answer, ans.answer



def test_a_newly_arrived_asker_is_an_introduction():
    from assistant.answer.parts import strip_intro

    assert strip_intro("dsl just moved to the borough - how many primary schools does harrow have?") \
        == "how many primary schools does harrow have?"
    # where the asker came from does not scope the question; a place they are in does
    assert strip_intro("dsl just moved to the borough from hampshire - what is the lado's role") == "what is the lado's role"
    assert strip_intro("SW in Brent here - what's the LADO number?") == "SW in Brent here - what's the LADO number?"


def test_a_lower_case_acronym_question_is_answered_from_the_glossary(indexed_both):
    from assistant.answer.question_shape import asked_acronym

    assert asked_acronym("what does cla stand for") == "CLA"
    assert asked_acronym("who do i send a referral to") is None
    ans = indexed_both.ask("what does sgo stand for")
    assert "Special Guardianship Order" in ans.answer, ans.answer


def test_a_second_party_or_the_same_date_is_a_second_part():
    from assistant.answer.parts import question_parts

    assert question_parts("hscb budget 20-21: what did the ccg put in compared with the council?") == [
        "hscb budget 20-21: what did the ccg put in?", "hscb budget 20-21: what did the council put in?"]
    # a benchmark is no second party
    assert len(question_parts("how many cp plans does harrow have compared to the england average?")) == 1
    assert len(question_parts("how did missing episodes change compared with last year?")) == 1
    # the same date: the first part's count and date around the new thing
    assert question_parts("number of kids on CP plans at 31/3/21 in harrow? and LAC at the same date") == [
        "number of kids on CP plans at 31/3/21 in harrow", "number of LAC at 31/3/21"]
    assert question_parts("how many cp plans at 31/3/21? and lac at the same date") == [
        "how many cp plans at 31/3/21", "how many lac at 31/3/21"]
    # (not when the first part says more than its thing, nor for a second party)
    assert question_parts("what % of icpcs were in timescale in 2019-20? and review conferences over the same period")[1] == \
        "what % of icpcs were in timescale in 2019-20 - and review conferences over the same period"
    assert question_parts("what % of the budget for 2020-21 came from the police? and from health in the same year")[1] == \
        "what % of the budget for 2020-21 came from the police - and from health in the same year"


def test_a_second_party_and_the_same_date_are_answered(indexed_both):
    ans = indexed_both.ask("HSCB budget 2020-21: how much did police/MOPAC contribute compared to the council?")
    assert "5,000" in ans.answer and "162,417" in ans.answer, ans.answer
    ans = indexed_both.ask("number of kids on CP plans at 31/3/21 in harrow? and LAC at the same date")
    assert "298" in ans.answer and "184" in ans.answer, ans.answer
    ans = indexed_both.ask("how many cp plans at 31/3/21? and lac at the same date")
    assert ans.status == "answered" and "298" in ans.answer and "184" in ans.answer, ans.answer


def test_two_things_with_the_same_head_noun_are_two_parts(indexed_both):
    from assistant.answer.parts import question_parts

    assert question_parts("whats the modern slavery helpline number, and the crimestoppers number if the person wants to stay anonymous?") == [
        "whats the modern slavery helpline number", "whats the crimestoppers number if the person wants to stay anonymous?"]
    assert len(question_parts("what are the names and the roles of the partners?")) == 1
    ans = indexed_both.ask("whats the modern slavery helpline number, and the crimestoppers number if the person wants to stay anonymous?")
    assert "0800 0121 700" in ans.answer and "0800 555 111" in ans.answer, ans.answer


def test_where_someone_came_from_does_not_scope_the_question(indexed):
    # "moved from croydon" is the child's history; the question is about Harrow's
    # transfer-in conferences, asked whether (not how long: no figure needed)
    ans = indexed.ask("child just moved from croydon on a cp plan - are transfer-in conferences held within timescales?")
    assert ans.status == "answered" and "minority of transfer-in conferences" in ans.answer, ans.answer
    ans = indexed.ask("new to harrow from brent - who chairs the partnership?")
    assert ans.status == "answered" and "Chris Miller" in ans.answer, ans.answer
    # ... in the asking clause too, unless a count is asked
    ans = indexed.ask("are transfer-in conferences on time when kids move in from barnet?")
    assert ans.status == "answered" and "minority of transfer-in conferences" in ans.answer, ans.answer
    # a place the question is about still scopes it, and so does an origin counted
    for q in ("what are brent's cp plan figures?", "how many children moved from brent to harrow last year?",
              "how many kids on cp plans transferred in from ealing?"):
        ans = indexed.ask(q)
        assert ans.status == "not_found", (q, ans.answer)


def test_where_a_list_is_published_is_not_its_topic(indexed_both):
    # "listed on the modern slavery site" names the source, not what is listed
    ans = indexed_both.ask("what are the different types of slavery listed on the modern slavery site?")
    assert "CHILD TRAFFICKING" in ans.answer and "DEBT BONDAGE" in ans.answer, ans.answer


def test_a_later_part_is_retrieved_for_by_its_own_clause_too(indexed):
    # the first part (the chair) would fill the passages; the second asks about the
    # information-sharing confusion his evaluation reports (held-out 35)
    ans = indexed.ask("who is the independent chair and scrutineer for the harrow arrangements, and what did he say "
                      "staff are confused about when it comes to info sharing?")
    assert "Chris Miller" in ans.answer and "parental consent" in ans.answer, ans.answer


def test_the_acronym_a_later_part_asks_about_is_the_one_just_quoted(indexed):
    ans = indexed.ask("VVE / MACE work in harrow - what's the secure info sharing system they use for case management "
                      "called? what does the acronym stand for")
    assert "ECINS" in ans.answer and "Empowering Communities with Integrated Networks" in ans.answer, ans.answer


def test_held_out_33_and_35_paraphrases(indexed_both):
    # "have a say" is participation
    ans = indexed_both.ask("kids in care - what proportion actually have a say in their own care reviews with the "
                           "independent person who chairs them?")
    assert "98.1%" in ans.answer, ans.answer
    # "should I tell ...?" asks for advice: the sentence saying what not to do
    ans = indexed_both.ask("once I've rung it in, should I tell the woman I've grassed, or have a word with the blokes who run her?")
    assert "do not attempt to let the victim know" in ans.answer, ans.answer
    # a statement, then a yes/no question and a second one: two parts
    ans = indexed_both.ask("that disabled boy who died - parents were tying him down with soft stuff. did anyone flag it, "
                           "and where should decisions about that be written down?")
    assert "only one professional" in ans.answer and "Care Plan" in ans.answer, ans.answer
    # the report placed in its series, with its period between ("for 20-21 their first one")
    ans = indexed_both.ask("quick one - is the harrow partnership annual report for 20-21 their first one under the new arrangements?")
    assert "second annual report" in ans.answer, ans.answer


def test_anything_learned_asks_for_the_findings(indexed):
    from assistant.answer.question_shape import question_type

    assert question_type("young person J - anything learned so far?") == "list"
    assert question_type("what has been learnt from young person J?") == "list"
    assert question_type("what is the learned lessons review about?") == "general"
    ans = indexed.ask("that review about the teenage girl who'd been hurting herself for years before things got "
                      "really serious - anything learned so far?")
    assert "professional curiosity" in ans.answer and "learning needs" in ans.answer, ans.answer


def test_a_list_item_already_quoted_is_not_shown_twice(indexed):
    for q in ("why did the crisis mental health team keep seeing teenagers in person right through lockdown?",
              "what was the most common way children left care in harrow in 2019/20 and what percentage?",
              "were M's mum and dad tying him down to be cruel?"):
        ans = indexed.ask(q)
        items = [re.sub(r"\s*\[\d+\]$", "", line).strip() for line in ans.answer.split("\n") if line.startswith("- ")]
        assert items and len(items) == len(set(items)), ans.answer
        # every quote is still the passage's own text
        assert all(any(c.quote in p.chunk.text for p in ans.retrieved) for c in ans.citations), ans.answer


def test_the_kinds_of_business_are_the_guidance_sectors(indexed_both):
    ans = indexed_both.ask("what sort of businesses do people end up being made to graft in here in the UK when they've been trafficked?")
    assert "nail bars" in ans.answer and "cannabis farms" in ans.answer, ans.answer


def test_near_miss_rules_leave_answers_alone(indexed_both):
    for q, fact in (("how many SWs are in the swis project?", "Six social workers"),
                    ("how many organisations did VAH support?", "103"),
                    ("when did the swis project start and who funds it?", "November 2020"),
                    # (a split is a group's figure, not the dimension named: since the
                    # fifty-third session "age, gender, ethnicity and ability do not
                    # discriminate ..." is no answer to it)
                    ("what was the gender split of domestic abuse victims?", "40% of victims"),
                    ("what % of ICPCs were held within the 15 day timescale?", "62.7%")):
        ans = indexed_both.ask(q)
        assert ans.status == "answered" and fact in ans.answer, (q, ans.answer)


def test_dna_and_the_front_door(indexed_both):
    # "DNA" (did not attend) is now "Was not Brought"; a lower-case glossary acronym in a
    # named procedure is no unknown document
    ans = indexed_both.ask("child m review - what did it say about disabled kids who keep missing hospital appts? "
                           "what's the dna procedure called now")
    assert "Was not Brought" in ans.answer, ans.answer
    from assistant.glossary import load_glossary

    assert "MASH" in load_glossary().expand("how many calls landed at the front door last year?")


def test_a_later_part_asking_opening_hours_finds_the_line_it_points_back_to(indexed_both):
    # "is it open at night?" points back to "the slavery line": the helpline's "24 hours a
    # day", not only the first part's anonymity sentences
    ans = indexed_both.ask("parent asking - can they ring the slavery line without giving their name, and is it open at night?")
    assert "anonymous" in ans.answer and "24 hours a day" in ans.answer, ans.answer


def test_seventeenth_session_question_parts():
    from assistant.answer.parts import question_parts, strip_aside

    # a leading "of ..." sets the topic of both parts
    assert question_parts("of the kids leaving care in 2019/20 what % left on an SGO and what % were adopted?") == [
        "of the kids leaving care in 2019/20 - what % left on an SGO", "of the kids leaving care in 2019/20 - what % were adopted?"]
    # "... X and Y each ..." asks it of each
    assert question_parts("how much did police/MOPAC and the CCG each put into the hscb budget 2020-21?") == [
        "how much did police/MOPAC put into the hscb budget 2020-21?", "how much did the CCG put into the hscb budget 2020-21?"]
    # a later part whose every word the first part has asks about the first part's thing
    assert question_parts("when did the social worker in schools project kick off and how many schools have a sw?")[1] == \
        "when did the social worker in schools project kick off - how many schools have a sw?"
    # ... but not one with words of its own
    assert question_parts("when did the SWIS project start and who funds the project?")[1] == "who funds the project?"
    # a closing remark about the asker goes; one that scopes the answer stays
    assert strip_aside("family A SAR - what were the key findings? hv, one of the kids was on my caseload years ago") == \
        "family A SAR - what were the key findings?"
    for q in ("how many cp plans? need the 2019-20 figure", "what were the priorities? i only need the first one"):
        assert strip_aside(q) == q


def test_seventeenth_session_answers(indexed_both):
    for q, facts in (
        # "only one" is a count
        ("the disabled lad whose parents were tying him down with soft fabric - how many of the staff around him "
         "actually flagged that as a worry?", ["only one professional"]),
        # each party of "X and Y each" gets its own figure
        ("budget appendix: how much did police/MOPAC and the CCG each put into the hscb budget 2020-21?", ["5,000", "20,000"]),
        ("of the kids leaving care in 2019/20 what % left on an SGO and what % were adopted?", ["15.4%", "3.1%"]),
        ("school nurse in a secondary - when did the social worker in schools project kick off and how many schools have a sw?",
         ["November 2020", "Six social workers"]),
        # a classifying question is answered with the kind's label
        ("a mum at nursery let slip her boss is holding on to her passport and she can't really go anywhere. "
         "which warning sign is that on the slavery site?", ["RESTRICTED FREEDOM OF MOVEMENT"]),
        ("worker says he has to keep grafting to clear what he owes the people who brought him here, and it just keeps "
         "growing. is there a name for that?", ["DEBT BONDAGE"]),
        ("someone made to clean and cook in a family's house for no money, never gets a day off, kips where they work - "
         "what kind of slavery is that?", ["DOMESTIC SERVITUDE"]),
        # everyday words for the documents' terms
        ("small church group asked me who locally can help them sort out criminal record checks on new volunteers - "
         "who does that?", ["DBS checks"]),
        ("is the modern slavery helpline 24hr and can you ring it free from a mobile?", ["24 hours a day", "most mobile phones"]),
        # "what did they decide going forward?" asks what should happen
        ("the disabled lad whose mum and dad used to tie him with cloth - what did they decide about that going forward?",
         ["Care Plan"]),
        # a closing remark about the asker does not pull the answer away from the list
        ("family A safeguarding adult review - what were the key findings? hv, one of the kids was on my caseload years ago",
         ["Risk Enablement Panel", "young carers"]),
    ):
        ans = indexed_both.ask(q)
        assert ans.status == "answered" and all(f in ans.answer for f in facts), (q, ans.answer)


def test_eighteenth_session_question_parts():
    from assistant.answer.refusal_rules import _full_dates
    from assistant.answer.parts import question_parts, strip_aside

    # a bare "how many" after a topic is a part of its own
    assert question_parts("nrm referrals for 20/21 - how many, and how many got a positive decision?") == [
        "nrm referrals for 20/21 - how many", "nrm referrals for 20/21 - how many got a positive decision?"]
    # "+" joins a later part that points back; where the figure comes from is asked with
    # the figure (twentieth session: one question, answered with its source)
    assert question_parts("est number of slaves worldwide per the slavery site + where's that figure from") == [
        "est number of slaves worldwide per the slavery site - where's that figure from"]
    # what the answer is for is not what it is about
    assert strip_aside("signs of modern slavery to look out for - doing a briefing for front door staff") == \
        "signs of modern slavery to look out for"
    assert strip_aside("key findings from child M, putting together a lunchtime session for my team") == "key findings from child M"
    # (a remark with a year in it may scope the answer)
    q = "what training did VAH run - doing the annual report for 2021"
    assert strip_aside(q) == q
    assert _full_dates("care leavers as at 31/03/2021, or 31st March 21?") == {"31-03-2021"}


def test_eighteenth_session_answers(indexed_both):
    for q, facts in (
        # a list headed by the kind asked for, read with the heading above it
        ("young carers QA scrutiny in the pandemic - which actions were agreed?", ["routinely gather data", "cross referenced"]),
        # agencies by their acronyms
        ("board attendance appendix - how many of the 7 meetings did LFB make it to?", ["2/3"]),
        # "We run ..." says who with the sentence before it
        ("who runs CTAC?", ["NSPCC"]),
        # everyday words for the documents' terms
        ("does the scrutineer think the three partners pay a fair share of the costs?", ["inequitable"]),
        ("how many of the young carers had an EHCP?", ["Education and Healthcare Plan"]),
        ("est number of slaves worldwide per the slavery site + where's that figure from", ["29.8 million", "Global Slavery Index"]),
        ("what are the signs of modern slavery - prepping a briefing for reception staff", ["ISOLATION", "POOR LIVING CONDITIONS"]),
        # (the service's neighbours in its own document name it)
        ("which month saw the highest number of CAMHS referrals?", ["September 2020"]),
        ("who is the independent chair of the partnership?", ["Chris Miller"]),
        ("how many of the home educated children were girls?", ["154 were girls"]),
        # a list headed "Actions:" answers "which actions ...?" over the chapter's sections
        ("which actions followed the partnership's look at young carers in the pandemic?", ["routinely gather data"]),
        # the sentence showing the breakdown asked for
        ("how is the met's early engagement project with MASH and YOT split up by age?", ["2 strands"]),
        # a line broken off mid-sentence goes on in the next ("... you should" / "Call the Police on 999")
        ("what should I do if I think someone is in immediate danger from traffickers?", ["999"]),
        # "who can I contact" asks for whom, not only a number
        ("who can I contact for advice if I think a child has been trafficked?", ["NSPCC"]),
        ("what does section 11 of the children act require of agencies?", ["safer recruitment"]),
        # an Act named by its acronym is the Act spelled out
        ("under the DA act, who must impose the polygraph licence condition?", ["Prison Governors"]),
    ):
        ans = indexed_both.ask(q)
        assert ans.status == "answered" and all(f in ans.answer for f in facts), (q, ans.answer)


def test_nineteenth_session_question_parts_and_names():
    from assistant.answer.question_shape import asked_acronym, question_type
    from assistant.answer.refusal_rules import _band_named, capitalised_names
    from assistant.answer.parts import question_parts

    # a scene set between two clauses belongs to the later one, which points back
    assert question_parts("what does TARA stand for? the glasgow service for trafficked women - and what age do they "
                          "support from?") == [
        "what does TARA stand for",
        "what does TARA stand for - the glasgow service for trafficked women - what age do they support from?"]
    # a later clause repeating the first's question of another subject, its verb elided
    assert len(question_parts("hscb attendance is counted out of how many meetings, and the hssp out of how many?")) == 2
    # a period compared with another asks the same of each
    assert question_parts("how many children did CAMHS see in 2019-20 compared with 2020-21?") == [
        "how many children did CAMHS see in 2019-20?", "how many children did CAMHS see in 2020-21?"]
    # "whats ... one about" asks what one review is about, not for a list
    assert question_type("heard the case review subgroup has started some new reviews - whats the new lessons "
                         "learned one about") == "general"
    # the acronym a topic opens with is the one "it" stands for
    assert asked_acronym("ECINS keeps coming up at the VVE meeting - what does it actually stand for??") == "ECINS"
    # names capitalised mid-sentence, without the corpus's own place
    assert capitalised_names("Under Harrow's Staying Put arrangements, up to what age can a care leaver stay?") == ["Staying Put"]
    assert capitalised_names("what does the child M review say about restraint?") == []
    # an age band is named by its own bound, not a range starting at it
    assert not _band_named("under 5", "Through Schools (Ages 5-18) | 1")
    assert _band_named("under 5", "children aged 0-4 | 30")
    assert _band_named("over 15", "aged 16-17 | 12")


def test_nineteenth_session_answers(indexed_both):
    for q, facts in (
        # "the girls vs the boys" in the report's words
        ("neet care leavers by gender in 2019-20 - what % of the girls vs the boys?", ["43%", "16%"]),
        # each part of a question whose scene sits between its parts
        ("what does TARA stand for? the glasgow service for trafficked women - and what age do they support from?",
         ["Trafficking Awareness Raising Alliance", "18"]),
        ("ECINS keeps coming up at the VVE meeting - what does it actually stand for??", ["Empowering Communities"]),
        ("heard the case review subgroup has started some new reviews - whats the new lessons learned one about, and what "
         "is the new safeguarding adults review looking at?", ["shaken baby", "Adverse Childhood Experiences"]),
        # "how do children ...?" asks how, answered by the list of ways
        ("how do children and young people get involved in their own cp conference in harrow?",
         ["independent advocacy service", "consultation forms"]),
        # everyday words for elective home education
        ("parents pulling their kids out of school to teach them themselves - how many since sept 2020 in harrow?", ["299"]),
        # a count in words
        ("how many social workers are in the schools project?", ["Six social workers"]),
        # a legal outcome the story gives
        ("did the gang that exploited fredek get prosecuted?", ["prosecuting"]),
        # a change on the year before is a comparison
        ("lado referrals - up or down on the year before?", ["14%"]),
        ("was anyone prosecuted in fredek's case?", ["prosecuting"]),
        # the source asked about, named where the answer comes from
        ("what did the recent ofsted inspection say about children in care?", ["Ofsted"]),
        ("how many children looked after were there at end of march 2021?", ["184"]),
        ("who leads the early engagement project?", ["Metropolitan Police Service"]),
        ("who chairs the partnership?", ["Chris Miller"]),
        # a why question is answered with the cause the paragraph gives
        ("why did LADO referrals go down?", ["safer recruitment"]),
        ("reports about staff or volunteers hurting kids - going up or down, and what's the reason given?", ["14%", "safer recruitment"]),
    ):
        ans = indexed_both.ask(q)
        assert ans.status == "answered" and all(f in ans.answer for f in facts), (q, ans.answer)


def test_twentieth_session_question_shapes():
    from assistant.answer.extractive import _WHY_Q
    from assistant.answer.question_shape import asked_acronym, asked_kind, question_type
    from assistant.answer.refusal_rules import _AGE_BAND
    from assistant.answer.parts import question_parts, strip_intro
    from assistant.glossary import load_glossary

    g = load_glossary()
    # a service spelled out is followed by the acronym tables name it by, where the
    # documents use that acronym
    assert "(MASH)" in g.spell_out("how many contacts did the multi agency safeguarding hub get?")
    assert g.spell_out("how many contacts did the multi agency safeguarding hub get?", used=lambda acr: False) == \
        "how many contacts did the multi agency safeguarding hub get?"
    # a case review's subject named by the letter alone searches as "Child M"
    assert "Child M" in g.expand("M couldnt talk - how did staff pick up what he wanted?")
    assert "Child B" not in g.expand("Plan B for SW")
    assert not any(e.startswith("Child ") for e in g.expand("child M - what happened?"))
    # an acronym set equal to a question mark asks what it stands for
    assert asked_acronym("ECINS = ? saw it in the VVE bit") == "ECINS"
    assert asked_acronym("nrm - what is it and who can refer?") == "NRM"
    assert asked_acronym("MASH - what is it doing about referrals?") is None
    # "which ones" takes the kind from the topic
    assert asked_kind("workshops at the 2021 conference - which ones were on?") == "workshops"
    # where a figure comes from belongs with the figure asked for
    assert question_parts("estimated no. of ppl in slavery worldwide per the slavery site? where's the figure from") == [
        "estimated no. of ppl in slavery worldwide per the slavery site - where's the figure from"]
    # a closing numeric date scopes each bare count
    assert question_parts("how many cp plans and how many lac at 31/3/21?") == [
        "how many cp plans at 31/3/21", "how many lac at 31/3/21?"]
    assert question_type("cp plans on 31/3/21?") == "number"
    # a yes/no question checking a count it quotes asks for the count; not a list's size
    assert question_type("is it true the mash got over 10,000 contacts?") == "number"
    assert question_type("did 200 delegates come to the safeguarding conference?") == "number"
    assert question_type("are there 6 types of slavery?") != "number"
    assert question_type("what did the hscb spend on the annual conference?") == "number"
    assert not _AGE_BAND.search("is it true the mash got over 10,000 contacts?")
    # "put that down to" asks for a cause
    assert _WHY_Q.search("school nurse - disabled boy hardly in class, what did the review put that down to?")
    # who the asker is, new to it, or with a qualified role
    assert strip_intro("teacher new to safeguarding - is the modern slavery helpline open all the time?") == \
        "is the modern slavery helpline open all the time?"
    assert strip_intro("attendance officer here - did the child m review say anything about attendance?") == \
        "did the child m review say anything about attendance?"


def test_twentieth_session_answers(indexed_both):
    for q, facts in (
        # a service spelled out finds the row naming it by acronym
        ("contacts into the multi agency safeguarding hub 1 apr 20 - 31 mar 21?", ["9,971"]),
        ("how many contacts did the multi-agency safeguarding hub receive?", ["9,971"]),
        ("did the child and adolescent mental health service keep seeing young people face to face in lockdown?",
         ["CAMHS UCT continued to provide face to face"]),
        ("ECINS = ? saw it in the VVE bit", ["Empowering Communities with Integrated Networks"]),
        # the letter alone for Child M; a child who cannot talk is understood non-verbally
        ("M couldnt talk - how did staff pick up what he wanted?", ["non-verbally"]),
        ("lads picked up for the car wash at silly o'clock every morning - is that a sign?", ["very early or late at night"]),
        ("workshops at the 2021 conference - which ones were on?", ["Red Thread", "Exploitation in Sport"]),
        ("estimated no. of ppl in slavery worldwide per the slavery site? where's the figure from",
         ["29.8 million", "Global Slavery Index"]),
        # a figure misremembered in a yes/no question is answered with the document's
        ("is it true the mash got over 10,000 contacts?", ["9,971"]),
        ("did 200 delegates come to the safeguarding conference?", ["185"]),
        ("teacher new to safeguarding - is the modern slavery helpline open all the time?", ["24 hours a day"]),
        ("disabled boy hardly in class after moving up from primary, what did the review put that down to?",
         ["health-related appointments"]),
        # the attendance table headed by the body the question names
        ("board attendance appendix - how many hscb meetings did the ccg make, out of how many?", ["OUT OF 4 MEETINGS: 2"]),
        ("how many hssp meetings did the ccg attend?", ["OUT OF 7 MEETINGS: 7"]),
        # a count, not an age band; an age checked; what a body spent
        ("did over 50 young carers have worse attendance during covid?", ["Worsen for 18 young carers"]),
        ("was child m 14 when he died?", ["12-year-old"]),
        ("is it true the board spent about £200k?", ["192,457"]),
        # a row's note mark brings the note printed under its table
        ("how many hscb meetings did the voluntary sector rep attend?", ["0*", "new voluntary sector representatives"]),
        # everyday words for returning home and for hard-to-reach support
        ("how many kids ended up back with mum and dad after being in care?", ["35.4%"]),
        ("what made it harder for domestic abuse victims to get help during covid?", ["difficulty in accessing support"]),
        ("how many people came to the conference", ["185 delegates"]),
        # a breakdown of a topic named by acronym; a terse share
        ("ehe numbers? split by sex?", ["154 were girls"]),
        ("neet care leavers - girls %? boys %?", ["43%", "16%"]),
        ("how many cp plans and how many lac at 31/3/21?", ["298", "184"]),
    ):
        ans = indexed_both.ask(q)
        assert ans.status == "answered" and all(f in ans.answer for f in facts), (q, ans.answer)


def test_twenty_first_session_question_shapes():
    from assistant.answer.question_shape import asked_acronym, asked_kind, question_type
    from assistant.answer.refusal_rules import _AMONG_SCOPE, _FIGURES_OF
    from assistant.answer.text_evidence import person_names
    from assistant.answer.parts import question_parts, strip_intro

    # "X figures for Y" asks for figures (not "numbers for" a helpline)
    assert question_type("what were harrow's fixed-term exclusion figures for secondary schools in 2020-21?") == "number"
    assert question_type("what are the numbers for the helpline?") != "number"
    assert _FIGURES_OF.search("what were harrow's fixed-term exclusion figures").group("np").strip() == "fixed-term exclusion"
    assert _AMONG_SCOPE.match("ehe lead - of the home educated children in the report, how many were primary age").group("np") == \
        "home educated children"
    # "what did it all add up to?" asks for a total; "until when" asks when
    assert question_type("who bankrolls the board - what did it all add up to?") == "number"
    assert question_type("how many sessions did VAH deliver - until when has the partnership recommissioned them?") == "when"
    # an acronym asked about "exactly", after an aside
    assert asked_acronym("sorry basic q - what is MARAC exactly") == "MARAC"
    assert asked_acronym("what is MARAC like in harrow?") is None
    # a yes/no question of its own after a question mark is a part; one pointing back is not
    assert question_parts("what is MARAC exactly? and did DA referrals into the mash go up or down in the year?") == [
        "what is MARAC exactly", "did DA referrals into the mash go up or down in the year?"]
    assert question_parts("what is a lado? and does harrow have one?") == ["what is a lado? and does harrow have one?"]
    # a request for more about whom the first part names asks it of them
    assert question_parts("who wrote the independent evaluation? need his name and job title") == [
        "who wrote the independent evaluation", "who wrote the independent evaluation - what is his name and job title"]
    assert person_names("Chris Miller Independent Chair and Scrutineer Harrow Safeguarding Partnership") == ["Chris Miller"]
    # a summary of a sheet's learning areas asks for its themes
    assert asked_kind("can someone summarise the main learning areas in the child M quick reference learning sheet?") == "areas"
    assert strip_intro("ehe lead - of the home educated children, how many?") == "of the home educated children, how many?"


def test_twenty_first_session_answers(indexed_both):
    for q, facts in (
        # the footnote saying who the partners are, under the paragraph naming them
        ("quick one from a teacher new to safeguarding - who are the safeguarding partners in harrow, and when did the "
         "new arrangements replace the old HSCB? i think its in the footnotes", ["Metropolitan Police", "June 2019"]),
        # a definition, then a yes/no question of its own
        ("sorry basic q - what is MARAC exactly? and did DA referrals into the mash go up or down in the year, by how much?",
         ["Multi-agency Risk Assessment Conference", "9%"]),
        # a share of ICPCs asked in words the text abbreviates
        ("dsl - roughly what proportion of initial cp conferences were held within the 15 day target?", ["62.7%"]),
        # "until when" after a count
        ("how many level 2 children & young people safeguarding sessions did VAH deliver, and until when has the "
         "partnership recommissioned them?", ["13", "2022"]),
        # the role of the person the first part named
        ("who wrote the independent evaluation bit at the front of the annual report? need his name and job title",
         ["Chris Miller", "Independent Chair and Scrutineer"]),
        # the sheet's sections are its learning areas
        ("can someone summarise the main learning areas in the child M quick reference learning sheet for our inset?",
         ["uncoordinated appointments", "Mechanical Restraint", "Low School Attendance"]),
        # everyday words for cannabis cultivation and theft, and for police telling schools
        # about a domestic abuse call-out
        ("lad in yr 11 says some older guys make him water plants in a house and nick phones for them - what kind of "
         "slavery would that count as?", ["CRIMINAL EXPLOITATION"]),
        ("how come the police sometimes ring us first thing about a row at a pupil's house the night before? what's "
         "that scheme called", ["Operation Encompass"]),
        # what a section says should be done, beside the sentence the scene matches
        ("senco - a mum ties her disabled son into his chair with soft straps so he can't hurt himself and everyone's "
         "just got used to it. what did the M review say should happen with that?", ["safeguarding issues referred", "Care Plan"]),
        # a question opening with its own scope
        ("our head wants to know how well schools turned up to board meetings. in the 2020-21 attendance appendix how "
         "many of the 4 HSCB meetings did primary schools attend, and what's the primary schools figure in the HSSP table?",
         ["OUT OF 4 MEETINGS: 2", "4/6*"]),
        # plain words for the IROs, victims, LADO referrals and CP plans
        ("foster carer here - the people who check on kids in care, how many youngsters is each of them juggling and "
         "what would the advised figure be?", ["75", "50-70"]),
        ("for domestic abuse during covid, what share of those on the receiving end were men according to the met?", ["40%"]),
        ("the council person who deals with accusations against grown-ups who work or help out with kids - did those go "
         "up or down, and by roughly what share?", ["14%"]),
        ("at the end of 2020-21 how many local kids were formally flagged as at serious risk?", ["298"]),
    ):
        ans = indexed_both.ask(q)
        assert ans.status == "answered" and all(f in ans.answer for f in facts), (q, ans.answer)


def test_twenty_second_session_question_shapes():
    from assistant.answer.extractive import asked_periods
    from assistant.answer.parts import question_parts
    from assistant.answer.question_shape import CLASSIFY_Q, asking_clauses, question_type
    from assistant.answer.refusal_rules import _AVERAGE_OF
    from assistant.answer.text_evidence import PHONE_Q

    # a comma inside brackets is an aside, not a clause break
    parts = question_parts("another DA contact in the MASH today ([NAME]'s family, 3 kids, police call-out last night) and my "
                           "TM asked for the context, by how much did domestic abuse related referrals into the MASH go up "
                           "on the previous year, and what % of victims did the police report were male?")
    assert len(parts) == 2 and parts[1].endswith("what % of victims did the police report were male?"), parts
    assert asking_clauses(parts[0]) == ["by how much did domestic abuse related referrals into the MASH go up on the previous year"]
    # a scene clause, then a question opening with its own scope
    parts = question_parts("updating the permanency tracker for our CLA team, of the children who left care in 2019/20 what % "
                           "returned home to live with parents or relatives, and what % left on an SGO?")
    assert parts == ["updating the permanency tracker for our CLA team - of the children who left care in 2019/20 what % "
                     "returned home to live with parents or relatives",
                     "updating the permanency tracker for our CLA team - what % left on an SGO?"], parts
    # "while I'm there" leads a second question
    parts = question_parts("writing the sufficiency bit of a CLA report, how many children looked after did Harrow have at "
                           "31 March 2021, and while I'm there how many kids were privately fostered?")
    assert [p.split(" - ")[1] for p in parts] == ["how many children looked after did Harrow have at 31 March 2021",
                                                  "how many kids were privately fostered?"], parts
    # "until when" after a long scene asks when
    assert question_type("signposting a youth club over to VAH - until when has VAH been recommissioned") == "when"
    assert asking_clauses("signposting a youth club over to VAH, until when has VAH been recommissioned") == \
        ["until when has VAH been recommissioned"]
    # a sum of money asked by its kind, and an average after a scene clause
    assert question_type("what lump sum is she due to kit out her first flat?") == "number"
    assert question_type("what price did one lot of exploiters pass him on for?") == "number"
    assert question_type("union rep asking, what's the average caseload for social workers?") == "number"
    assert _AVERAGE_OF.search("what's the average caseload for social workers").group("np") == "caseload"
    # the scene named as a kind by the site
    assert CLASSIFY_Q.search("what does the slavery site call that kind")
    assert not CLASSIFY_Q.search("what does the slavery site call the helpline")
    # a period the asker already has is not the one asked about
    assert asked_periods("we know about the 2019-20 figures, but how many missing episodes in 2020-21?") == {"2020-21"}
    assert asked_periods("how many missing episodes in 2019-20 and 2020-21?") == {"2019-20", "2020-21"}
    # a number someone else will ring
    assert PHONE_Q.search("a neighbour won't give her name - what number can she ring?")


def test_twenty_second_session_answers(indexed_both):
    for q, facts in (
        # an acronym's plural, and its expansion shortened to first and last words
        ("CP chair, for our service review I need the total number of child protection conferences held in Harrow in "
         "2019-20 and how many of them were RCPCs", ["789", "498"]),
        # a name in brackets after an age is redacted, not taken for a place the corpus lacks
        ("doing a joint visit to a hoarding household with a 13 year old (Bella) living there, what were the key "
         "findings from the Family A SAR?", ["Risk Enablement Panel", "Perplexing Presentations"]),
        # the asker's own service as a role ("MASH duty"), and a name after "referral for"
        ("MASH duty, referral for Dang, 16, found working in a nail bar with no ID, what's the number for the Modern "
         "Slavery helpline?", ["0800 0121 700"]),
        # the asker's own team in a scene clause is not the figure's scope
        ("doing a training slide for the exploitation team, the modern slavery site says about 1,500 cases were "
         "reported in the UK in 2013, up about 40% on 2012? correct me if I'm off", ["1,746", "47%"]),
        ("updating the permanency tracker for our CLA team, of the children who left care in 2019/20 what % returned "
         "home to live with parents or relatives, and what % left on an SGO?", ["35.4%", "15.4%"]),
        # a bracketed aside, then two questions
        ("another DA contact today (Amira's family, 3 kids, police call-out last night) and my TM asked for the context, "
         "by how much did domestic abuse related referrals into the MASH go up on the previous year, and what % of "
         "victims did the police report were male?", ["9%", "40%"]),
        # the scene named as a kind by the site
        ("he has to keep working for a man to settle what he 'owes' for getting him here and the amount just keeps "
         "growing, what does the slavery site call that kind?", ["DEBT BONDAGE"]),
        # a sum of money asked by its kind: a quote with a sum beats a count of children looked after
        ("PA here, moved on from foster care and just got the keys to her first flat, what lump sum is she due to kit "
         "it out according to the report's bit on young people who have moved on from being looked after?", ["£2,000"]),
        # a number a neighbour can ring (a telephone number, not a percentage)
        ("a neighbour wants to tip us off about men coming and going at all hours but won't give her name, what "
         "number can she ring?", ["0800"]),
        # "the schools-and-care inspectors" are Ofsted: not a source the passages lack
        ("what did the schools-and-care inspectors say about how harrows different bodies pull together?", ["Ofsted"]),
    ):
        ans = indexed_both.ask(q)
        assert ans.status == "answered" and all(f in ans.answer for f in facts), (q, ans.answer)
    # still refused: another year beside the one the asker has, an average the quote does not name,
    # a team the figure is not for, a source the passages do not name
    for q in ("exploitation team, we know about the 2019-20 figures, but how many missing episodes did Harrow record "
              "in 2020-21?",
              "union rep asking, what's the average caseload for social workers in Harrow's assessment teams? need it "
              "for the workload meeting",
              "how many cp plans were there in the north harrow team?",
              "what did the cqc inspectors say about the mash?"):
        ans = indexed_both.ask(q)
        assert ans.status == "not_found" and not ans.citations, (q, ans.answer)


def test_twenty_third_session_shorthand_and_question_shapes():
    from assistant.answer.measures import measure_phrase
    from assistant.answer.parts import strip_aside
    from assistant.answer.question_shape import asking_clauses, question_type
    from assistant.answer.structure import states_count
    from assistant.answer.text_evidence import MONEY_Q, PHONE_Q
    from assistant.answer.text_speak import write_out

    # message shorthand is written out; initials, codes and "n=35" are not
    assert write_out("who is indep chair n scrutineer") == "who is independent chair and scrutineer"
    assert write_out("14yo girl in car w 2 older men shes off her face") == \
        "14 year old girl in car with 2 older men shes off her face"
    assert write_out("total MASH contacts apr 20 - mar 21") == "total MASH contacts April 2020 - March 2021"
    assert write_out("kids on CP plans at 31 mar 21") == "kids on CP plans at 31 March 2021"
    for kept in ("A&E and Q&A n=35 [NAME]", "what's the N number", "children may 20 times", "the case id is 4",
                 "the hw policy", "a £1 bn budget"):
        assert write_out(kept) == kept
    # where the asker will use the answer is not what it is about
    assert strip_aside("signs of modern slavery to look out for on patrol") == "signs of modern slavery to look out for"
    assert strip_aside("police on patrol") == "police on patrol"
    # a preposition before the question word still opens the asking clause
    assert asking_clauses("Operation Philomena keeps coming up - in what year was it launched?") == \
        ["in what year was it launched?"]
    # a figure asked by its measure, and a price asked tersely after a scene
    assert question_type("stop and search figures for under 18s in harrow") == "number"
    assert question_type("YOT first time entrants rate harrow") == "number"
    assert question_type("flogged on to new captors - price") == "number"
    assert MONEY_Q.search("older rough sleeper flogged on to new captors - price")
    assert measure_phrase("how many closure orders on cuckooed flats did housing get") == ("closure orders", False)
    assert measure_phrase("stop and search figures for under 18s") == ("stop and search", True)
    # "the recommended number" of children per IRO is not a telephone number
    assert not PHONE_Q.search("how many children does each IRO carry, and what's the recommended number?")
    assert PHONE_Q.search("what is the number for childline?")
    # a sentence saying it names as many things as asked
    assert states_count("There are 2 strands - one for primary school ages and the other for high school children.", 2, "strands")
    assert not states_count("We had 2 strands of work last year", 2, "strands")


def test_twenty_third_session_answers(indexed_both):
    for q, facts in (
        # shorthand written out: "indep", "n", "w", a short date
        ("who is indep chair n scrutineer for the harrow partnership", ["Chris Miller"]),
        ("kids on CP plans at 31 mar 21 did it go up or down n by how much", ["298", "12%"]),
        ("kid back after going awol how long til someone sits down w them", ["72 hours"]),
        # the sentence naming the two strands, not the project's opening lines
        ("met early engagement project w MASH n YOT what are the 2 strands", ["primary", "high school"]),
        # the asker's patrol is not the topic
        ("signs of modern slavery to look out for on patrol", ["PHYSICAL APPEARANCE", "UNUSUAL TRAVEL TIMES"]),
        # slang: "flogged on" is sold; a terse "- price"
        ("older rough sleeper forced to do paving then flogged on to new captors - price", ["£3,000"]),
        ("sat nav ankle bracelets for DV perps let out of nick - how much did city hall put in", ["£230,000"]),
        ("made to clean n cook in someones home for nothing n kips on the floor there - what type is that",
         ["DOMESTIC SERVITUDE"]),
        ("how many children does each independent reviewing officer carry, and what's the recommended number?",
         ["75", "50-70"]),
        # a figure and its source asked at once: the figure leads, its source line follows
        ("the slavery site gives a worldwide figure for slaves - what is it and what's the source?",
         ["29.8 million", "Global Slavery Index"]),
    ):
        ans = indexed_both.ask(q)
        assert ans.status == "answered" and all(f.lower() in ans.answer.lower() for f in facts), (q, ans.answer)
    # refused: figures of something the documents never count, a date or a time of day they do
    # not give, an average of a unit they do not name
    for q in ("how many closure orders on cuckooed flats did housing get",
              "YOT first time entrants rate harrow",
              "stop n search figures for under 18s in harrow",
              "Operation Philomena keeps coming up with the police - in what year was it launched in London?",
              "Under Operation Encompass, by what time of day must the police notify the school after a domestic abuse call out?",
              "Harrow at a glance - what was the average number of working days taken to complete a social work assessment?"):
        ans = indexed_both.ask(q)
        assert ans.status == "not_found" and not ans.citations, (q, ans.answer)


def test_cpc_is_a_child_protection_conference(indexed):
    """Found by a new-user walkthrough: the report writes "789 CPCs" and "291 initial CPCs",
    and the glossary knew ICPC and RCPC but not CPC, so "what does CPC stand for?" had only
    the report's own wording to go on. It is now spelled out, citing the report."""
    ans = indexed.ask("What does CPC stand for?")
    assert ans.status == "answered" and "Child Protection Conference" in ans.answer and ans.citations
    assert "CPC" in load_glossary().terms


@pytest.mark.parametrize("question,expansion", [
    ("What is the NRM?", "National Referral Mechanism"),  # not the footnote "UK National Referral Mechanism Statistics 2013"
    ("What is CSPR?", "Child Safeguarding Practice Review"),  # was refused: "What" in capitals was no acronym question
    # (spelled out: a footnote naming a publication is not what a thing is)
    ("what is the national referral mechanism?", "National Referral Mechanism"),
])
def test_what_is_an_acronym_with_a_capital_what_is_answered_by_its_expansion(indexed_both, question, expansion):
    a = indexed_both.ask(question)
    assert a.status == "answered" and expansion in a.answer and "Statistics 2013" not in a.answer, a.answer
    assert all(any(c.quote in p.chunk.text for p in a.retrieved) for c in a.citations)


@pytest.mark.parametrize("question,expected", [
    # the system the asker trained in is background, not scope
    ("In Zimbabwe we report directly to the police station. Here, where do I report a concern?",
     "Here, where do I report a concern?"),
    ("I was a caseworker with CPS in Texas. What is the role of the MASH here?", "What is the role of the MASH here?"),
    ("In Romania we don't have this. What is a MARAC?", "What is a MARAC?"),
    ("In Romania we don't have this. What does MARAC mean?", "What does MARAC mean?"),  # ("mean" is no demonym)
    ("In my country we call it a welfare officer. Who is the LADO?", "Who is the LADO?"),
    # a clause naming a country or region outside the UK, first person or not, set off
    # by a full stop or a dash
    ("In Portugal the child is heard by the CPCJ commission. How are children involved in conferences?",
     "How are children involved in conferences?"),
    ("What we called Munchausen syndrome by proxy in South Africa - which name does the report use?",
     "which name does the report use?"),
    # a UK council the asker works in, or a place the question asks about, stays
    ("In Brent we have a VVE panel. How often does it meet?", None),
    ("I work in Brent. What are the partnership priorities?", None),
    ("What are the priorities in Brent? I need them for a meeting.", None),
    ("Nigeria has many trafficked children. How many are there?", None),  # "there" points back to it
    ("In Zimbabwe we report to the police. Is there a helpline for modern slavery?",
     "Is there a helpline for modern slavery?"),  # (an existential "there" points nowhere)
    ("Back in Bucharest I was a social worker. What is a MARAC?", "What is a MARAC?"),  # a city no ISO list names
    # the asking part points back to the clause, or the clause is the scope
    ("We have a similar board in Lagos. Who chairs it?", None),
    ("In Ghana we have a helpline for this. What is its number?", None),
    ("In Romania we do not have a MASH. How many contacts did the Romanian MASH receive?", None),
    ("In South Africa we use a Form 22 to report abuse. Who receives the Form 22?", None),
    ("In Nigeria - how many cases of slavery were reported in 2013?", None),
    ("My question is about Nigeria. How many cases of modern slavery were reported in 2013?", None),
    ("Harrow is where I work now. Tell me how many cases were reported in Nigeria in 2013.", None),
    ("In Kingston we have our own MASH. How many contacts did it receive?", None),  # a London borough
    ("I moved from Kenya to Brent last year. How many contacts did the MASH in my borough receive?", None),
])
def test_the_asker_s_home_system_is_background_not_scope(question, expected):
    from assistant.answer.text_evidence import without_home_system

    out = without_home_system(question)
    assert len(out) == len(question)
    assert out.strip() == (expected if expected is not None else question)


@pytest.mark.parametrize("question,needle", [
    ("In Zimbabwe we report directly to the police station. Here, where do I report a concern about modern slavery?",
     "0800 0121 700"),
    ("I was a caseworker with CPS in Texas. What is the role of the MASH here?", "MASH"),
])
def test_a_practitioner_trained_abroad_comparing_systems_is_answered(indexed_both, question, needle):
    a = indexed_both.ask(question)
    assert a.status == "answered" and needle in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "In Brent we have a VVE panel. How often does it meet?",
    "We have a similar board in Lagos. Who chairs it?",
    "In Ghana we have a helpline for this. What is its number?",
    # the asking part is about the asker's own system
    "In my country, the police chief chairs the board. Who chairs the board in my country?",
    "In my country the police handle everything. What number should I call in an emergency in my country?",
])
def test_a_question_about_another_council_or_the_askers_own_system_is_still_refused(indexed_both, question):
    assert indexed_both.ask(question).status == "not_found"


def test_foreign_places_come_from_iso_3166_and_exclude_the_uk():
    from assistant.answer.text_evidence import names_foreign_place

    for text in ("In Zimbabwe we report to the police", "I was with CPS in Texas", "back home in the Philippines",
                 "in the USA a judge decides"):
        assert names_foreign_place(text), text
    for text in ("In Brent we have a VVE panel", "in Wales the figure is", "Operation Encompass tells schools",
                 "Harrow Council", "tell us what happened", "In Kingston we have a MASH"):  # (Kingston: a Jamaican parish too)
        assert not names_foreign_place(text), text


def test_an_unknown_acronym_glossed_in_corpus_words_is_not_out_of_scope(indexed):
    # "CPS" (child protective services, in the US) is no term of the corpus, but the asker
    # says what they mean in brackets
    a = indexed.ask("How much children were on the CPS register (child protection plan) in Harrow at 31 March 2021?")
    assert a.status == "answered" and "298" in a.answer, a.answer
    assert indexed.ask("How many cases did the CPS charge in Harrow in 2020?").status == "not_found"


def test_a_later_part_opening_on_a_preposition_asks_its_own_question(indexed):
    from assistant.answer.question_shape import asking_clauses

    assert asking_clauses("How many delegates attended the conference - on which platform was it conducted?") == [
        "on which platform was it conducted?"]
    a = indexed.ask("How many delegates attended the first virtual safeguarding conference, and on which platform was it conducted?")
    assert a.status == "answered" and "185" in a.answer and "MTeams" in a.answer, a.answer


def test_going_back_home_is_no_home_country():
    from assistant.answer.text_evidence import asks_about_home_system

    assert asks_about_home_system("Who chairs the board in my country?")
    # a return home, from care or from missing, is not the asker's country
    assert not asks_about_home_system("apart from going back home, what were the other ways young people left care in 2019/20?")
    assert not asks_about_home_system("what % went back home to parents/relatives?")
    assert not asks_about_home_system("how many children educated at home in Harrow?")


def test_the_askers_home_system_does_not_feed_retrieval(indexed_both):
    # the background clause is blanked before retrieval: "the CPCJ commission" pulled the
    # conference definition, not the list of how children take part
    a = indexed_both.ask("In Portugal the child is heard by the CPCJ commission. "
                         "How are children and young people involved in the child protection conferences in Harrow?")
    assert a.status == "answered" and "independent advocacy service" in a.answer and "consultation forms" in a.answer, a.answer
    assert "Portugal" not in a.question and "involved in the child protection conferences" in a.question


def test_around_harrow_contrasts_with_the_askers_home_system():
    from assistant.answer.text_evidence import without_home_system

    q = ("In India we have the District Mental Health Programme and referrals are slow. Can you tell me in which "
         "month the child mental health services around Harrow saw the highest number of referrals ever seen?")
    assert without_home_system(q).strip().startswith("Can you tell me in which month")
    # without the contrast, the shared "mental health" points back to the clause
    q2 = "In India we have the District Mental Health Programme. How many mental health referrals were made?"
    assert without_home_system(q2) == q2


def test_an_indirect_which_month_question_asks_when():
    from assistant.answer.question_shape import question_type

    assert question_type("Can you tell me in which month the child mental health services around Harrow saw "
                         "the highest number of referrals ever seen?") == "when"
    assert question_type("can you tell me in which month how many referrals were made?") != "when"


def test_formal_requests_and_prepositions_before_how_many_split_into_parts(indexed):
    from assistant.answer.parts import question_parts

    assert question_parts("Voluntary Action Harrow: to how many organisations and how many individuals did they "
                          "give specific support?")[0] == "Voluntary Action Harrow - to how many organisations did they give specific support?"
    assert question_parts("Kindly advise the total income of the HSCB budget for 2020-21 and how much the Clinical "
                          "Commissioning Group (our district health authority) contributed.") == [
        "Kindly advise the total income of the HSCB budget for 2020-21",
        "how much the Clinical Commissioning Group (our district health authority) contributed."]
    a = indexed.ask("Voluntary Action Harrow - in Nigeria we would call it an NGO umbrella body. "
                    "To how many organisations and how many individuals did they give specific support?")
    assert a.status == "answered" and "103" in a.answer and "249" in a.answer, a.answer
    a = indexed.ask("Kindly advise the total income of the HSCB budget for 2020-21 and how much the Clinical "
                    "Commissioning Group (our district health authority) contributed.")
    assert a.status == "answered" and "192,457" in a.answer and "20,000" in a.answer, a.answer


def test_an_acronym_that_spells_a_foreign_region_is_no_place():
    from assistant.answer.text_evidence import names_foreign_place, without_home_system

    # (Lac is a province of Chad; "LAC" is looked-after children)
    assert not names_foreign_place("our LAC going missing")
    assert names_foreign_place("back home in the USA we call it CPS")
    assert without_home_system("our LAC going missing - are we above or below stat neighbours?") == \
        "our LAC going missing - are we above or below stat neighbours?"
    # (a date's dots end no clause: "(yr ending 31.03.20)")
    q = "what % of LAC were aged 10 to 15 (yr ending 31.03.20)?"
    assert without_home_system(q) == q


@pytest.mark.parametrize("question,kept", [
    # retrieval keeps a clause that is a case's story, not the asker's own system
    ("Fredek from Hungary was promised 2000 a month - what was he actually paid?", True),
    # ... or one the asking part leans on ("this scheme")
    ("In Australia the police notify the school when a student's family had a domestic violence call-out. "
     "What is the name of this scheme here?", True),
    # ... or a remark in the first person only
    ("quick one for a bid I'm writing - how many children live in harrow?", True),
    ("In Portugal the child is heard by the CPCJ commission. How are children involved in conferences in Harrow?", False),
])
def test_retrieval_drops_only_the_askers_own_system(question, kept):
    from assistant.answer.text_evidence import without_home_system

    assert (without_home_system(question, framed=True) == question) is kept


@pytest.mark.parametrize("question,needle", [
    ("Fredek from Hungary was promised 2000 a month - what was he actually paid?", "£3-5 a week"),
    ("In Australia the police notify the school when a student's family had a domestic violence call-out. "
     "What is the name of this scheme here?", "Operation Encompass"),
    ("In the USA we have the National Human Trafficking Hotline. What is the number of the Modern Slavery helpline here?",
     "0800 0121 700"),
])
def test_background_that_carries_the_question_still_answers(indexed_both, question, needle):
    a = indexed_both.ask(question)
    assert a.status == "answered" and needle in a.answer, a.answer


def test_the_number_of_a_helpline_is_a_phone_number_not_a_count():
    from assistant.answer.text_evidence import PHONE_Q

    assert PHONE_Q.search("What is the number of the Modern Slavery helpline?")
    assert PHONE_Q.search("number for the NSPCC helpline?")
    assert not PHONE_Q.search("what is the number of calls to the helpline?")
    assert not PHONE_Q.search("what was the number of modern slavery helpline calls?")


def test_which_group_had_the_most_is_the_row_with_the_largest_figure(indexed):
    a = indexed.ask("which ethnic group made up the biggest share of missing children in 2019/20?")
    assert a.status == "answered" and "36.1%" in a.answer and "Black or Black British" in a.answer, a.answer
    assert a.answer.index("36.1%") < a.answer.find("9.6%") if "9.6%" in a.answer else True
    a = indexed.ask("which ethnic group had the fewest missing children in 2019/20?")
    assert a.status == "answered" and "Other Ethnic background" in a.answer and "36.1%" not in a.answer, a.answer


def test_extreme_rows_skip_totals_and_ties():
    from assistant.answer.extractive import _extreme_rows
    from assistant.answer.structure import Unit

    rows = ["Asian | 12 | 14.5%", "Black | 30 | 36.1%", "Mixed | 12 | 14.5%", "Total | 83 |"]
    units = [Unit(0, 0, 0, "table_header", "Ethnicity | Missing | %", 0, 0)] + [
        Unit(0, 0, 0, "table_row", t, 0, i + 1) for i, t in enumerate(rows)]
    assert _extreme_rows(units, lowest=False, share=True) == {2}
    assert _extreme_rows(units[1:], lowest=False, share=True) == set()  # (no header row: rows of different measures)
    assert _extreme_rows(units, lowest=True, share=False) == set()  # (12 and 12 tie)
    assert _extreme_rows(units[:3] + units[4:], lowest=False, share=False) == set()  # (two rows are no table to rank)


def test_words_in_capitals_for_emphasis_are_no_unknown_acronyms(indexed):
    a = indexed.ask("which areas did the scrutineer NOT rate as good?")
    assert "a place, year, case or document" not in a.answer, a.answer
    assert "a place, year, case or document" in indexed.ask("what is the ILACS grade for Harrow?").answer


def test_a_closing_purpose_or_a_need_to_act_is_an_aside():
    from assistant.answer.parts import strip_aside

    assert strip_aside("give me the main signs of modern slavery for an ED staff briefing") == "give me the main signs of modern slavery"
    assert strip_aside("what are the priorities for the board paper?") == "what are the priorities?"
    assert strip_aside("what is the timescale for a strategy meeting?") == "what is the timescale for a strategy meeting?"
    assert strip_aside("Who is the designated nurse for safeguarding children in Harrow? I need to invite her to a strat.") == \
        "Who is the designated nurse for safeguarding children in Harrow?"
    assert strip_aside("what were the MASH contacts? I need the 2019-20 figure") == "what were the MASH contacts? I need the 2019-20 figure"
    assert strip_aside("who are the three statutory safeguarding partners in harrow? want to get it right for my induction "
                       "slides") == "who are the three statutory safeguarding partners in harrow?"


@pytest.mark.parametrize("question", [
    "How many children were electively home educated in Harrow in 2019-20?",
    "What's the average cost per case of a child protection plan in Harrow?",
    "What is the starting salary of a newly qualified social worker in Harrow council?",
])
def test_near_misses_on_home_education_costs_and_pay_are_refused(indexed, question):
    assert indexed.ask(question).status == "not_found"


def test_electively_home_educated_children_are_still_counted(indexed):
    a = indexed.ask("How many children were electively home educated in Harrow?")
    assert a.status == "answered" and "299" in a.answer, a.answer


@pytest.mark.parametrize("question,expected", [
    ("joint adults/children briefing next week. Give me the key findings of the Family A SAR.",
     "Give me the key findings of the Family A SAR."),
    ("For the audit: of the children who became subject to plans in 2019-20, how many were under neglect?",
     "of the children who became subject to plans in 2019-20, how many were under neglect?"),
    ("budget paper for the partnership: how much did the CCG put into the HSCB pot in 2020-21?",
     "how much did the CCG put into the HSCB pot in 2020-21?"),
    ("Writing a disproportionality paper for the partnership. Of the children who went missing in 2019/20, which "
     "ethnic group made up the biggest share?", "Of the children who went missing in 2019/20, which ethnic group made up the biggest share?"),
    ("Board paper prep for the exec. How many contacts came through the front door (MASH) in 2020-21?",
     "How many contacts came through the front door (MASH) in 2020-21?"),
    # a named topic, or a meeting that may be the topic, stays
    ("the Child M briefing. what were the findings?", None),
    ("MARAC meeting tomorrow. who attends?", None),
    ("LADO - what does it stand for?", None),
])
def test_what_the_answer_is_for_opening_the_message_is_set_aside(question, expected):
    from assistant.answer.parts import strip_intro

    assert strip_intro(question) == (expected if expected is not None else question)


def test_a_scene_then_according_to_a_source_still_splits_into_parts(indexed):
    from assistant.answer.parts import question_parts

    q = ("DI in the CAIT, doing a team briefing. According to the police data in the report, what proportion of "
         "domestic abuse victims were male, and what arrest rate did local police keep up?")
    assert len(question_parts(q)) == 2
    a = indexed.ask(q)
    assert a.status == "answered" and "40%" in a.answer and "45%" in a.answer, a.answer


def test_a_count_by_category_of_abuse_must_name_the_category(indexed):
    a = indexed.ask("For the audit: of the children who became subject to plans in 2019-20, how many were under "
                    "neglect and how many under emotional abuse?")
    assert a.status == "not_found", a.answer


def test_a_count_of_children_is_not_answered_by_a_count_of_staff(indexed):
    a = indexed.ask("how many children did the social workers in schools project support?")
    assert a.status == "not_found", a.answer
    a = indexed.ask("how many social workers are in the social workers in schools project?")
    assert a.status == "answered" and "Six social workers" in a.answer, a.answer


def test_a_speaker_under_a_pseudonym_in_quotes_is_one_of_the_speakers(indexed):
    from assistant.answer.text_evidence import heading_names_person

    assert heading_names_person("‘Rhiannon’ Voice of a survivor Marie Collins Foundation -")
    assert heading_names_person("Dez Holmes") and not heading_names_person("Key findings")
    a = indexed.ask("Who were the key speakers at the joint annual safeguarding conference 2021 on contextual safeguarding?")
    assert a.status == "answered" and all(n in a.answer for n in ("Nazir", "Dez Holmes", "Rhiannon")), a.answer


@pytest.mark.parametrize("question", [
    "who paid into the HSCB budget in 2020-21?",
    "Budget paper: who actually paid into the HSCB budget in 2020-21? just list the funders.",
])
def test_who_paid_into_the_budget_is_its_income_rows_not_its_spending(indexed, question):
    a = indexed.ask(question)
    assert a.status == "answered" and all(n in a.answer for n in ("Harrow Council", "Police / MOPAC", "London Ambulance")), a.answer
    assert "Total Expenditure" not in a.answer


def test_what_a_party_put_into_the_budget_is_its_income_row(indexed):
    a = indexed.ask("how much did the council put into the HSCB budget?")
    assert a.status == "answered" and "162,417" in a.answer, a.answer
    assert a.answer.index("162,417") < a.answer.find("21,020") if "21,020" in a.answer else True
    a = indexed.ask("how much did the CCG put into the HSCB pot in 2020-21, compared with the council?")
    assert a.status == "answered" and "20,000" in a.answer and "162,417" in a.answer, a.answer
    # (what the council spends is not what it gives: no "Council charges | 21,020" beside it)
    a = indexed.ask("how much did the council give?")
    assert a.status == "answered" and "162,417" in a.answer and "21,020" not in a.answer, a.answer


def test_which_had_the_most_ranks_rows_and_subtotals_take_no_part(indexed):
    from assistant.answer.extractive import _TOTAL_LABEL

    a = indexed.ask("Which ethnic group had the most missing children in 2019/20?")
    assert a.status == "answered" and a.answer.find("Black or Black British") != -1, a.answer
    assert a.answer.find("Other Ethnic background") == -1 or a.answer.index("Black or Black British") < a.answer.index("Other Ethnic background")
    assert _TOTAL_LABEL.match("Delivery Costs Total:") and _TOTAL_LABEL.match("Total Income") and not _TOTAL_LABEL.match("Training Income")


@pytest.mark.parametrize("question,needle", [
    ("Was restraint used on Child M, YES or NO?", "soft materials"),
    ("FYI how many initial CPCs took place?", "291"),
    ("For the exec: what was the total budget?", "192,457"),
])
def test_emphasis_and_a_purpose_opening_do_not_change_the_answer(indexed, question, needle):
    a = indexed.ask(question)
    assert a.status == "answered" and needle in a.answer, a.answer


def test_a_cost_per_child_needs_a_figure_per_child(indexed):
    assert indexed.ask("What is the average cost per child looked after?").status == "not_found"


# -- twenty-ninth session: a table split over chunks, before the pandemic, a draft's claim ---

def test_which_budget_line_was_largest_ranks_the_whole_table_over_its_chunks(indexed):
    # the budget table's rows sit in two chunks: the income rows and the staffing block in
    # one, the rest of the delivery costs in the next
    a = indexed.ask("Which partner paid the most into the HSCB budget?")
    assert a.status == "answered" and "162,417" in a.answer, a.answer
    assert a.answer.index("162,417") < a.answer.find("192,457") if "192,457" in a.answer else True
    a = indexed.ask("what was the biggest expense in the budget?")
    assert a.status == "answered" and a.answer.split("[1]")[0].find("88,715") != -1, a.answer
    a = indexed.ask("what was the smallest delivery cost?")
    assert a.status == "answered" and "Venue Hire" in a.answer.split("[1]")[0], a.answer


def test_extreme_rows_rank_one_subtotal_block_when_the_question_names_it(indexed):
    from assistant.answer.extractive import _extreme_rows
    from assistant.answer.structure import passage_units
    from assistant.keywords import analyze

    from ingest.models import Passage

    # (the later chunk first, as retrieval may rank it)
    passages = [Passage(chunk=c, score=1.0) for c in reversed(indexed.store.live().chunks) if "| Outturn" in c.text]
    assert len(passages) == 2, [p.chunk.id for p in passages]
    units = passage_units(passages)
    top = _extreme_rows(units, lowest=False, share=False, passages=passages, asked=frozenset(analyze("delivery cost")), spend=True)
    assert [units[i].text for i in top] == ["Council charges | 21,020"]
    # (no subtotal named: every spending row of both chunks is ranked)
    top = _extreme_rows(units, lowest=False, share=False, passages=passages, spend=True)
    assert [units[i].text for i in top] == ["Professional Support (full time BM & part time L&D co-ordinator) | 88,715"]
    top = _extreme_rows(units, lowest=False, share=False, passages=passages, paid_in=True)
    assert [units[i].text for i in top] == ["Harrow Council including Business Support | -162,417"]


def test_before_the_pandemic_is_the_reporting_year_before_it():
    from assistant.keywords import date_pre_pandemic

    assert date_pre_pandemic("how many CPCs were held pre-covid?") == "how many CPCs were held in 2019-20?"
    assert date_pre_pandemic("number of missing episodes before the covid pandemic") == "number of missing episodes in 2019-20"
    # (only a figure is dated: not a priority, nor "pre-covid levels")
    assert date_pre_pandemic("was wellbeing a priority before the pandemic?") == "was wellbeing a priority before the pandemic?"
    assert date_pre_pandemic("how many referrals - back to pre-covid levels?") == "how many referrals - back to pre-covid levels?"
    # (a year named is the asker's own dating)
    assert date_pre_pandemic("how many CPCs in 2018 before covid?") == "how many CPCs in 2018 before covid?"
    assert date_pre_pandemic("how did covid change CPCs?") == "how did covid change CPCs?"


def test_a_figure_before_the_pandemic_is_the_2019_20_figure_or_none(indexed):
    for q in ("How many children were home educated before the pandemic?", "how many ehe kids were there pre-covid?"):
        a = indexed.ask(q)
        assert a.status == "not_found" and "2019-20" in a.answer, (q, a.answer)
    for q, figure in (("how many children went missing before the pandemic?", "83"),
                      ("how many child protection conferences were held pre-covid?", "789")):
        a = indexed.ask(q)
        assert a.status == "answered" and figure in a.answer, (q, a.answer)


@pytest.mark.parametrize("question,expected", [
    # a claim only checked: asked as "is it true that ...?"
    ("our newsletter says 1,200 contacts went to the MASH in 2020-21 - is that right?",
     "is it true that 1,200 contacts went to the MASH in 2020-21?"),
    ("'Child M was 14 when he died.' is that right?", "is it true that Child M was 14 when he died?"),
    # a post given a name the documents never use: whose name they give
    ("Slide 6 says the independent chair is Chris Mills. correct?", "what is the name of the independent chair?"),
    # a claim with its own question: the values of the kind asked for are left out
    ("handout: 'The SWIS project started in May 2019.' when did it actually start?", "The SWIS project started in - when did it start?"),
    ("I wrote in my essay that 120 children went missing in 2019-20. what are the real numbers?",
     "children went missing in 2019-20 - what are the numbers?"),
    # ("the exact number" stays: "what's the number?" may ask for a telephone's)
    ("Operation Encompass - draft says 52 schools have signed up. what's the exact number?",
     "Operation Encompass - schools have signed up - what's the exact number?"),
    ("Fact check: the MASH got 1,200 contacts in 2020-21.", "is it true that the MASH got 1,200 contacts in 2020-21?"),
    # a check, then the question itself
    ("slide says the review was about neglect - true? what were its key findings?", "the review was about neglect - what were its key findings?"),
    # a claim after the question is dropped
    ("what does TARA stand for? our leaflet says 'Trafficking Advice and Rescue Agency'", "what does TARA stand for?"),
    # the documents' own words are no draft
    ("the report says contacts went up - by how much?", "the report says contacts went up - by how much?"),
    ("what does the learning sheet say about restraint?", "what does the learning sheet say about restraint?"),
    ("we've got a year 9 who keeps going missing. what reasons does the report give?",
     "we've got a year 9 who keeps going missing. what reasons does the report give?"),
    ("HV here re the learning sheet - it says comms relied on one parent, what might the other have needed?",
     "HV here re the learning sheet - it says comms relied on one parent, what might the other have needed?"),
    # case notes, an email, a child's words and the asker's own actions are no draft
    ("the case notes said mum has left the children alone overnight - is that ok?",
     "the case notes said mum has left the children alone overnight - is that ok?"),
    ("I put that the child was safe in my notes. is that ok?", "I put that the child was safe in my notes. is that ok?"),
    ("I've written to the school about attendance - what should I do next?", "I've written to the school about attendance - what should I do next?"),
    ("A pupil's essay said 'my uncle makes me work at night for no money' - what should I do?",
     "A pupil's essay said 'my uncle makes me work at night for no money' - what should I do?"),
    ("'Think Whole Family' approach: what does it mean?", "'Think Whole Family' approach: what does it mean?"),
    # a question that only checks, then the claim
    ("Is 457 right? our newsletter says 457 reviews were chaired by IROs", "is it true that 457 reviews were chaired by IROs?"),
    ("Slide 3 says Chris Mills is the independent chair - right?", "what is the name of the independent chair?"),
    ("Can you confirm the figure for MASH contacts? Our slide says 1,200", "Can you confirm the figure for MASH contacts?"),
    # two figures claimed at once are checked one by one (not a range)
    ("Our bulletin says 158 delegates attended and 45 primary schools are in Harrow. can you check both?",
     "is it true that 158 delegates attended? is it true that 45 primary schools are in Harrow?"),
    ("our slide says the LAC population ranged between 170 and 186 - right?", "is it true that the LAC population ranged between 170 and 186?"),
    # other frames: a report draft, "according to our slides", the first person in the present
    ("The draft report states that 41 schools signed up - correct?", "is it true that 41 schools signed up?"),
    ("According to our slides, there were 300 CP plans - correct?", "is it true that there were 300 CP plans?"),
    ("We are putting in the newsletter that 1,200 contacts went to the MASH. Is this accurate?",
     "is it true that 1,200 contacts went to the MASH?"),
    # a figure put to the documents with no draft named; "is it correct that"
    ("Harrow has 64,000 children - right?", "is it true that Harrow has 64,000 children?"),
    # ... or by a tag, after who the asker is
    ("the MASH had around 12,000 contacts in 2020-21, didn't it?", "is it true that the MASH had around 12,000 contacts in 2020-21?"),
    ("IRO asking - there were 789 child protection conferences in Harrow in 2020-21, yeah?",
     "is it true that there were 789 child protection conferences in Harrow in 2020-21?"),
    # ... or from memory, or doubted by a negative question
    ("I'm pretty sure the MASH had 12,000 contacts in 2020-21?", "is it true that the MASH had 12,000 contacts in 2020-21?"),
    ("correct me if I'm wrong but the MASH had 12,000 contacts in 2020-21", "is it true that the MASH had 12,000 contacts in 2020-21?"),
    ("I remember the conference had 300 delegates - is that still right?", "is it true that the conference had 300 delegates?"),
    ("so 12,000 contacts went to the MASH in 2020-21?", "is it true that 12,000 contacts went to the MASH in 2020-21?"),
    ("wasn't child M 14 when he died?", "was child M 14 when he died?"),
    # a claim of what a source said, then what it did say: its topic is asked about
    ("on child M the review said mechanical restraint should simply be banned, didn't it? what did it actually conclude",
     "on child M - what did the review conclude about mechanical restraint?"),
    ("the report said the MASH was overwhelmed, right? what did it say about referrals?", "what did the report say about referrals?"),
    # a claim of what a source lists: the list is asked for
    ("For Minh's strategy meeting - the gov page only lists three types of slavery, child trafficking, forced labour and "
     "sexual exploitation, right?", "For Minh's strategy meeting - what types of slavery does the gov page list?"),
    ("the report lists the priorities of the board, right?", "what priorities of the board does the report list?"),
    # (not the asker's casework with its own question, nor a question opening on "so")
    ("I think 3 of my kids are at risk, what do I do?", "I think 3 of my kids are at risk, what do I do?"),
    ("so how many contacts were there in 2020-21?", "so how many contacts were there in 2020-21?"),
    ("Is it correct that the MASH got 1,200 contacts?", "is it true that the MASH got 1,200 contacts?"),
    ("Can you confirm that the MASH got 1,200 contacts in 2020-21?", "is it true that the MASH got 1,200 contacts in 2020-21?"),
    ("Does the report say that 185 delegates attended?", "is it true that 185 delegates attended?"),
    ("Does the report say anything about neglect?", "Does the report say anything about neglect?"),
    ("Sense check please: the conference had 185 delegates", "is it true that the conference had 185 delegates?"),
    ("My slide quotes 547 IRO reviews for 2019-20. correct?", "is it true that 547 IRO reviews for 2019-20?"),
    # a check's opening before a question goes; a son's essay is no draft
    ("Quick fact check: how many delegates attended the 2021 conference?", "how many delegates attended the 2021 conference?"),
    ("My son's school essay says a man at the park gives him vapes - is that grooming?",
     "My son's school essay says a man at the park gives him vapes - is that grooming?"),
    # (leave is no truth: "is that ok?")
    ("Mum has left the 2 kids alone. Is that ok?", "Mum has left the 2 kids alone. Is that ok?"),
])
def test_a_claim_from_a_draft_is_asked_as_the_question_it_puts(question, expected):
    """The claim as put (``keep_figure=True``: the chain's fallback when the figure asked
    for finds nothing); the figure asked for instead is pinned by
    :func:`test_a_checked_claim_is_asked_without_the_value_in_doubt`."""
    from assistant.answer.claims import as_checked_question

    assert as_checked_question(question, known=lambda name: name == "Chris Miller", keep_figure=True) == expected


@pytest.mark.parametrize("question,needles", [
    ("our newsletter says 1,200 contacts went to the MASH between April 2020 and March 2021 - is that right?", ["9,971"]),
    ("proof-reading a board paper for the exec - it says the independent chair is Chris Mills. correct spelling of his name?", ["Chris Miller"]),
    ("essay draft: 'The Social Workers in Schools project began in September 2019.' when did it actually start?", ["November 2020"]),
    ("slide 2 says Child M was a 14-year-old boy from a Bangladeshi family. Is that what the learning sheet says?", ["12-year-old", "Pakistani"]),
    # a claim that holds is confirmed by the figure it gives
    ("our newsletter says 185 delegates attended. right?", ["185 delegates"]),
    ("Our bulletin says 158 delegates attended the conference and 45 primary schools are in Harrow. can you check both?", ["185", "41"]),
])
def test_a_draft_claim_with_a_wrong_value_is_answered_with_the_documents_value(indexed, question, needles):
    a = indexed.ask(question)
    assert a.status == "answered" and all(n in a.answer for n in needles), a.answer


@pytest.mark.parametrize("question", [
    "our GP bulletin says there are 33 GP practices in Harrow - is that right?",
    "GP bulletin says 'MARAC heard 350 cases in Harrow in 2020-21'. can you confirm?",
])
def test_a_checked_figure_of_something_the_documents_do_not_count_is_refused(indexed, question):
    # ("33 from Local Authority Care" is a figure, but not of GP practices)
    a = indexed.ask(question)
    assert a.status == "not_found", a.answer


def test_a_draft_naming_a_post_holder_the_documents_do_not_name_is_refused(indexed):
    a = indexed.ask("draft board paper names the HSCB's vice chair/lay member as Margaret Okoye. can you confirm that's the right person?")
    assert a.status == "not_found" and "name of the person" in a.answer, a.answer


def test_an_asking_part_pointing_back_to_the_askers_own_system_is_refused(indexed):
    # "it" is the CPCJ, a Portuguese body the documents do not cover
    a = indexed.ask("In Portugal we have the CPCJ. How many children did it protect?")
    assert a.status == "not_found", a.answer
    from assistant.answer.text_evidence import asks_about_home_system

    # (a case's story is not the asker's system: "they" are its traffickers)
    assert not asks_about_home_system("Fredek from Hungary was promised a job. What did they do to him?")
    assert not asks_about_home_system("In Portugal we have the CPCJ. How many children are on plans here?")


def test_a_case_named_in_the_question_is_the_case_the_answer_quotes(indexed):
    """Found by a new-user walkthrough: "lessons" matched the heading "Learned Lessons Review:
    Young Person J", and "What were the lessons from the Child M case?" was answered with
    Young Person J's findings. An answer must quote a passage naming the case asked about;
    otherwise it is refused (never another child's learning)."""
    from assistant.answer.refusal_rules import cases_not_named

    yp_j = ["Harrow Safeguarding Children Board Annual Report 2020-2021\n6. Learning from Case Reviews > "
            "Ongoing Reviews > Learned Lessons Review: Young Person J\nThe review is ongoing"]
    assert cases_not_named("What were the lessons from the Child M case?", yp_j) == ["Child M"]
    assert cases_not_named("what did the young person J review find?", yp_j) == []
    assert cases_not_named("CHILD SAFEGUARDING PRACTICE REVIEW: CHILD ‘M’ - what was found?",
                           ["CHILD SAFEGUARDING PRACTICE REVIEW: CHILD ‘M’ > Background\nM was 12"]) == []
    assert cases_not_named("How many children went missing?", yp_j) == []
    # a passage naming no case at all is left to the other checks
    assert cases_not_named("how old was child M?", ["Harrow Safeguarding Children Board Annual Report > Background\n"
                                                    "He was 12 and had complex medical needs."]) == []
    for q in ("What were the lessons from the Child M case?", "What lessons were learned from Family A?"):
        a = indexed.ask(q)
        assert "Young Person J" not in " ".join(c.section for c in a.citations), (q, a.answer)
        assert a.status == "not_found" or any(
            re.search(r"child\s+['‘’]?m\b|family\s+a\b", p.chunk.embed_text(), re.I) for p in a.retrieved[:1]), a.answer
    a = indexed.ask("What were the key findings of the Child M review?")
    assert a.status == "answered" and "Was not Brought" in a.answer


def test_a_case_named_by_letter_is_answered_from_its_own_passages(indexed):
    # found by a new user: Young Person J's "initial findings" list outscored Child H's own
    # paragraphs, and the case check then refused, saying the passages were about other reviews
    ans = indexed.ask("What did the Child H review find?")
    assert "other reviews" not in ans.answer, ans.answer
    assert all("Child H" in c.section for c in ans.citations), ans.citations
    assert any("Child H" in p.chunk.section for p in ans.retrieved[:3])
    # a case the documents do not name at all is still refused
    ans = indexed.ask("What did the Child Q review find?")
    assert ans.status == "not_found" and not ans.citations


def test_a_who_answer_in_the_first_person_names_the_sections_author(indexed):
    # found by a new user: "I chair the HSAB ..." answered "who chairs the HSAB?" without
    # saying who "I" is; the section is headed "... arrangements by Chris Miller"
    ans = indexed.ask("Who chairs the HSAB?")
    assert ans.status == "answered" and "I chair the HSAB" in ans.answer, ans.answer
    assert "Chris Miller" in ans.answer
    n = next(c.n for c in ans.citations if "I chair" in c.quote)
    assert f"“I” in [{n}] is Chris Miller" in ans.answer and "by Chris Miller" in ans.citations[n - 1].section


def test_a_how_many_question_is_not_answered_by_a_share_when_a_count_is_near(indexed):
    # "100% of Children Looked After ... had information about their entitlements" was the
    # best unit and the answer was refused for giving no count; Harrow at a Glance gives 184
    ans = indexed.ask("How many children are looked after in Harrow?")
    assert ans.status == "answered" and "184" in ans.answer, ans.answer
    assert "100%" not in ans.answer or ans.answer.index("184") < ans.answer.index("100%"), ans.answer
    from assistant.answer.extractive import _gives_count

    assert not _gives_count("100% of Children Looked After of an appropriate age had information")
    assert _gives_count("1,746 cases reported in the UK in 2013 - a 47% increase")
    assert _gives_count("Number of Children Looked After (LAC) (31st March 2021) | 184")


def test_a_who_answer_is_not_padded_with_a_row_naming_nobody(indexed):
    # found by a new user: "Chris Miller Independent Chair and Scrutineer ..." came with the
    # attendance table's "REPRESENTATIVE/ROLE Independent Chair — ATTENDANCE OUT OF 4 MEETINGS: 4"
    ans = indexed.ask("who is the independent chair?")
    assert ans.status == "answered" and "Chris Miller" in ans.answer, ans.answer
    assert "ATTENDANCE" not in ans.answer, ans.answer
    # ... nor with a row naming a post only (found by a new user: "who chairs the Harrow
    # Safeguarding Children Board?" came with "Chair of Quality Assurance Subgroup — ... 4")
    ans = indexed.ask("who chairs the Harrow Safeguarding Children Board?")
    assert ans.status == "answered" and "Chris Miller" in ans.answer, ans.answer
    assert "ATTENDANCE" not in ans.answer and "Quality Assurance" not in ans.answer, ans.answer


def test_running_away_is_read_as_going_missing(indexed):
    # found by a new user: "running away" did not match the glossary's "run away", and the
    # answer quoted a young person on lockdown ("... when you're locked away ...")
    ans = indexed.ask("what happens when kids keep running away?")
    assert ans.status == "answered" and "missing" in ans.citations[0].quote, ans.answer
    assert "locked away" not in ans.answer.split("[1]")[0], ans.answer


def test_a_quote_running_over_a_page_break_is_cited_to_both_pages(indexed):
    # found by a new user: the training-topics list starts on p. 31 and ends on p. 32, and
    # was cited to p. 31 only, where most of its items cannot be found
    import pypdf

    ans = indexed.ask("what are the partnership's priorities?")
    c = next(c for c in ans.citations if "Every Mind Matters" in c.quote)
    assert (c.page, c.page_end, c.pages) == (31, 32, "31-32"), c
    pdf = pypdf.PdfReader(str(Path(__file__).resolve().parents[1] / "corpus" / "harrow-hscb-annual-report-2020-21.pdf"))
    assert "Every Mind Matters" in pdf.pages[31].extract_text() and "Every Mind Matters" not in pdf.pages[30].extract_text()
    # a quote on one page has no end page
    assert all(c_.page_end is None for c_ in indexed.ask("How many children went missing in Harrow in 2019-20?").citations)


def test_a_count_asked_now_leads_with_the_latest_figure(indexed):
    # found by a new user: "how many children are on CP plans?" led with April 2019's 281;
    # the latest figure is Harrow at a Glance's 298 at 31 March 2021 ("CP plans" counts as
    # present in "Child Protection Plans" for the figures about what is asked)
    ans = indexed.ask("how many children are on CP plans?")
    assert ans.status == "answered" and "298" in ans.answer.split("[1]")[0], ans.answer
    assert "2021" in ans.citations[0].quote, ans.citations[0]
    # a count of the whole beats a list splitting it by something not asked ...
    ans = indexed.ask("how many young carers are there?")
    assert ans.status == "answered" and "A total of 83" in ans.answer.split("[1]")[0], ans.answer
    # ... and a list item far stronger than its siblings leads alone
    ans = indexed.ask("how many children had a cp plan lasting two years or more?")
    assert ans.status == "answered" and ans.answer.lstrip("- ").startswith("6 children"), ans.answer
    assert "repeat CP plan" not in ans.answer, ans.answer
    # two items asked for together still come as the list
    ans = indexed.ask("How many organisations and how many individuals got specific support from "
                      "Voluntary Action Harrow's safeguarding outreach team?")
    assert "103" in ans.answer and "249" in ans.answer, ans.answer


@pytest.mark.parametrize("question, missing", [
    # (near misses of probe-78: the passage found is on topic, the detail is not given)
    ("sw in schools project - how much money did the dfe give for it, and for the extension?", "amount of money"),
    ("albert case study on the ms site - what were the names of the two men who approached him at the night shelter?",
     "name of the person"),
    ("how does the % of icpcs held inside the 15 day target timescale compare with the london avg?", "comparison"),
    ("apart from harrow which other london boroughs were first to get the mayor's da tagging project?", "other places"),
    ("perm exclusions in 2019-20: how many were there?", "2019"),
    ("ms victims found in the uk in 2013 - of the uk nationals how many were children?", ""),
    ("child M learning sheet - which professional was the one who flagged the restraint as a safeguarding issue?",
     "which one it was"),
    ("child M learning sheet - which language did the other parent need an interpretor for?", "which language"),
    # (probe-80 and break-it: a sum "given" needs a sum, a rate per 10,000 must be of what
    # is asked, and a list answer must still give a detail asked outright)
    ("How much did the DfE give Harrow for the Social Workers in Schools project?", "amount of money"),
    ("What's Harrow's rate of looked after children per 10,000?", "this rate"),
    ("rate of missing children per 10,000 in harrow?", "this rate"),
    ("what language is signs of safety translated into", "which language"),
    # (break-it: a payer's name must be named whole, as a phrase: "setting up home" near a
    # "Participation Officer" is no Home Office; a school or a relative asked for by name
    # needs a name; "- Use of mechanical restraints" names no agency)
    ("how much did the Home Office give Harrow?", "amount of money"),
    ("what school did Child M go to?", "name of the school"),
    ("what was Child M's mum called?", "name of the person"),
    ("which agency was the one who raised the restraint as a safeguarding issue?", "which one it was"),
    # (second break-it pass: in lower case too; a role's attendance row, its header words in
    # capitals, names no one; nor does "Chair" for "who chairs ...", after an en dash too)
    ("how much did the home office give?", "amount of money"),
    ("who is the designated nurse - name pls", "name of the person"),
    ("who chairs the quality assurance subgroup \u2013 name pls", "who holds this role"),
])
def test_near_misses_on_the_right_topic_are_refused(indexed_both, question, missing):
    ans = indexed_both.ask(question)
    assert ans.status == "not_found" and missing in ans.answer, ans.answer


@pytest.mark.parametrize("question, fact", [
    # ... and their answerable twins are still answered
    ("how much did the police contribute to the budget?", "5,000"),
    ("how much did the CCG give in 2020-21?", "20,000"),
    ("compared with london, do we have a lot of children on cp plans?", "London"),
    ("who is the independent chair and scrutineer? name please", "Chris Miller"),
    ("how many permanent exclusions were there in 2018-19?", "45"),
    ("of the home educated children, how many were girls?", "154"),
    # (found by this session's break-it helper: false refusals of the first version)
    ("how much did the met contribute to the hscb?", "5,000"),
    ("how much did the borough put into the safeguarding budget?", "162,417"),
    ("what's the name of the man who got trafficked from hungary?", "Fredek"),
    ("who runs the safe house serena stayed in - name pls", "Hestia"),
    ("which organisation is the one that handles info from the modern slavery helpline?", "NSPCC"),
    ("how does the number of LAC in harrow compare against england?", "England"),
    ("what other places was fredek forced to work in?", "pizza"),
    ("what language should social worker conference reports be written in?", "language"),
    # (the twins of probe-80's near misses)
    ("what's harrow's rate of child protection plans per 10,000?", "12th highest"),
    ("how much did london ambulance give", "-500"),
    # (break-it, refused before: a payer by an everyday name is its budget row, the
    # partners' sum is the total income; an aside after a dash is not part of a role; "how
    # many times" counts attendances; "was X the highest ...?" asks whether; "Op" is
    # "Operation")
    ("how much did the Met give?", "-5,000"),
    ("how much did the Metropolitan Police contribute to the board?", "-5,000"),
    ("how much did the partners give altogether?", "-192,457"),
    ("how much did the ambulance service give?", "-500"),
    ("who is the independent chair - name pls", "Chris Miller"),
    ("how many times did LFB attend the HSSP meetings", "2/3"),
    ("was September 2020 the highest number of mental health referrals?", "September 2020"),
    ("what is Op Philomena?", "Grab-Pack"),
    ("how much did the old bill give", "-5,000"),
    ("how much did the town hall put in, roughly?", "-162,417"),
])
def test_answerable_twins_of_the_near_misses(indexed_both, question, fact):
    ans = indexed_both.ask(question)
    assert ans.status == "answered" and fact in ans.answer, ans.answer


def test_calling_any_time_asks_for_opening_hours(indexed_both):
    # probe-78: "can ppl call it any time?" was not read as asking for hours, and the answer
    # gave the helpline's number without "24 hours a day"
    for q in ("whats the modern slavery helpline number and can ppl call it any time?",
              "can people call the modern slavery helpline any time?"):
        ans = indexed_both.ask(q)
        assert ans.status == "answered" and "24 hours a day" in ans.answer and "0800 0121 700" in ans.answer, ans.answer


@pytest.mark.parametrize("question, facts", [
    # probe-80 false refusals: a month is a date, not a place ("as at March 2021",
    # "between Sept 2020 and ..."), a hedge before the question word ("... - roughly how
    # many ...") still asks, and "going AWOL" is going missing
    ("How many children were electively home educated between Sept 2020 and March 2021, "
     "and what's the breakdown of girls vs boys?", ["299", "154", "145"]),
    ("how many children were electively home educated from Sept 2020?", ["299"]),
    ("I chair a school governors safeguarding committee - so how many children were electively home educated?", ["299"]),
    # (break-it: a hedge opening a new sentence is capitalised as a sentence's first word)
    ("I'm a health visitor in Harrow. Roughly how many children live in the borough?", ["64,000"]),
    ("I'm a social worker - what reasons does the report give for young people in Harrow going AWOL?",
     ["not feeling cared for"]),
])
def test_dates_hedges_and_slang_are_not_out_of_scope(indexed, question, facts):
    ans = indexed.ask(question)
    assert ans.status == "answered" and all(f in ans.answer for f in facts), ans.answer




def test_the_same_words_from_two_pages_are_quoted_once(indexed_both):
    # a footer repeated on every page of the modern-slavery site was quoted twice, [3] and [4]
    ans = indexed_both.ask("tel number for the helpline pls")
    assert ans.status == "answered" and "0800 0121 700" in ans.answer, ans.answer
    quotes = [" ".join(c.quote.split()) for c in ans.citations]
    assert len(quotes) == len(set(quotes)), quotes
    assert ans.answer.count("handled by the NSPCC") <= 1, ans.answer


def test_a_name_is_named_by_its_words_and_op_is_operation():
    from assistant.answer.refusal_rules import names_name

    text = "A new London wide scheme 'Operation Philomena' seeks to strengthen communications"
    assert names_name("Op Philomena", text) and names_name("Operation Philomena", text)
    assert not names_name("Operation Encompass", text)
    # a month or the corpus's own place is no part of what must be named
    assert names_name("Harrow Philomena", text)


@pytest.mark.parametrize("question", [
    # the main points named anywhere in the question ask for the sheet's sections, as
    # "main themes" right after the question word did (these were answered by two items
    # of one section's list, or by the paragraph introducing the review)
    "child m learning sheet main learning points?",
    "in a nutshell, what were the main problem areas the learning sheet on M picked out? one line each",
    # (the sheet is indexed twice, as its DOCX and as the report's appendix: its sections
    # fill the top passages in pairs, and these were answered by two items of one list)
    "summarise the learning from child M - just the main themes please",
    "what were the main themes of the child M review?",
    "summarise the child m review - just the headlines",
])
def test_the_main_points_of_a_learning_sheet_are_its_sections(indexed, question):
    ans = indexed.ask(question)
    assert ans.status == "answered", ans.answer
    for heading in ("Multiple and uncoordinated appointments", "Use of Mechanical Restraint", "Low School Attendance"):
        assert heading in ans.answer, ans.answer
    # (the sheet's "Background" sets the scene: no theme, though a heading when headings are asked)
    assert "Background:" not in ans.answer, ans.answer


@pytest.mark.parametrize("question, row, amount", [
    # a payer named by an everyday name, asked with "contribute" (answered with "100% had
    # contributed to their plan", which shares only the verb, or refused)
    ("how much did health contribute?", "Harrow Clinical Commissioning Group", "-20,000"),
    ("how much did the local authority contribute?", "Harrow Council including Business Support", "-162,417"),
    # a payer's sum asked without "how much" (answered with a footnote naming the partners)
    ("what was the met's contribution", "Police / MOPAC", "-5,000"),
    ("what was the contribution from the police?", "Police / MOPAC", "-5,000"),
    ("what did the ccg put in?", "Harrow Clinical Commissioning Group", "-20,000"),
    ("what has the council put into the budget?", "Harrow Council including Business Support", "-162,417"),
    # ... or as a bare noun phrase (answered with the attendance table's row)
    ("ambulance service contribution", "London Ambulance", "-500"),
    ("police contribution?", "Police / MOPAC", "-5,000"),
    # the payer who paid in most (answered with a sentence on funding arrangements, or refused)
    ("which partner paid the most into the budget?", "Harrow Council including Business Support", "-162,417"),
    ("who gave the most money to the partnership?", "Harrow Council including Business Support", "-162,417"),
    ("who chipped in the most cash for the board's pot?", "Harrow Council including Business Support", "-162,417"),
    ("which partner gave the least money?", "London Ambulance", "-500"),
])
def test_a_payers_sum_is_its_income_row(indexed, question, row, amount):
    ans = indexed.ask(question)
    assert ans.status == "answered", ans.answer
    lead = ans.answer.split("[1]")[0]
    assert row in lead and amount in lead, ans.answer


def test_contribution_asked_of_a_review_is_not_a_sum():
    from assistant.answer.question_shape import question_type

    assert question_type("what was the met's contribution") == "number"
    assert question_type("what did the ccg put in to the budget?") == "number"
    # what someone brought to a meeting or review is no sum of money
    assert question_type("what did the police contribute to the review?") == "general"
    assert question_type("what was the GP's contribution to the strategy meeting?") == "general"
    assert question_type("what did dad contribute?") == "general"


@pytest.mark.parametrize("question, name", [
    # a person described, named by a case study's title (refused as "who holds this role":
    # "man" is no word of "Fredek is from Hungary")
    ("who was the man from hungary?", "Fredek"),
    ("who was the man from hungary - name pls", "Fredek"),
    ("who was the woman from uganda?", "Brenda"),
])
def test_a_person_described_is_named_by_the_case_study(indexed_both, question, name):
    ans = indexed_both.ask(question)
    assert ans.status == "answered" and name in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    # the role spelled out ("Local Authority Designated Officer") and a heading in title
    # case ("Allegations Against Staff and Volunteers") name no one
    "who is the LADO - name please",
    # no case study is of a young man from Romania: a list of countries names no one
    "who is the young man from romania?",
])
def test_a_name_asked_is_not_a_role_spelled_out_or_a_list_of_countries(indexed_both, question):
    ans = indexed_both.ask(question)
    assert ans.status == "not_found" and not ans.citations, ans.answer


@pytest.mark.parametrize("question", [
    # a telephone number asked as "phone no." or "contact details" (answered with the
    # helpline's footer, "Free from landlines ..." or the NSPCC's handling, without a number)
    "what is the helpline phone no.",
    "helpline contact details?",
    "modern slavery helpline number?",
])
def test_a_phone_no_or_contact_details_are_a_number(indexed_both, question):
    ans = indexed_both.ask(question)
    assert ans.status == "answered" and "0800 0121 700" in ans.answer, ans.answer


def test_phone_number_shapes():
    from assistant.answer.text_evidence import PHONE_Q

    for q in ("what is the helpline phone no.", "tel no for crimestoppers?", "MASH contact details?",
              "is there a number to ring for advice?", "which number do I need to call to report it?"):
        assert PHONE_Q.search(q), q
    # a number of things, or a number asked about, is no telephone number
    for q in ("which number of referrals was highest?", "what number of children were seen?", "no. of contacts to the MASH?"):
        assert not PHONE_Q.search(q), q


@pytest.mark.parametrize("question", [
    # the lessons of a learning sheet close its sections (these were answered with each
    # section's opening sentence, which says what happened, not what must change)
    # (asked of the review, the report's own list of its key learning points answers too)
    "what are the key lessons on the child M learning sheet?",
    "child M learning sheet - key learning points for my team please",
])
def test_the_lessons_of_a_learning_sheet_close_its_sections(indexed, question):
    ans = indexed.ask(question)
    assert ans.status == "answered", ans.answer
    for lesson in ("oversight and coordination", "Care Plan", "Attendance Panels"):
        assert lesson in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    # bodies that paid nothing into the budget (answered with the CCG's row, a line of
    # spending, or a training income row)
    "what did schools contribute to the budget",
    "how much did public health put in to the budget",
    "how much did nhs england contribute to the budget",
    "what did the voluntary sector contribute to the budget",
    "dfe contribution?",
    # names the documents never give: the LADO's, an anonymised child's
    "name of the LADO?",
    "whats the name of the lado pls",
    "what was child m's real name",
    "whats young person J's name",
    # numbers for services the documents give none for (answered with MASH or CAMHS
    # statistics, or the slavery helpline's)
    "number for the mash - need to make a referral",
    "childline number",
    "whats the number for CAMHS",
    # a service named before "number" must be the one the number is for (answered with
    # Crimestoppers' line, or the Salvation Army's description)
    "barnardos contact number",
    "salvation army number",
])
def test_break_it_near_misses_are_refused(indexed_both, question):
    ans = indexed_both.ask(question)
    assert ans.status == "not_found" and not ans.citations, ans.answer


def test_a_contribution_to_a_review_is_no_budget_sum(indexed):
    ans = indexed.ask("what did the police contribute to the review?")
    assert "5,000" not in ans.answer, ans.answer


def test_countries_located_in():
    from assistant.answer.text_evidence import countries_located_in

    assert countries_located_in("what number if the person is in the republic of ireland?") == ["republic of ireland"]
    assert countries_located_in("family living in France - who do i call?") == ["france"]
    # where someone came from or was exploited is no scope; nor a UK nation
    assert countries_located_in("a boy from Albania - how do I help?") == []
    assert countries_located_in("she was trafficked in romania and brought here") == []
    assert countries_located_in("how many are in england?") == []


def test_countries_counted_in():
    from assistant.answer.text_evidence import countries_counted_in

    assert countries_counted_in("how many cases were reported in the USA in 2013?") == ["usa"]
    assert countries_counted_in("what % were male in scotland's police data?") == ["scotland"]
    assert countries_counted_in("how many victims from Vietnam were there?") == []
    assert countries_counted_in("how many cases in the UK in 2013?") == []


@pytest.mark.parametrize("question, rows", [
    # a sum asked of two payers together: each payer's row (one row was given before)
    ("how much did the police and ccg put in together", ["-5,000", "-20,000"]),
    ("how much did the met and the council contribute between them?", ["-5,000", "-162,417"]),
    ("how much did the metropolitan police and harrow clinical commissioning group give together", ["-5,000", "-20,000"]),
    # a terse superlative with no question word (answered with sentences on partnership
    # funding, or refused by the relevance gate)
    ("biggest funder of the partnership", ["Harrow Council including Business Support", "-162,417"]),
    ("smallest contributor to the budget?", ["London Ambulance", "-500"]),
])
def test_payers_asked_together_or_tersely_get_their_rows(indexed, question, rows):
    ans = indexed.ask(question)
    assert ans.status == "answered", ans.answer
    for row in rows:
        assert row in ans.answer, ans.answer


@pytest.mark.parametrize("earlier, question, facts", [
    # follow-ups in a Slack thread after asking whether the documents say something
    # (refused as "this figure", answered with the attendance table's "Metropolitan
    # Police | 4", and with the helpline's number only)
    (["does the annual report say how many kids went missing in 2019-20?"], "and how many of them were from care?", ["33"]),
    (["what was the total income?"], "and how much of that came from the police?", ["5,000"]),
    (["what's the modern slavery helpline number?"], "and who deals with what you tell them on it?", ["NSPCC"]),
])
def test_follow_ups_to_whether_questions_are_answered(indexed_both, earlier, question, facts):
    history = []
    for q in earlier:
        history.append((q, indexed_both.ask(q, history=list(history) or None).answer))
    ans = indexed_both.ask(question, history=history)
    assert ans.status == "answered", ans.answer
    for fact in facts:
        assert fact in ans.answer, ans.answer


@pytest.mark.parametrize("question, facts", [
    # "the number per full-time IRO" is a figure, not a telephone number (refused as one)
    ("Is IRO caseload mentioned anywhere? what's the number per full-time IRO?", ["75"]),
    # what the question sets aside is not the answer (answered with the helpline alone)
    ("is there a way in the guidance to report slavery anonymously apart from the helpline? which number?",
     ["Crimestoppers", "0800 555 111"]),
    # a figure checked against a slide: "the actual number" is no telephone number (refused
    # as one)
    ("slide says there were 300 children on CP plans in march 2021 - what's the actual number?", ["298"]),
    # a source asked for is its source note
    ("how many slaves are there estimated to be worldwide and whose estimate is it?", ["29.8 million", "Global Slavery Index"]),
    # what was done follows the problem's sentence (answered with the problem alone)
    ("CAMHS clinician - what did they do when there weren't enough inpatient beds for teens in a mental health crisis?",
     ["emergency assessment hub"]),
])
def test_probe_84_answers(indexed_both, question, facts):
    ans = indexed_both.ask(question)
    assert ans.status == "answered", ans.answer
    for fact in facts:
        assert fact in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    # the country a terse question opens with scopes it: Harrow's police figure is not
    # England's (answered "males made up 40% of victims")
    "police da data across england as a whole during covid - what % of victims were male?",
    # a country the person is in must be named where the answer is: the UK helpline is
    # not the Republic of Ireland's
    "whats the modern slavery helpline number if the person is in the republic of ireland (not NI)?",
    # a count taken in another country (answered with the UK's 1,746 and Harrow's 40%)
    "how many modern slavery cases were reported in the USA in 2013?",
    "what % of DA victims were male in scotland's police data?",
    # a sum from a body that paid nothing in (answered with its attendance row)
    "how much came from the fire brigade?",
    # a survey the partnership plans has no findings yet (answered with the plan)
    "what did the survey of frontline staff on their safeguarding responsibilities find?",
    # ... nor a review just begun (answered with "A new Learned Lessons Review has also begun
    # to look at ...")
    "what did the shaken baby review find?",
    # a statistic's source note answers no question of how ("** UK National Referral
    # Mechanism Statistics 2013")
    "does the slavery guidance explain how a first responder actually submits an NRM referral?",
    # a date asked as "is there a date?" (answered with how Child M died)
    "does the learning sheet say when child M died - is there a date?",
])
def test_near_misses_of_places_payers_plans_and_dates_are_refused(indexed_both, question):
    ans = indexed_both.ask(question)
    assert ans.status == "not_found" and not ans.citations, ans.answer


def test_date_and_phone_shapes():
    from assistant.answer.refusal_rules import _DATE_Q
    from assistant.answer.text_evidence import PHONE_Q

    assert _DATE_Q.match("is there a date?") and _DATE_Q.match("does the report say when the MASH was set up?")
    # when something should be done is no date
    assert not _DATE_Q.match("does it say when to refer to the LADO?")
    assert not _DATE_Q.match("does the guidance say when a child should be referred?")
    assert not PHONE_Q.search("what's the number per full-time IRO?")
    assert PHONE_Q.search("what's the number for the MASH?")


def test_a_comparison_between_two_named_things_is_asked_of_each():
    from assistant.answer.parts import comparison_parts, question_parts

    assert question_parts("which was bigger, the police contribution or the CCG's?") == [
        "what was the police contribution?", "what was the CCG's contribution?"]
    assert question_parts("did the police or the CCG pay more into the budget?") == [
        "how much did the police pay into the budget?", "how much did the CCG pay into the budget?"]
    assert question_parts("were there more initial or review conferences in 2019-20?") == [
        "how many initial conferences were there in 2019-20?", "how many review conferences were there in 2019-20?"]
    assert question_parts("which was higher, the number of primary schools or secondary schools?")[1] == \
        "what was the number of secondary schools?"
    # what is measured must be named: no "what is harrow?" for a bare comparison of places,
    # and a choice of kinds is one question
    assert comparison_parts("so which is higher - harrow or london?") is None
    assert comparison_parts("which was more common, physical abuse or neglect?") is None
    assert comparison_parts("what was the biggest cost for the board?") is None


@pytest.mark.parametrize("question, figures", [
    # (answered with the footnotes naming the three partners)
    ("which was bigger, the police contribution or the CCG's?", ("5,000", "20,000")),
    # (answered with the CCG's row alone)
    ("who put in more money, the met or the ccg?", ("5,000", "20,000")),
    # (answered with the White row and a sentence on over-representation)
    ("which had more missing children, black or white ethnic groups?", ("30", "21")),
])
def test_a_comparison_gives_both_figures(indexed, question, figures):
    a = indexed.ask(question)
    assert a.status == "answered" and all(f in a.answer for f in figures), a.answer


def test_a_comparison_with_something_the_documents_lack_is_refused(indexed):
    a = indexed.ask("which was bigger, the police contribution or brent's?")
    assert a.status == "not_found" and not a.citations, a.answer


@pytest.mark.parametrize("question, figure, not_figure", [
    # the spending words name no one block of the budget ("Delivery Costs Total:"): the
    # largest expense is the professional support, not the council charges
    ("what was the biggest cost for the board?", "88,715", "Council charges"),
    # "most expensive" ranks ("Recruitment expenses | 554" was answered for its word)
    ("what is the most expensive item of expenditure in the HSCB budget?", "88,715", "Recruitment expenses"),
])
def test_the_largest_expense_is_ranked_over_all_expenditure_rows(indexed, question, figure, not_figure):
    a = indexed.ask(question)
    assert a.status == "answered" and figure in a.answer and not_figure not in a.answer, a.answer


@pytest.mark.parametrize("question", [
    # the report defers the finding: "next year we will be able to report on whether victims
    # and families benefited from this innovation" (answered with that sentence)
    "what was the impact of GPS tagging DA perpetrators in harrow - did victims and families benefit?",
    # a year the asker compares with is not the one asked for (answered with 2013's 1,746)
    "need a more recent UK figure than 2013 - how many NRM cases in 2020?",
])
def test_a_deferred_impact_and_a_year_set_aside_are_refused(indexed_both, question):
    ans = indexed_both.ask(question)
    assert ans.status == "not_found" and not ans.citations, ans.answer


def test_a_change_given_beside_a_figure_answers_up_or_down(indexed):
    # "Children in Borough (up 3% in 12 months) | 64,000" (refused as "a comparison with
    # another year")
    a = indexed.ask("did the number of children in the borough go up or down?")
    assert a.status == "answered" and "up 3%" in a.answer, a.answer
    # the year compared with still counts when it is the one asked about
    a = indexed.ask("what was the impact of covid on training?")
    assert a.status == "answered", a.answer


@pytest.mark.parametrize("question", [
    # the link's path holds dates ("/uploads/2021/08/...-24.06.21.docx"), not the event's
    "what date did child M die",
    "When did the Child M rapid review take place?",
    # no hospital is named ("Child 'M' was a 12-year-old boy ... with complex medical needs")
    "Which hospital treated Child M?",
    # no other place is named ("He lived at home with his parents and two younger siblings")
    "which borough did child m's family move from",
    # the thing a yes/no question asks about is never named (an EHCP is not the
    # "multi-agency Care Plan"; no payments at all)
    "did child M have an EHCP",
    "Did Child M's family get direct payments?",
])
def test_details_the_child_m_sheet_does_not_give_are_refused(indexed, question):
    a = indexed.ask(question)
    assert a.status == "not_found" and not a.citations, a.answer


@pytest.mark.parametrize("question", [
    # a share of a whole is not answered by a change over the year ("a slight decline in
    # the number of referrals of around 14% on the year before")
    "what percentage of LADO cases were concluded within a month?",
    # nor a proportion by a count ("Number of Contacts in MASH ... | 9,971")
    "what proportion of MASH contacts went on to a referral?",
])
def test_a_share_is_not_answered_by_a_change_or_a_count(indexed, question):
    a = indexed.ask(question)
    assert a.status == "not_found" and not a.citations, a.answer


@pytest.mark.parametrize("question, figure", [
    # the change itself is still answered, as are shares and things the passages name
    ("by what percentage did LADO referrals fall?", "14%"),
    ("what percentage of initial conferences led to a CP plan?", "80.3%"),
    ("did child M have a learning disability?", "significant learning disability"),
    ("do care leavers get a grant?", "2,000"),
])
def test_shares_changes_and_named_things_are_still_answered(indexed, question, figure):
    a = indexed.ask(question)
    assert a.status == "answered" and figure in a.answer, a.answer


@pytest.mark.parametrize("question, gone, figure", [
    # where the answer goes ("- putting them in our staff briefing") and which site gives
    # it are not what is asked (answered with the "HELP IS HERE" organisations)
    ("list the signs of modern slavery the govt site gives - putting them in our staff briefing",
     "the govt site", "RESTRICTED FREEDOM OF MOVEMENT"),
    # "i can quote" is the asker's use; "any parent ratings" is what they look for
    # (the aside was dropped whole and the answer gave conference counts)
    ("what evidence is there CP plans actually helped families? any parent ratings i can quote", "i can quote", "83%"),
])
def test_a_closing_remark_about_the_answers_use_is_set_aside(indexed_both, question, gone, figure):
    from assistant.answer.parts import strip_aside
    assert gone not in strip_aside(question)
    a = indexed_both.ask(question)
    assert a.status == "answered" and figure in a.answer, a.answer


@pytest.mark.parametrize("question", [
    # the count ("1,746 cases reported" in the UK in 2013) is of another year than the one
    # asked; 2014 is named only by a quote without a count ("Polygraph testing has been
    # used since 2014")
    "how many cases were reported in 2014?",
    # a penalty in law is never given ("Modern Slavery includes sexual exploitation")
    "what's the maximum sentence for modern slavery offences?",
    # no language is named ("reports that use more accessible language for parents")
    "what languages does the helpline support?",
])
def test_a_count_of_another_year_a_penalty_and_languages_not_given_are_refused(indexed_both, question):
    a = indexed_both.ask(question)
    assert a.status == "not_found" and not a.citations, a.answer


def test_a_count_whose_year_ends_its_sentence_is_still_answered(indexed_both):
    # "1,746 cases reported" + "in the UK in 2013 - a 47% increase ..." are two quotes
    a = indexed_both.ask("how many cases were reported in 2013?")
    assert a.status == "answered" and "1,746" in a.answer, a.answer


def test_a_remark_that_says_what_is_needed_is_kept():
    from assistant.answer.parts import strip_aside

    # "need his name and job title" scopes the answer; "for our governors report" does not
    q = "who wrote the independent evaluation bit at the front of the annual report? need his name and job title for our governors report"
    assert strip_aside(q).endswith("need his name and job title")
    # a passive is not a thing asked about: "does the school still get told?"
    from assistant.answer.extractive import _HAD_THING
    assert _HAD_THING.match("does the school still get told?") is None
    assert _HAD_THING.match("did child M have an EHCP").group("np") == "EHCP"


@pytest.mark.parametrize("question", [
    # no author is named ("This process enabled the Case Review Panel to test its findings")
    "who wrote the learning sheet for child M?",
    # a name asked of a post the budget names ("Professional Support (full time BM & part
    # time L&D co-ordinator) | 88,715")
    "what's the name of the L&D coordinator?",
])
def test_an_author_or_a_name_not_given_is_refused(indexed, question):
    a = indexed.ask(question)
    assert a.status == "not_found" and not a.citations, a.answer


def test_an_author_named_by_his_section_is_given(indexed):
    # "2. Evaluation of the effectiveness of ... arrangements by Chris Miller"
    a = indexed.ask("who wrote the independent evaluation bit at the front of the annual report?")
    assert a.status == "answered" and "Chris Miller" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    # the girls counted are the home-educated ("Of these 154 were girls"), the missing
    # children are not split by sex ("83 children went missing ...")
    "how many missing children were girls?",
    # Prevent is never named (a Serious Incident Group initiative was the answer)
    "who leads on Prevent in Harrow?",
])
def test_a_count_of_a_group_the_documents_do_not_split_out_is_refused(indexed, question):
    # (only a split by sex is judged so: groups named otherwise are too often paraphrased,
    # "logged as 'other'" for "categorised as 'other'", "british" for "UK nationals")
    a = indexed.ask(question)
    assert a.status == "not_found" and not a.citations, a.answer


@pytest.mark.parametrize("question, figure", [
    ("how many home educated children were girls?", "154"),
    ("how many young carers were registered to Harrow schools?", "35"),
    ("how many missing children were from care?", "33"),
    ("how many children were subject to a repeat CP plan?", "88"),
])
def test_a_count_of_a_group_the_documents_give_is_answered(indexed, question, figure):
    a = indexed.ask(question)
    assert a.status == "answered" and figure in a.answer, a.answer


def test_which_charity_helps_asks_for_one_not_the_whole_list(indexed_both):
    from assistant.answer.question_shape import question_type

    # "helps" is a verb, not a plural noun (the whole "HELP IS HERE" list was the answer)
    assert question_type("which charity helps trafficked women with housing and advocacy?") == "general"
    assert question_type("which organisations help victims of trafficking?") == "list"
    a = indexed_both.ask("which org helps people who were raped or sexually abused?")
    assert a.status == "answered" and "NEW PATHWAYS" in a.answer and "ANTI-SLAVERY INTERNATIONAL" not in a.answer, a.answer


def test_what_followed_an_event_answers_what_happened_after_it(indexed):
    # "The transition from primary to secondary school was followed by a significant
    # decrease in school attendance" (refused as "what happened afterwards")
    a = indexed.ask("what happened to M's school attendance after moving to secondary?")
    assert a.status == "answered" and "significant decrease" in a.answer, a.answer
    a = indexed.ask("what happened to child M's siblings afterwards?")
    assert a.status == "not_found", a.answer


def test_a_change_given_in_a_table_row_answers_up_or_down(indexed):
    # "Number of Children on Child Protection Plans (31st March 2021) (+12% in 12 months)
    # | 298" (refused: the sentence chosen, "In April 2019, there were 281 children with
    # Child Protection Plans", names no change)
    a = indexed.ask("is the number of children on CP plans up or down?")
    assert a.status == "answered" and "+12%" in a.answer, a.answer


def test_dv_is_domestic_abuse(indexed):
    from assistant.glossary import load_glossary

    assert "domestic abuse" in load_glossary().expand("lockdown dv - did referrals go up or down at first?")
    a = indexed.ask("what does DV stand for?")
    assert a.status == "answered" and "Domestic Violence" in a.answer, a.answer


@pytest.mark.parametrize("question, figure", [
    # a scene from the asker's casework set first (a name, an age, a place, a meeting) is
    # not what is asked: each was refused, or answered from the scene's words
    ("Strategy meeting - Minh (16) found by police at a cannabis grow above a shop in Rayners Lane. "
     "which other sectors does the gov page say people are forced to work in?", "sectors"),
    ("NRM form for Hien (15) asks about background vulnerabilities. what key drivers of trafficking does the gov page list?",
     "economic imbalances"),
    ("Briefing for Rhea's CSE strat (15, older 'boyfriend'). who was the former Chief Crown Prosecutor that gave a "
     "keynote at the 2021 conference?", "Nazir Afzal"),
    ("trafficking awareness bit at the MASH meeting - the gov site's 2013 figure, by what percentage did reported cases go up on 2012?",
     "47%"),
    ("quick one for the MASH data slide (re: Ivy, 3, neglect referral) - whats Harrow's overall population in the annual report?",
     "252,300"),
])
def test_a_scene_from_casework_set_before_the_question_is_set_aside(indexed_both, question, figure):
    a = indexed_both.ask(question)
    assert a.status == "answered" and figure in a.answer, a.answer


def test_a_question_leaning_on_its_scene_keeps_it():
    from assistant.answer.parts import strip_scene

    q = ("Mum has three kids with extra needs and loads of hospital, therapy and school meetings that clash, "
         "she's drowning. what did the Child M learning say families like that need?")
    assert strip_scene(q) == q
    # a scene naming no child of the asker's work is a topic, not casework
    assert strip_scene("LADO figures are down - what risk are they still mindful of?").startswith("LADO")


def test_a_scene_that_carries_the_topic_is_tried_again(indexed_both):
    # without its scene the question names no topic ("what number does the gov page give
    # for reporting anonymously?" was refused): the question is asked again with it
    a = indexed_both.ask("Thi's aunt (Thi is 14) wants to report the people holding her cousin but is terrified of "
                         "being identified. what number does the gov page give for reporting anonymously?")
    assert a.status == "answered" and "0800 555 111" in a.answer, a.answer


@pytest.mark.parametrize("question, expected", [
    ("Anti-Slavery International was founded in 1939, according to the need help page?",
     "Anti-Slavery International was founded in what year?"),
    # (a deed credited to a body is asked as who did it, in either voice)
    ("advocacy and independent visitors for looked after kids are provided by Barnardo's, the report says?",
     "who provided advocacy and independent visitors for looked after kids?"),
    ("I thought the MASH was set up in 2014, right?", "the MASH was set up in what year?"),
    ("is it true that the review was led by the NSPCC?", "who led the review?"),
    ("The Social Workers in Schools project is being evaluated by the University of Bedfordshire, isn't it?",
     "who evaluated the Social Workers in Schools project?"),
    ("the helpline's calls, by Barnardo's, isn't it?", "the helpline's calls, by which organisation?"),
    # (a reporting year as a period: the claim's figure stands)
    ("is it true that there were 789 child protection conferences in Harrow in 2020-21?",
     "there were 789 child protection conferences in Harrow in what year?"),
    ("harrow's LADO service is run from Brent, isn't it?", "harrow's LADO service is run from where?"),
    # a place after "in" or "at" is left as put; a question with a guess is no claim; nor a question at all
    ("the conference was held at Harrow Arts Centre, wasn't it?", None),
    ("which charity was she there with, the NWG?", None),
    ("how many children went missing in 2019-20?", None),
])
def test_a_claim_put_as_a_question_has_its_value_left_open(question, expected):
    from assistant.answer.claims import open_premise

    assert open_premise(question) == expected


def test_an_open_premise_is_answered_only_by_a_value_of_its_kind():
    from assistant.answer.claims import premise_answered

    assert premise_answered("X was founded in what year?", "Founded in 1839, Anti-Slavery International is ...")
    assert not premise_answered("X was founded in what year?", "Anti-Slavery International is the oldest ...")
    assert premise_answered("advocacy is provided by which organisation?",
                            "Advocacy ... are currently provided by Community Solutions (Harrow Mencap).")
    # a sentence about the subject alone gives no body that commissions it
    assert not premise_answered("the LADO service is commissioned by which organisation?",
                                "Each year the HSCB requires the LADO to report on activity ...")
    # a year that dates another figure does not answer for the claim's own
    assert premise_answered("there were 789 conferences in what year?", "There were 789 CPCs in Harrow in 2019-20 [1]")
    assert not premise_answered("there were 789 conferences in what year?", "There were 700 CPCs in Harrow in 2019-20 [1]")
    # who did it, in either voice, or from a team of a named body
    assert premise_answered("who led the review?", "Harrow’s Case Review Group led a Child Safeguarding Practice Review [1]")
    assert premise_answered("who evaluated the project?", "... criteria set by the project’s evaluation team from the University of Cardiff. [2]")
    assert not premise_answered("who led the review?", "It led to a review of the child's care. [1]")
    assert premise_answered("the data came from where?", "... a breakdown of data from London Northwest University Healthcare Trust")
    assert not premise_answered("the LADO service is run from where?", "the LADO reports on activity from the previous year")


@pytest.mark.parametrize("question, value", [
    ("Anti-Slavery International was founded in 1939, according to the need help page?", "1839"),
    ("advocacy and independent visitors for looked after kids in harrow are provided by Barnardo's, the report says?",
     "Community Solutions"),
])
def test_a_misremembered_claim_is_answered_with_what_the_documents_say(indexed_both, question, value):
    a = indexed_both.ask(question)
    assert a.status == "answered" and value in a.answer, a.answer
    assert a.answer.startswith("The passages found do not confirm this as the question puts it.")
    assert a.citations and all(c.quote for c in a.citations)


@pytest.mark.parametrize("question", [
    # the documents give no year of death, nor who commissions the LADO service
    "child M died in 2019, didn't he?",
    "the LADO service is commissioned by Brent Council, isn't it?",
    "the VAH outreach team is funded by Comic Relief, right?",
    # (a passage about the service names no place it is run from)
    "harrow's LADO service is run from Brent, isn't it?",
])
def test_a_claim_whose_value_the_documents_do_not_give_is_still_refused(indexed_both, question):
    a = indexed_both.ask(question)
    assert a.status == "not_found" and not a.citations, a.answer


@pytest.mark.parametrize("question, needles", [
    # a figure claimed by its tag is checked as "is it true that ...": the documents' figure
    ("the MASH had around 12,000 contacts in 2020-21, didn't it?", ["9,971"]),
    ("Health visitor here, Child M was 14 when he died, wasn't he?", ["12-year-old"]),
    # (a share names what it counts before it)
    ("Police colleague: local police kept their normal domestic abuse arrest rate of 54% right through covid, didn't they?", ["45%"]),
    ("Care leavers get an ILG grant of £2,000 for setting up home, right?", ["£2,000"]),
    # (a share "of" a group, remembered: the group is read after "of", not "is it true")
    ("i thought 65% of harrow children are from a black, asian or mixed ethnic background?", ["75%"]),
    # (a count "of the victims" is of a group the figure's sentence may name otherwise)
    ("90 of the victims found in 2013 were UK nationals, the gov page says?", ["90 were UK nationals"]),
    # a figure of another year: the year is left open, the figure stands
    ("IRO asking - there were 789 child protection conferences in Harrow in 2020-21, yeah?", ["789", "2019-20", "do not confirm"]),
    ("didn't the report say 12,000 contacts went to the MASH?", ["9,971"]),
    ("wasn't child M 14 when he died?", ["12-year-old"]),
    ("the gov page only lists three types of slavery, child trafficking, forced labour and sexual exploitation, right?",
     ["CHILD TRAFFICKING", "FORCED LABOUR/ DEBT BONDAGE"]),
    ("on child M the review said mechanical restraint should simply be banned, didn't it? what did it actually conclude",
     ["carefully considered"]),
    ("I remember the conference had 300 delegates - is that still right?", ["185"]),
    # a deed credited to the wrong body: who did it
    ("The Child M practice review was led by the NSPCC, wasn't it?", ["Case Review Group", "do not confirm"]),
    ("Info given to the modern slavery helpline is handled by the Salvation Army, isn't it?", ["NSPCC", "do not confirm"]),
    ("The Social Workers in Schools project is being evaluated by the University of Bedfordshire, isn't it?", ["Cardiff"]),
    # a described thing claimed to be called something: what the documents call it
    ("For Tayo's school: the scheme where police let schools know about domestic abuse call-outs at a pupil's home is "
     "Operation Dauntless, right?", ["Operation Encompass", "do not confirm"]),
    ("the Met's own push to fix how they handle DA and go after repeat abusers - that's Operation Encompass, isn't it?",
     ["Operation Dauntless", "do not confirm"]),
    # people named for a part: who the documents name
    ("the key-note speakers at the 2021 conference were Nazir Afzal and Carlene Firmin, right?", ["Nazir Afzal", "Dez Holmes", "do not confirm"]),
])
def test_a_tagged_claim_is_answered_with_what_the_documents_say(indexed_both, question, needles):
    a = indexed_both.ask(question)
    assert a.status == "answered" and all(n in a.answer for n in needles), a.answer


@pytest.mark.parametrize("question", [
    # figures the documents do not give, claimed by a tag
    "the Harrow MARAC heard 412 cases last year, didn't it?",
    "I thought the MARAC heard 412 cases in 2020-21?",
    "Young Person J was 15 when the serious incident happened, wasn't she?",
    "The Social Workers in Schools project got £450k from the DfE, didn't it?",
    # a post's holder the documents do not name (a table row of the post is no name)
    "the HSCB's vice chair is Margaret Okoye, right?",
])
def test_a_tagged_claim_of_a_figure_the_documents_do_not_give_is_refused(indexed_both, question):
    a = indexed_both.ask(question)
    assert a.status == "not_found" and not a.citations, a.answer


@pytest.mark.parametrize("question, needle", [
    ("the independent chair is Chris Miller, isn't he?", "Chris Miller"),
    ("the scheme where police let schools know about domestic abuse call-outs at a pupil's home is Operation Encompass, right?",
     "Operation Encompass"),
])
def test_a_claim_the_documents_bear_out_is_answered_without_doubt(indexed_both, question, needle):
    a = indexed_both.ask(question)
    assert a.status == "answered" and needle in a.answer and "do not confirm" not in a.answer, a.answer


def test_a_claimed_name_is_read_with_what_it_describes():
    from assistant.answer.claims import claimed_identity, names_kind

    assert claimed_identity("the Met's own push to fix how they handle DA and go after repeat abusers - that's "
                            "Operation Encompass, isn't it?") == (
        "the Met's own push to fix how they handle DA and go after repeat abusers", "Operation Encompass")
    # a post's holder, people, a deed's doer: no name of a described thing
    assert claimed_identity("the independent chair is Chris Miller, isn't he?") is None
    assert claimed_identity("the review was led by the NSPCC, wasn't it?") is None
    assert names_kind("Operation Encompass", "Operation Dauntless: This includes action ...") == "Operation Dauntless"
    assert names_kind("Operation Encompass", "The MPS has recognised ...") is None


def test_a_doer_is_confirmed_only_beside_the_deed():
    from assistant.answer.claims import claimed_doer, doer_confirmed

    assert claimed_doer("The Child M practice review was led by the NSPCC, wasn't it?") == ("led", "NSPCC")
    assert claimed_doer("who led the Child M review?") is None
    # the credited body named for something else does not confirm the deed
    assert not doer_confirmed("handled", "Salvation Army", "The Salvation Army is ... responsible for delivering "
                                                           "the UK government’s contract for support services. [1]")
    assert doer_confirmed("handled", "Salvation Army", "Information submitted via this helpline will be handled by the NSPCC [1]")


def test_a_date_asked_at_the_end_of_a_clause_needs_a_date(indexed):
    a = indexed.ask("child M died in what year?")
    assert a.status == "not_found", a.answer


def test_a_part_of_a_long_named_whole_must_be_counted(indexed_both):
    # "90 were UK nationals in 2013" counts no children among the 2013 cases
    a = indexed_both.ask("of the 2013 UK slavery cases on the gov homepage, how many were children?")
    assert a.status == "not_found" and not a.citations, a.answer


def test_a_nationality_counted_is_named_by_its_country(indexed_both):
    a = indexed_both.ask("of the slavery victims found in the U K in twenty thirteen how many were actually british")
    assert a.status == "answered" and "90" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    # a school named by its stage must be named
    "the Child M learning sheet - which secondary school did M go to?",
    # the period a source is said to give is not the one asked for
    "social worker: the annual report gives MASH contacts for 2020-21 - what was the figure for 2021-22?",
    # a report of a period no document covers
    "the 2021-22 annual report - what % of children leaving care returned home?",
])
def test_a_named_source_does_not_excuse_a_detail_or_period_not_given(indexed, question):
    a = indexed.ask(question)
    assert a.status == "not_found" and not a.citations, a.answer


@pytest.mark.parametrize("question, needle", [
    # "20/21 report" names the report, whose permanency figures are for 2019/20
    ("20/21 report permanency outcomes - what % of children leaving care returned home to live with parents/relatives?",
     "35.4% Returned home"),
    # "the Child M learning sheet" names a document; the borough figure is the annual report's
    ("IRO - does the Child M learning sheet say how many children were on child protection plans at 31st march 2021?", "298"),
    # what the review concluded should happen, with the sentence that goes on saying so
    ("CSPR sheet: the soft-fabric tying down of M that everyone got used to - what did the review conclude should happen "
     "with that kind of thing?", "Care Plan"),
])
def test_a_source_named_in_the_question_is_read_as_the_source(indexed, question, needle):
    a = indexed.ask(question)
    assert a.status == "answered" and needle in a.answer, a.answer


def test_periods_and_cases_that_name_a_document():
    from assistant.answer.extractive import asked_periods, report_periods
    from assistant.answer.refusal_rules import asked_cases

    assert asked_periods("the annual report gives MASH contacts for 2020-21 - what was the figure for 2021-22?") == {"2021-22"}
    # a period given alone is still the one asked for
    assert asked_periods("the annual report gives MASH contacts for 2020-21 - what was the figure?") == {"2020-21"}
    assert report_periods("20/21 report permanency outcomes - what % returned home?") == {"2020-21"}
    assert report_periods("how many returned home in 2020-21?") == frozenset()
    assert not asked_cases("does the Child M learning sheet say how many children were on child protection plans?")
    # the case is asked about when the question speaks of the child
    assert [m.group(0) for m in asked_cases("the Child M learning sheet - how old was he?")] == ["Child M"]
    assert [m.group(0) for m in asked_cases("what did the Child M review find?")] == ["Child M"]


def test_which_ones_after_organisations_names_each_by_its_heading(indexed_both):
    a = indexed_both.ask("the need help page lists loads of orgs - which ones specifically work with child victims?")
    assert a.status == "answered" and "THE CHILDREN’S SOCIETY: We run" in a.answer, a.answer


def test_documents_named_by_type_or_page_words():
    from assistant.answer.sources_named import DocumentRef, named_documents

    docs = [DocumentRef("harrow-hscb-annual-report-2020-21.pdf", "Harrow Safeguarding Children Board Annual Report 2020-2021", "annual report"),
            DocumentRef("harrow-cspr-child-m-learning-sheet.docx", "Quick Reference Learning Sheet: CSPR Child M", "learning sheet"),
            DocumentRef("modern-slavery-html/need-help.html", "If You Need Help or Know Someone Who is a Victim of Modern Slavery"),
            DocumentRef("modern-slavery-html/report-it.html", "How to report Modern Slavery if you have any concerns"),
            DocumentRef("modern-slavery-html/who.html", "Types of Slavery, industries where it exists and who is affected"),
            DocumentRef("modern-slavery-html/index.html", "Modern Slavery – What it is, spot the signs, and report slavery")]

    def named(q):
        return [d.source.split("/")[-1] for d in named_documents(q, docs)]

    assert named("does the Child M learning sheet say how many children were on plans?") == ["harrow-cspr-child-m-learning-sheet.docx"]
    assert named("20/21 report permanency outcomes - what % returned home?") == ["harrow-hscb-annual-report-2020-21.pdf"]
    assert named("the need help page lists loads of orgs - which ones work with children?") == ["need-help.html"]
    assert named("the report-it page - what does it tell bosses to check?") == ["report-it.html"]
    assert named("the who page - which organisation runs CTAC?") == ["who.html"]
    assert named("the gov homepage - how many cases in 2013?") == ["index.html"]
    # "report it" as a verb, "who" as a question word, and an unindexed source name nothing
    assert named("who do I report it to?") == []
    # ordinary words before "page", a report made, a sheet filled in
    assert named("who is listed on the page as being at risk?") == []
    assert named("I need help finding the page about forced labour") == []
    assert named("I want to make the report to the helpline - what number do I ring?") == []
    assert named("what goes on the sheet when I refer someone to the helpline?") == []
    assert named("Working Together 2018 - within how many working days must a strategy discussion take place?") == []


def test_an_answer_quoted_from_another_document_than_the_one_named_says_so(indexed):
    a = indexed.ask("IRO - does the Child M learning sheet say how many children were on child protection plans at 31st march 2021?")
    assert a.status == "answered" and "298" in a.answer
    assert a.answer.endswith("the passages quoted are from “Harrow Safeguarding Children Board Annual Report 2020-2021”."), a.answer
    # no note when the named document holds the quote too (its appendix repeats the sheet)
    c = indexed.ask("what does the annual report say about Child M's dental pain?")
    assert c.status == "answered" and "Note:" not in c.answer, c.answer
    # no note when the named document is quoted
    b = indexed.ask("what does the annual report say about MASH contacts in 2020-21?")
    assert b.status == "answered" and "Note:" not in b.answer, b.answer


@pytest.mark.parametrize("question, expected", [
    ("HV writing notes: from sept 2020 to end of march 2021, how many of the children were girls?",
     "from sept 2020 to end of march 2021, how many of the children were girls?"),
    ("DSL briefing - the who-is-affected page has a sentence on the 'key drivers' behind trafficking. what does it list?",
     "the who-is-affected page has a sentence on the 'key drivers' behind trafficking. what does it list?"),
    ("glossary entry for a training pack - how exactly does the who-is-affected page define child trafficking? want to copy it across",
     "how exactly does the who-is-affected page define child trafficking?"),
    ("SW doing a court statement - what were child M's parents' first names? need them for the chronology",
     "what were child M's parents' first names?"),
    # what is cited is what "it" means
    ("citing the effectiveness evaluation in my paper - who wrote it and what's his exact title in the sign-off?",
     "who wrote the effectiveness evaluation and what's his exact title in the sign-off?"),
    # a product that may be the topic, without a role or a verb of writing, stays
    ("child protection plan - how many children were on one at year end?", "child protection plan - how many children were on one at year end?"),
    ("lado referral - who do i contact about a teacher?", "lado referral - who do i contact about a teacher?"),
    ("the 7 minute briefing - what does it say about neglect?", "the 7 minute briefing - what does it say about neglect?"),
    # a product that may be the topic, after a verb of writing but no role
    ("updating the child protection plan - how many children were on one at 31st march 2021?",
     "updating the child protection plan - how many children were on one at 31st march 2021?"),
    ("writing a young carers referral - how many were identified in the year?",
     "writing a young carers referral - how many were identified in the year?"),
    ("what evidence is needed for a court statement?", "what evidence is needed for a court statement?"),
    # "use it" asked about, not the asker's use of the answer
    ("working w a woman in glasgow - what does TARA stand for and who can use it?",
     "working w a woman in glasgow - what does TARA stand for and who can use it?"),
])
def test_what_the_asker_is_writing_is_not_what_they_ask(question, expected):
    from assistant.answer.parts import strip_write_up

    assert strip_write_up(question) == expected


@pytest.mark.parametrize("question, needles", [
    ("board business mgr drafting a committee paper - what overall population does 'Harrow at a glance' give, and whose estimate is it?",
     ["252,300", "ONS"]),
    ("glossary entry for a training pack - how exactly does the who-is-affected page define child trafficking? want to copy it across",
     ["internationally or domestically"]),
    # an acronym opening the message, its full name asked after a full stop
    ("ECINS - there's a footnote spelling it out in the contextual safeguarding part of the HSCB report. what's the full name? "
     "for a glossary", ["Empowering Communities with Integrated Networks"]),
    # where it is, asked for a reference: the answer names the section
    ("HV writing notes: from sept 2020 to end of march 2021, how many of the children whose parents took them out to teach them "
     "at home were girls? and what heading is that under so i can reference it", ["154", "Where it is: “7. Scrutiny", "Children Educated at Home”"]),
])
def test_a_question_from_someone_writing_up_is_answered_on_what_it_asks(indexed_both, question, needles):
    a = indexed_both.ask(question)
    assert a.status == "answered" and all(n in a.answer for n in needles), a.answer


def test_where_is_asked_only_of_the_documents():
    from assistant.answer.sources_named import WHERE_ASKED

    for q in ["what heading is that under?", "which part of the annual report covers young carers?", "where's that and what is it?",
              "which review's findings is that in?", "where does it say that?"]:
        assert WHERE_ASKED.search(q), q
    for q in ["where do I report modern slavery?", "where is the MASH based?", "who chairs the board?",
              "which part of Harrow has the most children on plans?", "what page should I go to for help?",
              "where is it safe for a victim to go?", "which part of the body is affected by FGM?"]:
        assert not WHERE_ASKED.search(q), q


@pytest.mark.parametrize("question", [
    "SW doing a court statement - what were child M's parents' first names? need them for the chronology",
    "board mgr: the social workers in schools project has a manager overseeing it - what's their name? want to credit them in the committee paper",
])
def test_a_name_asked_for_a_chronology_or_a_paper_must_be_given(indexed, question):
    a = indexed.ask(question)
    assert a.status == "not_found" and not a.citations, a.answer


@pytest.mark.parametrize("question, needles", [
    # everyday words for the page's terms: British victims are "UK nationals", a
    # conference's breakout sessions its workshops
    ("the british victims figure the gov page quotes - what is it?", ["90 were UK nationals in 2013"]),
    ("who delivered the breakout sessions at the 2021 joint conference?", ["Rescue & Response", "Red Thread", "Ignite", "NWG"]),
    ("who ran the workshops at the conference?", ["Rescue & Response", "Red Thread", "Ignite", "NWG"]),
])
def test_everyday_words_for_a_count_and_a_list_of_providers(indexed_both, question, needles):
    a = indexed_both.ask(question)
    assert a.status == "answered" and all(n in a.answer for n in needles), a.answer


@pytest.mark.parametrize("question", [
    "what is Chris Miller's job title in the report?",
    "what's Chris Miller's exact title in the sign-off of the evaluation?",
])
def test_a_named_persons_post_is_not_refused_for_the_names_weak_embedding(indexed, question):
    a = indexed.ask(question)
    assert a.status == "answered" and "Independent Chair and Scrutineer" in a.answer, a.answer


@pytest.mark.parametrize("question", [
    "what's Chris Miller's email address?",
    "what is John Smith's job title?",
])
def test_a_named_persons_detail_not_given_is_still_refused(indexed, question):
    a = indexed.ask(question)
    assert a.status == "not_found" and not a.citations, a.answer


@pytest.mark.parametrize("question, expected", [
    ("a foster carer asked me whether kids who run off from placement get someone to sit down with them after they come back, and how soon",
     "whether kids who run off from placement get someone to sit down with them after they come back, and how soon"),
    # (a reported question put back in a question's word order)
    ("the guardian's asking what the child M review said about his dental care", "what did the child M review say about his dental care?"),
    ("a parent governor asked me what the safeguarding partnership's priorities are in harrow. what are the three?",
     "what are the safeguarding partnership's priorities in harrow?"),
    ("HV here, a mum asked me what it's called when someone's made to keep working to pay back money they can never clear",
     "what is it called when someone's made to keep working to pay back money they can never clear?"),
    ("magistrate asked me how many of harrow's missing children in 2019/20 were boys and how many girls",
     "how many of harrow's missing children in 2019/20 were boys and how many girls?"),
    # (what they want, then the question: the question)
    ("my head of service wants a number for a councillor briefing tmrw - how many kids were on CP plans?",
     "my head of service wants a number for a councillor briefing tmrw - how many kids were on CP plans?"),
    ("trainer here - a delegate on yesterday's course asked how many people came to the virtual conference. anyone know?",
     "how many people came to the virtual conference?"),
    ("a governor asked our DSL who the child M review says should now sit on attendance panels. she wants to raise it at the FGB",
     "who the child M review says should now sit on attendance panels?"),
    ("custody sgt asked me about the lie detector tests for DA offenders leaving prison - is that new?",
     "the lie detector tests for DA offenders leaving prison - is that new?"),
    ("a year 10 asked me 'what actually counts as modern slavery?'", "what actually counts as modern slavery?"),
    ("my head of service wants the key findings from the child M CSPR, bullet points pls",
     "what are the key findings from the child M CSPR, bullet points?"),
    # not relayed: who asked is the question's subject
    ("how many parents asked whether the Child Protection Plan had helped?", "how many parents asked whether the Child Protection Plan had helped?"),
    ("what do care leavers want to know about their entitlements when leaving care?",
     "what do care leavers want to know about their entitlements when leaving care?"),
    ("which young people asked whether they could chair their own review?", "which young people asked whether they could chair their own review?"),
    # a remark saying what the answer is for, a year in it or not
    ("my head wants to know how many children were home educated in 2020-21, she says it's for the FGB in 2022",
     "how many children were home educated in 2020-21?"),
    ("a social worker asked me what the review said about the siblings", "what did the review say about the siblings?"),
    # (a modal after the reported question's subject; an apostrophe inside a quoted question)
    ("a parent asked me who they can ring if they think a child is being trafficked",
     "who can they ring if they think a child is being trafficked?"),
    ("a year 10 asked me 'why don't victims just leave?'", "why don't victims just leave?"),
    ("trainer here - a delegate on yesterday's course asked how many people came. anyone know?", "how many people came?"),
    # (a group that asked is the subject)
    ("parents asked whether the plan had helped - how many said yes?", "parents asked whether the plan had helped - how many said yes?"),
    ("young people asked the board what it was doing about knife crime", "young people asked the board what it was doing about knife crime"),
    # not a relayed question: unchanged
    ("what did the review ask agencies to do about attendance?", "what did the review ask agencies to do about attendance?"),
    ("how many parents asked for an interpreter?", "how many parents asked for an interpreter?"),
    ("who asked the board to look at young carers?", "who asked the board to look at young carers?"),
])
def test_who_put_the_question_to_the_asker_is_not_what_is_asked(question, expected):
    from assistant.answer.parts import strip_relay

    assert strip_relay(question) == expected


@pytest.mark.parametrize("question, needles", [
    ("a governor asked our DSL who the child M review says should now sit on attendance panels. she wants to raise it at the FGB",
     ["Disability Service"]),
    ("trainer here - a delegate on yesterday's course asked how many people came to the virtual safeguarding conference on "
     "contextual safeguarding. anyone know?", ["185 delegates attended"]),
    # a sentence broken across two blocks of the page counts with its first half; its
    # year asked after it is the same question
    ("custody sgt asked me how many modern slavery cases were reported in the UK per that gov site, and for what year. "
     "he'd seen a number somewhere", ["1,746 cases reported", "2013"]),
    ("my head asked what the CP conference service said its priorities were for 2020-21. need them listed for the service plan",
     ["hybrid model", "fathers’ views"]),
])
def test_a_relayed_question_is_answered_on_what_was_asked(indexed_both, question, needles):
    a = indexed_both.ask(question)
    assert a.status == "answered" and all(n in a.answer for n in needles), a.answer


@pytest.mark.parametrize("question", [
    "foster carer asked me which of the organisations on the slavery help page actually work with children - she's got a UASC placement",
    "the need help page lists loads of orgs - which ones specifically work with child victims?",
])
def test_which_organisations_serve_children_lists_each_by_its_heading(indexed_both, question):
    a = indexed_both.ask(question)
    assert a.status == "answered", a.answer
    for org in ["BARNARDO’S", "ECPAT UK", "NSPCC", "THE CHILDREN’S SOCIETY"]:
        assert f"- {org}:" in a.answer, (org, a.answer)
    # (an organisation for adults or women only is not listed)
    for org in ["THE SALVATION ARMY", "WOMEN’S AID", "CRIMESTOPPERS"]:
        assert org not in a.answer, (org, a.answer)


def test_a_quote_is_given_with_its_lead_in_on_the_line_before(indexed_both):
    a = indexed_both.ask('the slavery site quotes a 1948 text, "No one shall be held in slavery or ..." - i need the rest of that '
                         'line and the name of the document it comes from for my footnote')
    assert a.status == "answered" and "The Universal Declaration of Human Rights 1948 states that “No one shall be held" in a.answer, a.answer


@pytest.mark.parametrize("question, needles", [
    ("HV here, a mum asked me what it's called when someone's made to keep working to pay back money they'll never actually be "
     "able to clear. in words she'd get pls", ["DEBT BONDAGE"]),
])
def test_everyday_words_for_debt_bondage(indexed_both, question, needles):
    a = indexed_both.ask(question)
    assert a.status == "answered" and all(n in a.answer for n in needles), a.answer


@pytest.mark.parametrize("question, refused", [
    ("the guardian's asking what medical condition child M actually had - the name of it - from the review", True),
    ("cspr child m - what was the actual medical condition he died of, the diagnosis?", True),
    ("what was the name of child M's condition?", True),
    # (what his needs were is given)
    ("what condition did child M have?", False),
])
def test_a_diagnosis_asked_for_needs_a_condition_named(indexed, question, refused):
    a = indexed.ask(question)
    assert (a.status == "not_found") == refused, a.answer


@pytest.mark.parametrize("question, listed, left_out", [
    ("Which of the organisations on the help page work with children?", ["BARNARDO’S", "NSPCC", "ECPAT UK"], ["WOMEN’S AID"]),
    ("which organisations on the help page work with women?", ["EAVES", "WOMEN’S AID"], ["NSPCC", "BARNARDO’S"]),
    ("which organisations on the need help page work with children in Northern Ireland?",
     ["GATEWAY SERVICE FOR CHILDREN’S SOCIAL WORK"], ["NSPCC", "BARNARDO’S"]),
])
def test_which_organisations_serve_a_group(indexed_both, question, listed, left_out):
    a = indexed_both.ask(question)
    assert a.status == "answered" and all(f"- {o}:" in a.answer for o in listed), a.answer
    assert not any(o in a.answer for o in left_out), a.answer


def test_a_split_by_sex_of_a_group_named_in_a_relative_clause_needs_that_group(indexed):
    # (the home-educated girls are no answer for the looked-after children)
    a = indexed.ask("how many of the children who are looked after in Harrow were girls?")
    assert a.status == "not_found" and not a.citations, a.answer
    a = indexed.ask("how many of the children who were home educated were girls?")
    assert a.status == "answered" and "154" in a.answer, a.answer


def test_the_annual_reports_partner_agencies_are_not_the_help_pages_organisations():
    from assistant.answer.extractive import orgs_asked_for

    assert orgs_asked_for("which of the partner agencies work with children?") == ""
    assert orgs_asked_for("which of the organisations on the help page work with children?") == "children"
    assert orgs_asked_for("which agencies on the slavery help page help women?") == "women"
    # (another clause between: a question about one organisation)
    assert orgs_asked_for("The conference speaker Dez Holmes is a director at which organisation, and since what year has it been "
                          "supporting people who work with children and families?") == ""


def test_american_spellings_are_written_the_way_the_documents_spell_them(indexed_both):
    """"labor", "behavior", "organization" typed by a practitioner trained in the USA are
    written "labour", "behaviour", "organisation" before the question is read, because the
    corpus holds only the British words; a word the corpus itself uses ("practice") and an
    acronym stay as typed."""
    from assistant.answer.spelling import british_spelling
    from assistant.keywords import analyze

    idf = indexed_both.idf()
    known = lambda word: all(s in idf for s in analyze(word))  # noqa: E731
    assert british_spelling("how is labor exploitation spotted?", known) == "how is labour exploitation spotted?"
    assert british_spelling("Behavior that could lead to crime", known) == "Behaviour that could lead to crime"
    assert british_spelling("which organization runs the helpline?", known) == "which organisation runs the helpline?"
    assert british_spelling("good practice on MASH referrals", known) == "good practice on MASH referrals"
    # the chain reads the British words: the answer's passage is the one that names them
    ans = indexed_both.ask("what does the gov page say about labor exploitation?")
    assert "labour exploitation" in ans.answer.lower()


def test_second_language_phrasings_are_read_as_meant():
    """Slips a second language often makes are read as the question meant: "how much"
    before a plural noun counts, "What ECINS is standing for?" asks for an expansion, a
    courtesy that asks nothing ("do the needful") is set aside unless it carries urgency,
    and a question put again after "I mean" is the one asked."""
    from assistant.answer.parts import strip_restated
    from assistant.answer.text_speak import write_out

    assert write_out("how much organisations and how much individuals they support?") == \
        "how many organisations and how many individuals they support?"
    assert write_out("How much children went missing?") == "How many children went missing?"
    for amount in ("how much money", "how much funds", "how much is the grant", "how much progress",
                   "how much goes to the chair", "how much remains in the budget", "how much contributions did the police make"):
        assert write_out(amount) == amount
    assert asked_acronym("What ECINS is standing for? Nobody explain me.") == "ECINS"
    assert write_out("Please do the needful and list me the learning areas") == "List me the learning areas"
    assert write_out("Which workshops was there?") == "Which workshops were there?"
    assert write_out("which ones is for women") == "which ones are for women"
    assert write_out("which process is used") == "which process is used"
    assert write_out("Please do the needful fast, I am on home visit now").startswith("Please do the needful fast")
    assert strip_restated("What do you call CPS here? I mean who are the three statutory safeguarding partners?") == \
        "who are the three statutory safeguarding partners?"
    # (a clarification leaning on the first try is no new question)
    assert strip_restated("what is the mash? i mean is it a team") == "what is the mash? i mean is it a team"
    for leaning in ("How many children were on CP plans in April 2019? I mean how many were on plans at the end of the year?",
                    "How much children went missing in 2019-20? I mean how many from Local Authority Care?",
                    "What was the police contribution in 2020-21? or rather what did the police contribute the year before?"):
        assert strip_restated(leaning) == leaning


@pytest.mark.parametrize("question, expected", [
    # "how much" before a plural noun is a count of each
    ("The VAH outreach team, how much organisations and how much individuals they give specific support to this year?",
     ["103", "249"]),
    # "is standing for" asks for the expansion
    ("The VVE team is using a secure system called ECINS for sharing the info on exploited kids. What ECINS is standing for? "
     "Nobody explain me.", ["Empowering Communities with Integrated Networks"]),
    # the number OF a helpline is its telephone number, wherever the line is
    ("In Lagos we have a hotline for trafficking. What is the number of the modern slavery helpline in UK please?",
     ["0800 0121 700"]),
    # "what is the number who ..." is a count, not a telephone number
    ("Of the trafficking in persons victims found in UK in 2013, what is the number who was UK nationals?", ["90"]),
    # the restated question is the one asked, not the home system's "CPS"
    ("What do you call CPS here? I mean who are the three statutory safeguarding partners in Harrow?",
     ["Harrow Council", "Metropolitan Police"]),
    # TIP is trafficking in persons, which the page calls trafficking of victims
    ("What are the key drivers pushing people into TIP, according to the slavery page?", ["economic imbalances", "Poverty"]),
    # "where I can phone" wants a number to ring: anonymously, Crimestoppers'
    ("If I want to tip off about some workers kept like slaves but I don't want to give my name, where I can phone?",
     ["0800 555 111"]),
    # other systems' "out-of-home care" is the English "looked after"
    ("In Australia we say the kids are in out-of-home care. How much children are in out-of-home care in Harrow, the number "
     "at 31 March 2021 please?", ["184"]),
    # a courtesy that asks nothing does not pull the list towards "needs"
    ("Please do the needful and list me the learning areas in the Child M quick learning sheet.",
     ["Multiple and uncoordinated appointments", "Use of Mechanical Restraint"]),
    # bonded labour is defined by the guidance's "debt bondage"
    ("what is bonded labour?", ["debt bondage"]),
    # the asker's home system after a greeting ("Hello all, in Manila we say ..."), what
    # they had in a city no list holds ("in Cape Town"), and a pair of words that say little
    # ("review first" / "first quick review") are background, not the question's scope
    ("Hello all, in Manila we say TIP, trafficking in persons. On the slavery page about who is affected, what is the "
     "number of victims in 2013 that was British nationals themself?", ["90 were UK nationals"]),
    ("In Texas we had the child fatality review first. For Child M, before they decide the full practice review, what "
     "was the first quick review called?", ["Rapid Review"]),
    ("We had guardian ad litem in the court in Cape Town, here I am told it is Cafcass. In the board meeting minutes "
     "attendance table for 2020-21, how many of the meetings Cafcass attended?", ["Cafcass", "3"]),
    ("The VVE group use a secure system called ECINS for the case management. Kindly what ECINS is stand for?",
     ["Empowering Communities with Integrated Networks"]),
    # what another UK city calls a thing is background, not the question's scope (found
    # by a break-it helper: refused for naming a place the passages do not mention)
    ("In Manchester we call it the front door. How many contacts did the MASH get?", ["9,971"]),
    # a plural subject with a singular verb is still a list question
    ("Which workshops was there at the 2021 safeguarding conference on contextual safeguarding?",
     ["Red Thread", "Ignite", "St Giles"]),
])
def test_practitioners_trained_abroad_are_answered_in_the_documents_words(indexed_both, question, expected):
    ans = indexed_both.ask(question)
    assert ans.status == "answered", (question, ans.answer)
    for fact in expected:
        assert fact.lower() in ans.answer.lower(), (question, fact, ans.answer)


def test_the_tip_report_is_a_source_the_corpus_does_not_hold(indexed_both):
    """TIP is known (Trafficking in Persons), so the US State Department's yearly TIP report
    is no unknown acronym: it is a publication the corpus does not hold, and refused."""
    for q in ("What does the TIP report say about the UK?",
              "What does the US State Department report say about UK trafficking?"):
        ans = indexed_both.ask(q)
        assert ans.status == "not_found", (q, ans.answer)


@pytest.mark.parametrize("question, expected", [
    # a question about what not to do prefers the unit that says what not to do
    ("If I think the lad at the car wash is being kept there against his will, what shouldn't I do?",
     ["confront the traffickers", "let the victim know"]),
    # everyday words for the documents' terms: a parent's OK is parental consent, what
    # victims are afraid of is their fear
    ("Staff still aren't sure whether they need mum and dad's OK before passing on a child's details to another "
     "agency. Does the chair pick that up?", ["parental consent"]),
    ("Why don't victims of modern slavery ask for help - what are they afraid of?",
     ["fear of deportation", "not knowing who to trust"]),
    # a phrase ending in a preposition is no term to define (found by a break-it helper:
    # refused as "a definition")
    ("What are victims afraid of?", ["fear of deportation"]),
    # a reason the documents do give is still answered
    ("why did so many black children go missing?", ["reasons for young people going missing"]),
])
def test_questions_about_shortfalls_are_answered_by_what_the_documents_say(indexed_both, question, expected):
    ans = indexed_both.ask(question)
    assert ans.status == "answered", (question, ans.answer)
    for fact in expected:
        assert fact.lower() in ans.answer.lower(), (question, fact, ans.answer)


def test_a_reason_is_not_answered_by_a_table_row(indexed):
    """The attendance table says Probation came to none of the board's meetings; it does not
    say why, so "why ...?" is refused rather than answered with the row (probe-102)."""
    for q in ("Why didn't Probation come to any of the board meetings? What does the report put that down to?",
              "How come the London Ambulance Service only put in 500?"):
        ans = indexed.ask(q)
        assert ans.status == "not_found" and "reason" in ans.answer, (q, ans.answer)
    # the figure itself is still answered
    ans = indexed.ask("How many board meetings did Probation attend in 2020-21?")
    assert ans.status == "answered" and "Probation" in ans.citations[0].quote, ans.answer


def test_the_negative_question_and_text_patterns():
    from assistant.answer.extractive import _NEGATIVE_Q, _NEGATIVE_TEXT, _NOT_NEGATIVE

    for q in ("what shouldn't I do?", "which kind of conference mostly wasn't held within timescales?",
              "where did agencies fall short?", "what were the barriers?", "which numbers went down?"):
        assert _NEGATIVE_Q.search(_NOT_NEGATIVE.sub(" ", q)), q
    # "missing" names a topic here, and "not sure" says nothing about the answer
    for q in ("how many children went missing?", "I'm not sure - who chairs the board?", "what is a MARAC?"):
        assert not _NEGATIVE_Q.search(_NOT_NEGATIVE.sub(" ", q)), q
    assert _NEGATIVE_TEXT.search("Only a minority of transfer-in conferences were held within timescales.")
    assert not _NEGATIVE_TEXT.search("The majority of ICPCs have taken place within the target timescale of 15 days.")


def test_an_inspection_letter_or_overview_report_the_corpus_does_not_hold_is_refused(indexed):
    """The corpus holds the annual report and a learning sheet, not Ofsted's letters nor a
    review's full overview report: naming one is asking about a document not held, however
    close the passages' topic (probe-102 answered both from the annual report)."""
    for q in ("What areas for improvement did Ofsted's inspection letter for Harrow pick out?",
              "In the full Child M overview report, what recommendations were made to the dental service?"):
        ans = indexed.ask(q)
        assert ans.status == "not_found" and "document that the question names" in ans.answer, (q, ans.answer)
    # the inspection the report does mention is still answered from it
    ans = indexed.ask("what did the recent ofsted inspection say about children in care?")
    assert ans.status == "answered" and "Ofsted" in ans.answer, ans.answer


def test_who_missed_meetings_is_answered_by_the_attendance_rows_short_of_the_total(indexed):
    """"Who never showed up ...?" lists the rows of none (Probation, the voluntary sector
    rep), not a budget line of 0 ("Venue Hire | 0"); "did anyone not make all of the HSSP
    meetings?" the rows short of 7 (probe-102)."""
    ans = indexed.ask("Who never showed up to the HSCB board meetings in 2020-21?")
    quotes = " ".join(c.quote for c in ans.citations)
    assert ans.status == "answered" and "Probation" in quotes and "Voluntary Sector Rep" in quotes, ans.answer
    assert "Venue Hire" not in ans.answer, ans.answer
    ans = indexed.ask("Did anyone not make all of the HSSP meetings in 2020-21?")
    quotes = [c.quote for c in ans.citations]
    assert ans.status == "answered" and any("4/6" in q or "2/3" in q for q in quotes), ans.answer
    assert not any(re.search(r"\|\s*7\s*$", q) for q in quotes), quotes


def test_a_uk_city_where_the_asker_had_a_similar_case_is_background(indexed):
    ans = indexed.ask("In Manchester we had a similar case. What did the Child M review find about dental care?")
    assert ans.status == "answered" and "dental" in ans.answer.lower(), ans.answer
    # ... but a question about that city is still refused
    ans = indexed.ask("In Brent we had a similar case - how many contacts did Brent's MASH get?")
    assert ans.status == "not_found", ans.answer


# ---- forty-ninth session: questions about time (probe-104) ----

@pytest.mark.parametrize("question, expected", [
    # a trade mark sign is kept ("Chronolator™"), not spelled "TM" and glued to the name,
    # and "3-year" is a length of time
    ("In the budget, how long is the Chronolator licence for and what did the website and licence line cost in 2020-21?",
     ["3-year", "1,017"]),
    # opening hours given on another page of the same helpline number
    ("DSL here: what hours is the Modern Slavery Helpline open? Can I only call in office hours?", ["24 hours a day"]),
    # times of day
    ("What hours was Albert made to work each day?", ["6am to 10pm"]),
    # a dated sequence is the whole list, in order
    ("Trainer here: can you give me the month-by-month story of demand for children's mental health services "
     "through 2020, in order?", ["March/April 2020", "July 2020", "August 2020", "September 2020"]),
    ("After schools reopened, how did young carers' attendance change? Give me the breakdown.",
     ["Worsen for 18", "Improve for 11", "Remain the same for 4"]),
    # "Welsh" is named "Cymru" in the service's name
    ("In the story of the teenager helped by the Welsh Barnardo's service, how long was she abused for and how long "
     "has she been out of it?", ["four years", "five months ago"]),
])
def test_questions_about_time_are_answered_from_the_documents(indexed_both, question, expected):
    ans = indexed_both.ask(question)
    assert ans.status == "answered", (question, ans.answer)
    for fact in expected:
        assert fact in ans.answer, (question, fact, ans.answer)


def test_how_often_needs_a_frequency(indexed):
    """The report says who came to the DSL Forum "throughout the year", not how often it
    meets; "weekly" for the missing persons meeting is a frequency (probe-104)."""
    for q in ("How often does the DSL Forum meet, is it monthly or once a term?", "how often does the DSL forum meet?"):
        ans = indexed.ask(q)
        assert ans.status == "not_found" and "how often" in ans.answer, (q, ans.answer)
    ans = indexed.ask("how often is the missing persons meeting held?")
    assert ans.status == "answered" and "weekly" in ans.answer, ans.answer


def test_who_attended_every_meeting_lists_the_full_rows_only(indexed):
    ans = indexed.ask("who attended every board meeting?")
    quotes = " ".join(c.quote for c in ans.citations)
    assert ans.status == "answered" and "Independent Chair" in ans.answer, ans.answer
    # (the CCG came to 2 of 4, Probation to none)
    assert "CCG" not in ans.answer and "Probation" not in ans.answer, ans.answer
    assert "OUT OF 4 MEETINGS: 4" in ans.answer or "| 4" in quotes, ans.answer


def test_didnt_turn_up_to_a_meeting_is_no_missed_appointment(indexed):
    """The glossary's "didn't turn up" stands for missed appointments, but not beside
    "meeting": "who didn't turn up to a single HSCB meeting?" is the attendance table's
    rows of none (probe-102 lost it when the reranker began counting the synonym)."""
    from assistant.glossary import load_glossary

    g = load_glossary()
    assert g.matched_synonyms("the parents didn't turn up to appointments")
    assert not any(p == "didn't turn up" for p, _ in g.matched_synonyms("who didn't turn up to a single HSCB meeting?"))
    ans = indexed.ask("who didn't turn up to a single HSCB meeting?")
    assert ans.status == "answered" and "Probation" in ans.answer, ans.answer


def test_a_synonym_credits_a_table_row_naming_the_documents_term(indexed):
    """"In care" is "looked after" in the report: a count of children in care is answered by
    the looked-after row (the extractive scorer's synonym credit, which replaced a bonus
    for this one case), and a question about leaving care is not."""
    for q in ("how many kids in care were there?", "what number of children were in local authority care at the end of march?"):
        ans = indexed.ask(q)
        assert ans.status == "answered" and "184" in ans.answer, (q, ans.answer)


def test_a_glossary_synonym_may_name_words_that_stop_it(tmp_path):
    from assistant.glossary import load_glossary

    path = tmp_path / "g.yaml"
    path.write_text("terms: {}\nsynonyms:\n  no-show: {terms: [missed appointments], unless: [meeting]}\n"
                    "  bad: {unless: [x]}\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"synonyms\.bad: field 'terms' is required"):
        load_glossary.__wrapped__(path)
    path.write_text("terms: {}\nsynonyms:\n  no-show: {terms: [missed appointments], unless: [meeting]}\n", encoding="utf-8")
    g = load_glossary.__wrapped__(path)
    assert g.matched_synonyms("a no-show at clinic") == [("no-show", ["missed appointments"])]
    assert g.matched_synonyms("a no-show at the meeting") == []


def test_a_follow_up_naming_no_topic_of_its_own_takes_the_earlier_one():
    from assistant.condense import condense_question

    q = condense_question([("When did we run the annual safeguarding conference online for the first time?", "x")],
                          "how many people came along, and what was the theme?")
    assert "conference" in q, q
    # a survivor known by a first name alone is who "she" is
    q = condense_question([("What happened to Brenda from Uganda before she was brought to the UK?", "Brenda was told ...")],
                          "how long was she kept locked up in that house before she got out?")
    assert q.startswith("how long was Brenda"), q


def test_the_time_patterns():
    from assistant.answer.question_shape import question_type
    from assistant.answer.refusal_rules import _DURATION, _LEGAL_OUTCOME_Q
    from ingest.loaders._text import normalize

    assert normalize("3-year Chronolator\u2122 Licence") == "3-year Chronolator\u2122 Licence"
    assert normalize("\ufb00") == "ff"
    assert _DURATION.search("LSCB Website & 3-year Chronolator Licence")
    assert question_type("What hours was Albert made to work each day?") == "when"
    assert question_type("what hours is the helpline open?") != "when"
    assert question_type("how did demand change month by month?") == "list"
    assert not _LEGAL_OUTCOME_Q.search("how long was Brenda kept locked up in that house?")
    assert _LEGAL_OUTCOME_Q.search("was the trafficker locked up?")
    assert _LEGAL_OUTCOME_Q.search("was he locked up in prison?")


def test_a_breakdown_asked_by_a_dimension_is_not_a_list_question(indexed):
    """"Give me the breakdown." closing a question asks for the list's parts; "give me the
    breakdown of EHE by gender" asks for a split (a break-it helper got attendance rows):
    a table or list split that way when there is one (the fifty-third session), else the
    sentence giving the split."""
    from assistant.answer.question_shape import question_type

    assert question_type("how did young carers' attendance change? Give me the breakdown.") == "list"
    ans = indexed.ask("give me the breakdown of elective home education by gender")
    assert ans.status == "answered" and "154 were girls" in ans.answer, ans.answer


def test_the_board_is_the_hscb_in_attendance_questions(indexed):
    ans = indexed.ask("how many board meetings did the police attend?")
    assert ans.status == "answered" and "OUT OF 4 MEETINGS" in ans.answer, ans.answer


def test_the_end_of_march_dates_a_reporting_year():
    from assistant.keywords import reporting_periods

    assert reporting_periods("how many children were in care at the end of March 2020?") == {"2019-20"}
    assert reporting_periods("Number of Children Looked After (LAC) (31st March 2021)") == {"2020-21"}
    assert reporting_periods("what happened in March?") == set()


def test_the_body_a_question_names_picks_its_attendance_table():
    from assistant.answer.extractive import _asked_bodies, _full_attendance_asked

    assert _asked_bodies("did the CCG go to all the board meetings?") == {"HSCB"}
    assert _asked_bodies("who attended every hssp meeting?") == {"HSSP"}
    # (the adults board is the HSAB, whose everyday names the glossary gives since the
    # fifty-third session; not the HSCB)
    assert _asked_bodies("how often does the safeguarding adults board meet?") == {"HSAB"}
    assert _full_attendance_asked("who attended every board meeting?")
    assert _full_attendance_asked("who never missed a meeting?")
    assert not _full_attendance_asked("did anyone not make all of the HSSP meetings?")


# ---- fiftieth session: questions about why and how (probe-106) ----

def _answers_with(assistant, question: str, expected: list[str]) -> None:
    """``question`` is answered, and every string of ``expected`` is in the answer."""
    ans = assistant.ask(question)
    assert ans.status == "answered", (question, ans.answer)
    for fact in expected:
        assert fact in ans.answer, (question, fact, ans.answer)


@pytest.mark.parametrize("question, expected", [
    # the reason is the sentence with "because" ("whats his reasoning" asks why)
    ("Chris Miller gives the funding arrangements a cross in his evaluation. whats his reasoning - the money is there isn't it?",
     ["inequitable"]),
    # a cause in the paragraph of a sentence chosen ("Covid-19 delayed early progress ...")
    ("how come case review work got off to such a slow start in 2020-21?", ["virtual communications"]),
    # what prompted something: "This data has led us ..." with the sentences it points back to
    ("what's prompted the partnership to look harder at how black and minority ethnic kids are doing at school and in care?",
     ["over-represented", "This data has led us"]),
    # a purpose ("to prevent drift") answers "what's the point of ...?"
    ("whats the point of the multi-agency Practice Panel that looks at CP plans?", ["prevent drift"]),
    # a big get-together is the conference, held on Teams "because of the pandemic restrictions"
    ("why was this year's big safeguarding get-together done online?", ["pandemic restrictions"]),
    # "This will include calls being recorded" says whose calls with the sentence before it
    ("if I ring the slavery line, who's actually on the other end and does the call get taped?", ["NSPCC", "recorded"]),
])
def test_why_and_how_questions_are_answered_with_the_reason_given(indexed_both, question, expected):
    _answers_with(indexed_both, question, expected)


@pytest.mark.parametrize("question", [
    # a list of figures gives no reason for one of them
    "15.4% of kids leaving care went via SGO in 2019/20 - what was driving so many down that route?",
    # a budget row names the licence, not what it is for
    "what's the Chronolator licence in the HSCB budget actually for? how are teams meant to use it",
])
def test_a_reason_or_purpose_is_not_answered_by_figures_alone(indexed, question):
    ans = indexed.ask(question)
    assert ans.status == "not_found" and "reason" in ans.answer, (question, ans.answer)


def test_a_figure_with_its_purpose_is_a_reason_given(indexed):
    """"52 Reviews ... – extra time is built in to ensure that wishes and feelings are
    incorporated" is a figure item that gives the reason ("to ensure")."""
    ans = indexed.ask("Foster carer liaison - why do the care reviews for our disabled youngsters always seem to run longer?")
    assert ans.status == "answered" and "extra time is built in" in ans.answer, ans.answer


def test_a_place_the_asking_clause_points_back_to_must_be_covered(indexed):
    ans = indexed.ask("we border Brent - why did missing episodes go up over there in 2019-20? trying to see if it's the same pattern as harrow")
    assert ans.status == "not_found", ans.answer
    # (Harrow's own figures are still answered)
    ans = indexed.ask("why did missing episodes go down in 2020?")
    assert ans.status == "answered", ans.answer


def test_a_follow_up_about_that_takes_the_earlier_topic():
    from assistant.condense import condense_question

    q = condense_question([("how many permanent exclusions in harrow in 2018-19 were logged as 'other'?", "23")],
                          "and why is that a problem for the partnership?")
    assert q.startswith("why is that a problem for the partnership") and "exclusions" in q, q
    q = condense_question([("Does the ISOS comparison say anything about faith-based abuse referrals in Harrow?", "x")],
                          "right, and why do they reckon those numbers will go up?")
    assert "faith-based abuse referrals" in q, q
    q = condense_question([("What did the Child M review find about the soft restraints his family were using on him?", "x")],
                          "so what should happen next time one of us comes across something like that?")
    assert "restraints" in q, q
    # a survivor the earlier answer names by where she came from is who "she" is
    q = condense_question([("there's a story about a girl from Gambia - how old was she when she came over?",
                            "Serena from Gambia: She was only 15 when she arrived [1]")],
                          "and how did she end up getting support once she got out?")
    assert q.startswith("how did Serena end up"), q
    # (a follow-up with its own topic and no pointer is left alone)
    q = condense_question([("how many children went missing?", "83")], "what does the report say about young carers in lockdown?")
    assert q == "what does the report say about young carers in lockdown?", q


def test_why_a_problem_is_answered_by_what_it_led_to(indexed):
    ans = indexed.ask("why is it a problem that so many permanent exclusions in 2018-19 were logged as 'other'?")
    assert ans.status == "answered" and "undermined our ability" in ans.answer, ans.answer


@pytest.mark.parametrize("question, expected", [
    # a lead-in to the ways under its subsections ("... you can report it in a number of ways")
    ("how can I report suspected slavery?", ["PHONE THE POLICE", "101", "0800 0121 700", "online form"]),
    # how something named works: the sentence naming it comes with the one after
    ("an aunt knows about a trafficking situation but is terrified of being identified. how does Crimestoppers work - "
     "would she have to give a statement?", ["0800 555 111", "will not be traced"]),
])
def test_how_questions_are_answered_with_the_ways_or_the_thing_named(indexed_both, question, expected):
    _answers_with(indexed_both, question, expected)


@pytest.mark.parametrize("question, expected", [
    # who pays for the board: its budget's income rows
    ("who actually pays for the HSCB? which bodies put money in for 2020-21", ["Harrow Council", "MOPAC", "London Ambulance"]),
    # "did many people turn up?" asks how many did, as the second part of a question
    ("why was this year's big safeguarding get-together done online, and did many people actually turn up?",
     ["pandemic restrictions", "185"]),
])
def test_everyday_words_for_paying_in_and_turning_up(indexed, question, expected):
    _answers_with(indexed, question, expected)


def test_criteria_asked_for_are_not_met_by_a_referral_not_met_with_a_response(indexed):
    """"A referral on the matter was not met with timely or rigorous response" states no
    criteria: "what are the referral criteria for getting a kid on the [MACE] list?" is
    refused (a bar met, "meets the threshold", still counts)."""
    ans = indexed.ask("how does MACE decide which young people get discussed? what are the referral criteria for getting a kid on the list")
    assert ans.status == "not_found" and "criteria" in ans.answer, ans.answer
    from assistant.answer.question_shape import question_type

    assert question_type("did many people actually turn up?") == "number"
    assert question_type("did the police attend?") != "number"


def test_the_bodies_a_question_names_come_from_the_glossary(tmp_path):
    """Another partnership's bodies need no code: the glossary's ``bodies:`` names them and
    what a question may call them; a malformed entry names itself."""
    from assistant.answer.extractive import _asked_bodies
    from assistant.glossary import load_glossary

    path = tmp_path / "g.yaml"
    path.write_text("terms: {}\nbodies:\n  BSCP: {called: [partnership], unless: [adults]}\n  BSAB:\n", encoding="utf-8")
    g = load_glossary.__wrapped__(path)
    assert g.bodies == {"BSCP": ["partnership"], "BSAB": []}
    assert _asked_bodies("who came to every partnership meeting?", g) == {"BSCP"}
    assert _asked_bodies("who came to every BSAB meeting?", g) == {"BSAB"}
    assert _asked_bodies("who came to every adults partnership meeting?", g) == set()
    # (Harrow's "board" is no body of this glossary's)
    assert _asked_bodies("who came to every board meeting?", g) == set()
    path.write_text("terms: {}\nbodies:\n  BSCP: [partnership]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bodies\.BSCP"):
        load_glossary.__wrapped__(path)


@pytest.mark.parametrize("question, expected", [
    # a survivor described by where she is from is the story headed so ("Serena from Gambia")
    ("In the modern slavery case studies, how did the girl from Gambia actually get support once she got away, and how "
     "long was she in the safe house?", ["National Referral Mechanism", "six months"]),
    # victims not coming forward are "reluctant to seek help"
    ("Why do slavery victims so often not come forward to us? Police officer, trying to understand what holds them back",
     ["not knowing who to trust", "fear of deportation"]),
])
def test_why_questions_on_the_slavery_pages(indexed_both, question, expected):
    _answers_with(indexed_both, question, expected)


def test_why_not_is_answered_with_the_other_side(indexed):
    ans = indexed.ask("if doing courses over Teams is cheaper and people find it easier to attend, why aren't we just "
                      "keeping all the training online for good?")
    assert ans.status == "answered" and "down time" in ans.answer, ans.answer


def test_of_several_parts_the_one_about_the_period_asked_is_quoted(indexed):
    ans = indexed.ask("What were the CP conference service's priorities going into 2020-21? want to know what's changing")
    assert ans.status == "answered", ans.answer
    assert "hybrid model" in ans.answer and "gathering of fathers" in ans.answer, ans.answer
    assert "88 children" not in ans.answer, ans.answer


def test_an_age_range_asked_about_must_be_the_one_the_answer_speaks_of(indexed):
    ans = indexed.ask("leaving care team - why are so many of our 22-25 year old care leavers NEET compared with our statistical neighbours?")
    assert ans.status == "not_found" and "age group" in ans.answer, ans.answer
    ans = indexed.ask("why do so many 19-21 year old care leavers end up NEET?")
    assert ans.status == "answered" and "19-21" in ans.answer, ans.answer


def test_a_follow_up_about_stopping_that_takes_the_earlier_topic():
    from assistant.condense import condense_question

    q = condense_question([("what happened with child M's school attendance after he moved up to secondary?", "x")],
                          "right so what's being changed so that doesn't slip through again?")
    assert "attendance" in q, q


def test_a_sentence_about_these_issues_comes_with_the_paragraph_raising_them(indexed):
    ans = indexed.ask("Child M - why did they decide to go to a full practice review rather than stop after the rapid review?")
    assert ans.status == "answered", ans.answer
    assert "coordinated as well as they could" in ans.answer and "thresholds" in ans.answer, ans.answer


@pytest.mark.parametrize("question", [
    "how does the Perplexing Presentations referral pathway work step by step? who do I go to first",
    "what are the actual steps in the Was Not Brought procedure when a disabled child misses a hospital appointment?",
])
def test_steps_asked_for_are_not_a_need_to_follow_them(indexed, question):
    """"The need to apply 'Was not Brought' procedures robustly" does not describe them."""
    ans = indexed.ask(question)
    assert ans.status == "not_found" and "steps or process" in ans.answer, (question, ans.answer)


def test_what_a_follow_up_says_it_taught_is_the_review_named_before():
    from assistant.condense import condense_question

    q = condense_question([("why did the children's board get involved in the Family A adult review?", "x")],
                          "ok and what did it teach us about kids who get taken out of school?")
    assert "Family A adult review" in q, q
    q = condense_question([("who chairs the HSCB?", "x")], "what did it find?")
    assert "HSCB" in q, q


def test_a_month_is_named_whole_not_found_inside_a_word():
    """"may not have been", "a decision", "the market" date nothing: a date asked for
    ("on what date was the Child M rapid review meeting held?") is not answered by them."""
    from assistant.answer.refusal_rules import _DATED

    for text in ("services may not have been coordinated", "a decision was made", "the local market", "junior staff"):
        assert not _DATED.search(text), text
    for text in ("In May the panel met", "31 mar 21", "in September 2020", "15 may", "the 4th",
                 # (a time given by an event: "when did his attendance start to drop off?")
                 "The transition from primary to secondary school was followed by a significant decrease"):
        assert _DATED.search(text), text


def test_an_age_limit_is_no_other_age_group(indexed):
    """Support "up until the age of 21 (or 25 if the young person is still in education)" is
    not an answer about other age groups, so a question about 22-25 year olds is answered."""
    ans = indexed.ask("What support is there for 22-25 year old care leavers?")
    assert ans.status == "answered" and "25 if the young person is still in education" in ans.answer, ans.answer
    from assistant.condense import condense_question

    q = condense_question([("How many children were electively home educated between September 2020 and March 2021?", "299")],
                          "why did it happen?")
    assert "home educated" in q, q


# ---- fifty-first session: questions about outcomes and impact (probe-109) ----

@pytest.mark.parametrize("question, expected", [
    # what came of a review, asked in other words than "find" or "learn": its key findings,
    # the whole list though it is split over two chunks
    ("What came out of the Family A review?", ["track children who become home-schooled", "young carers"]),
    ("What did the Family A review teach us?", ["Risk Enablement Panel", "young carers"]),
    # how a survivor's story ended ("in the end", "these days")
    ("Brenda from Uganda in the domestic servitude example - what was the outcome for her in the end, did she get her child back?",
     ["reunited with her daughter"]),
    ("The British older man in the forced labour story (Albert) - what's he doing these days, and is he still involved with the police?",
     ["volunteering in a charity shop", "ongoing investigation"]),
    # whether something got better or was acted on: the sentence saying so
    ("GP - families keep telling me their teenagers sit in a queue forever before CAMHS sees them. Has any of that actually got better?",
     ["Good progress", "interim support"]),
    ("Head of inclusion: when kids got kicked out of school permanently, half the time the reason logged was just a catch-all. "
     "Has anything been done about that since?", ["more precise descriptions"]),
    ("School DSL - during lockdown we werent getting the police heads-up about DV call-outs for kids who were learning from home. "
     "did anyone fix that?", ["addressed by the BCU"]),
    # who pays: every income row the total sums, not one of them
    ("Who pays for the HSCB?", ["Harrow Council", "Police / MOPAC", "Harrow Clinical Commissioning Group", "Total Income"]),
    # the end of a story told over several chunks is fetched and preferred
    ("social worker. In the domestic servitude case study on the slavery site (the woman from Uganda) - how did things turn out "
     "for her in the end?", ["reunited with her daughter", "works part-time"]),
    # what a contract came to ("led to its recommission up to 2022") is what happened after
    ("voluntary action harrow's safeguarding outreach contract - what happened to it after this year? were they kept on and until when?",
     ["up to 2022"]),
    # a review still going: what it has found so far is its initial findings, a list
    ("The review into the teenage girl with the long self harm history (YP J) isn't finished but what has it found so far?",
     ["professional curiosity", "suitability of a placement", "Better coordination"]),
    # the month asked: September 2020, not only the surge in August
    ("Why did mental health referrals surge in September 2020?", ["highest number of referrals ever seen"]),
    # "worse attendance" is what the breakdown calls "Worsen"
    ("early help worker - once schools reopened, how many of the young carers at Harrow schools ended up with worse attendance?",
     ["Worsen for 18 young carers"]),
    # the anonymous crime line is Crimestoppers; being a witness is going to court
    ("a parent in our group knows something about a trafficking gang but is scared - if they phone the anonymous crime line "
     "will they end up having to be a witness?", ["Crimestoppers", "go to court"]),
    # "Your call ... will not be traced" comes with the sentence naming whose call it is
    ("a mum on my caseload reckons people are being kept and worked next door but she's terrified of having to stand up in court. "
     "any way she can pass it on without her name on it?", ["Crimestoppers", "not have to go to court"]),
    # "the government site lists" names the source, not the topic
    ("For our L&D module on exploitation: what forms of modern slavery does the government site list?",
     ["CHILD TRAFFICKING", "DOMESTIC SERVITUDE"]),
    # the learning sheet's areas of practice are its headings
    ("quick one - which areas of practice does the Child M learning sheet pull out as the main learning?",
     ["Multiple and uncoordinated appointments", "Mechanical Restraint", "Low School Attendance"]),
])
def test_outcome_questions_are_answered_with_what_came_of_it(indexed_both, question, expected):
    _answers_with(indexed_both, question, expected)


@pytest.mark.parametrize("question, missing", [
    # an evaluation still to be reported, in the section's next chunk
    ("What did Cardiff uni's final evaluation of the social workers in schools project conclude about whether it reduced referrals?",
     "still to be reported"),
    # whether something worked, when the report defers it to next year
    ("Has the GPS tagging of domestic abusers coming out of prison actually worked in Harrow - did breaches of contact conditions go down?",
     "still to be reported"),
    # another body's own document is not indexed
    ("what did Harrow YOT's youth justice plan say the reoffending rate was for the early engagement cohort?",
     "youth justice plan"),
    ("What outcomes did the Harrow Safeguarding Adults Board report in its own 2020-21 annual report from its self-neglect work?",
     "Safeguarding Adults Board's own annual report"),
])
def test_outcomes_the_documents_do_not_report_are_refused(indexed, question, missing):
    ans = indexed.ask(question)
    assert ans.status == "not_found" and missing in ans.answer, (question, ans.answer)


def test_an_outcome_reported_beside_a_deferred_evaluation_answers_whether_it_worked(indexed):
    """"early indications are positive – to the point that the project has received funding
    for an extension" (or "the project made good impact ...") answers "has it worked?",
    though its final evaluation is still to be reported."""
    ans = indexed.ask("has the social workers in schools project worked?")
    assert ans.status == "answered" and ("indications are positive" in ans.answer or "good impact" in ans.answer), ans.answer


def test_review_outcome_questions_ask_for_a_list():
    from assistant.answer.question_shape import question_type

    for q in ("What came out of the Family A review?", "What did the Family A review teach us?",
              "Family A SAR - what came out of it?"):
        assert question_type(q) == "list", q
    for q in ("what did the audit show us about attendance?", "what did the data show us?", "what came out of the s11 audit?",
              # (the outcome of a review may be one event: the rapid review's was a CSPR)
              "what was the outcome of the rapid review?"):
        assert question_type(q) != "list", q


def test_a_body_s_own_document_is_one_an_indexed_title_names():
    from assistant.answer.refusal_rules import other_bodys_document
    from assistant.glossary import load_glossary

    g = load_glossary()
    titles = ["Quick Reference Learning Sheet: CSPR Child M", "Harrow Safeguarding Children Board Annual Report 2020-2021"]
    # (the HSCB spelled out is in the annual report's title)
    assert other_bodys_document("what does the HSCB's annual report say about LADO?", titles, "", g) is None
    assert other_bodys_document("what did the HSCB say in its own annual report about X?", titles, "", g) is None
    # (a name with its own "'s" is no possessive)
    assert other_bodys_document("what does Barnardo's report say?", titles, "Barnardo's has been working with her", g) is None
    assert other_bodys_document("what is in the Met's action plan?", titles, "", g) == "the Met's own action plan"


def test_a_follow_up_whose_first_word_points_back_takes_the_earlier_topic():
    from assistant.condense import condense_question

    q = condense_question([("what did the Child M review say about how well professionals picked up M's own wishes and feelings?", "x")],
                          "and his brothers/sisters - did anyone look at how things were for them?")
    assert "Child M" in q, q


def test_who_pays_for_a_partnership_body_is_read_from_the_glossary_bodies():
    """"who pays for the board?" asks for the HSCB's budget income: the body is the
    glossary's (``bodies:`` with what it may be called), not a phrase written per body."""
    from assistant.glossary import load_glossary

    g = load_glossary()
    assert g.pays_for_body("who pays for the board?") == "HSCB"
    assert g.pays_for_body("Who funds the HSCB?") == "HSCB"
    assert g.pays_for_body("who pays for the board of the adults partnership?") is None  # (the HSCB's "unless" words)
    assert g.pays_for_body("who pays for the helpline?") is None
    assert {"HSCB", "income", "budget"} <= set(g.expand("who pays for the board?"))


def test_a_follow_up_about_what_came_after_takes_the_earlier_topic():
    from assistant.condense import condense_question

    q = condense_question([("what did the QA group find when it looked at why kids get excluded in Harrow?", "x")],
                          "ok so what have schools been asked to do differently since then?")
    assert "excluded" in q, q
    q = condense_question([("what did the Child M review say about him being tied with soft materials?", "x")],
                          "and when someone did raise it as a concern, what happened with that?")
    assert "Child M" in q, q


def test_months_asked_are_read_with_their_year():
    from assistant.answer.extractive import _month_years

    assert _month_years("In March/April 2020 (lockdown begins)") == {(3, "2020"), (4, "2020")}
    assert _month_years("why did referrals surge in sept 2020?") == {(9, "2020")}
    assert _month_years("the mark 2020 target") == set()


def test_a_deferral_of_something_else_under_the_same_heading_is_no_refusal(indexed):
    """Under "Section 11 Audits", "Outcome will be reported in the next Annual Report"
    follows the staff survey, not the audits, whose result the section gives ("robust
    evidence of compliance"): the deferral must name something asked itself."""
    ans = indexed.ask("What did the section 11 audits show?")
    assert ans.status == "answered" and "s11" in ans.answer, ans.answer
    ans = indexed.ask("what did the front-line staff survey on knowing their safeguarding responsibilities show?")
    assert ans.status == "not_found" and "still to be reported" in ans.answer, ans.answer


# ---- fifty-second session: who leads, sits on, pays and is contacted (probe-112), and
# the fifty-first session's break-it leftovers ----


def test_who_sits_on_a_body_is_every_row_of_its_own_membership_table(indexed_both):
    """"who sits on the HSCB?" is the HSCB's membership table, all of it: the HSSP's
    table ranks first by similarity (it has a "Business Manager - HSCB" row)."""
    ans = indexed_both.ask("who sits on the HSCB?")
    assert ans.status == "answered", ans.answer
    for member in ("Vice Chair/Lay Member", "Cafcass", "London Ambulance Service", "Training Manager"):
        assert member in ans.answer, (member, ans.answer)
    assert "ATTENDANCE OUT OF 7 MEETINGS" not in ans.answer, ans.answer
    ans = indexed_both.ask("who sits on the HSSP (the strategic partnership group, not the full board)?")
    assert "Designated Nurse - Adults" in ans.answer and "Safeguarding Manager - HSAB" in ans.answer, ans.answer
    assert "Cafcass" not in ans.answer, ans.answer


def test_members_asked_names_the_body():
    from assistant.answer.extractive import members_asked

    assert members_asked("who are the members of the HSCB?") == "HSCB"
    assert members_asked("who sits on the HSSP (the strategic partnership group)?") == "HSSP"
    assert members_asked("HSSP membership?") == "HSSP"
    assert members_asked("who chairs the HSSP?") == ""


def test_a_note_under_a_table_asked_about_gives_the_rows_it_marks(indexed_both):
    """"** joined later in year" under the HSCB attendance table marks London Ambulance
    Service and London Fire Brigade ("1**"), not the voluntary sector rep ("0*")."""
    ans = indexed_both.ask("which agencies only joined the HSCB partway through 2020-21? looking at the attendance table and some numbers look low")
    assert ans.status == "answered", ans.answer
    assert "London Ambulance Service" in ans.answer and "London Fire Brigade" in ans.answer, ans.answer
    assert "Voluntary Sector Rep" not in ans.answer, ans.answer


def test_asked_mark_picks_the_note_sharing_the_question_words():
    from assistant.answer.structure import asked_mark

    note = "Above also includes HSCB Development Day\n*new voluntary sector representatives have been identified for 2021 ** joined later in year"
    assert asked_mark("which agencies joined later on?", [note]) == ("**", "joined later in year")
    assert asked_mark("which voluntary sector representatives were identified?", [note])[0] == "*"
    assert asked_mark("how many meetings did the police attend?", [note]) is None


def test_who_pays_in_with_a_list_asked_is_the_income_rows(indexed_both):
    ans = indexed_both.ask("who actually pays into the HSCB budget? need the list of contributors for finance committee")
    assert "Police / MOPAC" in ans.answer and "London Ambulance" in ans.answer and "Total Income" in ans.answer, ans.answer
    assert "Recruitment expenses" not in ans.answer, ans.answer


def test_the_ways_to_report_answer_a_who_question_too(indexed_both):
    ans = indexed_both.ask("who can I report suspected slavery to? what are all the options")
    for way in ("999", "0800 0121 700", "online form"):
        assert way in ans.answer, (way, ans.answer)
    assert "does not answer one part" not in ans.answer, ans.answer


def test_the_organisations_a_page_points_victims_to_are_all_listed(indexed_both):
    ans = indexed_both.ask("which organisations does the modern slavery site point victims to for help?")
    for org in ("ANTI-SLAVERY INTERNATIONAL", "CITY HEARTS", "ECPAT UK", "UNSEEN"):
        assert org in ans.answer, (org, ans.answer)


def test_they_after_a_who_question_are_the_body_the_answer_named():
    from assistant.condense import condense_question

    q = condense_question([("who helps small community groups with vetting volunteers in harrow?",
                            "The success of Voluntary Action Harrow in reaching and supporting the private, voluntary and faith sector ...")],
                          "and how many groups and people did they actually help over the year?")
    assert "Voluntary Action Harrow" in q and "they" not in q.split(), q
    q = condense_question([("if i ring the modern slavery helpline who handles the info i give?", "x")],
                          "and do they need to know who I am?")
    assert "modern slavery helpline" in q, q


def test_which_charities_prefers_a_sentence_naming_them(indexed_both):
    ans = indexed_both.ask("which charities got Albert somewhere safe to stay?")
    assert "Medaille Trust" in ans.answer, ans.answer


def test_what_happened_after_an_event_goes_on_past_the_event(indexed_both):
    """"what happened after Serena escaped?" is what follows her escape, not the escape."""
    ans = indexed_both.ask("What happened after Serena escaped?")
    assert "National Referral Mechanism" in ans.answer or "safe house" in ans.answer, ans.answer
    ans = indexed_both.ask("What happened after George Floyd's death?")
    assert "disproportionality" in ans.answer, ans.answer


def test_what_came_out_of_a_review_is_its_key_findings_not_an_audit_s(indexed_both):
    ans = indexed_both.ask("What came out of the Child M review?")
    assert "Was not Brought" in ans.answer, ans.answer
    ans = indexed_both.ask("what actions came out of the QA scrutiny of young carers during covid?")
    assert "routinely gather data" in ans.answer, ans.answer


def test_full_findings_asked_are_not_given_by_initial_ones(indexed_both):
    ans = indexed_both.ask("What were the full findings of the Young Person J review?")
    assert ans.status == "not_found" and "full findings" in ans.answer, ans.answer
    ans = indexed_both.ask("What were the findings of the Young Person J review?")
    assert ans.status == "answered" and "professional curiosity" in ans.answer, ans.answer


def test_figures_after_a_named_time_are_not_refused_as_what_happened_afterwards(indexed_both):
    """"after the first lockdown" names when the figures are, not a story's ending: the
    month-by-month list answers it."""
    ans = indexed_both.ask("What happened to mental health referrals after the first lockdown?")
    assert ans.status == "answered" and "September 2020" in ans.answer, ans.answer
    ans = indexed_both.ask("what happened to child M's siblings afterwards?")
    assert ans.status == "not_found", ans.answer


def test_a_victim_kept_prisoner_is_no_court_outcome(indexed_both):
    ans = indexed_both.ask("Was Serena's trafficker convicted?")
    assert ans.status == "not_found", ans.answer


def test_everyday_names_of_a_body_count_as_naming_it(indexed_both):
    ans = indexed_both.ask("Has the Met Police improved its data to the partnership?")
    assert ans.status == "answered" and "Metropolitan Police" in ans.answer, ans.answer


def test_two_first_names_are_not_one_name_to_find():
    from assistant.answer.refusal_rules import capitalised_names

    assert capitalised_names("How did Brenda and Albert get on in the end?") == []
    assert capitalised_names("what did Operation Dauntless achieve?") == ["Operation Dauntless"]


def test_a_practice_compared_over_time_is_no_emergency():
    from assistant.safety import urgent_cues

    assert urgent_cues("fgm risk assesment - any better now?") == []
    assert urgent_cues("her mum is taking her to Somalia tomorrow to get cut, what do I do") != []


def test_who_sits_on_a_body_whose_membership_is_not_given_is_refused(indexed_both):
    """The board's attendance table names a "Chair of Quality Assurance Subgroup", not
    the subgroup's members; a relative clause "who sits on" asks for a person instead."""
    ans = indexed_both.ask("who sits on the QA subgroup and how well attended were its meetings last year?")
    assert ans.status == "not_found", ans.answer
    ans = indexed_both.ask("what's the name and email of the designated nurse who sits on the HSCB? want to run something past her")
    assert ans.status == "not_found", ans.answer


def test_who_wrote_the_foreword_is_its_sign_off(indexed_both):
    ans = indexed_both.ask("who wrote the foreword?")
    assert ans.status == "answered" and "Harrow Safeguarding Partnership" in ans.answer, ans.answer


def test_the_size_of_a_change_asked_must_be_given(indexed_both):
    ans = indexed_both.ask("By how much did the Social Workers in Schools project reduce referrals to the MASH?")
    assert ans.status == "not_found", ans.answer
    ans = indexed_both.ask("by how much did domestic abuse referrals into the MASH increase?")
    assert ans.status == "answered" and "9%" in ans.answer, ans.answer


def test_a_quoted_title_of_common_words_is_named_word_for_word(indexed_both):
    from assistant.answer.refusal_rules import quoted_names

    assert quoted_names("What were the results of the 'How Are You' survey?") == ["How Are You"]
    assert quoted_names("isn't it 'a lot' of work?") == []
    ans = indexed_both.ask("What were the results of the 'How Are You' survey?")
    assert ans.status == "not_found", ans.answer
    ans = indexed_both.ask("Which survey was the HSCB's 2021 Business Development Day structured around?")
    assert "How Are You" in ans.answer, ans.answer


def test_a_body_s_meetings_are_not_read_from_another_body_s_table(indexed_both):
    """The HSSP's attendance table has a "Business Manager - HSCB | 7" row: the HSCB's
    meetings are the HSCB table's ("ATTENDANCE OUT OF 4 MEETINGS"), or none."""
    ans = indexed_both.ask("How many meetings did the HSCB hold?")
    assert "OUT OF 7 MEETINGS" not in ans.answer, ans.answer
    ans = indexed_both.ask("how many HSCB meetings did Probation attend?")
    assert "Probation" in ans.answer and "OUT OF 4 MEETINGS: 0" in ans.answer, ans.answer


def test_commission_as_a_verb_names_no_commission(indexed_both):
    ans = indexed_both.ask("Who did the HSP commission to work with the voluntary sector?")
    assert ans.status == "answered" and "Voluntary Action Harrow" in ans.answer, ans.answer


def test_help_in_prosecuting_is_no_court_outcome(indexed_both):
    ans = indexed_both.ask("Were Fredek's enslavers convicted?")
    assert ans.status == "not_found", ans.answer


def test_membership_asked_by_the_body_s_full_name(indexed_both):
    ans = indexed_both.ask("Who is on the Harrow Safeguarding Children Board?")
    assert "Vice Chair/Lay Member" in ans.answer and "Cafcass" in ans.answer, ans.answer
    ans = indexed_both.ask("which members joined the HSSP later?")
    assert "London Fire Brigade" in ans.answer and "London Ambulance Service" not in ans.answer, ans.answer


def test_the_organisations_working_in_a_nation_are_those_naming_it(indexed_both):
    ans = indexed_both.ask("Which organisations on the modern slavery site work in Wales?")
    assert ans.status == "answered" and "SAFER WALES" in ans.answer and "CITY HEARTS" not in ans.answer, ans.answer


# ---- fifty-third session: numbers, comparisons and table breakdowns (probe-114) ----


def test_how_many_meetings_a_body_held_is_its_table_s_header(indexed_both):
    """The count of meetings is printed only in the attendance table's header row
    ("ATTENDANCE OUT OF 4 MEETINGS"); a header row answers when it counts what is asked,
    and only for the body its table is headed by."""
    from assistant.answer.extractive import counts_held, held_by, held_count_noun

    assert held_count_noun("how many meetings did the HSCB hold?") == "meetings"
    assert held_by("how many meetings were held by the board in 2020-21?") == "board"
    assert held_count_noun("how many children were held in police custody?") == ""
    assert counts_held("REPRESENTATIVE/ROLE | ATTENDANCE OUT OF 4 MEETINGS", "meetings")
    assert not counts_held("REPRESENTATIVE/ROLE | ATTENDANCE OUT OF 4 MEETINGS", "sessions")
    ans = indexed_both.ask("How many meetings did the HSCB hold?")
    assert ans.status == "answered" and "OUT OF 4 MEETINGS" in ans.answer, ans.answer
    ans = indexed_both.ask("how many meetings did the HSSP have last year")
    assert ans.status == "answered" and "OUT OF 7 MEETINGS" in ans.answer, ans.answer
    ans = indexed_both.ask("how many meetings did MARAC hold last year?")
    assert ans.status == "not_found", ans.answer


def test_who_came_to_every_meeting_lists_the_full_rows(indexed_both):
    """A full-attendance question once crashed the list path (a row's attendance rebound
    the set of enumerating units); it lists the rows at the table's total only."""
    ans = indexed_both.ask("who attended every HSSP meeting?")
    assert ans.status == "answered" and "Independent Chair" in ans.answer and "Safeguarding Manager - HSAB" in ans.answer, ans.answer
    assert "London Fire Brigade" not in ans.answer and "Schools - Primary" not in ans.answer, ans.answer
    ans = indexed_both.ask("who never missed an HSSP meeting?")
    assert "London Fire Brigade" not in ans.answer and ": 7" in ans.answer, ans.answer


def test_a_split_by_a_dimension_is_the_whole_table_or_list_split_that_way(indexed_both):
    """"What's the split of X by Y" asks for every group's figure: the table (or list)
    split by Y, all of it; a split by a dimension the documents do not break X down by is
    refused."""
    ans = indexed_both.ask("whats the split of missing kids by ethnicity")
    assert ans.status == "answered", ans.answer
    for row in ("Asian or Asian British", "Black or Black British", "Mixed background", "White or White British", "83"):
        assert row in ans.answer, ans.answer
    ans = indexed_both.ask("cla age breakdown?")
    assert "13.8% under 1 year" in ans.answer and "31.2% 16 years and above" in ans.answer, ans.answer
    ans = indexed_both.ask("missing kids 19/20 - what was the split between boys and girls?")
    assert ans.status == "not_found", ans.answer
    ans = indexed_both.ask("do we have an ethnicity breakdown of the 298 children on cp plans?")
    assert ans.status == "not_found", ans.answer


def test_attendance_filters_keep_the_rows_asked_for(indexed_both):
    ans = indexed_both.ask("which agencies had the worst attendance at HSCB meetings in 20-21? anyone who made 1 meeting or none")
    for row in ("Probation", "Voluntary Sector Rep", "London Ambulance Service", "London Fire Brigade"):
        assert row in ans.answer, ans.answer
    assert "Cafcass" not in ans.answer and "Independent Chair" not in ans.answer, ans.answer
    ans = indexed_both.ask("who missed HSSP meetings?")
    assert "Schools - Primary" in ans.answer and "London Fire Brigade" in ans.answer, ans.answer
    assert "Independent Chair" not in ans.answer and "Above also includes" not in ans.answer, ans.answer


def test_top_n_of_a_table_is_its_n_largest_rows_in_order(indexed_both):
    from assistant.answer.extractive import top_n_asked

    assert top_n_asked("top 4 with the amounts") == 4 and top_n_asked("the three biggest costs") == 3
    assert top_n_asked("what was the biggest cost?") == 1
    ans = indexed_both.ask("what are the biggest spending lines in the HSCB budget 20-21? top 4 with the amounts")
    got = [ans.answer.find(x) for x in ("88,715", "35,636", "21,020", "20,250")]
    assert all(g >= 0 for g in got) and got == sorted(got), ans.answer
    assert "192,457" not in ans.answer, ans.answer


def test_several_numbers_to_ring_are_listed_together(indexed_both):
    ans = indexed_both.ask("all the phone numbers for reporting slavery in one place? police emergency, non-emergency, crimestoppers, the helpline")
    for number in ("999", "101", "0800 555 111", "0800 0121 700"):
        assert number in ans.answer, ans.answer


def test_a_count_of_staff_in_post_needs_a_number_of_them(indexed_both):
    ans = indexed_both.ask("How many IROs does Harrow actually have in post? trying to work out if we're understaffed")
    assert ans.status == "not_found", ans.answer
    ans = indexed_both.ask("how many social workers are there in schools?")
    assert ans.status == "answered" and "Six social workers" in ans.answer, ans.answer


def test_a_closing_session_and_a_time_of_night_are_read_as_such(indexed_both):
    ans = indexed_both.ask("need a list of the different types of modern slavery for a foster carer session pls")
    assert "CHILD TRAFFICKING" in ans.answer and "DOMESTIC SERVITUDE" in ans.answer, ans.answer
    ans = indexed_both.ask("can someone ring the slavery tip-off line at 3am or is it office hours only?")
    assert "24 hours a day" in ans.answer, ans.answer


def test_it_after_a_verb_of_taking_part_is_the_earlier_event(indexed_both):
    ans = indexed_both.ask("how many people logged on for it in the end?",
                           history=[("what was the 2021 joint safeguarding conference about?", "Contextual Safeguarding was chosen ...")])
    assert "185" in ans.answer, ans.answer


def test_a_subtotal_asked_for_in_parts_is_the_rows_it_sums(indexed_both):
    ans = indexed_both.ask("Breakdown of HSCB delivery costs")
    for row in ("Council charges", "21,020", "Training Providers", "Catering & Misc", "28,427"):
        assert row in ans.answer, ans.answer
    assert "88,715" not in ans.answer and "-162,417" not in ans.answer, ans.answer
    ans = indexed_both.ask("what made up the total income?")
    assert "-162,417" in ans.answer and "-20,000" in ans.answer and "88,715" not in ans.answer, ans.answer


def test_attendance_rows_by_count_kind_and_lowest_share(indexed_both):
    ans = indexed_both.ask("Which members only made half of the HSCB meetings?")
    assert "CCG" in ans.answer and "RNOH" in ans.answer and "Probation" not in ans.answer and "Cafcass" not in ans.answer, ans.answer
    ans = indexed_both.ask("Which schools representatives missed HSCB meetings?")
    assert "Primary Schools" in ans.answer and "Special Schools" in ans.answer and "CCG" not in ans.answer, ans.answer
    ans = indexed_both.ask("Who had the worst attendance at the board?")
    assert "Probation" in ans.answer and "Voluntary Sector Rep" in ans.answer and "CCG" not in ans.answer, ans.answer
    ans = indexed_both.ask("Who attended every meeting of the Quality Assurance subgroup?")
    assert ans.status == "not_found", ans.answer
    ans = indexed_both.ask("How many meetings did the Quality Assurance Subgroup hold?")
    assert ans.status == "not_found", ans.answer
    ans = indexed_both.ask("did the chair of the QA subgroup attend the board meetings?")
    assert "Chair of Quality Assurance Subgroup" in ans.answer, ans.answer


def test_the_numbered_level_asked_is_preferred(indexed_both):
    ans = indexed_both.ask("How many Level 3 sessions did VAH run?")
    assert "3 Level 3 Nominated Safeguarding Person Training Sessions" in ans.answer, ans.answer


def test_a_ranking_of_a_list_led_by_figures_is_in_order(indexed_both):
    ans = indexed_both.ask("Top 3 age groups of looked after children")
    got = [ans.answer.find(x) for x in ("31.2% 16 years and above", "30.4% 10 to 15 years", "15.9% 1 to 4 years")]
    assert all(g >= 0 for g in got) and got == sorted(got) and "8.7%" not in ans.answer, ans.answer
    ans = indexed_both.ask("Rank the age groups of looked after children from largest to smallest")
    got = [ans.answer.find(x) for x in ("31.2%", "30.4%", "15.9%", "13.8%", "8.7%")]
    assert all(g >= 0 for g in got) and got == sorted(got), ans.answer
    ans = indexed_both.ask("What did the independent chair cost?")
    assert "ATTENDANCE" not in ans.answer, ans.answer


def test_figure_follow_ups_keep_their_subject(indexed_both):
    """"how much of that" is a share of the whole without its owner, "how many logged on
    for it" the event an attendance question named, and "was that more than the CCG
    gave?" no comparison with another year."""
    from assistant.condense import condense_question

    assert condense_question([("What was the HSCB's total income?", "")], "how much of that came from the police?") == \
        "how much of the total income came from the police?"
    assert "annual conference" in condense_question([("How many delegates attended the annual conference?", "")], "and how many logged on for it?")
    assert "year before" not in condense_question([("What was the HSCB's total income?", ""), ("how much of that came from the police?", "")],
                                                  "and was that more than the CCG gave?")
    ans = indexed_both.ask("how much of that came from the police?", history=[("What was the HSCB's total income?", "Total Income -192,457")])
    assert "-5,000" in ans.answer, ans.answer


def test_an_average_or_a_balance_never_printed_is_refused(indexed_both):
    ans = indexed_both.ask("What was the average attendance at HSCB meetings?")
    assert ans.status == "not_found", ans.answer
    ans = indexed_both.ask("What was the overspend on the HSCB budget?")
    assert ans.status == "not_found", ans.answer
    ans = indexed_both.ask("what's the average caseload for IROs?")
    assert ans.status == "answered" and "75 per full-time equivalent" in ans.answer, ans.answer


def test_a_split_asked_of_prose_prefers_a_group_s_figure(indexed_both):
    ans = indexed_both.ask("Gender breakdown of domestic abuse suspects")
    assert "75% male and 25% female" in ans.answer, ans.answer
    ans = indexed_both.ask("What's the split of domestic abuse victims by gender?")
    assert "40% of victims" in ans.answer, ans.answer


def test_numbers_to_ring_for_a_body_never_given_are_refused(indexed_both):
    ans = indexed_both.ask("all the phone numbers for the NSPCC?")
    assert ans.status == "not_found", ans.answer


def test_members_asked_by_attendance_are_filtered(indexed_both):
    ans = indexed_both.ask("Which HSCB members never attended?")
    assert "Probation" in ans.answer and "Voluntary Sector Rep" in ans.answer and "Independent Chair" not in ans.answer, ans.answer


def test_another_body_s_budget_is_not_the_body_asked(indexed_both):
    ans = indexed_both.ask("how much did the adults board spend?")
    assert ans.status == "not_found", ans.answer
    ans = indexed_both.ask("how much did the board spend in 2020-21?")
    assert "192,457" in ans.answer, ans.answer


# ---- fifty-fourth session: several things asked in one message (probe-116) ----


def test_question_clauses_in_a_list_a_slash_or_after_a_full_stop_are_parts():
    """Clauses that each ask something are parts however they are joined: a comma list, a
    " / ", a full stop before "also what ...", "and separately ...". A question of its own
    ("How many CLA?") lends no noun to the next ("How many on CP plans?"), and a list asked
    for before "which one ..." is asked too."""
    from assistant.answer.parts import question_parts

    assert question_parts("how many children in borough, how many primary schools, and how many secondary schools?") == [
        "how many children in borough", "how many primary schools", "how many secondary schools?"]
    assert question_parts("what was total income for the partnership budget / what was spent on the LSCB chair?") == [
        "what was total income for the partnership budget", "what was spent on the LSCB chair?"]
    assert question_parts("what does ECINS stand for. also what's MACE?") == ["what does ECINS stand for", "what's MACE?"]
    assert question_parts("what were IRO caseloads like per FTE? and separately how many care leavers did we have at 31/03/2020") == [
        "what were IRO caseloads like per FTE", "how many care leavers did we have at 31/03/2020"]
    assert question_parts("How many CLA? How many on CP plans? How many MASH contacts? (31/3/21)") == [
        "31/3/21 - How many CLA", "31/3/21 - How many on CP plans", "31/3/21 - How many MASH contacts?"]
    assert question_parts("list the Family A findings - which one is about home schooling?") == [
        "list the Family A findings", "list the Family A findings - which one is about home schooling?"]
    # (one question: a comma inside a clause that asks once, or after a clause saying when)
    assert question_parts("what, if anything, did the board do?") == ["what, if anything, did the board do?"]
    q = "when several kids are linked to the same place of risk, what does the neighbourhood approach involve?"
    assert question_parts(q) == [q]
    assert question_parts("how many primary and how many secondary schools does harrow have?") == [
        "how many primary schools does harrow have?", "how many secondary schools does harrow have?"]


def test_a_part_the_documents_lack_is_named_after_the_others_answers(indexed_both):
    """One part the documents do not answer no longer refuses the whole message: the
    answered parts are given, then a note says which part is not answered and what it
    lacks, when that is a contact detail. A part naming a place the documents never
    mention, or lacking a year or group, still refuses the whole (the other parts would
    lose it)."""
    ans = indexed_both.ask("how many children on CP plans in harrow and what's the LADO phone number?")
    assert ans.status == "answered" and "298" in ans.answer, ans.answer
    assert ans.answer.endswith("(The indexed documents do not answer the second part of this question: "
                               "they do not give a telephone number for this.)"), ans.answer
    ans = indexed_both.ask("what's the modern slavery helpline and what's the harrow MASH number?")
    assert ans.status == "answered" and "0800 0121 700" in ans.answer and "second part" in ans.answer, ans.answer
    ans = indexed_both.ask("how many CP plans in Brent and how many CLA?")
    assert ans.status == "not_found", ans.answer
    ans = indexed_both.ask("Please, how many children went missing in Harrow in 2020-21, and how many missing episodes?")
    assert ans.status == "not_found", ans.answer


def test_a_count_asked_with_no_verb_is_the_latest_figure(indexed_both):
    """"how many kids on CP plans in harrow?" asks for the figure now, like "how many
    children are on CP plans?": the latest dated figure (298 at 31 March 2021), not the
    April 2019 281 or the repeat plans."""
    for q in ("how many kids on CP plans in harrow?", "no. of children on cp plans?"):
        ans = indexed_both.ask(q)
        assert ans.status == "answered" and "298" in ans.answer.split("\n")[0], (q, ans.answer)


def test_a_person_s_own_phone_number_is_refused(indexed_both):
    """The documents give services' numbers, not people's: "what's his phone number?"
    after the chair is refused rather than answered with the slavery helpline."""
    ans = indexed_both.ask("and what's his phone number?", history=[(
        "who chairs the HSCB?", "Chris Miller Independent Chair and Scrutineer Harrow Safeguarding Partnership [1]")])
    assert ans.status == "not_found", ans.answer
    ans = indexed_both.ask("what's the LADO's direct number?")
    assert ans.status == "not_found", ans.answer
    ans = indexed_both.ask("what's the crimestoppers number?")
    assert ans.status == "answered" and "0800 555 111" in ans.answer, ans.answer


def test_how_many_of_a_whole_are_so_is_answered_by_its_share(indexed_both):
    """"How many CP conferences were quorate?" is answered by "95% of conferences were
    quorate"; a share does not answer a count of the whole ("how many CP conferences were
    held?" is 789) nor a raw number asked for."""
    ans = indexed_both.ask("so sorry to bother you again!! how many CP conferences were quorate? x")
    assert ans.status == "answered" and "95% of conferences were quorate" in ans.answer, ans.answer
    ans = indexed_both.ask("how many LADO referrals were there (the raw number)?")
    assert ans.status == "not_found", ans.answer


def test_a_change_asked_without_a_count_takes_a_figure_that_gives_one(indexed_both):
    """"did CP plans go up or down in the year to march 2021?" is answered by the row
    carrying the change, "(+12% in 12 months) | 298", not refused for the first figure
    chosen giving none."""
    ans = indexed_both.ask("did CP plans go up or down in the year to march 2021?")
    assert ans.status == "answered" and "+12% in 12 months" in ans.answer, ans.answer


def test_follow_ups_name_what_they_point_back_to():
    """A subject set after a time clause ("when lockdown started did DA referrals ... go up
    or down?") is what "they" stands for; "they" who say or recommend, after a question
    about a case, are the case's review."""
    from assistant.condense import condense_question

    assert condense_question([("when lockdown started did DA referrals into police and the MASH go up or down in Harrow?",
                               "During Covid-19 we experienced a small increase [1]")],
                             "and why did they shoot up again in september?") == \
        "why did DA referrals into police and the MASH shoot up again in september?"
    assert condense_question([("why did Child M's school attendance drop off after he moved up to secondary?", "x [1]")],
                             "and what did they say should change because of that?") == \
        "what did the Child M review say should change because of that – Child M's school attendance drop off after he moved up to secondary?"


def test_typos_are_corrected_towards_the_documents_words(indexed_both):
    """A misspelt word one edit from a word of the documents (two for long words) is
    corrected; English words the documents do not use, names, shorthand and acronyms are
    not, so a question about something the documents lack is still refused."""
    from assistant.answer.typos import TypoCorrector

    tc = TypoCorrector(["Harrow children who go missing", "the Modern Slavery helpline; helping victims",
                        "contextual safeguarding", "child protection plans"])
    assert tc.correct("wat age group goes misisng most in harow?") == "wat age group goes missing most in harrow?"
    assert tc.correct("whats the modren slavery helpine") == "whats the modern slavery helpline"
    assert tc.correct("contextul safegaurding") == "contextual safeguarding"
    for kept in ("tenancy officer", "how many in Brent and Hillingdon", "strat meeting", "prioritise reoffending",
                 "theres a CPC", "Minh texted", "biggest funder of the partnership"):
        assert tc.correct(kept) == kept, kept
    ans = indexed_both.ask("on my phone, ignore typos - wat age group goes misisng most in harow?")
    assert ans.status == "answered" and "14-17" in ans.answer, ans.answer
    ans = indexed_both.ask("wat is contextul safegaurding??")
    assert ans.status == "answered" and "beyond their families" in ans.answer, ans.answer


def test_the_signs_of_something_else_do_not_answer(indexed_both):
    """"What are the warning signs of cuckooing?" is not answered by the signs of modern
    slavery; the signs of modern slavery are."""
    ans = indexed_both.ask("what are the warning signs of cuckooing")
    assert ans.status == "not_found", ans.answer
    ans = indexed_both.ask("what are the signs of domestic abuse?")
    assert ans.status == "not_found", ans.answer
    ans = indexed_both.ask("what are the signs of modern slavery?")
    assert ans.status == "answered" and "PHYSICAL APPEARANCE" in ans.answer, ans.answer


def test_a_term_only_named_in_quotation_marks_is_not_defined(indexed_both):
    """"What is cuckooing?" is not answered by the conference workshop's title that names
    it in quotation marks; a term the documents define still is."""
    ans = indexed_both.ask("what is cuckooing")
    assert ans.status == "not_found", ans.answer
    ans = indexed_both.ask("what is contextual safeguarding?")
    assert ans.status == "answered" and "beyond their families" in ans.answer, ans.answer


def test_a_later_part_that_leaves_its_verb_to_the_first_keeps_it():
    """"how much of the budget came from the CCG and how much from the ambulance
    service?" asks the first part's question of the ambulance service."""
    from assistant.answer.parts import question_parts

    assert question_parts("how much of the total HSCB budget came from the CCG and how much from the ambulance service?") == [
        "how much of the total HSCB budget came from the CCG",
        "how much of the total HSCB budget came from the CCG - how much from the ambulance service?"]


def test_a_child_named_as_another_review_names_them(indexed_both):
    """The reviews call a child "Child M" or "Young Person J": "whens the Child J findings
    out" asks about Young Person J's review (and "whens" is "when is")."""
    from assistant.answer.typos import TypoCorrector

    tc = TypoCorrector(["Learned Lessons Review: Young Person J", "Child ‘M’ was a 12-year-old"])
    assert tc.correct("what did the Child J review find?") == "what did the Young Person J review find?"
    assert tc.correct("what about Child M? and Child Q?") == "what about Child M? and Child Q?"
    ans = indexed_both.ask("whens the Child J findings out")
    assert ans.status == "answered" and "later in 2021" in ans.answer, ans.answer
    ans = indexed_both.ask("what did the Child Q review find?")
    assert ans.status == "not_found", ans.answer


def test_a_need_that_is_not_an_emergency_gets_the_non_emergency_line(indexed_both):
    """"What number do we ring if nobody's in immediate danger?" is answered by "For
    non-emergencies, call 101 ...", not by the 999 sentence its words match."""
    from assistant.answer.question_shape import as_non_emergency

    assert as_non_emergency("who do i call if the child is not in immediate danger") == \
        "who do i call if the child is in a non-emergency"
    assert as_non_emergency("is this an emergency?") == "is this an emergency?"
    for q in ("what number do we ring if nobody's in immediate danger?", "what number do we ring if it's not an emergency?"):
        ans = indexed_both.ask(q)
        assert ans.status == "answered" and "101" in ans.answer and "999" not in ans.answer, (q, ans.answer)


def test_a_reason_said_as_an_association_answers_why(indexed_both):
    """"Why did DA referrals shoot up again in September?" is answered by "The spike
    repeated itself in September and this was associated with children returning to
    school"."""
    ans = indexed_both.ask("and why did they shoot up again in september?", history=[(
        "when lockdown started did DA referrals into police and the MASH go up or down in Harrow?",
        "Initially in Harrow, we saw a drop in domestic abuse related referrals into the police and MASH [1]")])
    assert "returning to school" in ans.answer, ans.answer


def test_contact_details_listed_after_a_thing_are_parts(indexed_both):
    """"modern slavery helpline - number, opening hours and email?" asks for each detail:
    the number and hours are given and the email is said to be missing; "crimestoppers
    number and what is Operation Encompass?" is two parts."""
    from assistant.answer.parts import question_parts

    assert question_parts("modern slavery helpline - number, opening hours and email?") == [
        "modern slavery helpline - number?", "modern slavery helpline - opening hours?", "modern slavery helpline - email?"]
    assert question_parts("crimestoppers number and what is Operation Encompass?") == [
        "crimestoppers number", "what is Operation Encompass?"]
    assert question_parts("Child M review - findings and recommendations?") == ["Child M review - findings and recommendations?"]
    ans = indexed_both.ask("modern slavery helpline - number, opening hours and email?")
    assert ans.status == "answered" and "0800 0121 700" in ans.answer and "24 hours a day" in ans.answer, ans.answer
    assert "third part" in ans.answer and "email address" in ans.answer, ans.answer
    ans = indexed_both.ask("crimestoppers number and what is Operation Encompass?")
    assert "0800 555 111" in ans.answer and "Encompass" in ans.answer, ans.answer


def test_signs_of_something_else_are_refused_on_every_path(indexed_both):
    """The signs of modern slavery (a page's labelled sections) do not answer the signs of
    cuckooing, alone or inside a two-part message."""
    ans = indexed_both.ask("what are the signs of cuckooing and who ran the workshop on it?")
    assert "PHYSICAL APPEARANCE" not in ans.answer, ans.answer
    ans = indexed_both.ask("what are the signs of county lines?")
    assert ans.status == "not_found", ans.answer


def test_a_change_is_taken_from_a_figure_about_what_is_asked(indexed_both):
    """"Did CP plans go up or down?" takes the row carrying the change; "did CP plans
    lasting 2+ years go up or down?" is not answered by all CP plans' "+12%"."""
    ans = indexed_both.ask("did CP plans lasting 2+ years go up or down?")
    assert "+12%" not in ans.answer, ans.answer


def test_one_of_two_choices_the_documents_never_name_is_no_scope(indexed_both):
    """"Funded by the mayor or the Home Office?" is answered by the mayor's £230,000; the
    Home Office asked about alone is refused."""
    ans = indexed_both.ask("was the GPS tagging project funded by the mayor or the Home Office?")
    assert ans.status == "answered" and "£230,000" in ans.answer, ans.answer
    ans = indexed_both.ask("how much did the Home Office give?")
    assert ans.status == "not_found", ans.answer


def test_that_review_after_a_case_is_the_case_s_review():
    """"who led that review?" after a question about Child H asks about the Child H review
    (not another case's), and "what was the total?" after a count points back to it."""
    from assistant.answer.parts import question_parts
    from assistant.condense import condense_question

    assert condense_question([("what was Child H about?", "x [1]")], "who led that review, and when was it published?") == \
        "who led the Child H review, and when was it published?"
    assert question_parts("did MASH contacts go up or down and what was the total?") == [
        "did MASH contacts go up or down", "did MASH contacts go up or down - what was the total?"]


def test_the_same_sentence_in_both_copies_of_the_report_is_quoted_once(indexed_both):
    """The report is indexed as PDF and Markdown, whose apostrophes differ ("LA’s" /
    "LA's"): a later part answered only by the other copy of the earlier part's sentence
    takes its next best, and a merged answer quotes the sentence once."""
    from assistant.answer.text_evidence import quote_key

    assert quote_key("the LA’s  system") == quote_key("The LA's system")
    ans = indexed_both.ask("young carers - how many were on the LA's system and how many had their attendance get worse?")
    assert "83" in ans.answer and "Worsen for 18" in ans.answer, ans.answer
    assert ans.answer.count("A total of 83 children") == 1, ans.answer


# ---- fifty-fifth session: practitioners checking what they heard (probe-118) ----


def test_a_checked_claim_is_asked_without_the_value_in_doubt():
    """A claim put to be checked is asked as the question it checks, without the claimed
    value, which is what is in doubt and would steer retrieval to a passage carrying it:
    a figure is asked for by its kind, a frequency by "how often", a definition by "what
    is", a post's holder by name, a list by "what are", people by "who", opening hours by
    "what hours", two claimed figures by the figure, telephone numbers by their use."""
    from assistant.answer.claims import as_checked_question as checked

    known = lambda name: name.lower() not in {"home office", "tina"}  # noqa: E731
    cases = {
        "someone in team meeting said we had 275 kids on CP plans at the end of March 2021 - is that right? want to quote it in a report":
            "how many kids on CP plans at the end of March 2021 did we have?",
        "Quick sanity check - MASH contacts for 20/21 were just under 10k, yeah?": "MASH contacts for 20/21 were - how many?",
        "correct me if I'm wrong but didn't the report say police found 25% of domestic abuse victims were male?":
            "police found of domestic abuse victims were male - what percentage?",
        "I was told the Met put £20k into the HSCB budget for 2020-21, is that right?": "the Met put into the HSCB budget for 2020-21 - how much money?",
        "I thought the HSCB met monthly in 20/21? trying to work out attendance for our agency": "how often did the HSCB meet in 20/21?",
        "someone said MACE meets every 6 weeks - right?": "how often does MACE meet?",
        "DSLs have to refresh their training every two years - is that right?": "how often do DSLs have to refresh their training?",
        "CYADS is the Children and Young Adults Disability Service isn't it?": "what is CYADS?",
        "am I right that Nazir Afzal is the independent chair and scrutineer for the partnership?":
            "what is the name of the independent chair and scrutineer for the partnership?",
        "The HSCB business manager is called [NAME], right?": "what is the name of the HSCB business manager?",
        "the partnership's three priorities are DA, mental wellbeing and neglect, yes?": "what are the partnership's three priorities?",
        "the conference keynotes were Nazir Afzal, Dez Holmes and Carlene Firmin?": "who were the conference keynotes?",
        "the modern slavery helpline is 24/7 isn't it": "what hours is the modern slavery helpline open?",
        "a colleague reckons 83 children went missing in 2019-20 but I think it was 198 - who's right?":
            "children went missing in 2019-20 - how many?",
        "just double checking for a poster - on the MS site it's 101 for non emergencies and Crimestoppers is [PHONE], yeah?":
            "what number is it for non emergencies and what is the Crimestoppers number?",
        "someone told me anything you say to the slavery phone line goes straight to the Home Office - who actually deals with what you tell them?":
            "anything you say to the slavery phone line goes straight to - who deals with what you tell them?",
        "the London CP procedures say a strategy discussion has to happen within 24 hours of the referral, yeah?":
            "within how many hours must a strategy discussion happen after the referral?",
        "return home interviews are offered within 72 hours, right?": "within how many hours must return home interviews be offered?",
        "the LADO must be told within one working day, right?": "within how many working days must the LADO be told?",
        "I've got the Child M findings as: coordinated approach for parents with lots of appointments, Was Not Brought, and dental escalation - have I missed any?":
            "what are the Child M findings?",
        "putting together a lunchtime session on Child M. I've got the learning sheet themes as appointments and the restraint - what are the other ones?":
            "what are the learning sheet themes?",
        "Family A findings: track home-schooled children, the Risk Enablement Panel and self-neglect training - any others?":
            "what are the Family A findings?",
        "the 2021 annual conference was on domestic abuse wasn't it?": "what was the 2021 annual conference about?",
    }
    for question, expected in cases.items():
        assert checked(question, known=known) == expected, question
    # (not claims: a question, a place, an age, the asker's casework)
    for question in ("the MASH is in the civic centre, right?", "is it true that child m was 14 when he died?",
                     "I think 3 of my kids are at risk, what do I do?", "how often did the board meet?"):
        assert checked(question, known=known) in (question, "is it true that child m was 14 when he died?"), question


def test_a_checked_claim_gets_the_documents_value_not_the_claimed_one(indexed_both):
    """The answer to a checked claim gives the documents' value, whatever was claimed: the
    latest count of CP plans (298) for a claimed 275 or "about 300", 9,971 MASH contacts
    for "about 12,000", the three partners for a list with CNWL in it, Gangmasters for
    "GLA is the Greater London Authority"."""
    cases = {
        "someone in team meeting said we had 275 kids on CP plans at the end of March 2021 - is that right?": "298",
        "were there 300 children on CP plans?": "298",
        "MASH contacts were about 12,000 in 2020-21, yes?": "9,971",
        "The three safeguarding partners are the council, the police and CNWL, right?": "Metropolitan Police",
        "GLA on the slavery pages is the Greater London Authority isn't it?": "Gangmasters Licensing Authority",
        "I thought the board met monthly?": "4 MEETINGS",
        "return home interviews are offered within 72 hours, right?": "72 hours",
        # (a list checked for gaps is given whole: the fifth Family A finding is on young carers)
        "Family A findings: track home-schooled children, the Risk Enablement Panel, self-neglect/hoarding training and "
        "perplexing presentations training - any others?": "young carers",
        # (a right figure claimed for the wrong year is given for its year)
        "IRO asking - there were 789 child protection conferences in Harrow in 2020-21, yeah?": "2019-20",
    }
    for question, fact in cases.items():
        ans = indexed_both.ask(question)
        assert ans.status == "answered" and fact in ans.answer, (question, ans.answer)
    # (a time the documents give for another event is no yes: "the decision letter in 24
    # hours" does not time a strategy discussion)
    for question in ("The Harrow threshold document says strategy discussions happen within 24 hours - is that right?",
                     "the LADO must be told within one working day, right?"):
        ans = indexed_both.ask(question)
        assert ans.status == "not_found", (question, ans.answer)


def test_a_follow_up_on_a_checked_claim_or_a_change_reads_the_earlier_topic():
    """"why's that then?" after a checked claim asks about the claim, not "am I right";
    "and that jump in the autumn - what was it put down to?" asks about the earlier
    question's figures."""
    from assistant.condense import condense_question

    assert condense_question([("Am I right Harrow has one of the higher rates of CP plans per head in London?", "... [1]")],
                             "ok so why's that then, what reason did they give?") == (
        "why's that then, what reason did they give – Harrow has one of the higher rates of CP plans per head in London?")
    assert condense_question([("how much did domestic abuse referrals into the MASH go up in 2020-21?", "... 9% [1]")],
                             "and that jump in the autumn - what was it put down to?").endswith(
        "– domestic abuse referrals into the MASH go up in 2020-21?")
    # (a body claimed for the earlier subject is asked as who: its own passages read as a yes)
    assert condense_question([("what is Operation Philomena?", "... [1]")], "and that's an NSPCC scheme?") == "who runs Operation Philomena?"
    assert condense_question([("who is Dez Holmes?", "... [1]")], "she's from the Marie Collins Foundation isn't she?") == "who is Dez Holmes?"
    # ("that group" is the group the earlier question named)
    assert condense_question([("what did the QA subgroup look at on young carers?", "... [1]")],
                             "how often does that group meet - monthly?") == "how often does the QA subgroup meet - monthly?"


# ---- fifty-sixth session: practitioners comparing and ranking (probe-120) ----


def test_a_comparison_with_england_or_london_names_what_is_compared():
    """A comparison with England, London or the statistical neighbours is answered only by
    a sentence (or a heading over it, or a whole table row) that names what the question
    compares: "6 children had a CP Plan lasting two years or more ... above the England
    (2.1%) average" does not compare repeat plans."""
    from assistant.answer.refusal_rules import VERSUS_Q, compared_measure_unnamed

    def unnamed(question: str, text: str, context: str = "") -> bool:
        versus = VERSUS_Q.search(question)
        assert versus, question
        return compared_measure_unnamed(question, versus, text, context)

    long_plans = ("- 6 children had a CP Plan lasting for two years or more (2.2% of the total) placing Harrow below the "
                  "statistical neighbour (4.35%) and above the England (2.1%) average.")
    assert unnamed("Is our repeat CP plan rate higher than the England average?", long_plans)
    assert not unnamed("are CP plans lasting 2 years or more higher than the England average?", long_plans)
    # (the comparator in the heading compares the sentence under it)
    assert not unnamed("where does Harrow rank in London for CP plans?",
                       "- Harrow has the 12th highest number of Child Protection Plans per 10,000 population.",
                       "Local Data Analysis and comparisons with London (ISOS) Data")
    # (a table row is one statement)
    assert not unnamed("harrow at a glance: whats harrow's ranking in england for deprivation affecting children?",
                       "Deprivation Affecting Children (Where 1 is the Local Authority Area which has the most deprivation "
                       "affecting children) This has improved markedly since 2015. | 199/317 (England) 30/33 (London)")
    # (a reason asked is no comparison to check)
    assert not unnamed("why have we got a lot of kids on CP plans compared to London?", long_plans)


def test_two_alternatives_compared_are_read_from_the_question():
    """"more A or B" and "A or B" closing a clause that compares are the two things
    compared; a direction ("better or worse") and a plain choice ("101 or 999") are not."""
    from assistant.answer.refusal_rules import either_compared

    assert either_compared("in the A&E data were there more kids seen for self-harm or for overdose?")[1] == {"overdos"}
    assert either_compared("what was the most common category of abuse on CP plans - neglect or emotional abuse?") == [
        {"neglect"}, {"emot"}]
    assert "girl" in either_compared("are there more boys or girls on child protection plans?")[1]
    for question in ("did young carers' attendance get better or get worse?", "is it 101 or 999?", "up or down on last year?"):
        assert either_compared(question) == [], question


def test_a_comparison_is_answered_by_both_sides_or_refused(indexed_both):
    """A comparison between two alternatives gives a figure for each, or says one is more;
    one side's figure alone (domestic abuse's "increased by 9%" for "DA or neglect?") or a
    chart the text does not carry (categories of harm) is refused."""
    for question, facts in {
        "were there more girls or boys NEET in 2019-20?": ("43%", "16%"),
        "which ethnic group had more missing kids, black or white?": ("21", "Black"),
        "which went up more in 2020-21 - MASH contacts or the number of children on CP plans?": ("+ 2%", "+12%"),
        "When schools went back after lockdown, did more of our young carers' attendance get better or get worse?":
            ("Improve for 11", "Worsen for 18"),
        # (the side a quote leaves out is added from under the same heading)
        "which cost more - council charges or the independent chair?": ("21,020", "20,250"),
        "did VAH run more Level 2 or Level 3 sessions?": ("13 Level 2", "3 Level 3"),
    }.items():
        ans = indexed_both.ask(question)
        assert ans.status == "answered" and all(f in ans.answer for f in facts), (question, ans.answer)
    for question in ("which is more common - DA or neglect?",
                     "what was the most common category of abuse on CP plans - neglect or emotional abuse?",
                     "Is our repeat CP plan rate higher than the England average?"):
        ans = indexed_both.ask(question)
        assert ans.status == "not_found", (question, ans.answer)


def test_rankings_and_extremes_are_answered_by_the_ranking_sentence(indexed_both):
    """"where does Harrow rank ...?" is answered by the ordinal ("the 12th highest"), "which
    month saw the most ...?" by the month with the highest number, an age band by its own
    item ("13.8% under 1 year")."""
    for question, fact in {
        "where does Harrow rank in London for CP plans?": "12th highest",
        "which month during covid saw the most mental health referrals for children?": "September 2020",
        "harrow at a glance: whats harrow's ranking in england for deprivation affecting children?": "199/317",
        "what share of looked after kids are babies under 1?": "13.8% under 1 year",
    }.items():
        ans = indexed_both.ask(question)
        assert ans.status == "answered" and fact in ans.answer, (question, ans.answer)
        if fact == "September 2020":
            assert ans.answer.index("September 2020") < ans.answer.index("[1]"), ans.answer
    # (the documents' two comparisons of CP plans with London pull different ways: both are quoted)
    ans = indexed_both.ask("is Harrow's number of children on CP plans higher or lower than London and our statistical neighbours?")
    assert "12th highest" in ans.answer and "relatively low" in ans.answer, ans.answer


def test_comparison_follow_ups_and_parts_ask_each_side():
    """"and what about the ones doing it?" after DA victims asks about the perpetrators;
    "is that way more than we usually get?" asks for the change; "which went up more - A or
    B?" is asked of each side, and "which group was the biggest?" after a breakdown of it."""
    from assistant.answer.parts import question_parts
    from assistant.condense import condense_question

    victims = [("what did the police say the male/female split was for DA victims during covid?", "... 40% of victims [1]")]
    assert condense_question(victims, "and what about the ones doing it?") == (
        "what did the police say the male/female split was for DA perpetrators during covid?")
    assert condense_question(victims, "and the suspects?") == (
        "what did the police say the male/female split was for DA suspects during covid?")
    ehe = [("how many kids were home educated between sept 2020 and march 2021?", "... 299 children ... [1]")]
    assert condense_question(ehe, "and is that way more than we usually get or about normal?").endswith(
        "and is that up or down on the year before?")
    assert question_parts("which went up more in 2020-21 - MASH contacts or the number of children on CP plans?") == [
        "by how much did MASH contacts go up in 2020-21?", "by how much did the number of children on CP plans go up in 2020-21?"]
    assert question_parts("Can you break down the missing children for 2019/20 by ethnic group, and which group was the biggest?")[1] == (
        "Can you break down the missing children for 2019/20 by ethnic group - which group was the biggest?")


def test_a_change_asked_after_a_figure_quotes_the_sentence_saying_it(indexed_both):
    """A follow-up asking whether a figure is more than usual is answered with the quoted
    passage's sentence saying how it changed ("... there has been a big increase"), not
    refused for lacking another year's figure; "number one priority" asks no phone number."""
    from assistant.answer.text_evidence import PHONE_Q

    ans = indexed_both.ask("and is that way more than we usually get or about normal?",
                           history=[("how many kids were home educated between sept 2020 and march 2021?",
                                     "From the 1st of September 2020 to 31st of March 2021 299 children ... [1]")])
    assert ans.status == "answered" and "big increase" in ans.answer, ans.answer
    assert not PHONE_Q.search("what's the partnership's number one priority?")
    assert PHONE_Q.search("what's the MASH number?")


def test_comparative_follow_ups_keep_what_they_compare():
    """A follow-up comparing an earlier figure: "did it go up or down?" after a count asks for
    the change (the documents give LADO referrals' "slight decline" and no count); "more
    often than the missing persons meeting?" keeps the earlier topic rather than asking for
    last year; "higher or lower by March 2020?" asks the same for that date; "which band is
    the largest?" reads the earlier breakdown."""
    from assistant.condense import condense_question

    assert condense_question([("how many LADO referrals were there?", "...")], "did it go up or down?") == (
        "did the number of LADO referrals go up or down on the year before?")
    assert condense_question([("how often does the VVE operational group meet?", "...")],
                             "is that more often than the missing persons meeting?") == (
        "is that more often than the missing persons meeting – the VVE operational group meet?")
    assert condense_question([("How many children had CP plans in April 2019?", "...")],
                             "and was it higher or lower by March 2020?") == "How many children had CP plans in March 2020?"
    assert condense_question([("what's the age profile of looked after children?", "...")], "which band is the largest?") == (
        "which band is the largest – what's the age profile of looked after children?")
    # (a bare year is no date to swap to: the change on the year before is asked)
    assert condense_question([("how many children went missing in 2019-20?", "...")], "was it higher in 2020?").endswith(
        "and is that up or down on the year before?")
