"""Extractive answer composer: no LLM, every word of evidence quoted verbatim and cited.

Given a question and the retrieved passages it:

1. classifies the question (:func:`question_type`): ``number`` ("how many", "what
   percentage", "how much"), ``who``, ``when``, ``list`` ("what were the key findings"),
   ``define`` ("what is X", "what does X stand for") or ``general``;
2. splits the passages into *units* -- sentences of paragraphs, list items, table rows --
   each a verbatim span of its passage's text;
3. scores each unit by lexical overlap with the question (IDF-weighted stems, glossary
   expansions at half weight), dense cosine similarity to the question (same embedding
   model), the passage's retrieval rank, and question-type evidence (a number or ``%`` for
   ``number`` questions, capitalised names for ``who``...);
4. selects units with maximal marginal relevance (Carbonell & Goldstein, SIGIR 1998) so a
   multi-sentence answer covers the question without repeating itself; a list question
   whose best unit is in a list returns the whole list; a table row is shown with its
   column headers;
5. numbers citations ``[n]`` in answer order; each citation's ``quote`` is an exact
   substring of its passage's text, so it can be checked.

If the best passage's dense similarity and the best unit's lexical coverage are both low,
the status is ``not_found`` and nothing is cited; so it is when the chosen quotes lack what
the question plainly asks for (:func:`assistant.answer.refusal_rules.missing_evidence`).

Helpers live beside this module, imported one way: the question's shape in
:mod:`assistant.answer.question_shape`, what a quote gives (figures, names, places) in
:mod:`assistant.answer.text_evidence`, the refusal rules in
:mod:`assistant.answer.refusal_rules`.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from typing import Sequence

import numpy as np

from assistant.answer.measures import unnamed_measure
from assistant.answer.question_shape import (
    CRITERION_Q,
    CHECKED_FIGURE,
    CLASSIFY_Q,
    case_described,
    casework_scene,
    scene_free,
    CLAUSE_SPLIT,
    CLOCK_Q,
    HOURS_Q,
    ROLE_ASKED,
    WH_OPENING,
    asked_acronym,
    asked_kind,
    asking_clauses,
    question_type,
    stated_count,
)
from assistant.answer.refusal_rules import (
    other_bodys_document,
    AGE_GIVEN,
    AGE_Q,
    gives_voice,
    voice_asked,
    COMPARATORS,
    GROUPS_ASKED,
    EMAIL_ADDRESS,
    EMAIL_Q,
    HOW_TO_REPORT_Q,
    VERSUS_Q,
    change_asked,
    compared_measure_unnamed,
    comparison_unmade,
    gives_change,
    gives_side,
    sides_ungiven,
    breakdown_topic,
    capitalised_names,
    cases_not_named,
    unheld_publication,
    missing_evidence,
    signs_unnamed,
    other_choice_named,
    names_case,
    names_name,
    outright_detail_missing,
    payer_names,
    payer_unnamed,
    payers_named,
    payers_asked,
)
from assistant.answer.roles import agency_words, load_roles, roles_unmentioned, sector_asked
from assistant.answer.support import SupportModel, support_features
from assistant.answer.structure import (
    PARTITIVE,
    STRUCTURE_KINDS,
    TOTAL_ROW,
    Unit,
    asked_mark,
    marked_rows,
    chunk_ordinal,
    leads_in_ways,
    continued_block,
    enumerates,
    enumeration_counts,
    figure_context,
    introduces_items,
    item_label,
    last_section,
    lead_in,
    list_group,
    lists_kind,
    paragraph_of,
    passage_units,
    quoted_line,
    referencing_line,
    render_row,
    row_label,
    section_list,
    section_titled,
    states_count,
    table_block,
    table_group,
    table_header,
    themes_asked,
    with_continuation,
    with_footnotes,
    with_turn,
    with_first_way,
    with_marked_notes,
    with_section_lists,
)
from assistant.answer.text_evidence import (
    quote_key,
    is_demonym,
    language_spoken,
    BOARD_STEMS,
    BREAKDOWNS,
    DIMENSION_WORDS,
    CLASS_WORDS,
    COUNT_Q,
    COUNTED,
    GENERIC_STEMS,
    FREQUENCY,
    HOURS,
    MONEY_CONTEXT,
    MONEY_Q,
    MONTH_NAME,
    NAME_RUN,
    NUMBER,
    PHONE_NUMBER,
    PHONE_Q,
    POST_WORD,
    PROPER_AFTER,
    ROLE_Q,
    YEAR_Q,
    asks_about_home_system,
    count_figures,
    counts_in_words,
    has_figure,
    has_person_name,
    heading_names_person,
    is_person_name,
    named_places,
    origin_places,
    plain_form,
    role_question,
    says_free,
    spelled_out,
    strip_honorifics,
    timed_event,
    without_home_system,
    years_named,
)
from assistant.embeddings import Embedder
from assistant.glossary import Glossary, acronym_flags, heading_definition, load_glossary, mine_definitions
from assistant.keywords import PERIOD, analyze, covered_weight, periods, question_weights, reporting_periods
from assistant.rerank import ChunkStems
from ingest.loaders.html import is_subtitle  # a case study's title ("Serena from Gambia")
from ingest.models import SECTION_SEP, Answer, Chunk, Citation, Passage
from ingest.units import chunk_units

NOT_FOUND_TEXT = (
    "The indexed documents do not cover this. Try rephrasing, or ask your safeguarding lead "
    "or the partnership's learning and development team."
)

#: a person's or an organisation's name, with the connectives organisations use
#: ("Department for Education", "Clinical Commissioning Group", "Children's Society")
_ORG_NAME = re.compile(r"\b[A-Z][a-z'’]+(?:\s+(?:(?:of|for|and|the|in|on)\s+)?[A-Z][a-z'’]+)+\b")
#: a unit opening with a label in capitals: "- DOMESTIC SERVITUDE Victims are forced to ..."
_CAPS_LABEL = re.compile(r"[-•*\s]*[A-Z][A-Z’'&-]+(?:\s+[A-Z][A-Z’'&-]+)*\s+(?=[A-Z][a-z])")
#: weight kept (after the scene's halving) by the words of an earlier part's question that
#: a later part repeats as its scene (:func:`asked_before_stems`)
ASKED_BEFORE_SHARE = 0.5
#: weight kept by the words of a scene or topic set before the question ("the disabled lad
#: who died - what ...?"); 0.3 lost 5 answers on the development suites (eleventh session)
SCENE_SHARE = 0.5
#: a question asking for reasons ("why ...", "what triggered ...", "the reasons for ..."),
#: for a list of them (:meth:`ExtractiveAnswerer._best_lists`); :data:`_REASON_Q` is the
#: narrower test that a table's figure gives no reason
_REASONS_ASKED = re.compile(r"\b(?:why|reasons?|triggered|trigger|caused|led to|because|prompted|prompt)\b", re.I)
#: a list's lead-in giving reasons ("... learning to be identified because of:")
_REASON_LEAD = re.compile(r"\b(?:because of|due to|as a result of|reasons? (?:for|why|include|were|are)|caused by|triggered by)\b[^.]*:?\s*$", re.I)
#: a question asking what should be done or what was learnt ("what did the review say
#: should happen with that?", "what was the takeaway?", "what did it recommend?")
_RECOMMEND_Q = re.compile(r"\b(?:what|which|how)\b[^?]*?\b(?:should|must|ought to|needs? to)\b"
                          # "should I tell the woman ...?": whether to do something
                          r"|\b(?:should|shall|do|can|must)\s+(?:i|we|you|staff)\s+(?:tell|confront|let|approach|speak|talk|say|warn|inform|ask|"
                          r"challenge|intervene|go|try|mention|share|keep)\b"
                          r"|\b(?:recommend\w*|conclu\w*|takeaways?|take-?aways?|learning points?|lessons? learn\w*|the learning|key messages?)\b"
                          # ("what's the lesson for those of us juggling loads of clinic dates?")
                          r"|\bwhat(?:['’]s|\s+is|\s+are|\s+were|\s+was)\s+the\s+(?:main\s+|key\s+|big\s+)?lessons?\b"
                          # "what did they decide about that going forward?"
                          r"|\bwhat\s+(?:did|do|does|has|have)\s+(?:they|the \w+|it|he|she)\s+(?:decide|agree|say should)\b|\bwhat was (?:decided|agreed)\b", re.I)
#: a sentence saying what should be done or is needed
_RECOMMENDS = re.compile(r"\b(?:should|must|need(?:s|ed)? to|the need for|recommend\w*|concluded|is essential|are essential|do not attempt|never|"
                         r"decisions? should|(?:was|were) agreed|it was decided|"
                         r"it is vital|important that|to ensure that)\b", re.I)
#: type evidence a sentence saying what should be done earns for such a question
RECOMMEND_BONUS = 0.4
#: share of the best unit's score a sentence of its section saying what should be done
#: needs to be quoted beside it for a "what should happen?" question
RECOMMEND_SUPPORT = 0.6
#: ``P(unsupported)`` at which the answer-support classifier corroborates the asked-thing
#: check (:func:`names_what_is_asked`: "what's the national average caseload?" answered by
#: passages naming no caseload). The refusals that check alone made on unseen suites were
#: all false (4 of 4, at P 0.02 to 0.59); on the read suites its 8 right refusals had P 0.63
#: to 0.84 (its one false refusal there, 0.69, stays): set below those, so none is lost.
THING_CORROBORATION = 0.6
#: type bonus for a sentence giving a cause, when the question asks why (:data:`_WHY_Q`)
REASON_BONUS = 0.4
#: type bonus for a sentence telling how a story ended, when the question asks
#: (:data:`_OUTCOME_Q`, :data:`_OUTCOME_TEXT`)
OUTCOME_BONUS = 0.8
#: a question asking how someone's story ended: "what was the outcome for her in the end?",
#: "what's he doing these days?", "what happened to the Hungarian guy once he got away?"
_OUTCOME_Q = re.compile(
    r"\bin the end\b|\b(?:the )?outcome (?:for|of) (?:him|her|them|the (?:child|girl|boy|man|woman|family|victim|survivor))\b"
    r"|\b(?:these days|nowadays|(?:is|are) (?:s?he|they) (?:doing|up to) now|doing now)\b|\bwhere (?:is|are) (?:s?he|they) now\b"
    r"|\bonce (?:s?he|they) (?:had )?(?:escaped|got away|got out|was rescued|were rescued|was freed|were freed)\b"
    r"|\bafter (?:s?he|they|[\w'’-]+(?: and [\w'’-]+)?) (?:had )?(?:escaped|got away|got out|was rescued|were rescued|was freed|were freed"
    r"|ran to the police|went to the police|was found|were found)\b"
    r"|\bhow did (?:s?he|they|[\w'’-]+(?: and [\w'’-]+)?) (?:get on|do|fare|cope)\b(?! (?:with|at|in the (?:exam|test|audit|inspection))\b)"
    r"|\bhow did (?:things|it|life) (?:turn out|end up|work out)\b|\b(?:turned|turn) out for (?:him|her|them)\b"
    r"|\bhow(?:'s|’s| is| are) (?:s?he|they) (?:getting on|doing)\b|\bwhat did (?:it|that|this) lead to\b", re.I)

#: what a story's ending says: "... now works part-time and has been reunited with her
#: daughter", "He was also given help to assist the police ...", "He is helping police ..."
_OUTCOME_TEXT = re.compile(
    r"\b(?:now|eventually|finally|in the end|reunited|recover(?:y|ed)|went on to|is (?:now )?helping)\b"
    r"|\b(?:was|were|has been|have been) (?:also |later |then |eventually )?(?:allowed|able|given|granted|moved|offered|helped|supported)\b", re.I)


#: what followed an event named in the question: "what happened after Serena escaped?",
#: "how did Fredek get on after he ran to the police?"
_AFTER_EVENT_Q = re.compile(
    r"\b(?:what (?:has |had )?happened|what did (?:s?he|they|[\w'’-]+) do|how did (?:s?he|they|[\w'’-]+(?: and [\w'’-]+)?) (?:get on|do|fare|cope)"
    r"|what came|what was done)\s+(?:next\s+|then\s+)?(?:after|once|following)\s+(?P<event>[^?]{3,90})", re.I)


def with_what_followed(question: str, units: Sequence[Unit], groups: list[list[int]]) -> list[list[int]]:
    """``groups`` with the lead sentence followed by the next two sentences of its
    paragraph when the question asks what came after an event (:data:`_AFTER_EVENT_Q`) and
    the lead sentence is that event itself: "what happened after Serena escaped?" led by
    "After a number of years, she eventually found the courage and opportunity to escape."
    goes on to "She found help through the National Referral Mechanism ..." (or, when the
    event closes its paragraph, the next paragraph's first sentence or item). Unchanged
    otherwise (no such question, a list or table lead, or no later sentence)."""
    m = _AFTER_EVENT_Q.search(question)
    if not m or not groups or len(groups[0]) != 1:
        return groups
    i = groups[0][0]
    u = units[i]
    event = set(analyze(m.group("event"))) - GENERIC_STEMS
    if u.kind != "paragraph" or not event or len(event & set(analyze(u.text))) < max(1, (len(event) + 1) // 2):
        return groups
    later = [j for j in range(i + 1, min(i + 3, len(units)))
             if units[j].passage == u.passage and units[j].line == u.line and units[j].kind == "paragraph"]
    if not later:
        # (the event closing its paragraph: the next paragraph's first sentence)
        later = [j for j in range(i + 1, min(i + 2, len(units)))
                 if units[j].passage == u.passage and units[j].line > u.line and units[j].kind in ("paragraph", "list_item")]
    if not later:
        return groups
    return [[i, *later], *[g for g in groups[1:] if not set(g) & set(later)]]


def asks_outcome(question: str) -> bool:
    """Whether ``question`` asks how someone's story ended (:data:`_OUTCOME_Q`: "what was
    the outcome for her in the end?", "how's he getting on these days?")."""
    return _OUTCOME_Q.search(question) is not None


#: whether something worked, asked: "has the GPS tagging actually worked in Harrow?", "is
#: the SWIS project working?" (not working with someone: "is the team working with schools?";
#: nor how it works: "how does the s11 audit work?")
_WORKED_FORM = r"(?<!how )(?<!how come )(?:has|have|did|does|is|are)\s+(?:the\s+|this\s+|that\s+|it\s+)?(?:[\w'’-]+\s+){0,10}?(?:actually\s+|really\s+)?work(?:ed|ing)?(?!\s+(?:with|for|on|in\s+(?:a|the|schools?)|at|as|together|alongside)\b)"
#: a question asking whether something got better or was acted on: "has any of that
#: actually got better?", "did anyone fix that?", "has anything been done about that
#: since?", "what difference did it make?", "any progress?"
_IMPROVED_Q = re.compile(
    r"\b(?:has|have|did|does|do|is|are|was|were)\s+(?:any(?:thing|one|body| of (?:that|this|it|those|these))|it|that|this|things|someone|somebody|they|we)"
    r"\s+(?:(?:actually|really|since|now|ever|yet|then|even)\s+)?(?:got(?:ten)? better|get better|improv\w*|(?:been )?(?:fix|sort|address|tackl|resolv)\w*|work(?:ed|ing)?\b(?!\s+(?:with|for|on|in|at)\b)"
    r"|been done|done (?:anything|something)|change[ds]?\b(?!\s+(?:to|from|in)\b)|ma(?:de|ke) (?:a|any) difference|help(?:ed)?\s*\??$)"
    r"|\bupshot\b|\bwhat came of\b|\b(?:do|doing|done)\s+(?:things\s+)?differently\b|\bwhat (?:difference|improvements?)\b|\bany (?:progress|improvement|difference)\b|\bma(?:de|ke|king) (?:a |any |much )?(?:real )?difference\b|\b(?:done|happened) about (?:it|that|this|those|these)\b"
    r"|\bwhat(?:'s|’s| has| have)? (?:been done|happened|changed) (?:since|about|as a result)\b|\b" + _WORKED_FORM, re.I)
#: a sentence saying what got better or was done: "Good progress has been evidenced on
#: waiting times ...", "This was helpfully addressed by the BCU", "schools are now being
#: encouraged to use more precise descriptions", "... has had a positive impact"
_IMPROVED_TEXT = re.compile(
    r"\b(?:progress|improv\w*|addressed|resolved|put in place|now being|positive impact|made a difference"
    r"|(?:has|have|had) been (?:introduced|implemented|established|adopted|set up|agreed|extended)|successful(?:ly)?|reduc\w*"
    # (what others took from a check: "The MPS have now adopted Harrow's procedures ...")
    r"|(?:has|have|had) (?:now |since )?adopted"
    # (or a sign it is kept going: "early indications are positive – to the point that the
    # project has received funding for an extension")
    r"|indications are (?:positive|good|encouraging)|funding for an extension|(?:has|have) been (?:re-?)?funded"
    r"|(?:good|positive|significant|real) (?:impact|difference|results?|outcomes?)|made (?:a |good )?(?:impact|difference)|worked well|very positive|benefit(?:ed|ted))\b"
    # (or that it is too soon to say: "next year we will be able to report on whether victims
    # and families benefited from this innovation") (sixty-second session)
    r"|\bwill be able to report\b|\b(?:final )?evaluation will be reported\b"
    # (or an action planned: "- To revise the social workers' report template to promote
    # reports that use more accessible language ...")
    r"|^\W*To (?!be\b)[a-z]+\b", re.I)
#: type bonus for a sentence saying what got better or was done, when asked (:data:`_IMPROVED_Q`)
IMPROVED_BONUS = 0.8
#: ... given only in the passages retrieved first (ranks 0-2): a sentence saying something
#: worked well elsewhere ("Overall telephone reviews ... have worked well") is no answer to
#: "did anyone fix that?" about police notifications to schools
IMPROVED_RANKS = 3
#: a purpose asked for (a pattern for :data:`_WHY_Q` and :data:`_REASON_Q`): "what's the
#: point of the Practice Panel?", "what is ECPAT UK for?"
_PURPOSE_ASKED = r"\b(?:the )?point of\b|\bpurpose of\b|\bwhat(?:'s|’s|s| is| are| was| were)\s[^?]{1,60}?\bfor\s*(?:\?|$)"
#: a question asking why: "why did ...?", "what's the reason given?", "what caused ...?",
#: or what for: "what's the point of ...?"
_WHY_Q = re.compile(r"\bwhy\b|\breasons?\s+(?:given|for|why|behind)\b|\bwhat(?:'s|’s| is| was| were| are)?\s+(?:the\s+)?(?:reasons?|causes?|explanation)\b"
                    r"|\bwhat (?:caused|led to|explains|drove|is behind|was behind)\b|\bhow come\b"
                    # "what do they put the drop down to?"
                    r"|\bput (?:that|this|it|the (?:[\w-]+ ){0,2}?(?:drop|fall|rise|increase|decrease|decline|change|dip|spike|jump|surge)) down to\b"
                    # "what's prompted the partnership to ...?", "what made them ...?"
                    r"|\bwhat(?:'s|’s| has| had)?\s+prompted\b"
                    # ("what made them choose ...?", not "what made it harder for victims ...?",
                    # which asks what the barriers were)
                    r"|\bwhat made (?:them|us|him|her|harrow|the (?:partnership|board|hscb|hsp|council|review))\s+"
                    r"(?:choose|chose|decide|pick|start|go|want|look|set up|commission|focus|change)\b"
                    # "whats his reasoning?", "what was the rationale?"
                    r"|\b(?:reasoning|rationale|justification)\b"
                    # "what did the review put that down to?"
                    r"|\bwhat (?:did|do|does|have|has) [^?]{1,40}?\b(?:put|puts|putting) (?:it|that|this|them|those|these)? ?down to\b"
                    r"|\bwhat (?:was|were|is|are) (?:it|that|this|they) (?:put down|attributed|due) to\b"
                    # or a purpose: "what's the point of the Practice Panel?", "what is ECPAT UK for?"
                    r"|" + _PURPOSE_ASKED, re.I)
#: a sentence giving a cause or a purpose
_CAUSAL = re.compile(r"\b(?:because|due to|as a result of|thought to be (?:related|due|linked|down)|related to|put down to|attributed to|caused by|"
                     # ("The spike repeated itself in September and this was associated with
                     # children returning to school")
                     r"(?:was|were|is|are|been)\s+associated\s+with|"
                     r"explained by|linked to|owing to|driven by|the reason|reflects?|resulting from|in response to"
                     # (or a purpose: "... to provide challenge to prevent drift", "so that ...")
                     r"|in order to|so that|so as to|to prevent|to ensure|aims? to|the aim of|the purpose of|designed to"
                     # ("... fear law enforcers for many reasons, such as not knowing who to trust")
                     r"|for (?:many|several|various|a number of|a range of|different) reasons"
                     # ("Contextual Safeguarding was chosen for this year's Conference as it remains ...")
                     r"|(?:was|were|is|are|been) (?:chosen|selected|picked|prioritised|prioritized)\b[^.]{0,80}?\bas (?:it|they|this|these)"
                     # (the pandemic as what acted: "Covid-19 delayed early progress as partners adjusted ...")
                     r"|(?:covid(?:-19)?|the pandemic|(?:the )?lockdowns?)\s+(?:\w+\s+){0,2}?(?:delayed|disrupted|slowed|prevented|meant|"
                     r"led|caused|reduced|increased|affected|impacted|stopped|halted|limited))\b", re.I)
#: a sentence naming the reasons or the cause of something (sixty-second session)
_REASONS_GIVEN = re.compile(r"\bthe reasons?\s+(?:for|why|behind|include|given)\b|\bthe causes?\s+(?:for|of|behind)\b", re.I)
#: a question whose ask is why: "why do they run off?", "that seems high, why the rise?",
#: "what are the reasons ...?"
_WHY_FIRST = re.compile(r"\W*(?:(?:and|but|so|ok|wow)\W+)?(?:(?:[\w'’-]+\W+){0,4}?(?:why|how\s+come)\b|what(?:['’]s|\s+are|\s+were|\s+is|\s+was)\s+the\s+(?:main\s+)?(?:reasons?|causes?)\b)", re.I)
#: a question asking why something is a problem or matters: "why is that a problem for
#: the partnership?", "why does it matter?"
_WHY_PROBLEM_Q = re.compile(r"\bwhy\s+(?:is|was|are|were|does|did|do)\s+(?:[\w'’-]+\s+){1,4}?(?:an?\s+)?(?:problem|issue|concern|worry|"
                            r"important|significant|matters?)\b|\bwhy\s+(?:does|did|do)\s+(?:[\w'’-]+\s+){1,3}?matter\b", re.I)
#: a question asking why something is not done: "why aren't we keeping it all online?"
_WHY_NOT_Q = re.compile(r"\bwhy\s+(?:aren['’]?t|isn['’]?t|don['’]?t|doesn['’]?t|not|wouldn['’]?t|can['’]?t|shouldn['’]?t|won['’]?t|"
                        r"(?:are|is|do|does|would|can|should|will)\s+(?:we|they|you|it|he|she|people|staff)\s+not)\b", re.I)
#: a sentence giving the other side (for :data:`_WHY_NOT_Q`): "At the same time, we have
#: recognised the impact of ...", "However, ..."
_CONTRAST = re.compile(r"\b(?:however|at the same time|on the other hand|although|whilst|drawbacks?|downsides?|limitations?|"
                       r"we have (?:also )?recognised|the impact of (?:\w+\s+){0,3}not)\b", re.I)
#: a sentence giving what something led to (for :data:`_WHY_PROBLEM_Q`): "This undermined
#: our ability to understand ...", "which meant that ..."
_CONSEQUENCE = re.compile(r"\b(?:undermin\w+|hamper\w*|hinder\w*|(?:this|which|that) meant|this means|made it (?:hard|harder|difficult)|"
                          r"left (?:us|them|staff|practitioners) unable|prevent(?:s|ed)? (?:us|them|staff|practitioners))\b", re.I)
#: type evidence an opening-hours sentence earns for such a question
HOURS_BONUS = 0.6
#: a time of day: "6am", "10 pm", "17:30", "midnight"
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)\b|\b\d{1,2}:\d{2}\b|\b(?:midnight|midday|noon)\b", re.I)
#: a line giving opening hours joins an answer to an hours question that has none, when at
#: least this share of the best unit's score
HOURS_SUPPORT = 0.6
#: superlatives by direction: a question asking for the most of something ("when did CAMHS
#: see their highest ever number of referrals?", "biggest ever rush") is answered by the
#: sentence naming a maximum ("In September 2020 there was the highest number of referrals
#: ever seen"), not one about the same service's demand in general
_SUPERLATIVES = {"max": re.compile(r"\b(?:highest|biggest|largest|greatest|most|peak(?:ed)?|record|busiest|top)\b", re.I),
                 "min": re.compile(r"\b(?:lowest|smallest|fewest|least|quietest)\b", re.I)}
#: words typed in capitals for emphasis, not acronyms ("need it ASAP"); a function word
#: in capitals ("NOT", "ONLY", "ALL") has no stems and is skipped as well
_SHOUTED = frozenset({"ASAP", "PLS", "PLZ", "URGENT", "URGENTLY", "THANKS", "THX", "NEVER", "EVER", "REALLY", "ACTUALLY", "EXACTLY",
                      "YES", "FYI", "BTW", "IMO", "TBH", "TBC", "IMPORTANT", "QUICK"})
#: a table row's figure cell: "36.1%", "1,746", "-20,000"
_CELL_FIGURE = re.compile(r"\s*[-–£]?\s*(\d[\d,]*(?:\.\d+)?)\s*(%?)\s*")


def _income_row(units: Sequence["Unit"], i: int) -> bool:
    """Whether table row ``units[i]`` is one a later total row of its passage labelled as
    income sums ("Harrow Council including Business Support | -162,417" above "Total
    Income | -192,457"), not a line of spending."""
    for u in units[i + 1:]:
        if u.passage != units[i].passage or u.kind != "table_row":
            break
        if TOTAL_ROW.search(row_label(u)):
            return re.search(r"\bincome\b", row_label(u), re.I) is not None
    return False


#: a row that sums the others: "Total | 83 |", "Delivery Costs Total: | 28,427"
_TOTAL_LABEL = re.compile(r"\s*(?:grand\s+)?(?:all|overall|sum)\b|.*\b(?:total|subtotal|sub-total)\b", re.I)


def table_keys(passages: Sequence[Passage]) -> dict[int, tuple[str, str, str, str]]:
    """Passage index -> the identity of the table it holds: (source, section path, header
    row, page-free chunk id stem). A table split over several chunks ("HSCB Budget &
    Expenditure 2020-21 | Outturn" heads both of its two chunks in the annual report) gets
    one key, so its rows are ranked together. Passages without a header row are left out."""
    keys: dict[int, tuple[str, str, str, str]] = {}
    for pi, p in enumerate(passages):
        c = p.chunk
        head = next((line for line, kind in zip(c.text.split("\n"), c.line_kinds) if kind == "table_header"), None)
        if head is not None:
            keys[pi] = (c.source, c.section, head, c.id.rsplit("#", 1)[0])
    return keys


#: who is on a board or group: "who sits on the HSSP?", "who are the members of the
#: HSCB?", "what's the membership of the board?" (asked, not a relative clause: "the
#: designated nurse who sits on the HSCB")
_MEMBERSHIP_Q = re.compile(r"(?:^\s*|[-–—:?.]\s+|\band\s+|\bso\s+)who\s+(?:actually\s+|else\s+)?(?:sits?|sat|serves?|served|is|are)\s+on\s+(?P<b1>(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,3})"
                        r"|\b(?:members|membership)\s+(?:of|on)\s+(?P<b2>(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,3})"
                        r"|\b(?P<b3>(?-i:[A-Z]{3,6}))(?:['’]s)?\s+(?:members|membership)\b"
                        # (by agency or sector: "which health organisations have a seat on the
                        # HSCB?", "who from health sits on the board?", "who represents schools
                        # on the board?", "is the voluntary sector represented on the board?")
                        r"|\b(?:which|what)\s+(?:[\w&'’-]+\s+){0,2}?(?:agencies|organi[sz]ations|orgs|partners|bodies|services|members|reps|representatives)\s+"
                        r"(?:actually\s+)?(?:sit|sat|serve|served|are|were|have|had|get|got)\s+(?:(?:a\s+)?seats?\s+|places?\s+|represented\s+)?(?:on|at)\s+"
                        r"(?P<b4>(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,3})"
                        r"|\bwho\s+(?:from|in|for)\s+(?:the\s+)?(?:[\w&'’-]+\s+){1,2}?(?:sits?|sat|serves?|is|are|was|were)\s+on\s+(?P<b5>(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,3})"
                        r"|\bwho\s+represents?\s+(?:the\s+)?(?:[\w&'’-]+\s+){1,3}?(?:on|at)\s+(?P<b6>(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,3})"
                        r"|\b(?:is|are|was|were)\s+(?:the\s+)?(?:[\w&'’-]+\s+){1,3}?represented\s+(?:on|at)\s+(?P<b7>(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,3})"
                        r"|\bwho\s+(?:attended|came to|comes to|attends|sat on|sits on|is on|was on|went to)\s+(?P<b9>(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,2}?)\s+from\s+"
                        r"(?=(?:the\s+)?[\w&'’-]+\s*\??\s*$)"
                        r"|^\s*(?:and\s+)?(?:is|are|was|were)\s+(?:the\s+)?(?:[\w&'’-]+\s+){1,3}?(?:on|part of|a member of|members of|sitting on)\s+"
                        r"(?P<b8>(?:the\s+)?[\w&'’-]+(?:\s+[\w&'’-]+){0,2})\s*\??\s*$", re.I)


def members_asked(question: str) -> str:
    """The board or group whose members a question asks for ("who sits on the HSSP?" ->
    ``"HSSP"``), as typed; ``""`` when it asks no such thing."""
    m = _MEMBERSHIP_Q.search(question)
    if not m or attendance_filter(question) is not None:
        # (members asked by their attendance are a filter of the table, not all of it:
        # "which HSCB members never attended?")
        return ""
    body = next(g for g in m.groups() if g)
    return re.sub(r"^the\s+", "", re.split(r"\s*[(?,;.]|\s+(?:and|in|for|this|last|during|now|these)\b", body.strip(), maxsplit=1)[0], flags=re.I)


def membership_tables(question: str, passages: Sequence[Passage]) -> list[int]:
    """Indexes of the passages holding the membership table of the body
    :func:`members_asked` names: a table under a heading saying "membership" that names
    the body (its acronym, or every particular word of its name), all parts of it; ``[]``
    when none does."""
    return [pi for pi, p in enumerate(passages) if is_membership_table(p.chunk) and membership_of_body(question, last_section(p.chunk.section))]


#: a question asking what the documents say about an agency, service or role: "what does
#: the report say about probation?", "anything in here for housing?", "what's in the
#: report about the designated nurse?" (``x`` is the agency as typed)
_MENTIONS_Q = re.compile(
    # (said by the documents, not another source: "what did the ofsted inspection in 2019
    # say about the mash?" is not asked of them)
    r"(?:\bwhat(?:['’]s|\s+(?:does|did|do|is|has|have))?\s+(?:(?:the|this|our|your|harrow['’]?s?)\s+)?"
    r"(?:(?:[\w'’-]+\s+){0,3}?(?:report|sheet|guidance|documents?|site|website|page|pages|material|learning|review|briefing)\s+|(?:it|they|you)\s+)?"
    r"\b(?:say|says|said|mention|mentions|mentioned|got|ask|asks|asked|expect|expects|want|wants|"
    r"in\s+(?:here|there|it|the\s+(?:annual\s+)?report|the\s+(?:learning\s+)?sheet|the\s+guidance))"
    r"|\banything\b(?:[^?]{0,40}?\b(?:say|says|said|mention\w*|in\s+(?:here|there|it|the\s+(?:annual\s+)?report|the\s+(?:learning\s+)?sheet|the\s+guidance)))?)"
    r"\s+(?:at\s+all\s+)?(?:about|for|on|of|regarding|re)\s+(?P<x>" + agency_words() + r")"
    # (or their part: "what does the Child M sheet say about the police's role?")
    r"(?:['’]s?\s+(?:role|roles|part|duty|duties|job|responsibilit\w*))?"
    r"\s*(?:\?|$|[,.;:!]|\s[-–—]\s|\s+(?:then|pls|please|at all|specifically|in (?:the|this) (?:annual )?report)\b)", re.I)


def agencies_named(question: str, body: str = "") -> list[str]:
    """The agencies, services and roles ``question`` names (:func:`assistant.answer.roles.agency_words`),
    as typed, outside ``body`` (the board or group asked about): "how many HSSP meetings
    did Cafcass attend?" -> ``["Cafcass"]``."""
    text = question.replace(body, " ") if body else question
    return [m.group(0) for m in re.finditer(rf"\b(?:{agency_words()})\b", text, re.I)]


def row_is_of(label: str, agencies: Sequence[str], question: str, glossary: Glossary) -> bool:
    """Whether a membership row's ``label`` is one of ``agencies`` (:func:`agencies_named`):
    named as the documents name it (:func:`mention_pattern`: "the Met Police" is
    "Metropolitan Police Service"), by the agency's words in any order ("secondary school"
    is "Schools - Secondary"), or by words the question uses ("Schools - Primary" for "the
    primary and secondary school reps")."""
    if any(mention_pattern(a, glossary).search(label) for a in agencies):
        return True
    own = set(analyze(label)) - GENERIC_STEMS
    if not own:
        return False
    if any((words := set(analyze(re.sub(r"^the\s+", "", a, flags=re.I))) - GENERIC_STEMS) and words <= own for a in agencies):
        return True
    return own <= set(analyze(question))


def mentions_asked(question: str) -> str:
    """The agency, service or role a question asks what the documents say about ("what
    does the report say about probation?" -> ``"probation"``), as typed; ``""`` when it
    asks no such thing."""
    m = _MENTIONS_Q.search(question)
    return m.group("x").strip() if m else ""


#: the document a question about an agency names: "in the annual report", "the Child M
#: sheet", "the modern slavery guidance / site / pages"
_DOCUMENT_SCOPE = re.compile(r"\b(?:the|this|our|annual)\s+(?:[\w-]+\s+){0,2}?((?:learning\s+)?sheet|report|guidance|web\s?site|site|pages?)\b", re.I)


def document_scope(question: str) -> str:
    """The kind of document a question names: ``"learning sheet"``, ``"annual report"``,
    ``"web guidance"`` (the modern-slavery pages: "the guidance", "the site"), or ``""``."""
    m = _DOCUMENT_SCOPE.search(question)
    if not m:
        return ""
    word = m.group(1).lower()
    return "learning sheet" if "sheet" in word else "annual report" if word == "report" else "web guidance"


def in_document_scope(chunk: Chunk, scope: str) -> bool:
    """Whether ``chunk`` is of the kind :func:`document_scope` gives (its manifest
    ``doc_type``; a web page with none is "web guidance")."""
    doc_type = str(chunk.metadata.get("doc_type", "") or "").lower()
    return scope in doc_type if scope != "web guidance" else (not doc_type and chunk.source.lower().endswith((".html", ".htm")))


#: a question asking what is asked or expected of an agency: "what does the sheet ask of
#: schools?", "what's the police's role?", "what should housing do?"
_ASKED_OF_Q = re.compile(r"\b(?:ask|asks|asked|expect\w*|want|wants|should|recommend\w*|needs?\s+to|role|part|duty|duties|responsibilit\w*)\b", re.I)
#: a sentence that asks something of someone: "All future 'Attendance Panels' to include ...",
#: "schools should ...", "we recommend ..."
_ASKING = re.compile(r"\b(?:should|must|shall|to\s+(?:include|ensure|consider|review|make|be)|needs?\s+to|recommend\w*|all\s+future|will\s+(?:need|be\s+expected))\b", re.I)
#: a word a short agency name shares with everyday verbs ("the Met" is not "we met")
_AMBIGUOUS_AGENCY = frozenset({"met"})


def mention_pattern(agency: str, glossary: Glossary) -> re.Pattern[str]:
    """How a passage mentions ``agency`` (as :func:`mentions_asked` gives it): the
    lexicon's pattern for a role (:mod:`assistant.answer.roles`: "dentists" is mentioned
    by "dental"); otherwise the name itself, plural or not, with the glossary's acronym
    and expansion ("CCG" / "Clinical Commissioning Group") and the document terms it
    stands for ("the Met" -> "Metropolitan Police", "MPS"). Case-insensitive."""
    core = re.sub(r"^the\s+", "", agency.strip(), flags=re.I)
    for role in load_roles():
        if role.asked.fullmatch(core):
            return role.said
    names = {core} if core.lower() not in _AMBIGUOUS_AGENCY else set()
    if re.search(r"[^s]s$", core, re.I) and len(core) > 3:
        names.add(core[:-1])  # ("schools" is mentioned by "school attendance")
    for term in glossary.find_terms(core):
        names |= {term.acronym, term.expansion}
    for _, targets in glossary.matched_synonyms(agency):
        names |= set(targets)
    alternatives = sorted((re.escape(n).replace(r"\ ", r"\s+") + r"(?:s|es)?" for n in names if n), key=len, reverse=True)
    # ("the council" is the borough's, not the Greater London Council)
    alternatives = [r"(?<!London\s)" + a if a.lower().startswith("council") else a for a in alternatives]
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.I) if alternatives else re.compile(r"(?!x)x")


def is_membership_table(chunk) -> bool:
    """Whether ``chunk`` (a :class:`~ingest.models.Chunk`) holds rows of a membership
    table: table rows under a section whose own heading says "membership" ("HSSP
    MEMBERSHIP & ATTENDANCE 2020-21")."""
    return "table_row" in chunk.line_kinds and re.search(r"\bmembership\b", last_section(chunk.section), re.I) is not None


#: who wrote or signed a part of a document: "who wrote the foreword?", "who signed off
#: the introduction?"
_WHO_WROTE_Q = re.compile(r"\bwho\s+(?:actually\s+)?(?:wrote|writes|signed|signs|authored|penned|put their name to|signed off)\s+(?:the\s+|this\s+|that\s+)?"
                          r"(?P<part>foreword|introduction|intro|preface|conclusion|summary|evaluation|statement|letter|message)\b"
                          r"|\bwho(?:['’]s| is| was)\s+the\s+(?:foreword|introduction|intro|preface)\s+(?:by|from)\b", re.I)


def part_written_asked(question: str) -> str:
    """The part of a document whose writer a question asks for ("who wrote the foreword?"
    -> ``"foreword"``); ``""`` when it asks no such thing."""
    m = _WHO_WROTE_Q.search(question)
    if not m:
        return ""
    part = (m.group("part") or re.search(r"foreword|introduction|intro|preface", m.group(0), re.I).group(0)).lower()
    return "introduction" if part == "intro" else part


#: a sign-off line ending a section: a name, a body or a post, short and unpunctuated
#: ("Harrow Safeguarding Partnership", "Chris Miller")
_SIGN_OFF = re.compile(r"[A-Z][\w'’&.-]*(?:\s+(?:of\s+|and\s+|&\s+|the\s+)?[A-Z][\w'’&.-]*){1,6}")


def signed_off(question: str, passages: Sequence[Passage], units: list[Unit]) -> int | None:
    """For "who wrote the foreword?" (:func:`part_written_asked`), the index of the unit
    signing off the section so headed: its last unit, when that is a short line of
    capitalised words ("Harrow Safeguarding Partnership"); ``None`` otherwise."""
    part = part_written_asked(question)
    if not part:
        return None
    for pi, p in enumerate(passages):
        if not re.search(rf"\b{part}\b", last_section(p.chunk.section), re.I):
            continue
        mine = [i for i, u in enumerate(units) if u.passage == pi]
        if mine and _SIGN_OFF.fullmatch(units[mine[-1]].text.strip()):
            return mine[-1]
    return None


def membership_of_body(question: str, heading: str) -> bool | None:
    """Whether a membership table's ``heading`` names the body whose members the question
    asks for (:func:`members_asked`): its acronym ("HSCB MEMBERSHIP AND ATTENDANCE") or
    every particular word of its name; ``None`` when the question names no particular
    body ("who sits on the board?") or asks no such thing."""
    return heading_names_body(members_asked(question), question, heading)


def heading_names_body(body: str, question: str, heading: str) -> bool | None:
    """Whether ``heading`` names ``body`` as a question typed it ("HSCB", "the board",
    "Harrow Safeguarding Children Board"): its acronym (the glossary's ``bodies:`` and
    acronyms resolve everyday and full names) or every particular word of its name;
    ``None`` when ``body`` names no particular body ("" or "the board" without a glossary
    body so called)."""
    g = load_glossary()
    called = next((acr for acr, names in g.bodies.items()
                   if (body.lower() in names or any(t_.acronym == acr for t_ in g.find_terms(body))
                       or any(re.search(rf"\b{re.escape(n)}$", body.lower()) for n in names))
                   and not any(re.search(rf"\b{re.escape(u)}\b", question, re.I) for u in g.bodies_unless.get(acr, []))), None)
    body = called or body  # ("who sits on the board?": the glossary's body called so, the HSCB)
    want = set(analyze(body)) - GENERIC_STEMS - set(analyze("board group partnership members membership the our"))
    acr = body.upper() if re.fullmatch(r"[A-Za-z]{3,6}", body) and (body.isupper() or body.upper() in g.terms or body.upper() in g.bodies) else ""
    if not body or not (acr or want):
        return None
    return bool(re.search(rf"\b{acr}\b", heading)) if acr else want <= set(analyze(heading))


def _chunk_order(passage: Passage) -> int:
    """A chunk's position in its document, from its id ("report.pdf#137" -> 137); 0 when
    the id carries none."""
    tail = passage.chunk.id.rsplit("#", 1)[-1]
    return int(tail) if tail.isdigit() else 0


#: a question about spending: "which was the biggest expense?", "what cost the most?"
_SPEND_Q = re.compile(r"\b(?:spen[dt]\w*|expen\w*|costs?|costly|outgoings?|paid out)\b", re.I)
#: the stems of the words of spending themselves: they name no one block of a budget's
#: expenditure ("what was the biggest cost?" is not "which delivery cost was the largest?")
_SPEND_STEMS = frozenset(analyze("cost costly spend spent expense expenditure expensive outgoings"))


def _extreme_rows(units: Sequence["Unit"], lowest: bool, share: bool, paid_in: bool = False,
                  passages: Sequence[Passage] | None = None, asked: frozenset[str] = frozenset(),
                  spend: bool = False, n: int = 1) -> set[int]:
    """Indices into ``units`` of the table rows holding the largest (``lowest``: the
    smallest) figure of their table, one per table with a header row and three rows or
    more. With ``passages``, the parts of one table split over several chunks
    (:func:`table_keys`) are ranked as one table, in document order. The column is the
    first whose cells are percentages when ``share`` (the question asks for a %, share or
    rate), else the first with figures. A total or subtotal row takes no part. When the
    label of exactly one subtotal carries one of the question's stems ``asked`` ("which
    delivery cost was the largest?": "Delivery Costs Total:"), only that subtotal's block
    of rows is ranked. With ``paid_in`` (who paid the most in) only a budget's income rows
    (:func:`_income_row`) take part; with ``spend`` (the biggest expense) none of them do.
    A tie names no row. With ``n`` above 1 ("top 4 spending lines"), the ``n`` rows of
    largest (smallest) figure of each table, ties broken by document order
    (:func:`ranked_rows` gives their order)."""
    return set(ranked_rows(units, lowest, share, paid_in, passages, asked, spend, n))


def ranked_rows(units: Sequence["Unit"], lowest: bool, share: bool, paid_in: bool = False,
                passages: Sequence[Passage] | None = None, asked: frozenset[str] = frozenset(),
                spend: bool = False, n: int = 1, skip: frozenset[int] = frozenset()) -> list[int]:
    """The rows :func:`_extreme_rows` picks, largest figure first (smallest with
    ``lowest``). Rows in ``skip`` (indices into ``units``: what the question sets aside,
    "apart from Black or Black British, which group had the most ...?") take no part."""
    headed = {u.passage for u in units if u.kind == "table_header"}
    keys = table_keys(passages) if passages is not None else {}
    by_table: dict[object, list[int]] = {}
    # (only a table with a header row: its rows measure one thing, where rows without
    # one, "Harrow at a Glance", each measure their own, and no row is "the most")
    for i, u in enumerate(units):
        if u.passage in headed and u.kind == "table_row":
            by_table.setdefault(keys.get(u.passage, u.passage), []).append(i)
    out: list[int] = []
    for members in by_table.values():
        if passages is not None:
            members.sort(key=lambda i: (_chunk_order(passages[units[i].passage]), units[i].index))
        if asked:
            blocks: list[list[int]] = [[]]
            for i in members:
                blocks[-1].append(i)
                if _TOTAL_LABEL.match(row_label(units[i])):
                    blocks.append([])
            named = [b for b in blocks if b and _TOTAL_LABEL.match(row_label(units[b[-1]]))
                     and set(analyze(row_label(units[b[-1]]))) & asked]
            if len(named) == 1 and len(blocks) > 2:
                members = named[0]
        rows = [(i, [c.strip() for c in units[i].text.split("|")][1:]) for i in members
                if not _TOTAL_LABEL.match(row_label(units[i]).strip()) and i not in skip
                and (not (paid_in or spend) or _income_row(units, i) == paid_in)]
        if len(rows) < 3:
            continue
        width = max(len(c) for _, c in rows)
        for want_pct in ((True, False) if share else (False,)):
            col = next((j for j in range(width)
                        if sum(1 for _, c in rows if j < len(c) and (m := _CELL_FIGURE.fullmatch(c[j])) and bool(m.group(2)) == want_pct) >= 3), None)
            if col is not None:
                break
        if col is None:
            continue
        vals = [(float(m.group(1).replace(",", "")), i) for i, c in rows if col < len(c) and (m := _CELL_FIGURE.fullmatch(c[col]))]
        if n > 1:
            if len(vals) > n:
                out.extend(i for _, i in sorted(vals, key=lambda vi: vi[0] if lowest else -vi[0])[:n])
            continue
        best = (min if lowest else max)(v for v, _ in vals)
        hits = [i for v, i in vals if v == best]
        if len(hits) == 1:  # (a tie names no one row)
            out.extend(hits)
    return out


def asks_extreme(question: str) -> bool:
    """Whether ``question`` asks which thing holds the most or the least: "which delivery
    cost was the largest?", "who paid the most into the budget?", "fewest meetings"
    (:data:`_SUPERLATIVES`; "most" only as a ranking word, :data:`_RANKING_MOST`)."""
    plain = _RANKING_MOST.sub(lambda m: m.group(0) if m.group("verb") else " ", question)
    return any(p.search(plain) for p in _SUPERLATIVES.values()) and (
        re.search(r"\b(?:which|who|what)\b", question, re.I) is not None or _TERSE_SUPERLATIVE.match(plain) is not None)


#: a terse superlative with no question word: "biggest funder of the partnership",
#: "smallest contributor to the budget?", "the busiest month for referrals"
_TERSE_SUPERLATIVE = re.compile(r"^\W*(?:the\s+)?(?:highest|biggest|largest|greatest|busiest|top|lowest|smallest|fewest|quietest)\s+\w", re.I)


#: several numbers to ring asked for: "all the phone numbers for reporting slavery?",
#: "which numbers can I call?", "numbers to ring?"
_NUMBERS_LIST_Q = re.compile(r"\b(?:all|every|list|each)\b[^?]{0,25}?\b(?:phone |contact |tele(?:phone)? |helpline )?numbers?\b"
                             r"|\b(?:which|what) (?:phone |contact |telephone )?numbers\b|\b(?:phone|contact|telephone) numbers\b"
                             r"|\bnumbers (?:to|i can|we can|you can|people can) (?:call|ring|phone)\b", re.I)
#: type loss of a sentence about a subgroup for a question about a board's meetings
SUBGROUP_OFF = 0.6
#: type bonus for a unit naming the numbered level, stage or section asked ("Level 3"), and
#: the loss for one naming only another number of it ("Level 2")
NUMBERED_MATCH = 0.6
#: share of the best unit's score the strongest row of an attendance table must reach for
#: an attendance question ("who never missed a board meeting?") to be answered by the rows
#: of its table that the question's filter keeps
ATTEND_NEAR = 0.6
#: share of the best unit's score a unit giving another number must reach to be listed
NUMBERS_NEAR = 0.35
#: what a part of a table is made of: "breakdown of HSCB delivery costs", "what made up the
#: staffing costs?", "split of the staffing and consultancy costs"
_BLOCK_Q = re.compile(r"\b(?:breakdown|break(?:ing)? down|broken down|split|itemi[sz]e\w*|what (?:made|makes) up|made up of|consist(?:s|ed)? of|"
                      r"what (?:went|goes|is|was) in(?:to)?|what(?:'s| is| was| are| were) in|line by line|each line)\b", re.I)
#: share of the best unit's score the strongest of a ranking's rows must reach for the
#: ranking ("top 4 ...") to be the answer when a sentence is best
TOP_N_RATIO = 0.5
#: a list item led by a share or a figure, whatever follows: "- 15.9% 1 to 4 years"
_RANK_FIGURE = re.compile(r"[-•*\s]*(\d[\d,]*(?:\.\d+)?)\s?%?\s+\S")
#: a whole ranking asked for: "rank the age groups from largest to smallest", "in order of size"
_RANK_ALL_Q = re.compile(r"\b(?:rank|order|sort)\b[^?]{0,60}?\b(?:largest|biggest|highest|smallest|lowest) to (?:smallest|lowest|largest|biggest|highest)\b"
                         r"|\bin order of (?:size|magnitude)\b|\b(?:from )?(?:largest|biggest|highest) to (?:smallest|lowest)\b", re.I)
_COUNT_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "ten": 10}
#: a ranking of several asked: "top 4", "the three biggest", "largest 5", "top three"
_TOP_N_Q = re.compile(r"\btop\s+(?P<a>\d{1,2}|two|three|four|five|six|seven|eight|ten)\b"
                      r"|\b(?P<b>\d{1,2}|two|three|four|five|six|seven|eight|ten)\s+(?:biggest|largest|highest|greatest|main|lowest|smallest)\b"
                      r"|\b(?:biggest|largest|highest|greatest|lowest|smallest)\s+(?P<c>\d{1,2}|two|three|four|five|six|seven|eight|ten)\b"
                      # "which 3 ethnic groups had the most missing children?"
                      r"|\b(?:which|what)\s+(?P<d>\d{1,2}|two|three|four|five|six|seven|eight|ten)\s+(?:[\w-]+\s+){1,3}?(?:had|have|has|saw|got|made up|were|are)\s+the\s+(?:most|highest|biggest|largest|fewest|lowest|smallest)\b", re.I)


def top_n_asked(question: str) -> int:
    """How many of a ranking a question asks for: "top 4 with the amounts" -> 4, "the three
    biggest costs" -> 3; 1 when it names no number."""
    m = _TOP_N_Q.search(question)
    if not m:
        return 1
    word = (m.group("a") or m.group("b") or m.group("c") or m.group("d")).lower()
    n = int(word) if word.isdigit() else _COUNT_WORDS[word]
    return n if 1 < n <= 10 else 1


def asks_top_payer(question: str) -> bool:
    """Whether ``question`` asks who paid in the most or the least: "which partner paid
    the most into the budget?", "biggest funder of the partnership", "smallest contributor
    to the budget?" (:func:`asks_extreme` with words of paying in)."""
    return _CONTRIBUTORS_Q.search(question) is not None and asks_extreme(question)


#: a list item led by a figure: "- 35.4% Returned home to live with parents/relatives."
_LEAD_FIGURE = re.compile(r"[-•*\s]*(\d[\d,]*(?:\.\d+)?)\s?%?\s+[A-Za-z]")
#: type evidence a table row earns when its header counts out of as many meetings as the
#: question says ("of the 7 meetings" / "ATTENDANCE OUT OF 7 MEETINGS"), or loses when
#: it counts out of another number
OUT_OF_MATCH = 0.2
#: type evidence a table row earns (or loses) when its table's heading names (or names
#: only others than) a body the question names by acronym ("how many hscb meetings did
#: the ccg make?": the table under "HSCB MEMBERSHIP AND ATTENDANCE", not the one under
#: "HSSP MEMBERSHIP & ATTENDANCE")
HEADING_ACRONYM_MATCH = 0.2
#: "most" as a ranking word: after a verb of having, getting or giving ("which group
#: had the most ...", "which agency contributed the most money?"); elsewhere, and before
#: "common", "likely" and the like, it is no superlative ("what do most victims ...?")
_RANKING_MOST = re.compile(r"(?:\b(?P<verb>had|has|have|saw|sees|got|gets|made|makes|with|paid|pays|put in|contributed|contributes|gave|gives|"
                           r"chips in|chipped in|chip in|give|pay|put|puts|contribute|funds|funded|provides|provided|donates|donated|"
                           r"spend|spent|spends|cost|costs|received|receives|attended|attends|recorded|records|reported|reports) the )?"
                           r"\bmost\b(?!\s+(?:ever|common|frequent|usual|often|popular|likely|expensive|costly)\b)", re.I)
#: a change said outright: "a big increase", "rose", "(+12% in 12 months)"
_CHANGE_SAID = re.compile(r"\b(?:increas\w*|decreas\w*|ris(?:e|es|en|ing)|rose|f[ae]ll\w*|declin\w*|drop\w*|doubled|halved|grew|growth)\b|[+−]\s?\d", re.I)
#: a comparison offered both ways: "did attendance get better or get worse?", "more boys or
#: girls?", "up or down?"
_EITHER_WAY_Q = re.compile(r"\b(?:more|fewer|less|better|worse|higher|lower|bigger|smaller|up|improv\w*|wors\w*|increas\w*|ris\w*)\b[^?]{0,40}?\bor\s+"
                           r"(?:(?:get|got|go|went|did|was|were|it)\s+)?(?:more|fewer|less|better|worse|higher|lower|bigger|smaller|down|wors\w*|decreas\w*|f[ae]ll\w*|drop\w*)\b", re.I)
#: a place in a ranking asked for: "where does Harrow rank in London?", "what position are
#: we in?", "where do we come in the league table?"
_RANK_PLACE_Q = re.compile(r"\b(?:rank|ranked|ranks|ranking|position|placed|league table)\b|\bwhere\s+(?:do|does|did)\s+(?:we|harrow|it|they|[\w-]+)\s+(?:come|sit|stand|place|fall)\b", re.I)
#: a place in a ranking given: "the 12th highest", "third lowest", "ranked 5th"
_RANK_PLACE = re.compile(r"\b(?:\d{1,3}(?:st|nd|rd|th)|\d{1,3}<sup>(?:st|nd|rd|th)</sup>|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+"
                         r"(?:highest|lowest|largest|smallest|biggest|most|least|best|worst|fewest)\b|\branked\s+\d", re.I)
#: type evidence a sentence with the question's superlative earns
SUPERLATIVE_BONUS = 0.3
#: a question asking what was done: "what did they do when ...?", "what was done about
#: ...?", "how did CAMHS respond?"
_DONE_Q = re.compile(r"\bwhat (?:did|do|does|has|have|was|were|is|are) (?:[\w'’-]+\s+){0,3}?(?:do|did|done|doing)\b"
                     r"|\bhow did (?:[\w'’-]+\s+){0,3}?(?:respond|react|cope|manage|deal|adapt)\b", re.I)
#: a sentence saying what was done: "an emergency assessment hub was set up"
_ACTION_TAKEN = re.compile(r"\b(?:set up|introduced|established|launched|created|put in place|developed|commissioned|opened|"
                           r"implemented|adapted|moved|started|began|redeployed|increased|extended|recruited)\b", re.I)
#: a figure's source note, starred and no sentence: "** UK National Referral Mechanism
#: Statistics 2013"
_SOURCE_NOTE = re.compile(r"^\s*\*+\s*[^.!?*]{3,120}$")
#: a question about where a figure comes from
_SOURCE_Q = re.compile(r"\bsources?\b|\bstatistics\b|\bwhere\b[^?]*\b(?:from|come)\b|\breference\b|\bcit(?:e|ed|ation)\b"
                       r"|\bwhose\b|\bwho\b[^?]*\b(?:estimat\w*|count\w*|measur\w*|publish\w*|produc\w*|says?|said)\b|\bestimated? by\b", re.I)
#: type evidence a unit loses for naming what the question sets aside ("apart from the
#: helpline, ...", :data:`_EXCEPT_Q`)
SET_ASIDE_PENALTY = 0.3
#: how strong, as a share of the best unit's score, the table row holding the largest (or
#: smallest) figure must be to answer a "which ... the most" question instead: against a
#: unit naming an extreme itself, and against one naming none
TOP_ROW_RATIO = 0.8
TOP_ROW_RATIO_PLAIN = 0.65
#: a question asking which named body or scheme: "which adult board does the independent
#: chair also chair?", "what other borough board does chris miller sit on?", "which uni is
#: harrow working with?"
_WHICH_NAMED_Q = re.compile(r"\b(?:which|what)\s+(?:(?!(?:is|are|was|were|does|do|did|has|have|had|the|a|an|its|their|his|her|our|your)\b)[\w-]+\s+){0,2}?"
                            r"(?P<noun>board|partnership|organisation|organization|charity|team|service|university|uni|body|agency|"
                            r"panel|scheme|project|programme|approach|initiative|operation|trust|forum|network|hub|group)s?\b", re.I)
#: type evidence a sentence naming something in quotes or Title Case earns for a question
#: asking what something is called
CALLED_BONUS = 0.5


def _quoted_or_titled_name(text: str, q_words: set[str]) -> bool:
    """Whether ``text`` gives a name the question does not: a quoted phrase ('a “Think
    Whole Family” approach') or a run of two or more capitalised words after its first
    word ("the Integrated Early engagement Project")."""
    names = re.findall(r"[“\"‘']([A-Z][^”\"’']{2,60})[”\"’']", text)
    names += re.findall(r"(?:(?<=\S\s)|(?<=\())((?:[A-Z][a-z][\w’'-]*\s+){1,5}[A-Z][a-z][\w’'-]*)", text)
    return any(set(analyze(n)) - q_words for n in names)


#: type evidence a sentence naming an instance of the body asked for earns
WHICH_NAMED_BONUS = 0.5
#: ... and the share of the best unit's score the strongest such sentence needs to answer
WHICH_NAMED_RATIO = 0.6


#: nouns asking for any organisation: an acronym or an organisation's name answers them
_ANY_ORG_NOUNS = frozenset({"organisation", "charity", "body", "agency", "provider"})


def names_instance(noun: str, text: str, expansions: dict[str, str] | None = None) -> list[str]:
    """The particular ``noun``s ("board") ``text`` names: capitalised names ending in it
    ("Health and Wellbeing Board"), "University of Bedfordshire", and acronyms whose
    expansion (``expansions``: acronym -> words) ends in it ("HSAB": "Harrow Safeguarding
    Adults Board", returned expanded); for "organisation", "charity" and the like, any
    acronym of three letters or more ("NSPCC") and names such as "The Salvation Army"."""
    noun = {"uni": "university", "organization": "organisation"}.get(noun.lower(), noun.lower())
    cap = noun.capitalize()
    found = [m.group(0) for m in re.finditer(
        rf"\b(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for|the|&)\s+)?){{1,5}}{cap}s?\b|\b{cap}\s+of\s+(?:the\s+)?[A-Z]\w+", text)]
    # (an acronym, not a word of a heading in capitals: "FORCED LABOUR Victims are ...")
    for acr in re.findall(r"(?<![A-Z]\s)\b[A-Z][A-Z&]{1,7}\b(?!\s+[A-Z]{2})", text):
        exp = (expansions or {}).get(acr, "")
        if exp and re.search(rf"\b{noun}s?\s*$", exp.lower()):
            found.append(exp)
        elif noun in _ANY_ORG_NOUNS and len(acr) >= 3 and acr not in ("UK", "USA", "THE"):
            found.append(acr)  # "which organisation deals with ...?": "... handled by the NSPCC"
    if noun in _ANY_ORG_NOUNS:
        found += [m.group(0) for m in re.finditer(
            r"\b(?:[A-Z][\w'’&-]*\s+){1,4}(?:Society|Trust|Army|Charity|Foundation|Alliance|Centre|Network|Association|Institute)\b", text)]
    return found


#: a question asking which in a series something is: "is this the first annual report the
#: partners have put out?"
_ORDINAL_Q = re.compile(r"\b(?:is|was|are|were)\s+(?:this|it|that|these)\s+(?:the|their|our|its|his|her|(?:the\s+)?(?:[\w-]+\s+)?[\w-]+['’]s?)\s+"
                        r"(?:first|second|third|fourth|fifth|last|only|latest)\s+(?P<np>[a-z-]+(?:\s+(?!the\b|they\b|we\b|since\b|that\b)[a-z-]+)?)", re.I)


def series_noun(question: str) -> str:
    """A regex for the thing a "is this the first X?" question asks the place of in its
    series (for "annual report", words joined by any whitespace); ``""`` for other
    questions."""
    m = _ORDINAL_Q.search(question)
    if m:
        return re.escape(m.group("np")).replace(r"\ ", r"\s+")
    m = _ORDINAL_ONE_Q.search(question)
    return re.escape(m.group("np")).replace(r"\ ", r"\s+") if m else ""


#: ... with the thing named first: "is the 20/21 annual report the partnership's first one?"
#: (or with its period between, or the noun again: "is the harrow partnership annual report
#: for 20-21 their first one ...?", "is the 2020-21 report their first annual report ...?")
_ORDINAL_ONE_Q = re.compile(r"\b(?:is|was)\s+(?:the|this|that|their|our)\s+(?:[\w/-]+\s+){0,4}?(?P<np>annual report|report|conference|review|plan|strategy)\s+"
                            r"(?:(?:for|from|of|in)\s+[\w/-]+\s+)?(?:(?:the|their|our|its)\s+)?(?:[\w-]+['’]s?\s+)?(?:first|second|third|last|only|latest)\s+"
                            r"(?:one|ever|(?:[\w-]+\s+)?(?P=np))\b", re.I)


def places_in_series(noun_pattern: str, text: str) -> bool:
    """Whether ``text`` places the thing ``noun_pattern`` names in its series ("the second
    annual report")."""
    return re.search(rf"\b(?:first|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+{noun_pattern}", text, re.I) is not None


#: type evidence a sentence placing the thing asked about in its series earns
ORDINAL_BONUS = 0.6
#: a question asking which rows of a table are zero: "which members didn't make any of the
#: meetings?", "who attended none?"
_NONE_Q = re.compile(r"\b(?:didn'?t|did not|never|failed to)\s+(?:make it to|made it to|make|made|attend(?:ed)?|go to|went to|come to|came to|turn(?:ed)? up (?:to|at)|show(?:ed)? up (?:to|at))\s+"
                     r"(?:any|a single|one)\b|\battended (?:none|no)\b|\bmissed (?:all|every)\b|\b(?:zero|nil) attendance\b"
                     # ("who never showed up to the board meetings?")
                     r"|\bnever\s+(?:showed|show|turned|turn|came|come|went|go|made it)\s+(?:up\s+)?(?:to|at)\b(?=.*\bmeetings?\b)"
                     r"|\b(?:which|who|what)\b.*\b(?:attended|made|went to|came to)\s+(?:0|zero|nil|none)\b", re.I)
#: rows a question sets aside: "apart from the vol sector rep, which agency ...?"
_EXCEPT_Q = re.compile(r"\b(?:apart from|other than|besides|except(?: for)?|aside from|not counting|excluding)\s+(?:the\s+)?"
                       r"(?P<x>[^,?;–—]{2,40}?)\s*(?:,|\?|;|\s[-–—]\s|$|\s(?=which|who|what)\b)", re.I)
#: a question asking who wrote something
_AUTHOR_Q = re.compile(r"\bwho\s+(?:wrote|writes|authored|penned|signed|prepared|produced|compiled)\b|\bauthor\b|\bwritten by\b"
                       r"|\bwho\s+(?:did|carried out|conducted|undertook|led|does)\s+the\s+(?:[\w/-]+\s+){0,3}?(?:evaluation|scrutiny|assessment)\b", re.I)
#: a heading saying whose a section is: "... welfare arrangements by Chris Miller"
_BY_NAME = re.compile(r"(?:^|> )(?P<heading>[^>]*?\bby (?P<name>[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}))\s*(?=$| >)")
#: list score a budget table loses for a list question that asks nothing about money
MONEY_TABLE_PENALTY = 0.15
#: share of the best unit's score a unit giving the date asked for must reach to replace
#: it, for "when" questions
DATED_RATIO = 0.75
#: share of the best unit's score a unit giving a count must reach to replace it when the
#: best gives only percentages, for "how many" questions
COUNT_RATIO = 0.75
#: when the best unit's passage is about another period than the one asked (the answer
#: would be refused for it), the strongest unit of a passage naming that period takes its
#: place if it scores at least this share of the best; lower than :data:`DATED_RATIO`
#: because the alternative is a refusal, not a weaker answer
REFUSED_RATIO = 0.6
#: a question asking how something is done: "how are children's views brought into
#: conferences?" (not how many, much, long, often or old)
_HOW_DONE_Q = re.compile(r"^\s*(?:so\s+|and\s+)?how\s+(?:are|is|do|does|can|could|should|were|was|did)\b", re.I)
#: a lead-in or heading naming the means its list gives: "Involving Children & Young
#: People through:", "... by:", "... in the following ways:"
_MEANS_LEAD = re.compile(r"\b(?:through|by|via|by means of|ways?|means)\s*:?\s*$", re.I)
#: a table row whose label names what a count asks takes the lead from a row that does not
#: (which would be refused) when it is among this many of the strongest units and scores
#: at least :data:`REFUSED_RATIO` of the lead (the alternative is a refusal)
_ROW_SWAP_DEPTH = 8
#: list score a list loses when the question names a reporting period its passage is
#: not about (:func:`_dated_to`)
OTHER_PERIOD_LIST_PENALTY = 0.2
#: head cover a reasons list earns when reasons are asked for (:meth:`ExtractiveAnswerer._best_lists`)
REASON_LEAD_COVER = 0.2
#: a footnote giving a figure's source ("** Source Global Slavery Index")
_SOURCE_LINE = re.compile(r"\W*(?:\d{1,3}\s+)?sources?\b", re.I)
#: a footnote naming a publication, in title case with no sentence of its own ("** UK
#: National Referral Mechanism Statistics 2013"): what the paragraph cites, not what a
#: term is
_REFERENCE_LINE = re.compile(r"^\W*(?:\d{1,3}\s+)?(?:(?:[A-Z][\w’'&.-]*|\d[\d/-]*|of|and|the|for|in|on|to|by|&|[-–—:,()])\s*)+$")
#: a question asking what a thing is, in a few words: "what is the national referral mechanism?"
_WHAT_IS_Q = re.compile(r"\s*what(?:'s|’s| is| are) (?:an? |the )?[^?]{3,60}\?*\s*$", re.I)
#: a school year written short: "Y11 lad", "YR9" (no acronym the documents must spell out)
_SCHOOL_YEAR = re.compile(r"Y(?:R|EAR)?\d{1,2}", re.I)
#: a section heading naming a victim's story: "Victim of domestic servitude > Brenda from Uganda"
_STORY_HEADING = re.compile(r"(?:^|>\s*)([A-Z][a-z]{2,})\s+from\s+[A-Z][\w ]+$")
#: score a sentence loses when it tells another story than the one the question names
OTHER_STORY_PENALTY = 0.3
#: a footnote that only names a term: "13 Known as contextual safeguarding"
_NAMING_ONLY = re.compile(r"^\W*(?:\d{1,3}\s+)?(?:also\s+|sometimes\s+|now\s+|formerly\s+)?(?:known|referred to|described) as\s+[^.;:]{1,60}\.?\s*$", re.I)
#: a question asking what a thing is called, which such a footnote answers
_CALLED_Q = re.compile(r"\b(?:called|known as|name|named|term|phrase|refer(?:red)? to as)\b", re.I)
#: score a source line loses when the question asks for a figure and its source: the
#: figure leads and the source follows
SOURCE_LINE_PENALTY = 0.3
#: a question speaking of an emergency, for which 999 is the number to ring
_EMERGENCY_Q = re.compile(r"\b(?:emergenc\w*|danger\w*|immediate\w*|urgent\w*|right now|999|at risk now|life|hurt|injur\w*)\b", re.I)
#: a question asking which organisation does something
_WHICH_ORG_Q = re.compile(r"\b(?:which|what) (?:[\w-]+ )?(?:org|orgs|organisation|organisations|organization|organizations|charity|charities|service|agency|body|provider|group)\b"
                          r"|^\s*who\b"
                          # "the need help page lists loads of orgs - which ones work with child victims?"
                          r"|^(?=.*\b(?:orgs?|organi[sz]ations?|charit(?:y|ies)|agenc(?:y|ies))\b).*\b(?:which|what) (?:ones|of (?:them|these|those))\b", re.I)
#: a question asking which of several organisations serve a group: "which of the
#: organisations on the help page work with children?", "which ones specifically work with
#: child victims?"
_ORGS_FOR_Q = re.compile(r"\b(?:(?:which|what)\s+(?:of\s+(?:the|these|those|them)\s+)?(?:[\w-]+\s+)?(?:orgs?|organi[sz]ations?|charit(?:y|ies)|agenc(?:y|ies)|services|ones)\b"
                         # (asked closed: "are there any that work with children specifically?",
                         # "are there any charities that help child victims?") (sixty-fourth session)
                         r"|\b(?:are|is)\s+there\s+(?:any|some)(?:\s+(?:[\w-]+\s+)?(?:orgs?|organi[sz]ations?|charit(?:y|ies)|agenc(?:y|ies)|services|ones))?\s+(?:that|who|which)\b)"
                         # (what sits between is where they are listed and an adverb: "on the
                         # slavery help page actually ...", not another clause: "which organisation,
                         # and since what year has it been supporting people who work with children?")
                         r"(?:\s+(?:on|in|from|listed on|named on|listed in|named in)\s+[^?,;]{0,40}?)?\s+(?:actually\s+|specifically\s+|also\s+|all\s+|really\s+)?"
                         r"(?<!need )\b(?:work(?:s|ing)?\s+(?:with|in)|operat(?:e|es|ing)\s+in|cover(?:s|ing)?|help(?:s|ing)?(?!\s+(?:page|site|section|is here)\b)|support(?:s|ing)?|are\s+for|is\s+for|cater(?:s)?\s+for|deal(?:s)?\s+with)\s+"
                         r"(?P<group>[\w'’ -]{3,40}?)\s*(?:[?.!,;]|\s[-–—]\s|$)", re.I)
#: "which organisations does the site point victims to?": the organisations a page sends
#: a group to (the group is who is sent)
_ORGS_POINTED_Q = re.compile(r"\b(?:which|what)\s+(?:[\w-]+\s+)?(?:orgs?|organi[sz]ations?|charit(?:y|ies))\s+(?:[\w'’-]+\s+){0,5}?"
                             r"(?:points?|pointing|refers?|referring|signposts?|signposting|sends?|sending|directs?|directing)\s+"
                             r"(?P<group>victims|survivors|people|children|young people|women|men|families)\s+(?:to|towards)\b", re.I)
#: an organisation's name as a heading in capitals, up to six words ("BARNARDO’S",
#: "GATEWAY SERVICE FOR CHILDREN’S SOCIAL WORK")
_CAPS_NAME = re.compile(r"[A-Z][A-Z&'’/-]*(?: [A-Z][A-Z&'’/-]*){0,5}")
#: a nation or region of the UK an organisation works in ("children in Northern Ireland")
_NATION = re.compile(r"\b(?:northern ireland|scotland|wales|england|london|glasgow|ni)\b", re.I)
#: words that narrow a group of children to a kind ("refugee children")
_NARROWING = re.compile(r"\b(?:refugees?|migrants?|asylum|unaccompanied|disabled|disabilit\w*|homeless|girls|boys|lgbt\w*)\b", re.I)
#: words for children in an organisation's description
_CHILD_WORDS = re.compile(r"\b(?:child|children|children['’]s|young people|young person|kids|minors|under[- ]18s?)\b", re.I)


def names_organisation(heading: str) -> bool:
    """Whether a section heading is an organisation's name ("NSPCC", "BARNARDO’S", "The
    Children's Society", "GATEWAY SERVICE FOR CHILDREN’S SOCIAL WORK")."""
    return bool(_ORG_HEADING.fullmatch(heading) or _CAPS_NAME.fullmatch(heading))


def orgs_asked_for(question: str) -> str:
    """The group a "which of the organisations ... work with <group>?" question asks about
    ("children", "child victims", "women"); ``""`` when it asks no such thing."""
    m = _ORGS_FOR_Q.search(question) or _ORGS_POINTED_Q.search(question)
    if m and re.search(r"\b(?:agenc(?:y|ies)|services|ones)\b", m.group(0), re.I) and not re.search(
            r"\b(?:orgs?|organi[sz]ations?|charit(?:y|ies)|page|site|help|slavery|trafficking)\b", question, re.I):
        # ("which of the partner agencies work with children?" asks about the annual
        # report's partners, not a page's list of organisations)
        return ""
    return m.group("group").strip() if m else ""


#: a heading that names an organisation: an acronym ("NSPCC"), a short all-capitals name
#: ("MIGRANT HELP") or a name ending in an organisation word ("The Children's Society")
_ORG_HEADING = re.compile(r"[A-Z][A-Z&]{1,9}|[A-Z][A-Z&'’-]+(?: [A-Z][A-Z&'’-]+){1,3}"
                          r"|(?:[A-Z][\w'’&-]*\s+){0,4}(?:Society|Trust|Army|Charity|Foundation|Alliance|Centre|Council|Partnership|"
                          r"Board|Network|Project|Helpline|Service|Services|Association|Institute|Group|Agency|International|UK)")
#: a heading that is a label of a list of sibling sections ("UNUSUAL TRAVEL TIMES", "POOR
#: LIVING CONDITIONS"): capitals, up to five words
_LABEL_HEADING = re.compile(r"[A-Z][A-Z&'’/-]*(?: [A-Z][A-Z&'’/-]*){0,4}")
#: a sentence in an organisation's own voice ("We run ...", "Our team ...")
_WE = re.compile(r"(?:We|Our)\b")
_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b")
#: a month with its year, or months sharing one ("In March/April 2020", "sept 2020")
_MONTH_YEAR = re.compile(r"\b(?P<months>(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*(?:/|-|–|and|or|to)\s*)*"
                         r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?\s+(?P<year>(?:19|20)\d{2})\b", re.I)
_MONTH_WORDS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")


def _month_years(text: str) -> set[tuple[int, str]]:
    """``(month number, year)`` pairs a text names: "In March/April 2020" -> {(3, "2020"),
    (4, "2020")}; "sept 2020" -> {(9, "2020")}. A word is a month only when it begins one
    of the twelve names with at least three letters ("sept", "September", not "mark")."""
    out: set[tuple[int, str]] = set()
    for m in _MONTH_YEAR.finditer(text):
        for word in re.findall(r"[a-z]+", m.group("months").lower()):
            for k, name in enumerate(_MONTH_WORDS, 1):
                if len(word) >= 3 and name.startswith(word):
                    out.add((k, m.group("year")))
    return out
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b|" + _MONTH.pattern)


_METHOD_Q = re.compile(r"\s*how (?:do|does|did|can|could|should|are|is|were|was) (?:we|they|you|i|the|harrow|it|services|agencies|schools|partners|children|young people|kids|families|parents|victims|survivors)\b", re.I)


#: weights of a unit's lexical coverage, dense similarity, passage rank (1 / (1 + rank))
#: and question-type evidence in its score
UNIT_WEIGHTS = (0.45, 0.35, 0.1, 0.15)

#: a paraphrase ("how grown-up is the partnership working" for "maturity"): when no unit
#: covers this share of the question's weighted stems, word overlap says little and the
#: dense weight is multiplied by :data:`PARAPHRASE_DENSE_BOOST`. Measured over the seven
#: development suites (377 answerable cases): 0.4 / 1.5 answered 5 more cases and lost 2;
#: 0.3 / 1.5 +3 -1, 0.45 / 1.3 +3 -1, 0.55 / 1.5 +5 -4, 0.4 / 2.0 +6 -7.
PARAPHRASE_LEX = 0.4
PARAPHRASE_DENSE_BOOST = 1.5

#: list questions: a list's heading and lead-in ("Conference Workshops / The event was
#: supported by an excellent range of specialist workshops:") say what it is a list of,
#: while its items rarely repeat the question's words. The cosine of the question to that
#: head text adds this weight to the list's score, and a list whose head covers this share
#: of the question's weighted stems is a candidate even when its items add little. Dev
#: suites: 0.4 / 0.3 answered 2 more list cases and lost none (0.4 / 0.25 the same,
#: 0.4 / 0.2 +2 -1, 0.2 or 0.6 / 0.4 +1 -0).
LIST_HEAD_DENSE = 0.4
LIST_HEAD_COVER = 0.3
#: who-questions: a new name in a unit's heading only earns this share of the bonus a name
#: in the unit's own text earns ("who funds ...": "... is funded by the Department for
#: Education" beats its neighbours under the heading "Social Worker in Schools"). Nine
#: suites: 0.75 +1 -0; 0.5 +1 -1; 0.9 no change.
WHO_HEADING_SHARE = 0.75
#: number questions naming a year or period: a figure whose paragraph, lead-in, section or
#: table header dates it to that year gains this type bonus, one dated only to other years
#: loses it. Nine suites: 0.3 or 0.5 +1 -0, 0.15 no change.
PERIOD_MATCH = 0.3
#: bonus for a unit stating a condition (:data:`_CONDITION`) when a threshold or criterion
#: is asked (:data:`~assistant.answer.question_shape.CRITERION_Q`)
CONDITION_MATCH = 0.3
#: a condition, a requirement or an eligibility rule stated: "when an adult ... dies",
#: "particularly when there is a pattern", "required", "must", "over the age of 18"
_CONDITION = re.compile(r"\b(?:when|whenever|if|unless|once|where there|in (?:some|all|such|these|those) cases|required|requires?|must|"
                        r"eligib\w*|criteria|criterion|threshold|qualif(?:y|ies|ied|ying)|entitled|under 18|over the age of|aged \d+)\b", re.I)
#: a change asked of a figure: "did CP plans go up or down?", "have referrals increased?"
_UP_OR_DOWN_Q = re.compile(r"\bup or down\b|\bdown or up\b|\b(?:increas|decreas|ris|fall|fell|drop|declin)\w*\b"
                           # (a closed question of a change: "did the MASH get more contacts than the
                           # year before?", "is it true missing episodes went down?")
                           r"|\b(?:go|goes|went|gone|going|come|came|coming)\s+(?:up|down)\b"
                           r"|\b(?:more|fewer|less|higher|lower|bigger|smaller|greater)\b[^?]{0,60}?\bthan\s+(?:[\w'’]+\s+){0,3}?(?:year|years|previous|prior|last|before|was|were|used|ago)\b"
                           r"|^(?:are|is|were|was|have|has|did)\s+(?:there\s+)?(?:more|fewer|less)\b[^?]{0,60}?\bsince\b", re.I)
#: a count asked with no year named, in the present or a plain past tense: the latest figure
#: ("how many children are on child protection plans?", "how many kids are in care at the
#: moment", "how many children were on child protection plans?")
_CURRENT_COUNT_Q = re.compile(r"\b(?:how many|how much|what(?:['’]s| is|was) the (?:number|total|figure))\b.*"
                              r"\b(?:are|is|does|do|has|have|currently|now|at the moment|were|was|did|had|went)\b"
                              # (or asked with no verb at all: "how many kids on CP plans in harrow?")
                              r"|^(?!.*\b(?:are|is|does|do|has|have|were|was|did|had|will|would|should|could|can|might|must|shall)\b)"
                              r".*\b(?:how many|number of|no\.? of)\b", re.I | re.S)
#: a question about who missed meetings: "who never came to the board's meetings?",
#: "did anyone not make all of those?", "who didn't turn up to a single meeting?"
_ABSENT_Q = re.compile(r"\b(?:never|didn[’']?t|did not|not|no|none|fail(?:ed)? to)\b[^.?!]{0,40}?\b(?:attend\w*|turn(?:ed|ing)? up|show(?:ed|ing)? up|came|come|coming|make|made)\b"
                       r"|\bmissed\b[^.?!]{0,25}\bmeetings?\b|\b(?:worst|lowest|poorest)\s+attend\w*|\babsent\b", re.I)
#: ... asking for those who came to none: "never", "a single", "any", "none"
_NONE_ASKED = re.compile(r"\b(?:never|single|any|none|zero|no meetings?)\b", re.I)
#: type bonus for a table row naming a group of the dimension a breakdown asks for ("split
#: by ethnicity": "Black or Black British | 30 | 36.1%")
SPLIT_ROW_BONUS = 1.5
#: share of the best unit's score a unit of a table or list split by the dimension asked
#: must reach for that table or list to be the answer
SPLIT_NEAR = 0.8
#: type bonus for an attendance row short of its total when the question asks who missed
#: meetings (twice as much for a row of none when it asks who came to none); a full row
#: loses it
ABSENT_MATCH = 0.4


#: a question about who came to every meeting: "who attended every board meeting?",
#: "which agencies went to all the HSCB meetings?", "who never missed one?"
_FULL_Q = re.compile(r"\b(?:attend\w*|went to|go to|came to|come to|made it to|made|make|turn(?:ed)? up (?:to|at)|show(?:ed)? up (?:to|at))\s+"
                     r"(?:(?:every|all)\s+(?:of\s+)?(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:meetings?|sessions)|"
                     r"(?:the|their|its)\s+(?:[\w-]+\s+){0,2}?meetings\s+(?:every time|without fail))\b"
                     r"|\bfull (?:attendance|house)\b|\b100\s*% attendance\b|\bperfect attendance\b"
                     r"|\b(?:never|didn[’']?t|did not|not once)\s+miss(?:ed)?\s+(?:a|an|any|one|a single)\b", re.I)


#: score a list (table) headed by the body a question names gains, or loses when headed by
#: another body only
BODY_HEAD_MATCH = 0.2


def _asked_bodies(question: str, glossary: Glossary | None = None) -> set[str]:
    """The partnership bodies (the glossary's ``bodies:``, :attr:`Glossary.bodies`) a
    question about meetings (:data:`_MEETINGS_Q`) names: by acronym ("hssp meetings"), or,
    when it names none, by a word the glossary says it is called ("the board" is the HSCB)
    unless the question also names one of that body's ``unless`` words ("the partnership
    board", "the adults board"); empty for other questions.

    Args:
        question: the question as asked.
        glossary: the glossary to read the bodies from (default: :func:`load_glossary`).
    """
    if not _MEETINGS_Q.search(question):
        return set()
    return bodies_named(question, glossary, case_blind=True)


def bodies_named(text: str, glossary: Glossary | None = None, acronyms_only: bool = False, case_blind: bool = False) -> set[str]:
    """The partnership bodies (the glossary's ``bodies:``) ``text`` names: by acronym
    ("HSCB"; in any case with ``case_blind``: "hssp meetings"), or, when it names none and
    not ``acronyms_only``, by what the glossary says each is called ("the adults board" is
    the HSAB; "the board" the HSCB unless the text also says "adults" or "partnership").

    Args:
        text: a question, or a table's section path and header.
        glossary: the glossary to read the bodies from (default: :func:`load_glossary`).
        acronyms_only: only acronyms count (a table's heading names its body so).
        case_blind: acronyms in lower case count too.
    Returns:
        the acronyms of the bodies named, upper case; empty when none is.
    """
    g = glossary or load_glossary()
    if not g.bodies:
        return set()
    named = {b.upper() for b in re.findall(r"\b(" + "|".join(map(re.escape, g.bodies)) + r")\b", text, re.I if case_blind else 0)}
    if not named and not acronyms_only:
        low = text.lower()
        named = {acr for acr, called in g.bodies.items()
                 if any(re.search(rf"\b{re.escape(w)}\b", low) for w in called)
                 and not any(re.search(rf"\b{re.escape(w)}\b", low) for w in g.bodies_unless.get(acr, ()))}
    return named


#: a question about meetings or who attended them (the only tables a body heads that
#: :func:`_asked_bodies` picks between: not "what initiatives is the HSCB monitoring?", whose
#: answer is no table, nor the HSCB's budget)
_MEETINGS_Q = re.compile(r"\b(?:meetings?|meet|met|attend\w*|attendance|turn(?:ed|ing)? up|show(?:ed|ing)? up)\b", re.I)


def _full_attendance_asked(question: str) -> bool:
    """Whether ``question`` asks who came to every meeting (:data:`_FULL_Q` in its asking
    clauses, the last starting "who" or "which"), not negated: "did anyone not make all of
    the HSSP meetings?" asks who missed some, and "did the CCG go to all the board
    meetings?" whether one did (its row, full or not)."""
    clauses = asking_clauses(question)
    asked = " ".join(clauses)
    m = _FULL_Q.search(asked)
    return (m is not None and re.match(r"\s*(?:who|which)\b", clauses[-1], re.I) is not None
            and not re.search(r"(?:\bnot|\bnever|n[’']t|\bfail(?:ed|s)? to)\s+(?:\w+\s+)?$", asked[:m.start()], re.I))


#: a ceiling on meetings attended: "anyone who made 1 meeting or none", "2 or fewer",
#: "fewer than half"
_AT_MOST_Q = re.compile(r"\b(?P<n>\d+|one|two|three)\s+(?:[\w-]+\s+)?(?:meetings?\s+)?or\s+(?:none|fewer|less|zero|0|under)\b"
                        r"|\b(?:fewer|less)\s+than\s+(?P<lt>\d+|two|three|four|half)\b"
                        # (or exactly so many: "only made half of the HSCB meetings", "exactly 3")
                        r"|\b(?:only\s+)?(?:made|attended|went to|came to|managed)\s+(?:only\s+|exactly\s+|just\s+)?(?P<half>half)\b"
                        r"|\bexactly\s+(?P<eq>\d+|one|two|three|four|five|six|seven)\b", re.I)
#: came to none: "never came to a single meeting", "didn't attend any", "zero attendance"
_CAME_TO_NONE_Q = re.compile(r"\bnever\s+(?:actually\s+)?(?:attend\w*|came|come|went|turn\w*\s+up|show\w*\s+up|made it)\b"
                             r"|\b(?:didn['’]?t|did not|not)\s+(?:\w+\s+)?(?:attend|come|go|make|turn up|show up)\w*\s+(?:to\s+)?(?:any|a single|one)\b"
                             r"|\b(?:zero|no)\s+(?:attendance|meetings)\b|\bnot (?:a|one) single\b|\bat none\b|\bnone of the\b", re.I)
_SMALL_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4}


def attendance_filter(question: str):
    """A test ``(came, held) -> bool`` of the attendance rows a question asks for, or
    ``None``: came to every meeting (:func:`_full_attendance_asked`: "who attended every
    board meeting?"), to at most a number given ("anyone who made 1 meeting or none",
    "fewer than half"), to none ("which agencies never came to a single HSCB meeting?"),
    or short of all (:data:`_ABSENT_Q`: "who missed meetings?", "worst attendance")."""
    if _full_attendance_asked(question):
        return lambda came, held: came >= held
    asked = " ".join(asking_clauses(question))
    at_most = _AT_MOST_Q.search(asked)
    if at_most and at_most.group("half"):
        return lambda came, held: 2 * came == held
    if at_most and at_most.group("eq"):
        eq = at_most.group("eq").lower()
        exact = int(eq) if eq.isdigit() else {**_SMALL_NUMBERS, "five": 5, "six": 6, "seven": 7}[eq]
        return lambda came, held: came == exact
    if at_most and (at_most.group("n") or at_most.group("lt")):
        if at_most.group("n"):
            n = at_most.group("n").lower()
            top = int(n) if n.isdigit() else _SMALL_NUMBERS[n]
            return lambda came, held: came <= top
        lt = at_most.group("lt").lower()
        if lt == "half":
            return lambda came, held: 2 * came < held
        top = int(lt) if lt.isdigit() else _SMALL_NUMBERS[lt]
        return lambda came, held: came < top
    if not _ABSENT_Q.search(asked):
        return None
    if _CAME_TO_NONE_Q.search(asked):
        return lambda came, held: came == 0
    return lambda came, held: came < held


def _attendance(header: str, row: str) -> tuple[int, int] | None:
    """``(came, held)`` of an attendance table's ``row`` ("Probation | 0" under "ATTENDANCE
    OUT OF 4 MEETINGS" -> ``(0, 4)``, "Schools - Primary | 4/6*" -> ``(4, 6)``), or None
    when ``header`` is no attendance header or the row's last cell is no count."""
    if not re.search(r"\battend", header, re.I):
        return None
    cells = [c.strip() for c in row.split("|") if c.strip()]
    m = re.fullmatch(r"(\d+)\s*(?:/\s*(\d+))?\**", cells[-1]) if cells else None
    held = re.search(r"\bout of (\d+)", header, re.I)
    if not m or not (m.group(2) or held):
        return None
    return int(m.group(1)), int(m.group(2) or held.group(1))


def _absence_bonus(asked: re.Match, header: str, row: str) -> float:
    """Type bonus of a table ``row`` for a question about who missed meetings (``asked``, a
    :data:`_ABSENT_Q` match): rows of an attendance table (:func:`_attendance`) whose count
    is short of the meetings held ("Probation | 0" out of 4, "Schools - Primary | 4/6*")
    gain :data:`ABSENT_MATCH`, doubled for a count of none when the question asks who came
    to none; a full row loses it; other rows get 0."""
    counted = _attendance(header, row)
    if counted is None:
        return 0.0
    came, of = counted
    if came >= of:
        return -ABSENT_MATCH
    return ABSENT_MATCH * (2 if came == 0 and _NONE_ASKED.search(asked.string) else 1)


#: a question about a shortfall, a failure or what not to do: "which kind of conference
#: mostly wasn't held within timescales?", "what shouldn't I do?", "what didn't go well?",
#: "where did agencies fall short?" ("missing" is no such word here: children go missing)
_NEGATIVE_Q = re.compile(r"\b(?:didn[’']?t|did not|wasn[’']?t|was not|weren[’']?t|were not|isn[’']?t|is not|aren[’']?t|are not|"
                         r"shouldn[’']?t|should not|don[’']?t|do not|doesn[’']?t|does not|couldn[’']?t|could not|can[’']?t|cannot|"
                         r"haven[’']?t|have not|hasn[’']?t|has not|never|not|fail\w*|fell short|fall(?:s|ing)? short|short ?fall\w*|gaps?|lack\w*|"
                         # (not "concern" or "problem": "where do I report a concern?")
                         r"weak\w*|barriers?|challenges?|wrong|worse|worst|declin\w*|drop(?:s|ped)?|went down|gone down|fewer|"
                         r"delay\w*|late|behind|outstanding)\b", re.I)
#: negations that say nothing about the answer: "not sure", "whether or not", "not only"
_NOT_NEGATIVE = re.compile(r"\b(?:(?:i['’]?m|am|are|is|aren[’']?t|isn[’']?t|not)\s+(?:\w+\s+)?sure|or not|not only|not just|no idea|not certain)\b", re.I)
#: a unit stating a shortfall, failure, fall or prohibition
_NEGATIVE_TEXT = re.compile(r"\b(?:not|no|never|none|nor|minority|fewer|less|lower|decreas\w*|declin\w*|dropp?\w*|fell|reduc\w*|"
                            r"delay\w*|lack\w*|gaps?|fail\w*|concerns?|concerned|challeng\w*|difficult\w*|weak\w*|barriers?|insufficient|"
                            r"inadequate\w*|unable|cannot|can[’']?t|couldn[’']?t|didn[’']?t|wasn[’']?t|weren[’']?t|missed|shortfall|deficit|"
                            r"confusion|uncoordinated|too (?:heavily|high|late|few|little|many)|worse|vanished|stopped|ceased|cancel\w*|"
                            r"postpon\w*|paused|poor\w*|limited|issues?|problems?)\b", re.I)
#: type bonus for a unit stating a shortfall when the question asks about one
#: (:data:`_NEGATIVE_Q`)
NEGATIVE_MATCH = 0.15
#: a question about children in care: "in care", "into local authority care", "in state care"
_IN_CARE_Q = re.compile(r"\b(?:in|into)\s+(?:local authority\s+|la\s+|the\s+|state\s+|council\s+)?care\b", re.I)
#: share of an everyday phrase's words credited to a table row naming the document's term
#: for it (:meth:`Glossary.synonym_equivalents`: "in care" by "looked after"; this replaced
#: a special-cased bonus for the looked-after count)
SYNONYM_MATCH = 1.0
#: a figure naming the group a count question asks about ("... are black?") gains this
#: type bonus (the answer is refused when its figure does not name the group)
GROUP_MATCH = 0.5
#: a quoted line naming two words of the topic asked, for what a group said, against the
#: best unit (the line is the group's words; a refusal is the other outcome)
VOICE_QUOTE_RATIO = 0.5
#: the words of a voice question that name no topic ("what did young people say about")
_GROUP_VOICE_TOPIC = re.compile(r"\b(?:what|how|did|do|does|say|said|think|thought|feel|felt|tell|told|young|people|children|kids|"
                                r"themselves|anything|from|about|like|were|was|they|their|own|words)\b", re.I)
#: "what % of X were P?": the type bonus of a share whose unit names at least half of P's
#: words (the group X is named by the 80.3% beside it too)
SHARE_PRED_MATCH = 1.0
#: a share asked of a group and what the share is of: "what % of initial cp conferences
#: were held in timescale?" (P = "held in timescale")
_SHARE_PRED = re.compile(r"\b(?:what|which)\s+(?:%|per\s?cent(?:age)?|proportion|share|fraction)\s+of\s+(?P<x>[^?]{2,80}?)\s+"
                         r"(?:were|was|are|is|had|have|got|did|get|gets)\s+(?P<p>[^?]{3,60})", re.I)
#: a figure's lexical coverage must be this share of the best figure's for it to count as
#: about what is asked (for the latest-year and group rules)
CURRENT_LEX_SHARE = 0.8
#: a count asked about an earlier time than the documents' latest: not moved to the latest
#: year ("how many were there the year before?"); a plain past tense with no year ("how many
#: children were on CP plans?") asks for the latest reported figure like the present does
_PAST_Q = re.compile(r"\b(?:last year|the year before|previous|previously|used to|earlier|in the past|back then|before that)\b", re.I)
#: a figure question's best unit is a list item: the whole list of figures is quoted when
#: another item scores at least this share of it ("- 103 Organisations / - 249
#: Individuals"), else the item alone leads
LIST_SIBLING_RATIO = 0.8
#: a count of the whole ("A total of 83 children were on the LA's system as young carers")
_TOTAL = re.compile(r"\b(?:a total of|in total|the total number|altogether|in all)\b", re.I)
#: list questions stating how many things they want ("which three organisations ...",
#: "the 3 partnership priorities"): a list of exactly that many items gains this score in
#: :meth:`ExtractiveAnswerer._best_lists`, and a sentence enumerating that many (a footnote
#: "These are Harrow Council, the NWL Clinical Commissioning Group and the Metropolitan
#: Police") this type bonus
COUNT_MATCH = 0.3
#: "how do we ...?" questions are answered by a list whose heading and lead-in cover this
#: share of the question ("Involving Children & Young People through:")
METHOD_LIST_HEAD = 0.5
#: list questions: a list whose own heading names the kind asked for ("Actions:")
KIND_HEAD_BONUS = 0.15
#: type bonus for a figure followed by everything a "how many X" question counts
COUNTED_MATCH = 0.5
#: a list question is about one item when that item carries this much more of the
#: question's IDF-weighted words than any other item of its list (see ``answer``)
ITEM_FOCUS_LEX = 0.25
#: a redaction placeholder in a question ("[NAME]", "[DATE_OF_BIRTH]": assistant.safety.redact)
REDACTED = re.compile(r"\[([A-Z][A-Z_]*)\]")


class ExtractiveAnswerer:
    """Composes cited, verbatim answers from passages.

    Args:
        embedder: the embedding model (for unit/question similarity).
        glossary: acronym glossary (default: the bundled one).
        min_relevance: ``not_found`` threshold on the best passage's dense cosine
            similarity (calibrated on the eval suites; see README).
        max_units: maximum quoted units in a non-list answer.
        unit_vectors: optional ``f(chunk) -> ndarray | None`` giving the precomputed
            ``(n_units, 384)`` vectors of :func:`ingest.units.chunk_units` (from the store);
            units are embedded on the fly when it returns ``None``.
        stems: optional ``f(chunk) -> ChunkStems`` giving cached analysed stems
            (:meth:`assistant.rerank.UnitReranker.chunk_stems`); analysed on the fly
            when absent.
        support: the answer-support classifier (:class:`~assistant.answer.support.SupportModel`);
            an answer it finds too likely unsupported is ``not_found``. ``None``: no such check.
    """

    def __init__(self, embedder: Embedder, glossary: Glossary | None = None,
                 min_relevance: float = 0.25, max_units: int = 3, unit_vectors=None, stems=None,
                 support: SupportModel | None = None):
        self.weights = UNIT_WEIGHTS
        self.support_ratio = 0.95  # a 2nd unit for number/when/define must score this share of the best
        self.floor_ratio = 0.8     # any further unit must score this share of the best
        self.embedder = embedder
        self.stems = stems
        self.unit_vectors = unit_vectors
        self.glossary = glossary or load_glossary()
        self.min_relevance = min_relevance
        self.max_units = max_units
        self.support = support
        self._unit_cache: dict[tuple[str, int, int], np.ndarray] = {}

    # -- scoring helpers ---------------------------------------------------------------
    def _vectors(self, passages: Sequence[Passage], units: list[Unit]) -> np.ndarray:
        if self.unit_vectors is not None:
            rows: list[np.ndarray] = []
            ok = True
            for pi, p in enumerate(passages):
                vecs = self.unit_vectors(p.chunk)
                n = sum(1 for u in units if u.passage == pi)
                if vecs is None or len(vecs) != n:
                    ok = False
                    break
                rows.append(vecs)
            if ok and rows:
                return np.vstack(rows)
        keys = [(passages[u.passage].chunk.id + "@" + str(hash(passages[u.passage].chunk.text)), u.start, u.end) for u in units]
        missing = [i for i, k in enumerate(keys) if k not in self._unit_cache]
        if missing:
            vecs = self.embedder.embed([units[i].text for i in missing])
            for i, v in zip(missing, vecs):
                self._unit_cache[keys[i]] = v
        if len(self._unit_cache) > 50_000:
            self._unit_cache.clear()
        return np.vstack([self._unit_cache[k] for k in keys]) if keys else np.zeros((0, 384), np.float32)

    def _chunk_stems(self, chunk) -> ChunkStems:
        if self.stems is not None:
            return self.stems(chunk)
        return ChunkStems(
            units=[frozenset(analyze(chunk.text[u.start:u.end])) for u in chunk_units(chunk)],
            title=frozenset(analyze(chunk.title)), section=frozenset(analyze(chunk.section)),
            whole=frozenset(analyze(chunk.embed_text())),
        )

    def answer(self, question: str, passages: Sequence[Passage], query_vector: np.ndarray | None = None,
               idf: dict[str, float] | None = None, avoid: Sequence[str] = ()) -> Answer:
        """Compose an answer (a question asking several things is split by the chain:
        :meth:`assistant.chain.Assistant._answer_parts`).

        Whatever path composed it, an answer to a question naming a case review by letter
        ("the Child M case") must quote a passage naming that case
        (:func:`~assistant.answer.refusal_rules.cases_not_named`); otherwise it is composed
        again from the passages that name the case, and is ``not_found`` when none does. A
        "who" answer quoting "I ..." names the author of the cited section when a heading
        gives one (:func:`_with_first_person_named`).

        Args:
            question: the (redacted) question.
            passages: retrieved passages, best first.
            query_vector: embedding of the question, shape ``(384,)`` (computed if absent).
            idf: stem -> inverse document frequency over the corpus (uniform if absent).
            avoid: quotes already given for an earlier part of the same message; sentences
                inside them are not chosen (a later part asks something else).

        Returns:
            :class:`~ingest.models.Answer` with status ``answered`` or ``not_found``;
            ``retrieved`` is ``passages``.
        """
        answer = self._answer(question, passages, query_vector, idf, avoid)
        if answer.status == "answered" and answer.citations and signs_unnamed(asking_clauses(question)[-1], "\n".join(
                p.chunk.embed_text() for p in passages if any(c.source == p.chunk.source and c.quote in p.chunk.text for c in answer.citations))):
            # (whichever path chose them: a page's labelled sections "How to spot the signs
            # of modern slavery" are not the signs of cuckooing)
            return _lacking(question, passages, "signs of this", float(answer.extra.get("relevance") or 0.0),
                            float(answer.extra.get("coverage") or 0.0))
        if answer.status == "answered" and answer.citations and question_type(question) == "who":
            answer = _with_first_person_named(answer)
        if answer.status == "answered" and answer.citations:
            cited = [p.chunk.embed_text() for p in passages
                     if any(c.source == p.chunk.source and c.quote in p.chunk.text for c in answer.citations)]
            if cited and cases_not_named(question, cited):
                # the passages naming the case asked about answer it, or say why they cannot
                # ("What did the Child H review find?" took Young Person J's "initial findings"
                # list over Child H's paragraphs, which say its learning is in last year's report)
                own = [p for p in passages if names_case(question, p.chunk.embed_text())]
                if own:
                    again = self._answer(question, own, query_vector, idf, avoid)
                    again.retrieved = list(passages)
                    return again
                return Answer(question, "not_found",
                              "The indexed documents do not give anything on that case: the passages found are about "
                              "other reviews. The closest passages are listed under Sources; ask your safeguarding lead "
                              "or the partnership's learning and development team.", [], list(passages),
                              extra={"missing": "anything on that case"})
        return answer

    def _answer(self, question: str, passages: Sequence[Passage], query_vector: np.ndarray | None,
                idf: dict[str, float] | None, avoid: Sequence[str]) -> Answer:
        """:meth:`answer` before its case check."""
        passages = list(passages)
        if not passages:
            return Answer(question, "not_found", NOT_FOUND_TEXT, [], [])
        qtype = question_type(question)
        if asked_before_stems(question) and question_type(asking_clauses(question)[-1]) != "define":
            # a later part repeating an earlier part's question as its scene asks what its
            # own clause asks: "who does the independent scrutiny ... - does that person
            # chair the adults board too?" asks no "who" (a short clause, "what are its
            # aims?", is no definition question)
            qtype = question_type(asking_clauses(question)[-1])
        qvec = query_vector if query_vector is not None else self.embedder.embed_one(question)
        idf = idf or {}

        acronym = asked_acronym(question) if qtype == "define" else None
        criterion_q = CRITERION_Q.search(question) is not None
        # "what is the national referral mechanism?" asks what a thing is
        what_is_q = qtype == "define" or (qtype == "general" and _WHAT_IS_Q.match(
            asking_clauses(without_home_system(question).strip())[-1]) is not None)
        if acronym:
            defined = self._define(question, acronym, passages)
            if defined is not None:
                return defined
            return Answer(question, "not_found",
                          f"The indexed documents do not cover this: they do not spell out {acronym}, and it "
                          "is not in the assistant's glossary.", [], passages, extra={"acronym": acronym})

        pstems = [self._chunk_stems(p.chunk) for p in passages]
        passage_stems: set[str] = set().union(*(st.whole for st in pstems))
        passage_plain = plain_form("\n".join(p.chunk.embed_text() for p in passages))
        # (the system the asker trained in is no scope: "In Romania we don't have this.
        # What is a MARAC?"; :func:`~assistant.answer.text_evidence.without_home_system`)
        unknown = out_of_scope_names(without_home_system(question).strip(), passage_stems, "\n".join(p.chunk.embed_text() for p in passages),
                                     corpus_vocabulary=idf)
        if HOW_TO_REPORT_Q.search(question) and qtype != "number":
            # a way to do something named for the place the corpus is about ("how do I
            # report modern slavery in Harrow?") may be a national one: the place is no scope
            unknown = [n for n in unknown if not all(idf.get(s_, 99.0) < HOME_IDF for s_ in analyze(n))]
        if asks_about_home_system(question):
            # "who chairs the board in my country?": the documents cover Harrow and England
            unknown.append("the asker's home country")
        # a named case ("Child Q", "Family B", "Operation Heron") the passages never mention
        # (the chain names a child as the reviews do first, "Child J" as "Young Person J":
        # :meth:`~assistant.answer.typos.TypoCorrector.case_label`)
        unknown += [e.title() for e in case_names(question) if not re.search(rf"\b{re.escape(e)}\b", passage_plain)]
        # an acronym the corpus never uses and the passages do not spell out, directly or
        # in the glossary's words ("ILACS", "KCSIE"; not "BME" where a passage says "Black
        # and Ethnic Minority")
        # (only in the clause that asks: "my client, NHS number [NHS number], went missing:
        # what is a return home interview?" is not about the NHS)
        # (nor in a clause on the asker's home system: "Voluntary Action Harrow - in Nigeria
        # we would call it an NGO umbrella body. To how many ...?")
        # (nor in a case told first: "... at the GOSH clinic last week. Signs of ...?")
        home_free = without_home_system(question).strip()
        asked_text = re.sub(r"\[[^\]]*\]", " ", scene_free(home_free) if casework_scene(home_free) else " ".join(asking_clauses(home_free)))
        # (an acronym the question spells out itself, "SWIS (social workers in schools)",
        # is asked about by its words, which the passages are searched for like any others)
        # (a code with a digit, not in the glossary, is known only whole, punctuation
        # aside: "MS1" is not known for "Ms" and "1", "COVID19" is for "Covid-19"; "FY21"
        # and a year are periods)
        compact = re.sub(r"[\W_]+", "", passage_plain)
        # (nor a word in capitals for emphasis: "which areas did he NOT rate as good?",
        # "need it ASAP")
        unknown += [a for a in re.findall(r"\b[A-Z][A-Z0-9&]{2,}(?=s?\b)", asked_text)
                    if analyze(a) and a not in _SHOUTED and not _SCHOOL_YEAR.fullmatch(a)
                    and not (a.lower() in compact
                            if re.search(r"\d", a) and not re.search(r"\d{4}|^FY\d", a) and a not in self.glossary.terms
                            else any(s_ in idf for s_ in analyze(a) + analyze(a + "s")))
                    and not spelled_out(a, passage_plain)
                    and not spelled_out(a, re.sub(r"\b[A-Z][A-Z0-9&]{2,}s?\b", " ", question))
                    and not self._glossary_phrase_in(a, passage_plain)
                    # (nor one practitioners say for a term the passages use: "going AWOL" is going missing)
                    and not any(re.search(rf"\b{re.escape(plain_form(t))}\b", passage_plain)
                                for t in self.glossary.synonyms.get(a.lower(), ()))
                    and not _glossed_in_corpus_words(a, question, idf)]
        # a place the asking clause names ("brent's partnership priorities") that no
        # passage names, unless the corpus is about it (HOME_IDF: "harrow")
        # (where someone came from is not where the question is about: "what happens when a
        # child on a cp plan moves from croydon to harrow?")
        spaced = " " + " ".join(re.sub(r"[^\w\s]", " ", passage_plain.lower()).split()) + " "
        came_from = origin_places(asked_text, asked_text, counted=qtype == "number")
        # (or one the question names before it and the asking clause points back to: "we
        # border Brent - why did missing episodes go up over there?")
        place_text = asked_text + (" " + question if _PLACE_POINTER.search(asked_text) else "")
        unknown += [p for p in dict.fromkeys(named_places(place_text))
                    if f" {p} " not in spaced and p not in came_from and not all(idf.get(s_, 99.0) < HOME_IDF for s_ in analyze(p))]
        # (a name offered as one of two choices, the other of which the passages name, is no
        # scope: "was it funded by the mayor or the Home Office?" is answered by the mayor's
        # £230,000, the answer saying which it was)
        unknown = [n for n in unknown if not other_choice_named(n, question, passage_stems)]
        if unheld_publication(question, passage_plain):
            # "what did Ofsted's inspection letter for Harrow pick out?": a publication the
            # passages never name is not held, however close their topic
            unknown.append("the publication named")
        measure = unnamed_measure(asked_text, idf, [st.whole for st in pstems], self.glossary) if qtype == "number" else None
        if measure and not unknown:
            # "how many closure orders on cuckooed flats ...?": the documents count no such
            # thing (the phrase is not echoed, for the same reason as below)
            return Answer(question, "not_found",
                          "The indexed documents do not give figures for what the question asks about. The closest "
                          "passages are listed under Sources; ask your safeguarding lead or the partnership's learning "
                          "and development team.", [], passages, extra={"missing": "figures on this"})
        # a role or kind of organisation the question asks the documents about ("what does
        # the report say about GPs?", "anything in here for community pharmacists?") that
        # no passage mentions: the nearest passage is another agency's material ("GPS tags
        # offer ... the Police and Probation Service")
        unmentioned = roles_unmentioned(without_home_system(question).strip(), [p.chunk.embed_text() for p in passages])
        if unmentioned and not unknown:
            # (the lexicon's name is echoed, never the question's words)
            return Answer(question, "not_found",
                          f"The indexed documents do not cover this: the passages found do not mention {' or '.join(unmentioned)}. "
                          "Their general guidance may still apply; ask your safeguarding lead or the partnership's learning "
                          "and development team.", [], passages, extra={"missing": "the role asked about", "roles": unmentioned})
        if unknown:
            # the names themselves are not echoed: they come from the question, which may
            # carry details that should not be repeated into logs or channels
            return Answer(question, "not_found",
                          "The indexed documents do not cover this: the passages found do not mention "
                          "a place, year, case or document that the question names. Try rephrasing, or ask your "
                          "safeguarding lead or the partnership's learning and development team.",
                          [], passages, extra={"out_of_scope": len(unknown)})

        q_stems = question_weights(question, idf, self.glossary.expand(question), period_once=True)
        for s_ in (scene_setting_stems(question) | asker_stems(question)) & set(q_stems):
            q_stems[s_] *= SCENE_SHARE
        classify = CLASSIFY_Q.search(question)
        if classify:
            # "... picked up before dawn and brought back near midnight. which warning sign
            # of slavery is that?": the scene is what is asked about; the kind named ("sign
            # of slavery") only says where its label is, not which sentence describes it
            for s_ in (set(analyze(classify.group(0))) - set(analyze(question[:classify.start()]))) & set(q_stems):
                q_stems[s_] *= SCENE_SHARE
        for s_ in asked_before_stems(question) & set(q_stems):
            # a scene that is itself a question, answered by an earlier part ("how many
            # training sessions did VAH deliver - how many organisations did it support?")
            # only says what "it" is
            q_stems[s_] *= ASKED_BEFORE_SHARE
        q_total = sum(q_stems.values()) or 1.0

        # an acronym the question uses counts as present in a unit that spells it out
        # ("what % ... left on an SGO?": "15.4% Special Guardianship Order granted.")
        spelled = [(set(analyze(t.acronym)), set(analyze(t.expansion))) for t in self.glossary.find_terms(question)
                   if re.search(rf"(?<![\w-]){re.escape(t.acronym)}s?(?![\w-])", question, re.I) and t.expansion]
        # (only for what is asked: a topic set first has chosen the passages already, "the
        # hungarian guy - where was he made to work?" is not answered by "Fredek from Hungary")
        topic_stems = scene_setting_stems(question)
        spelled = [(a, e) for a, e in spelled if a and e and a <= set(q_stems) and not a & topic_stems]
        # ... and an expansion the question spells out counts as present in a unit giving
        # its acronym ("contacts to the multi agency safeguarding hub" is answered by
        # "Number of Contacts in MASH ... | 9,971", when that passage is retrieved)
        abbreviated = [(set(analyze(re.sub(r"[-–]", " ", t.expansion))), set(analyze(t.acronym)))
                       for t in self.glossary.find_terms(question) if t.expansion and not t.ambiguous
                       and not re.search(rf"(?<![\w-]){re.escape(t.acronym)}s?(?![\w-])", question, acronym_flags(t.acronym))]
        abbreviated = [(e, a) for e, a in abbreviated if a and e and e <= set(q_stems) and not e & topic_stems]
        # ... and an everyday phrase of the question counts as present, at
        # :data:`SYNONYM_MATCH` of its words' weight, in a unit naming a document term the
        # glossary gives for it ("children in care" in "Number of Children Looked After";
        # the reranker's :meth:`Glossary.synonym_equivalents`)
        synonymous = [(set(a) & set(q_stems), set(n)) for a, n in self.glossary.synonym_equivalents(question)]
        synonymous = [(a, n) for a, n in synonymous if a and not a & topic_stems]
        entities = named_entities(question)
        q_words = set(analyze(question))
        units = passage_units(passages)
        if not units:
            return Answer(question, "not_found", NOT_FOUND_TEXT, [], passages)
        uvecs = self._vectors(passages, units)
        dense = uvecs @ qvec
        asking = asking_clauses(question)
        if asking != [question]:
            # a topic or scene set first ("the hungarian guy in the case studies - where was
            # he made to work?") chose the passages; sentences are judged as much on the
            # clause that asks ("He was forced to work ... in places such as a pizza
            # restaurant", not the heading "Fredek from Hungary")
            avec = self.embedder.embed_one(" ".join(asking))
            dense = 0.5 * dense + 0.5 * (uvecs @ avec)
        scores = np.zeros(len(units))
        lex = np.zeros(len(units))
        cases = case_names(question)
        stated = stated_count(question) if qtype == "list" else None
        count = stated[0] if stated else None
        # the counted noun, when it names the answer's kind ("three priorities"), must be
        # in an enumerating sentence's text or heading
        count_noun = set(analyze(stated[1])) if stated and stated[1] not in _CLASS_NOUNS else set()
        w_type = self.weights[3]
        kind = asked_kind(question) if qtype == "list" else ""
        counted: set[int] = set()  # units enumerating as many things as the question asks for
        phone_q = bool(PHONE_Q.search(" ".join(asking_clauses(question))))
        email_q = bool(EMAIL_Q.search(" ".join(asking_clauses(question))))
        # a count of things ("how many NRM referrals ...?"), which a publication's year in a
        # reference line never gives (a length of time, "how many years ...?", is left to the
        # unit checks)
        count_of_things = qtype == "number" and re.search(r"\bhow many\b", question, re.I) is not None and not re.search(
            r"\bhow many\s+(?:more\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|times)\b", question, re.I)
        emergency_q = bool(_EMERGENCY_Q.search(question))
        source_q = bool(SOURCE_Q.search(question))
        hours_q = bool(HOURS_Q.search(question))
        # ("what's it called?", "what's the banner called?", "what's the name of ...")
        called_q = re.search(r"\bwhat(?:'s|’s| is| was)? the (?:(?:proper|right|correct|official|technical) )?(?:name|banner|title|term)\b|\bwhat(?:'s|’s| is| was| were| are)\b[^?]{0,60}\bcalled\b",
                             question, re.I) is not None
        which_named = _WHICH_NAMED_Q.search(" ".join(asking_clauses(question)))
        acronyms = {t.acronym: t.expansion for t in self.glossary.terms.values()} if which_named else {}
        aside = _EXCEPT_Q.search(question)
        set_aside = (set(analyze(aside.group("x"))) - GENERIC_STEMS) if aside else set()

        def names_asked_instance(text: str) -> bool:
            # a particular one of what "which <noun>" asks for, not one the question names
            # or sets aside ("apart from the 2 safeguarding boards")
            return any((not set_aside or len(set(analyze(n)) & set_aside) * 2 < len(set(analyze(n))))
                       and not set(analyze(n)) <= q_words
                       for n in names_instance(which_named.group("noun"), text, acronyms))
        # ("most" alone asks for a majority or a ranking word too often: "what do most
        # victims ...?"; it counts only beside "ever")
        # (both directions ask for a range: "what was the lowest and highest?")
        named_sup = [pat for pat in _SUPERLATIVES.values()
                     # ("the most" after "which ... had" ranks: "which ethnic group had the most missing children?")
                     if pat.search(_RANKING_MOST.sub(lambda m: m.group(0) if m.group("verb") else " ", question))]
        superlative = named_sup[0] if len(named_sup) == 1 else None
        # "what was the most common way children left care?": the list item with the
        # largest leading figure among its passage's items ("- 35.4% Returned home ...")
        led: dict[int, list[float]] = {}  # passage -> its list items' leading figures
        # (or the smallest: "smallest age band of children in care?" -> "- 8.7% 5 to 9 years",
        # fifty-sixth session, a break-it helper)
        # (what the question sets aside takes no part: "apart from the council and the
        # police, which partner put in the most?", fifty-seventh session)
        excluded_rows = frozenset(i for i, u in enumerate(units) if avoid and any(quote_key(u.text) in quote_key(q) for q in avoid))
        if superlative is not None:
            for u in (u for i, u in enumerate(units) if i not in excluded_rows):
                lead = _LEAD_FIGURE.match(u.text) if u.kind == "list_item" else None
                if lead:
                    led.setdefault(u.passage, []).append(float(lead.group(1).replace(",", "")))
        extreme = min if superlative is _SUPERLATIVES["min"] else max
        top_item = {pi: extreme(v) for pi, v in led.items() if len(v) >= 3}
        # "which ethnic group made up the biggest share of missing children?": the table
        # row with the largest (or smallest) figure in its column among its table's rows
        top_n = top_n_asked(question)
        top_ranked = ranked_rows(units, superlative is _SUPERLATIVES["min"],
                                bool(re.search(r"%|\bper ?cent|\bshare\b|\bproportion\b|\brate\b", question, re.I)),
                                paid_in=_CONTRIBUTORS_Q.search(question) is not None, passages=passages,
                                asked=frozenset(s_ for s_, w in q_stems.items() if w > 0) - GENERIC_STEMS - _SPEND_STEMS,
                                spend=_SPEND_Q.search(question) is not None, n=top_n, skip=excluded_rows) if superlative else []
        top_row = set(top_ranked)
        # (the parts of one table split over chunks are one table: the top row of the
        # budget's income rows ranks the expenditure rows in the next chunk too)
        tkeys = table_keys(passages)
        top_tables = {tkeys.get(units[t].passage, units[t].passage) for t in top_row}
        ordinal_np = series_noun(question)
        # "who never came to the board's meetings?": the attendance rows short of the total
        absent_q = _ABSENT_Q.search(" ".join(asking_clauses(question)))
        # ... and who came to all of them ("who attended every board meeting?"; not whether
        # one did: "did the CCG go to all the board meetings?" is its row, full or not)
        full_q = _full_attendance_asked(question)
        # ... or at most so many ("anyone who made 1 meeting or none")
        at_most_q = _AT_MOST_Q.search(" ".join(asking_clauses(question))) is not None
        attended_as = attendance_filter(question)
        split_by_q = [named_by for dim, named_by in BREAKDOWNS if dim.search(" ".join(asking_clauses(question)))]
        # (the bodies whose meetings are asked about, when no subgroup is: "how often did
        # the HSCB meet?")
        meeting_bodies = _asked_bodies(question, self.glossary) if not re.search(r"\bsub-?groups?\b", question, re.I) else set()
        numbered_q = [(label_.lower(), num_) for label_, num_ in re.findall(r"\b(level|stage|tier|step|section|part)\s+(\d+[a-z]?)\b", asking_clauses(question)[-1], re.I)]
        split_rows = Counter((u.passage, u.kind) for u in units
                             if split_by_q and u.kind in ("table_row", "list_item") and any(n.search(u.text) for n in split_by_q))
        # a question about a shortfall ("which kind of conference mostly wasn't held in
        # timescales?", "what shouldn't I do?") prefers a unit that states one
        negative_q = qtype != "define" and _NEGATIVE_Q.search(_NOT_NEGATIVE.sub(" ", " ".join(asking_clauses(question)))) is not None
        out_of = re.search(r"\b(\d+)\s+(?:[\w-]+\s+){0,2}?(meetings|sessions|events)\b", question, re.I)
        # (the acronyms the question names, in any case for glossary terms: "hscb")
        asked_acrs = {a.upper() for a in re.findall(r"\b[A-Za-z][A-Za-z0-9&]{1,9}\b", question)
                      if a.isupper() and len(a) >= 2 or a.upper() in self.glossary.terms and acronym_flags(a.upper())}
        if not asked_acrs:
            # "did the CCG go to all the board meetings?": the board is the HSCB, whose
            # attendance table is headed so (the partnership's is the HSSP's)
            asked_acrs = _asked_bodies(question, self.glossary)
        # (those that head a retrieved table)
        headed_acrs = asked_acrs & {a for u in units if u.kind == "table_row"
                                    for a in re.findall(r"\b[A-Z][A-Z0-9&]{1,9}\b", last_section(passages[u.passage].chunk.section))}
        asked_p = periods_asked_of(question, passages)
        recommend_q = qtype in ("general", "list") and bool(_RECOMMEND_Q.search(" ".join(asking_clauses(question))))
        why_q = bool(_WHY_Q.search(" ".join(asking_clauses(question))))
        why_asked = why_q and bool(_WHY_FIRST.match((asking_clauses(question) or [question])[-1]))
        outcome_q = qtype in ("general", "list") and _OUTCOME_Q.search(question) is not None
        asked_months = _month_years(" ".join(asking_clauses(question)))
        story_end: set[int] = set()
        if outcome_q:
            # (the last paragraph of a section retrieved in several chunks: a story's end)
            last_of: dict[tuple[str, str], int] = {}
            for pi, p_ in enumerate(passages):
                key = (p_.chunk.source, p_.chunk.section)
                if key not in last_of or chunk_ordinal(p_.chunk.id) > chunk_ordinal(passages[last_of[key]].chunk.id):
                    last_of[key] = pi
            multi = {k for k in last_of if sum((p_.chunk.source, p_.chunk.section) == k for p_ in passages) > 1}
            ends = {pi for k, pi in last_of.items() if k in multi}
            last_line = {pi: max(u.line for u in units if u.passage == pi) for pi in ends}
            story_end = {i for i, u in enumerate(units) if u.passage in ends and u.line == last_line[u.passage]}
        improved_q = qtype in ("general", "list") and _IMPROVED_Q.search(" ".join(asking_clauses(question))) is not None
        problem_q = why_q and bool(_WHY_PROBLEM_Q.search(" ".join(asking_clauses(question))))
        money_q = bool(MONEY_Q.search(question))
        paid_in_q = money_q and _CONTRIBUTORS_Q.search(question) is not None
        # (a sum paid in, or the payer who paid in most: "which partner paid the most into the budget?")
        paying_q = _CONTRIBUTORS_Q.search(question) is not None and (money_q or superlative is not None)
        # (the budget-row words of a payer named by an everyday name: "the Met" -> "Police / MOPAC")
        payers = payers_asked(question) if money_q else []
        payer_stems = set(analyze(" ".join(n for _, names in payers for n in names)))
        # (the rows a question names besides the payer's: "total income and how much came
        # from harrow council?"; not the whole a share is taken of, "how much of the total
        # income came from the police?")
        named_rows = set(analyze(re.sub(r"\bhow much of (?:the |that |this |it )?(?:[\w-]+\s+){0,3}?(?=(?:came|comes|come|was|is)\b)",
                                        "how much ", question, flags=re.I)))
        payer_q_stems = set(analyze(" ".join(p_ for p_, _ in payers))) & set(q_stems)
        asked_years = years_named(question)
        about_entity = {pi for pi, p in enumerate(passages) if any(e in plain_form(p.chunk.embed_text()) for e in cases)}
        # a victim's story the question names by its person ("Serena was 15 when she
        # arrived - how did she get help?"): another story's sentences ("Brenda was able to
        # get help ...") are about someone else
        story_of = {pi: m.group(1) for pi, p in enumerate(passages) for m in [_STORY_HEADING.search(p.chunk.section)] if m}
        stories_asked = {n for n in story_of.values() if re.search(rf"\b{re.escape(n)}\b", question)}
        for i, u in enumerate(units):
            p = passages[u.passage]
            stems = pstems[u.passage].units[u.index]
            header_stems = pstems[u.passage].section
            if u.kind in ("table_row",):
                header_stems = header_stems | set(analyze(table_header(p.chunk, u.line) or ""))
            ctx = sum(w for s, w in q_stems.items() if s in header_stems and s not in stems) / q_total
            if u.kind == "list_item":
                # a list item's lead-in is its context, as a table's header is a row's ("The
                # profile in terms of children leaving care ...:" / "- 31.5% Moved into
                # Independent Living."), at half a heading's weight: the item's own words
                # must still tell the items apart ("returned home" / "Returned home to live
                # with parents", not "Left care to live with relative")
                lead_stems = set(analyze(lead_in(p.chunk, u.line))) - header_stems - stems
                ctx += 0.5 * sum(w for s, w in q_stems.items() if s in lead_stems) / q_total
            if ((PARTITIVE.match(u.text) or (improved_q and _POINTS_BACK_START.match(u.text) and _IMPROVED_TEXT.search(u.text)))
                    and u.index > 0 and units[i - 1].passage == u.passage):
                # (so is what "This was helpfully addressed by the BCU" addressed, for "did
                # anyone fix that?")
                # "Of these, 35 were registered to Harrow schools": what "these" are is in the
                # sentence before, counted as a list item's lead-in is
                prev = pstems[u.passage].units[u.index - 1] - header_stems - stems
                ctx += 0.5 * sum(w for s, w in q_stems.items() if s in prev) / q_total
            if u.kind == "footnote":
                # a footnote ("3 These are Harrow Council, ...") explains the paragraph it
                # follows: that paragraph's words count half as much as a heading's (the
                # paragraph's own sentences must still win on them)
                ref = set(analyze(referencing_line(p.chunk, u.line))) - header_stems - stems
                ctx += 0.5 * sum(w for s, w in q_stems.items() if s in ref) / q_total
            # words of the unit's heading count almost as much as its own: a short list item
            # ("- 103 Organisations") is answered by its heading ("Specific Support")
            lex[i] = sum(w for s, w in q_stems.items() if s in stems) / q_total + 0.7 * ctx
            credited: set[str] = set()
            for acr_stems, exp_stems in spelled:
                if not acr_stems & stems and exp_stems <= stems and not acr_stems & credited:
                    lex[i] += sum(q_stems[s_] for s_ in acr_stems) / q_total
                    credited |= acr_stems
            for exp_stems, acr_stems in abbreviated:
                if acr_stems <= stems and not exp_stems <= stems:
                    lex[i] += sum(q_stems[s_] for s_ in exp_stems - stems) / q_total
            if u.kind == "table_row":
                # (a row's label is the document's term of art, "Number of Children Looked
                # After"; a sentence has words of its own, and on the slavery pages "24 hour
                # accommodation" beat the helpline's "24 hours a day" for "open all the time")
                named: set[str] = set()
                for asked_stems, naming_stems in synonymous:
                    if naming_stems <= stems:
                        named |= asked_stems - stems
                lex[i] += SYNONYM_MATCH * sum(q_stems[s_] for s_ in named) / q_total
            off_topic = 0.0
            if source_q and u.kind == "footnote" and _SOURCE_LINE.match(u.text):
                # "the slavery site gives a worldwide figure - what is it and what's the
                # source?": the figure's sentence leads and its source line follows it
                # (:func:`with_footnotes`), not the source line alone
                off_topic = SOURCE_LINE_PENALTY
            elif (not source_q and u.kind == "footnote" and not _SOURCE_Q.search(question)
                  and ((what_is_q or count_of_things) and _REFERENCE_LINE.match(u.text) or _SOURCE_LINE.match(u.text))):
                # "what is the national referral mechanism?" is not answered by the title of
                # the statistics a footnote cites, nor "how many NRM referrals did Harrow
                # make?" by its year, nor "who do I ring?" by "** Source Global Slavery Index"
                off_topic = SOURCE_LINE_PENALTY
            if stories_asked and u.passage in story_of and story_of[u.passage] not in stories_asked:
                off_topic = max(off_topic, OTHER_STORY_PENALTY)
            if u.kind == "footnote" and _NAMING_ONLY.match(u.text) and not _CALLED_Q.search(question):
                # a footnote that only names what its paragraph speaks of ("13 Known as
                # contextual safeguarding") says nothing of it: "which researcher does Harrow
                # work with on contextual safeguarding?" is not answered by it
                off_topic = max(off_topic, SOURCE_LINE_PENALTY)
            if entities and any(e in plain_form(u.text + " " + p.chunk.section) for e in entities):
                lex[i] += 0.3
            elif cases and u.passage not in about_entity and about_entity:
                # the question names a case ("Family A"); passages that never mention it
                # answer about something else
                off_topic = 0.2
            rank_bonus = 1.0 / (1 + u.passage)
            type_bonus = _type_bonus(qtype, question, u.text)
            if (qtype == "who" or (qtype == "general" and _WHICH_CHARITY_Q.match(question))) and not type_bonus:
                # a name only in the unit's heading ("Dez Holmes" > "Dez is the Director
                # ...") counts for less than a name in the sentence itself
                type_bonus = WHO_HEADING_SHARE * _type_bonus(qtype, question, last_section(p.chunk.section))
            if qtype == "define" and defines(question, u.text):
                type_bonus += 1.0
            if criterion_q and _CONDITION.search(u.text):
                # "when does a SAR have to happen?": the sentence giving the rule's condition
                # ("These are required in some cases when an adult ... dies or is seriously
                # harmed") over one that only names the review (sixty-fifth session)
                type_bonus += CONDITION_MATCH
            if asked_months:
                # "why did mental health referrals surge in September 2020?": the sentence
                # about September 2020, not the one about the surge in August 2020
                named_months = _month_years(u.text)
                if named_months:
                    type_bonus += PERIOD_MATCH / 2 if named_months & asked_months else -PERIOD_MATCH / 2
            dated_to = periods(u.text) if asked_p and qtype != "number" else set()
            if asked_p and qtype == "list" and not dated_to and u.kind == "list_item":
                # a list item is dated by its heading: "PRIORITIES FOR 2020 – 2021 > - To
                # pilot a hybrid model ..." for "the conference service's priorities for 2020-21"
                dated_to = periods(last_section(p.chunk.section))
            if dated_to:
                # "was there a gender difference in 2019-20?": a sentence dated to the period
                # asked beats one dated to another ("During 2018-19 there was no ...")
                type_bonus += PERIOD_MATCH / 2 if dated_to & asked_p else -PERIOD_MATCH / 2
            if out_of and u.kind == "table_row":
                # "how many of the 7 meetings did LFB attend?": the table counting out of 7
                # meetings, not the one out of 4
                header_n = re.search(rf"\b(\d+)\s+(?:[\w-]+\s+){{0,2}}?{out_of.group(2)}", table_header(p.chunk, u.line) or "", re.I)
                if header_n:
                    type_bonus += OUT_OF_MATCH if header_n.group(1) == out_of.group(1) else -OUT_OF_MATCH
            if headed_acrs and u.kind == "table_row":
                # (or loses it when its heading names other bodies only)
                heading_acrs = set(re.findall(r"\b[A-Z][A-Z0-9&]{1,9}\b", last_section(p.chunk.section)))
                if heading_acrs:
                    type_bonus += HEADING_ACRONYM_MATCH if heading_acrs & headed_acrs else -HEADING_ACRONYM_MATCH
            if ordinal_np and places_in_series(ordinal_np, u.text):
                type_bonus += ORDINAL_BONUS  # "is this their first annual report?": "This is the second annual report ..."
            if which_named and names_asked_instance(u.text):
                type_bonus += WHICH_NAMED_BONUS
            if (meeting_bodies and re.search(r"\bsub-?groups?\b", u.text, re.I)
                    and not any(re.search(rf"\b{b}\b", u.text) for b in meeting_bodies)):
                # "how often did the HSCB meet?" is not answered by "The HSP's Quality
                # Assurance Subgroup meets every 6 weeks": a subgroup's meetings are its own
                type_bonus -= SUBGROUP_OFF
            for label_, num_ in numbered_q:
                # "how many Level 3 sessions did VAH run?": "3 Level 3 Nominated Safeguarding
                # Person Training Sessions", not the "13 Level 2 ..." item beside it
                said_ = re.findall(rf"\b{label_}\s+(\d+[a-z]?)\b", u.text, re.I)
                if said_:
                    type_bonus += NUMBERED_MATCH if num_.lower() in [n_.lower() for n_ in said_] else -NUMBERED_MATCH
            if (split_by_q and u.kind in ("paragraph", "footnote") and re.search(r"\d", u.text)
                    and any(m_.group(0).lower() not in DIMENSION_WORDS for n in split_by_q for m_ in n.finditer(u.text))):
                # "what's the split of domestic abuse victims by gender?": a sentence giving a
                # group's figure ("males made up 40% of victims"), not one naming the
                # dimension only ("age, gender, ethnicity and ability do not discriminate")
                type_bonus += SPLIT_ROW_BONUS / 3
            elif (split_by_q and u.kind != "table_row" and not re.search(r"\d", u.text)
                  and any(n.search(u.text) for n in split_by_q)
                  and all(m_.group(0).lower() in DIMENSION_WORDS for n in split_by_q for m_ in n.finditer(u.text))):
                # ... and a sentence naming the dimension only gives no split at all
                type_bonus -= SPLIT_ROW_BONUS * 2 / 3
            if split_by_q and u.kind in ("table_row", "list_item") and split_rows.get((u.passage, u.kind), 0) >= 3 and any(n.search(u.text) for n in split_by_q):
                # "whats the split of missing kids by ethnicity": the rows of a table (or the
                # items of a list) split that way ("Asian or Asian British | 12 | 14.5%",
                # three or more naming a group), not a sentence on the topic nor one row
                # naming groups
                type_bonus += SPLIT_ROW_BONUS
            if full_q and u.kind == "table_row":
                # "who never missed an HSSP meeting?": the full rows, not the short ones
                attended = _attendance(table_header(p.chunk, u.line) or "", u.text)
                type_bonus += ABSENT_MATCH * (1 if attended[0] >= attended[1] else -1) if attended else 0.0
            elif at_most_q and u.kind == "table_row":
                # "anyone who made 1 meeting or none": the rows at or under that count
                attended = _attendance(table_header(p.chunk, u.line) or "", u.text)
                type_bonus += ABSENT_MATCH * (1 if attended_as(*attended) else -1) if attended else 0.0
            elif absent_q and u.kind == "table_row":
                type_bonus += _absence_bonus(absent_q, table_header(p.chunk, u.line) or "", u.text)
            if ((full_q or at_most_q or absent_q) and u.kind == "table_row" and re.search(r"\battend", table_header(p.chunk, u.line) or "", re.I)
                    and _attendance(table_header(p.chunk, u.line) or "", u.text) is None):
                # a note set in an attendance table's rows ("Above also includes additional
                # Business Continuity Meetings ...") counts no one's attendance
                type_bonus -= ABSENT_MATCH
            if negative_q and _NEGATIVE_TEXT.search(u.text):
                type_bonus += NEGATIVE_MATCH  # "Only a minority of transfer-in conferences were held within timescales."
            if classify:
                if _CAPS_LABEL.match(u.text) or (u.index == 0 and _LABEL_HEADING.fullmatch(last_section(p.chunk.section))):
                    # "what's that form called?", "what kind of slavery is that?": a kind's
                    # label ("- DOMESTIC SERVITUDE Victims are ...", or the heading over the
                    # sentence describing it), not a name or a scene in a story
                    type_bonus += CALLED_BONUS
            elif called_q and _quoted_or_titled_name(u.text, q_words):
                type_bonus += CALLED_BONUS  # "... - what's it called?": '... to adopt a "Think Whole Family" approach'
            if set_aside and set_aside <= stems and not which_named:
                # "a way to report anonymously apart from the helpline?": not the helpline
                type_bonus -= SET_ASIDE_PENALTY
            if superlative and superlative.search(u.text):
                type_bonus += SUPERLATIVE_BONUS
            elif u.passage in top_item and u.kind == "list_item":
                lead = _LEAD_FIGURE.match(u.text)
                if lead and float(lead.group(1).replace(",", "")) == top_item[u.passage]:
                    type_bonus += SUPERLATIVE_BONUS
            elif i in top_row:
                type_bonus += SUPERLATIVE_BONUS
            elif u.kind == "table_row" and tkeys.get(u.passage, u.passage) in top_tables:
                type_bonus -= SUPERLATIVE_BONUS  # (the table's other rows: not the most)
            if hours_q and HOURS.search(u.text):
                type_bonus += HOURS_BONUS  # "is the helpline open at night?": "... 24 hours a day"
            if recommend_q and _RECOMMENDS.search(u.text):
                # "what did the review say should happen?", "what was the takeaway?": a
                # sentence saying what should or must be done, or what is needed
                type_bonus += RECOMMEND_BONUS
            if why_q and (_CAUSAL.search(u.text) or (problem_q and _CONSEQUENCE.search(u.text))):
                # "... going up or down, and what's the reason given?": a sentence giving a
                # cause ("The overall decline is thought to be related to better training ...")
                type_bonus += REASON_BONUS
            elif why_asked and _REASONS_GIVEN.search(u.text):
                # "why do they run off?": "The reasons for young people going missing include
                # ..."; "why the rise?": "We are not wholly sure what the cause for this is"
                # (only when why is what is asked: not "... where they were and why?")
                type_bonus += REASON_BONUS
            if outcome_q and u.kind == "paragraph" and (i in story_end or (not story_end and _OUTCOME_TEXT.search(u.text))):
                # "Brenda from Uganda - what was the outcome for her in the end?": how the
                # story ends, its section's last paragraph ("Brenda was allowed to remain in
                # the UK and now works ..."), or a sentence saying what came after
                type_bonus += OUTCOME_BONUS * (1.0 if _OUTCOME_TEXT.search(u.text) else 0.5)
            if improved_q and u.kind in ("paragraph", "list_item") and u.passage < IMPROVED_RANKS and _IMPROVED_TEXT.search(u.text):
                # "teenagers sit in a queue forever before CAMHS sees them - has any of that
                # got better?": "Good progress has been evidenced on waiting times ..."
                type_bonus += IMPROVED_BONUS
            if phone_q and PHONE_NUMBER.search(u.text):
                # "who do i ring ...?" is answered by a number to ring; the emergency number
                # only when the question speaks of an emergency ("... but don't want to give
                # my name, who do i ring?" is Crimestoppers' line, not "Call the Police on 999")
                emergency_only = {n.strip() for n in PHONE_NUMBER.findall(u.text)} <= {"999"}
                type_bonus += 0.3 if emergency_only and not emergency_q else 0.6
            if money_q and qtype != "number" and says_free(question, u.text):
                type_bonus += 1.0  # "is the helpline free to call?": "Free from landlines ..."
            if qtype == "list" and (u.kind == "list_item" or enumerates(u.text) or lists_kind(kind, u.text)):
                type_bonus += 0.5 + ctx
            if (count and u.kind in ("paragraph", "footnote")
                    and (count in enumeration_counts(u.text) or states_count(u.text, count, stated[1]))
                    and count_noun <= stems | header_stems):
                type_bonus += COUNT_MATCH / w_type
                counted.add(i)
            if qtype == "number" and u.kind == "table_row" and set(analyze(u.text.split("|")[0])) & (
                    set(q_stems) - GENERIC_STEMS - _WHOLE_STEMS):
                type_bonus += 0.5  # the row's label names what is asked ("Overall Population | 252,300")
            if (qtype == "number" and u.kind == "table_row" and re.match(r"\s*(?:grand\s+)?total\b", u.text, re.I)
                    and not set(analyze(PERIOD.sub(" ", question))) - header_stems - GENERIC_STEMS - _WHOLE_STEMS
                    - (_PAYING_STEMS if paid_in_q else frozenset())):
                # "what was the HSCB budget in 2020-21?" names nothing the table's title does
                # not: its grand total ("Total Expenditure: 192,457"), not a sub-total
                # ("Delivery Costs Total: 28,427")
                # (nor does "how much did the partners give altogether?": what was paid in,
                # "Total Income | -192,457", not "Training Income | -3,540")
                type_bonus += 0.3
                if paid_in_q and re.search(r"\bincome\b", row_label(u), re.I):
                    type_bonus += 0.5
            if paying_q and u.kind == "table_row" and (_income_row(units, i) or (
                    TOTAL_ROW.search(row_label(u)) and re.search(r"\bincome\b", row_label(u), re.I))):
                # an income row says "paid in" by being one: "how much did health
                # contribute?" is "Harrow Clinical Commissioning Group | -20,000", not "100%
                # had contributed to their plan", which only shares the verb (nor "which
                # partner paid the most into the budget?" a sentence on "funding"); so does
                # the row summing them, "Total Income")
                lex[i] += sum(q_stems[s_] for s_ in (_PAYING_STEMS & set(q_stems)) - stems) / q_total
            if (qtype == "number" and money_q and u.kind == "table_row"
                    and MONEY_CONTEXT.search(u.text + "\n" + (table_header(p.chunk, u.line) or "") + "\n" + p.chunk.section)):
                type_bonus += 0.4  # "how much did the CCG contribute?": a row of the budget, not of attendance
                if paid_in_q and _income_row(units, i):
                    type_bonus += 0.5  # "how much did the council put in?": "Harrow Council ... | -162,417", not "Council charges"
                if payer_stems & set(analyze(row_label(u))):
                    # "how much did the Metropolitan Police contribute?": "Police / MOPAC |
                    # -5,000" names the payer asked, as "Metropolitan Police | 4" (attendance) does
                    lex[i] += sum(q_stems[s_] for s_ in payer_q_stems - stems) / q_total
                elif payer_stems and not set(analyze(row_label(u))) <= named_rows:
                    # "how much of the total income came from the police?": the payer's
                    # row, not the total it is a share of nor another income row
                    type_bonus -= 0.5
                elif payer_stems:
                    # ... unless asked for too, by its label: "total income and how much came
                    # from harrow council?" is both rows
                    type_bonus += 0.3
            elif qtype == "number" and money_q and u.kind == "table_row":
                type_bonus -= 0.5  # "what lump sum is a care leaver due?": not a count of children looked after
            elif (qtype == "number" and not money_q and u.kind == "table_row" and COUNT_Q.search(question)
                  and MONEY_CONTEXT.search((table_header(p.chunk, u.line) or "") + "\n" + p.chunk.section)):
                type_bonus -= 1.0  # "how many people went to the conference?": not its budget line ("Annual Conference | 750")
            if asked_years and qtype == "number":
                # a figure dated to the year asked about beats one dated to another year
                # ("babies under 1 (year to march 2020)": "Age Profile ... year ending
                # 31.03.20", not "Number of Children Looked After (31st March 2021)")
                dated = years_named(figure_context(p.chunk, u))
                if dated:
                    type_bonus += PERIOD_MATCH if dated & asked_years else -PERIOD_MATCH
            _, _, w_rank, w_type = self.weights
            scores[i] = w_rank * rank_bonus + w_type * type_bonus - off_topic
            if len(u.text) < 25 and u.kind == "paragraph":
                scores[i] -= 0.1
            if stems and stems <= q_words and u.kind != "table_row":
                scores[i] -= 0.3  # it only restates the question ("Harrow Safeguarding Partnership")
            if len(u.text) > 300:
                scores[i] -= 0.05 * min(1.0, (len(u.text) - 300) / 300)
            if re.search(r"https?://|www\.", u.text) and len(re.sub(r"\S*(https?://|www\.)\S*", "", u.text)) < 60:
                scores[i] -= 0.2  # a bare reference ("15 Accessed at https://...") answers nothing
        latest_units: set[int] = set()  # a count asked now: the figures of the latest year
        about: list[int] = []  # of a count question: the figures about what is asked
        group_rows: set[int] = set()  # ... and the table rows among them naming the group asked
        # (a change asked of a figure is about figures too: "did CP plans go up or down?")
        if qtype == "number" or (qtype == "general" and _UP_OR_DOWN_Q.search(question)):
            # the figures about what is asked: lexical coverage near the best figure's
            figures = [i for i, u in enumerate(units) if re.search(r"\d", PERIOD.sub(" ", u.text))]
            # (an everyday phrase of the question counts as present in a figure giving the
            # documents' words for it: "CP plans" in "Number of Children on Child Protection
            # Plans (31st March 2021) | 298" -- only here, as scoring credit it lost answers)
            bridges = [(set(analyze(phrase)) & set(q_stems), set(analyze(target)))
                       for phrase, targets in self.glossary.matched_synonyms(question) for target in targets]
            about_lex = lex.copy()
            for i in figures if bridges else ():
                u = units[i]
                said = pstems[u.passage].units[u.index] | pstems[u.passage].section
                if u.kind == "table_row":
                    said = said | set(analyze(table_header(passages[u.passage].chunk, u.line) or ""))
                gained = {s_ for phrase, target in bridges if target and target <= said for s_ in phrase - said}
                about_lex[i] += sum(q_stems[s_] for s_ in gained) / q_total
            top_lex = max((about_lex[i] for i in figures), default=0.0)
            about = [i for i in figures if top_lex > 0 and about_lex[i] >= CURRENT_LEX_SHARE * top_lex]
            # (a count put to be checked asks the same: "were there about 300 kids on CP
            # plans?", "is it true that 500 children were looked after?")
            if not asked_years and (_CURRENT_COUNT_Q.search(question) or CHECKED_FIGURE.search(question.lower())) and not _PAST_Q.search(question):
                # "how many children are on CP plans?" asks for the figure now: of the dated
                # figures about what is asked, those of the latest year ("Number of Children on
                # Child Protection Plans (31st March 2021) | 298") beat older ones ("In April
                # 2019, there were 281 children ...")
                dated = {i: max(years_named(figure_context(passages[units[i].passage].chunk, units[i])) or {""})
                         for i in about}
                latest = max(dated.values(), default="")
                if latest and len({y for y in dated.values() if y}) > 1:
                    for i, year in dated.items():
                        if year:
                            scores[i] += w_type * (PERIOD_MATCH if year == latest else -PERIOD_MATCH)
                    latest_units = {i for i, year in dated.items() if year == latest}
            # "how many children who go missing are black?": a figure for a group must name
            # the group or the answer is refused (:data:`~assistant.answer.refusal_rules.GROUPS_ASKED`),
            # so of the figures about what is asked, a breakdown table's row naming the group
            # ("Black or Black British | 30 | 36.1%") beats one that does not ("... 83
            # children went missing"); a sentence merely naming it ("... fewer who are NEET")
            # gains nothing, as it seldom gives the group's count
            # (a row's column headers label its figure, so they count in full here: "Black or
            # Black British | 30 | 36.1%" under "2019/20 Missing Children" is about "how many
            # black children went missing?")
            named_by = [nb for group_re, nb in GROUPS_ASKED if group_re.search(asking_clauses(question)[-1])]
            for i in figures if named_by else ():
                u = units[i]
                header = table_header(passages[u.passage].chunk, u.line) or ""
                where = "\n".join([u.text, header, passages[u.passage].chunk.section])
                labelled = pstems[u.passage].units[u.index] | set(analyze(header))
                if (u.kind == "table_row" and all(nb.search(where) for nb in named_by)
                        and (i in about or sum(w for s_, w in q_stems.items() if s_ in labelled) / q_total >= CURRENT_LEX_SHARE * top_lex)):
                    scores[i] += w_type * GROUP_MATCH
                    group_rows.add(i)
        w_lex, w_dense = self.weights[:2]
        if lex.max() < PARAPHRASE_LEX:
            w_dense *= PARAPHRASE_DENSE_BOOST
        scores += w_lex * lex + w_dense * np.asarray(dense, dtype=float)
        held = held_count_noun(question) if qtype in ("number", "frequency") else ""
        share_pred = _SHARE_PRED.search(asking_clauses(question)[-1]) if qtype == "number" else None
        pred = set(analyze(share_pred.group("p"))) - GENERIC_STEMS if share_pred else set()
        # (the share's unit names the group too, in the question's words or the glossary's:
        # "ICPCs" for "initial cp conferences"; not "43% of females were NEET" for "what % of
        # care leavers aged 19-21 were neet?")
        whole = set(analyze(share_pred.group("x"))) - GENERIC_STEMS if share_pred else set()
        whole |= {s_ for phrase, targets in (self.glossary.matched_synonyms(share_pred.group("x")) if share_pred else [])
                  for t in targets for s_ in analyze(t)}
        for i, u in enumerate(units if pred and whole else ()):
            # "what % of initial cp conferences were held in timescale?": a share naming what
            # the share is of ("The majority of ICPCs have taken place within the target
            # timescale of 15 days (62.7%)") beats one of the same group naming another
            # ("Of the initial conferences, 80.3% had an outcome of a CP Plan") (sixty-fourth
            # session)
            if (re.search(r"\d\s?%", u.text) and 2 * len(pred & pstems[u.passage].units[u.index]) >= len(pred)
                    and whole & pstems[u.passage].units[u.index]):
                scores[i] += w_type * SHARE_PRED_MATCH
        scores[[u.kind == "table_header" for u in units]] = -1.0
        # (a header row alone answers nothing, but one counting what is asked: "how many
        # meetings did the HSCB hold?" is "ATTENDANCE OUT OF 4 MEETINGS", scored as its
        # table's best row)
        # (above every unit when its table is headed by the body asked: "how often did the
        # board meet last year?" is the HSCB's header, not the HSSP's note row "Above also
        # includes additional Business Continuity Meetings ...")
        top_score = float(scores.max()) if len(scores) else 0.0
        for i, u in enumerate(units):
            named_body = heading_names_body(held_by(question), question, last_section(passages[u.passage].chunk.section)) if held else None
            if u.kind == "table_header" and held and counts_held(u.text, held) and named_body is not False:
                rows = [scores[j] for j, v in enumerate(units) if v.passage == u.passage and v.kind == "table_row"]
                scores[i] = (top_score if named_body else max(rows, default=scores[i])) + w_type * COUNT_MATCH
        if avoid:
            # (the same words in the other copy of a document count as given: "LA’s" / "LA's")
            avoided = [quote_key(q) for q in avoid]
            scores[[any(quote_key(u.text) in q for q in avoided) for u in units]] = -1.0

        best_dense = max((p.dense_score or 0.0) for p in passages)
        best = int(np.argmax(scores))
        def gives_figure(i: int) -> bool:
            # (a helpline's number is no price: "how much does it cost to call?")
            text = PHONE_NUMBER.sub(" ", units[i].text) if money_q else units[i].text
            # (a count in words only ranks higher, :func:`_type_bonus`: "how many professionals
            # accepted the restraint?" is not answered by "only one professional explored it")
            return has_figure(text) or says_free(question, text)
        if (qtype == "number" or money_q) and not gives_figure(best):
            # a figure question: the best unit of the same passage that carries a figure,
            # unless far weaker ("Serena from Gambia" / "She was only 15 when she arrived"),
            # or of another passage when nearly as strong ("You can also report it by
            # calling ... 0800 0121 700" / "Free from landlines and most mobile phones")
            same = [i for i in range(len(units)) if gives_figure(i) and units[i].passage == units[best].passage]
            other = [i for i in range(len(units)) if gives_figure(i) and units[i].passage != units[best].passage]
            if same and scores[max(same, key=lambda i: scores[i])] >= 0.75 * scores[best]:
                best = max(same, key=lambda i: scores[i])
            elif money_q and other and scores[max(other, key=lambda i: scores[i])] >= 0.8 * scores[best]:
                # (only for a sum: for a count, a figure from another passage is usually a
                # count of something else, and the question better refused)
                best = max(other, key=lambda i: scores[i])
            else:
                # ... unless that passage is a sub-section of the best one's section (or the
                # other way round): "how many organisations got specific support from VAH's
                # outreach team?" / "Their small Safeguarding Outreach Team ..." under
                # "Commission of Voluntary Action Harrow" and "- 103 Organisations" under
                # its "Specific Support:"
                home = passages[units[best].passage].chunk
                nested = [i for i in other if _nested_sections(home, passages[units[i].passage].chunk)]
                if nested and scores[max(nested, key=lambda i: scores[i])] >= 0.8 * scores[best]:
                    best = max(nested, key=lambda i: scores[i])
        def strongest(passes, ratio: float, depth: int = 12) -> int:
            """``best``, or the strongest of the top ``depth`` units for which ``passes(i)``
            holds, when it scores at least ``ratio`` of ``best`` (else it is far weaker)."""
            ok = [int(i) for i in np.argsort(-scores)[:depth] if passes(int(i))]
            return ok[0] if ok and scores[ok[0]] >= ratio * scores[best] else best
        how_many = qtype == "number" and re.search(r"\bhow many\b", " ".join(asking_clauses(question)), re.I)
        best_text = " ".join(units[i].text for i in with_continuation(units, [best]))
        if how_many and not _gives_count(best_text):
            # "how many children are looked after in Harrow?" is a count: "100% of Children
            # Looked After ... had information" gives a share only (and would be refused for
            # it), so the strongest unit giving a count, unless far weaker ("Number of
            # Children Looked After (31st March 2021) | 184"); one giving no figure but ages
            # ("... care leavers aged 17 and 18 ...") gives way only to a count about what is
            # asked ("On 31/03/2020 there were 194 young people who had recently left
            # Harrow's care", not "Of these 154 were girls" of home education for "cp plans -
            # how many were girls?")
            best = strongest(lambda i: _gives_count(units[i].text) and i in about, COUNT_RATIO)
        elif how_many and PHONE_NUMBER.search(best_text) and not _gives_count(PHONE_NUMBER.sub(" ", best_text)):
            # a helpline's number counts nothing ("... Crimestoppers on 0800 555 111"): the
            # strongest sentence broken across two blocks of a page whose first half gives
            # the count ("1,746 cases reported" / "in the UK in 2013 - a 47% increase ..."),
            # unless far weaker
            best = strongest(lambda i: i in about and units[i].text[:1].islower() and _gives_count(
                " ".join(units[j].text for j in with_continuation(units, [i]))), COUNT_RATIO)
        if (qtype == "number" and units[best].kind == "list_item" and about and not group_rows
                and re.search(r"\bhow many\b", " ".join(asking_clauses(question)), re.I)
                and not any(dim.search(" ".join(asking_clauses(question))) for dim, _ in BREAKDOWNS)):
            # "how many young carers are there?" asks for the whole: the sentence counting
            # it ("A total of 83 children were on the LA's system as young carers") beats a
            # list splitting it by something not asked ("The impact of Covid-19 saw
            # attendance: - Worsen for 18 young carers"), unless far weaker
            best = strongest(lambda i: i in about and units[i].kind == "paragraph" and _TOTAL.search(units[i].text) is not None
                             and _gives_count(units[i].text), COUNT_RATIO)
        if qtype in ("number", "general") and _ATTEND_Q.search(question) and not counts_attendance(question, units[best].text):
            # "how many people came to the conference on contextual safeguarding?" counts who
            # attended: "185 delegates attended.", not "Contextual Safeguarding was chosen
            # ... one of our shared top three priorities", unless far weaker
            best = strongest(lambda i: counts_attendance(question, units[i].text), COUNT_RATIO)
        if AGE_Q.search(asking_clauses(question)[-1]) and not AGE_GIVEN.search(units[best].text):
            # "how old was the anonymous girl when it started?" asks an age: "A young woman
            # aged 17 was a victim ... for four years from the age of 13", not "... they
            # robbed four years of her childhood" (which would be refused as giving no age),
            # unless far weaker
            best = strongest(lambda i: AGE_GIVEN.search(units[i].text) is not None, REFUSED_RATIO)
        voice_of = voice_asked(question)
        if voice_of is not None and not (voice_of.search(units[best].text) and gives_voice(units[best].text)):
            # "what did kids think of it – social workers in schools?" asks what a group said
            # or felt: "Feedback from staff, children and their parents has been very
            # positive", not the project's description (which would be refused for it),
            # unless far weaker
            # (or a quoted line in a passage naming the group: "... when I think of the
            # treatment workers, I think of someone who was there for me" after "ACT seeks to
            # gain feedback ... from the young people it works with") (sixty-fourth session)
            best = strongest(lambda i: gives_voice(units[i].text) and (
                voice_of.search(units[i].text) is not None
                or (quoted_line(units[i].text) and voice_of.search(passages[units[i].passage].chunk.text) is not None)),
                REFUSED_RATIO)
            if not gives_voice(units[best].text):
                # (a quoted line that names what is asked about is the group's own words
                # however low it scores: "the camhs treatment workers" in "... when I think of
                # the treatment workers, I think of someone who was there for me")
                topic = set(analyze(_GROUP_VOICE_TOPIC.sub(" ", question))) - GENERIC_STEMS
                best = strongest(lambda i: quoted_line(units[i].text) and voice_of.search(passages[units[i].passage].chunk.text) is not None
                                 and len(topic & pstems[units[i].passage].units[units[i].index]) >= 2, VOICE_QUOTE_RATIO)
        if latest_units and best not in latest_units and best in about:
            # a count asked now, best answered by an older figure ("In April 2019, there were
            # 281 children with Child Protection Plans"): the strongest figure of the latest
            # year about what is asked ("... (31st March 2021) ... | 298"), unless far weaker
            best = strongest(lambda i: i in latest_units, REFUSED_RATIO)
        if qtype == "when" and not _type_bonus(qtype, question, units[best].text):
            # "in which month did they see the highest number of referrals?": the strongest
            # unit giving a date of the kind asked, unless far weaker ("In September 2020
            # there was the highest number ...", not "... set up ... in 2019")
            best = strongest(lambda i: _type_bonus(qtype, question, units[i].text) > 0, DATED_RATIO)
        if criterion_q and not _CONDITION.search(units[best].text):
            # "at what point do school absences get looked at for county lines?": the
            # strongest unit about what is asked that states a condition ("absences are
            # therefore also scrutinised, particularly when there is a pattern of high
            # frequency"), unless far weaker (sixty-fifth session)
            best = strongest(lambda i: _CONDITION.search(units[i].text) is not None, DATED_RATIO)
        if qtype == "when" and superlative and not superlative.search(units[best].text):
            # "which month during covid saw the most mental health referrals?": of the dated
            # units, the one naming the extreme asked ("In September 2020 there was the highest
            # number of referrals ever seen", not "In March/April 2020 ... vanished"), unless
            # far weaker (fifty-sixth session, probe-120)
            best = strongest(lambda i: _type_bonus(qtype, question, units[i].text) > 0 and superlative.search(units[i].text) is not None,
                             DATED_RATIO)
        if qtype == "general" and asked_p and not periods(units[best].text) & asked_p:
            # "any gender difference in 2019-20?": the strongest unit dated to the period
            # asked, unless far weaker
            best = strongest(lambda i: bool(periods(units[i].text) & asked_p), DATED_RATIO)
        if asked_p and periods(units[best].text) and not periods(units[best].text) & asked_p:
            # "was there a gender difference in 2019-20?": "During 2018-19 there was no
            # significant difference by gender ..." is followed by "However, this changed in
            # 2019-20 where 43% of females ..." -- the next sentence, naming the period asked
            nxt = best + 1
            if (nxt < len(units) and units[nxt].passage == units[best].passage and units[nxt].line == units[best].line
                    and periods(units[nxt].text) & asked_p):
                best = nxt
        if asked_p and not _dated_to(passages[units[best].passage].chunk, asked_p):
            # "number of kids on CP plans at 31/3/21?": the strongest unit whose passage
            # names the period asked and what is asked ("Number of Children on Child
            # Protection Plans (31st March 2021) | 298"), unless far weaker, rather than a
            # 2019-20 sentence the period check in :meth:`_compose` would refuse (not any
            # passage of a 2020-21 report, nor "There were 789 CPCs in Harrow in 2019-20"
            # for "how many LADO referrals in 2019-20?")
            asked_terms = self.glossary.find_terms(" ".join(asking_clauses(question)))

            def dated_and_named(i: int) -> bool:
                c = passages[units[i].passage].chunk
                # (each glossary term the question asks about named, by acronym or
                # expansion: the LADO in "how many LADO referrals")
                text = c.section + "\n" + c.text
                if not all(self.glossary.names_term(t, text) for t in asked_terms):
                    return False
                # (and, for a figure, a word of what is asked in its own paragraph, heading or table
                # header, not only elsewhere in its chunk: "perm exclusions in 2019-20: how
                # many were there?" is not answered by "In the period 2019 to 2020 a total
                # number of 83 children went missing" from a chunk mentioning exclusions)
                if qtype == "number" and not (set(q_stems) - GENERIC_STEMS - set(analyze(" ".join(asked_p)))) & set(analyze(figure_context(c, units[i]))):
                    return False
                return (_dated_to(c, asked_p, named_only=True) and names_what_is_asked(question, c.embed_text(), self.glossary)
                        and missing_evidence(question, qtype, [units[i].text], context=figure_context(c, units[i])) is None)
            best = strongest(dated_and_named, REFUSED_RATIO)
        def lacking(i: int) -> str | None:
            """What the evidence checks find unit ``i`` lacks (``None``: nothing)."""
            c = passages[units[i].passage].chunk
            return missing_evidence(question, qtype, [units[i].text], context=figure_context(c, units[i]))

        def evidenced(i: int) -> bool:
            return lacking(i) is None

        def strongest_evidenced(ratio: float) -> int:
            """``best``, or the strongest of the top 12 units that passes the evidence
            checks when it scores at least ``ratio`` of ``best``."""
            return best if evidenced(best) else strongest(evidenced, ratio)
        bare_years = set(YEAR_Q.findall(PERIOD.sub(" ", question))) if not periods(question) else set()
        if qtype == "number" and bare_years and re.fullmatch(r"figures for (?:19|20)\d{2}(?:, (?:19|20)\d{2})*", lacking(best) or ""):
            # "how many children were looked after in 2020?": the best unit's figure is
            # dated to another year ("Number of Children Looked After (31st March 2021) |
            # 184") and would be refused for that alone, so the strongest figure about what
            # is asked that is dated to a year asked and passes the checks ("The Looked After
            # population for 2019/20 ranged from 170 to 186"), unless far weaker
            best = strongest(lambda i: i in about and bool(years_named(figure_context(passages[units[i].passage].chunk, units[i])) & bare_years)
                             and evidenced(i), REFUSED_RATIO)
        if qtype in ("number", "general") and lacking(best) == "a comparison with another year":
            # "is the number of children on CP plans up or down?": the best unit's figures
            # ("In April 2019, there were 281 children with Child Protection Plans") say no
            # change and would be refused for that alone, so the strongest unit about what
            # is asked that passes the checks ("Number of Children on Child Protection
            # Plans (31st March 2021) (+12% in 12 months) | 298"), unless far weaker
            # (a change asked of a figure, "did CP plans go up or down in the year to march
            # 2021?", has figures about it too; "did CP plans lasting 2+ years go up or down?"
            # is not answered by all CP plans' "+12%")
            best = strongest(lambda i: i in about and evidenced(i), REFUSED_RATIO)
        def _figured(i: int) -> bool:
            return re.search(r"\d", re.sub(r"\bcovid[- ]?19\b", " ", PERIOD.sub(" ", units[i].text), flags=re.I)) is not None
        if _UP_OR_DOWN_Q.search(question) and ((qtype == "general" and not _figured(best))
                                               or (qtype in ("number", "general") and _figured(best) and not gives_change(units[best].text))):
            # "did the MASH get more contacts in 2020-21 than the year before?": the best unit
            # tells of a change in something near it with no figure ("During Covid-19 we
            # experienced a small increase in the number of referrals into our MASH"), so the
            # strongest figure stating a change that names more of the question's own words
            # ("Number of Contacts in MASH ... (+ 2% in 12 months) | 9,971"), unless far
            # weaker (sixty-fourth session, closed questions)
            own = set(analyze(PERIOD.sub(" ", question)))
            def _named(i: int) -> set:
                u = units[i]
                return own & (pstems[u.passage].units[u.index] | set(analyze(table_header(passages[u.passage].chunk, u.line) or "")))
            best_named = _named(best)
            # (a figure giving no change gives way to one that does naming as many of the
            # question's words: "did the number of kids on cp plans go up last year?" is
            # "... (+12% in 12 months) | 298", not "88 children were subject to a repeat CP plan")
            enough = (lambda i: len(_named(i)) >= len(best_named)) if _figured(best) else (lambda i: _named(i) > best_named)
            best = strongest(lambda i: _figured(i) and gives_change(units[i].text) and enough(i) and evidenced(i), REFUSED_RATIO)
        if qtype == "number" and group_rows and lacking(best) == "figures for that group":
            # "how many black children went missing?": the best unit's figure is the total
            # ("... 83 children went missing ...") and would be refused for that alone (it
            # names no group), so the strongest table row about what is asked that names the
            # group and passes the checks ("Black or Black British | 30 | 36.1%"), unless
            # far weaker (not "Of these 154 were girls" of home education for "cp plans -
            # how many were girls?")
            best = strongest(lambda i: i in group_rows and evidenced(i), REFUSED_RATIO)
        if lacking(best) == "figures for this age group":
            # "what share of looked after kids are babies under 1?": the best unit ("100% of
            # Children Looked After ... had information about their entitlements") names no
            # age and would be refused for that alone, so the strongest unit that names the
            # band and passes the checks ("- 13.8% under 1 year"), unless far weaker
            # (fifty-sixth session, a break-it helper)
            best = strongest(lambda i: evidenced(i), REFUSED_RATIO)
        versus = VERSUS_Q.search(question) if qtype in ("number", "general") else None
        if versus:
            # "how does the number of LAC compare against england?": the strongest unit naming
            # what it is compared with ("Compared with London, the UK as a whole and ... the
            # number of children ... looked after ... is relatively low"), unless far weaker,
            # beats the bare figure ("... | 184"), which would be refused for lacking it
            named = [n for key, n in COMPARATORS if re.search(key, versus.group("cmp"), re.I)]

            def compares(i: int) -> bool:
                # (in the unit or its heading: "Harrow has the 12th highest number of Child
                # Protection Plans per 10,000 population" under "Local Data Analysis and
                # comparisons with London (ISOS) Data"), and of what is compared (not the
                # missing looked after children's "exceeded the England average" for
                # "is our repeat CP plan rate higher than England's?")
                heading = last_section(passages[units[i].passage].chunk.section)
                return (any(re.search(n, units[i].text + "\n" + heading, re.I) for n in named)
                        and not compared_measure_unnamed(question, versus, units[i].text, heading))
            if not compares(best):
                best = strongest(compares, REFUSED_RATIO, depth=20)
        names = capitalised_names(without_home_system(question).strip())
        # (once per passage, not per unit)
        names_all = {p_: all(names_name(n, passages[p_].chunk.embed_text()) for n in names)
                     for p_ in range(len(passages))} if names else {}
        if names and not names_all[units[best].passage]:
            # "what did Carlene Firmin's work shape?": the best unit's passage does not name
            # her and would be refused for that alone, so the strongest unit of a passage
            # naming every name asked that passes the checks, unless far weaker
            best = strongest(lambda i: names_all[units[i].passage] and evidenced(i), REFUSED_RATIO, depth=20)
        if timed_event(question):
            # "within how many days must an initial child protection conference be held?":
            # the strongest unit timing that event ("The majority of ICPCs have taken place
            # within the target timescale of 15 days"), unless far weaker
            best = strongest_evidenced(0.75)
        if which_named and not names_asked_instance(units[best].text):
            # "what other borough board does chris miller sit on?": the strongest unit naming
            # a board, unless far weaker ("I am also a member of the Health and Wellbeing
            # Board ...", not "Chris Miller Independent Chair and Scrutineer ...")
            best = strongest(lambda i: names_asked_instance(units[i].text), WHICH_NAMED_RATIO)
        if (top_row and best not in top_row and tkeys.get(units[best].passage, units[best].passage) not in top_tables
                and qtype != "when" and re.search(r"\b(?:which|who)\b", " ".join(asking_clauses(question)), re.I)):
            # "which ethnic group made up the biggest share of missing children in 2019/20?":
            # the row holding its table's largest figure, unless far weaker, beats a
            # sentence about the group in general; one naming no extreme at all ("Involvement
            # of Key Partners ✓ Funding Arrangements ✗" for "which partner paid the most
            # into the budget?") gives way to it more readily
            best = strongest(lambda i: i in top_row, TOP_ROW_RATIO if superlative.search(units[best].text) else TOP_ROW_RATIO_PLAIN)
        if units[best].kind == "table_row" and best not in top_row:
            # "which ethnic group made up the biggest share?": of the best row's table, the
            # row holding its largest figure ("Black or Black British | 30 | 36.1%", not
            # "Other Ethnic background | 8 | 9.6%", which shares the question's word)
            best = next((t for t in top_ranked if tkeys.get(units[t].passage, units[t].passage) == tkeys.get(units[best].passage, units[best].passage)), best)
        if phone_q and not PHONE_NUMBER.search(units[best].text):
            # "... who can they ring?": the strongest unit giving a number to ring, unless
            # far weaker ("Calls can be made anonymously" / "... call 101 or Crimestoppers
            # anonymously on 0800 555 111")
            ringable = [i for i in range(len(units)) if PHONE_NUMBER.search(units[i].text)]
            if ringable and scores[max(ringable, key=lambda i: scores[i])] >= 0.75 * scores[best]:
                best = max(ringable, key=lambda i: scores[i])
        if email_q and not EMAIL_ADDRESS.search(units[best].text):
            # "what's Carlene Firmin's email?": the strongest unit giving an address to write
            # to ("carlene.firmin@beds.ac.uk"), unless far weaker
            mailable = [i for i in range(len(units)) if EMAIL_ADDRESS.search(units[i].text)]
            if mailable and scores[max(mailable, key=lambda i: scores[i])] >= 0.5 * scores[best]:
                best = max(mailable, key=lambda i: scores[i])
        if ordinal_np and not places_in_series(ordinal_np, units[best].text):
            # "is this their first annual report?": the strongest unit placing it in its
            # series ("This is the second annual report that we have produced ..."),
            # unless far weaker
            best = strongest(lambda i: places_in_series(ordinal_np, units[i].text), 0.5, depth=40)
        if hours_q and not HOURS.search(units[best].text):
            # "is the modern slavery helpline open round the clock?": the strongest unit
            # giving opening hours of what is asked about ("PHONE THE HELPLINE" / "0800 0121
            # 700* 24 hours a day."), unless far weaker, beats one only naming the helpline
            opening = HOURS_Q.search(question)
            # ("can ppl call the helpline any time?": what is called is inside the match)
            called = re.match(r"(?:call|ring|phone|contact|reach)\s+(?P<obj>.*?)\s*(?:at\s+)?(?:any ?time|24/7|round the clock|"
                              r"day or night|at night|overnight|at weekends?)$", opening.group(0), re.I)
            subject = (set(q_stems) - (set(analyze(opening.group(0))) - set(analyze(called.group("obj") if called else "")))
                       - GENERIC_STEMS - set(analyze("whats what's which who how can")))
            # (of what is asked about: its most particular word, "helpline", is in the unit
            # or its heading; not "Women's Aid provides 24 hour accommodation")
            # (named before "open" when it is: "... the Modern Slavery Helpline is open
            # 9am-5pm weekdays and costs the standard rate?" asks about the helpline)
            # (in its own clause only: "... without giving their name, and is it open at
            # night?" names it before, "the slavery line")
            clause = called.group("obj") if called and called.group("obj") else re.split(r"[,.;?]|\band\b|\s[-–—]\s", question[:opening.start()])[-1]
            subject = (subject & set(analyze(" ".join(clause.split()[-6:])))) or subject
            key = max(subject, key=lambda s_: q_stems[s_]) if subject else ""
            # (or, in a later part pointing back, "... ring the slavery line ... - is it open
            # at night?", a word of the thing "it" is: "line" in "PHONE THE HELPLINE")
            keys = {key} | ({s_ for s_ in subject if any(s_ in w for w in ("helpline", "hotline", "phoneline"))}
                            if asked_before_stems(question) or " - " in question else set())
            best = strongest(lambda i: bool(HOURS.search(units[i].text)) and (
                key in pstems[units[i].passage].units[units[i].index] | pstems[units[i].passage].section
                or any(k in (units[i].text + " " + passages[units[i].passage].chunk.section).lower() for k in keys - {key})), 0.5, depth=30)
        if money_q and qtype != "number" and not says_free(question, units[best].text) and not re.search(r"£|\d", PHONE_NUMBER.sub(" ", units[best].text)):
            # "does it cost anything to call the helpline?": the strongest unit saying it
            # is free, unless far weaker, beats the helpline's number
            best = strongest(lambda i: says_free(question, units[i].text), 0.6)
        as_role = role_question(question) if qtype == "who" else ""
        if as_role and ROLE_Q.match(as_role) and POST_WORD.search(as_role):
            # "who is the chair of the hscb?": the strongest unit that names someone holding
            # the role ("Chris Miller Independent Chair and Scrutineer ..."), unless far
            # weaker, beats a role with no name ("Chair of Quality Assurance Subgroup | 4")
            best = strongest_evidenced(0.6)
        if qtype == "who" and _AUTHOR_Q.search(question) and not _BY_NAME.search(passages[units[best].passage].chunk.section):
            # "who wrote the evaluation in the annual report?": the strongest unit of a
            # section headed as someone's ("... arrangements by Chris Miller"), unless far weaker
            # (a heading about what is asked: "who wrote the VAH section?" is not answered
            # by "... arrangements by Chris Miller")
            asked_w = set(analyze(" ".join(asking_clauses(question)))) - GENERIC_STEMS - BOARD_STEMS - set(analyze(
                "wrote write written author section bit part report annual harrow"))
            def headed_by(i: int) -> bool:
                m_ = _BY_NAME.search(passages[units[i].passage].chunk.section)
                return units[i].kind == "paragraph" and m_ is not None and bool(asked_w & set(analyze(m_.group("heading"))))
            best = strongest(headed_by, 0.6, depth=20)
        if ROLE_ASKED.search(question) and not _TITLE.search(units[best].text):
            # "Dez Holmes spoke on transitional safeguarding - what's her role?": the
            # strongest unit giving a title ("Dez is the Director of Research in Practice"),
            # unless far weaker, beats one about her talk
            best = strongest(lambda i: bool(_TITLE.search(units[i].text)), 0.6)
        members = _MEMBERS_Q.search(asking_clauses(question)[-1]) if qtype in ("who", "list", "general") else None
        if members and set(analyze(members.group("np"))) - GENERIC_STEMS:
            # "who are the safeguarding partners in harrow?": the footnote saying whom the
            # paragraph's noun stands for ("3 These are Harrow Council, The Metropolitan
            # Police and ...", under "The Harrow Safeguarding Partners<sup>3</sup> ..."),
            # unless far weaker, beats a sentence about what the partners do
            need = set(analyze(members.group("np"))) - GENERIC_STEMS
            best = strongest(lambda i: units[i].kind == "footnote" and _NAMING_FOOTNOTE.match(units[i].text) is not None
                             and need <= set(analyze(referencing_line(passages[units[i].passage].chunk, units[i].line))),
                             0.6, depth=20)
        # an acronym is named by its expansion and the other way round: "the timescale for
        # an RHI" is covered by a passage on the "return home interview" as much as by one
        # saying "RHI" (only here, for the refusal rule: in the reranker the same credit
        # lifted near-topic passages over unanswerable questions' refusal threshold)
        equivalents = self.glossary.equivalents(question)
        if MONEY_Q.search(question):
            # (and a payer named by an everyday name by its budget row's name: "the local
            # authority" by "Harrow Council", "health" by "Clinical Commissioning Group")
            equivalents += [(frozenset(analyze(p_)), frozenset(analyze(n_))) for p_, names in payers_asked(question) for n_ in names]
        paying = (frozenset((_PAYING_STEMS | _MONEY_WORD_STEMS) & set(q_stems))
                  if asks_top_payer(question) else frozenset())
        if paying:
            # (what the partners paid in is a budget's income when the payer who paid in
            # most is asked: "which partner paid the most into the budget?" is covered by
            # "... | Total Income | -192,457")
            equivalents.append((paying, frozenset(analyze("income"))))
        coverage = max(covered_weight(q_stems, st.whole, equivalents) / q_total for st in pstems)
        if top_n > 1 and top_row:
            # "the biggest spending lines in the HSCB budget? top 4 with the amounts": the
            # four rows of largest figure in the best row's table, largest first (a table
            # split over chunks is one); or, when a sentence is best ("Having no venue costs
            # is significant when budgets are tight" for "the three biggest costs in the
            # budget?"), in the table of the strongest ranked row, unless far weaker
            lead_row = best if units[best].kind == "table_row" else max(top_ranked, key=lambda t: scores[t])
            ranked = [t for t in top_ranked if tkeys.get(units[t].passage, units[t].passage) == tkeys.get(units[lead_row].passage, units[lead_row].passage)]
            if len(ranked) == top_n and max(scores[t] for t in ranked) >= TOP_N_RATIO * scores[best]:
                return self._compose(question, passages, units, [[t] for t in ranked], best_dense, coverage, continued=False)
        if top_n > 1 or _RANK_ALL_Q.search(question):
            # "top 3 age groups of looked after children", "rank the age groups ... from
            # largest to smallest": the items of a list led by figures ("- 31.2% 16 years and
            # above"), largest first, when one of them is nearly the best unit
            lowest = superlative is _SUPERLATIVES["min"] or bool(re.search(r"\bsmallest to (?:largest|biggest)|lowest to highest\b", question, re.I))
            led_items = [i for i, u in enumerate(units) if u.kind == "list_item" and _RANK_FIGURE.match(u.text)]
            # (the list whose heading or lead-in shares most of the question's words: "Age
            # Profile of Children Looked After", not "Permanency Outcomes" with its "Age
            # assessment determined ..." item)
            def heading_share(i: int) -> int:
                c = passages[units[i].passage].chunk
                return len(set(analyze(last_section(c.section) + " " + lead_in(c, units[i].line))) & q_words)
            lead_item = max(led_items, key=lambda i: (heading_share(i), scores[i]), default=None)
            if lead_item is not None and (scores[lead_item] >= TOP_N_RATIO * scores[best] or heading_share(lead_item) >= 3):
                items = [i for i in list_group(units, lead_item) if _RANK_FIGURE.match(units[i].text)]
                if len(items) >= 3:
                    items.sort(key=lambda i: float(_RANK_FIGURE.match(units[i].text).group(1).replace(",", "")) * (1 if lowest else -1))
                    keep = items[:top_n] if top_n > 1 else items
                    return self._compose(question, passages, units, [[i] for i in keep], best_dense, coverage, continued=False)
        block = self._subtotal_block(question, passages, units, tkeys)
        if block:
            # "breakdown of HSCB delivery costs": the rows the subtotal "Delivery Costs
            # Total:" sums, and the subtotal (one group per chunk, each cited to its own)
            runs = [[g for g in block if units[g].passage == pi] for pi in dict.fromkeys(units[g].passage for g in block)]
            return self._compose(question, passages, units, runs, best_dense, coverage)
        if _NUMBERS_LIST_Q.search(question):
            # "all the phone numbers for reporting slavery in one place?": the units giving
            # a number to ring, strongest first, each adding a number not yet given ("...
            # always call 999. For non-emergencies, call 101 or Crimestoppers ... 0800 555
            # 111", then "0800 0121 700* 24 hours a day.")
            given: set[str] = set()
            ringing: list[list[int]] = []
            for i in sorted(range(len(units)), key=lambda i: -scores[i]):
                if scores[i] < NUMBERS_NEAR * scores[best]:
                    break
                numbers = {re.sub(r"\D", "", n) for n in PHONE_NUMBER.findall(units[i].text)}
                # (a short number inside a longer one is not another: "111" of "0800 555 111")
                numbers = {n for n in numbers if not any(o != n and o.endswith(n) for o in numbers)}
                if numbers - given and len(ringing) < 4:
                    # (with the sentences of its paragraph giving numbers too: "If it's an
                    # emergency, always call 999." before "For non-emergencies, call 101 ...")
                    para = [j for j in range(len(units)) if units[j].passage == units[i].passage and units[j].line == units[i].line
                            and (j == i or PHONE_NUMBER.search(units[j].text))]
                    for j in para:
                        given |= {re.sub(r"\D", "", n) for n in PHONE_NUMBER.findall(units[j].text)}
                    ringing.append(para)
            # (three numbers or more: with fewer, the list path may find the sibling sections
            # that give them all, "PHONE THE POLICE", "PHONE THE HELPLINE" ...)
            # (and only when each body the question names is named where the numbers are:
            # "all the phone numbers for the NSPCC?" is not the slavery site's 999 and 101)
            rung = " ".join(units[i].text for g in ringing for i in g)
            bare_names = [re.sub(r"['’]s$", "", w) for w in re.findall(r"(?<!^)(?<![.?!]\s)\b([A-Z][\w'’&-]+)", question.strip())]
            named_bodies = [w for w in bare_names if w not in ("I", "I'm", "I’m") and not re.search(r"\b" + re.escape(w), rung, re.I)]
            if len(given) >= 3 and not named_bodies:
                return self._compose(question, passages, units, ringing, best_dense, coverage, continued=False)
        serving = self._orgs_serving(question, passages, units)
        if serving:
            # "which of the organisations on the help page work with children?": each
            # organisation of the page whose description speaks of them, under its heading
            return self._compose(question, passages, units, serving, best_dense, coverage, labelled=True, continued=False)
        rated = self._rated(" ".join(asking_clauses(question)), passages, units)
        if rated:
            # "which areas got the X / 'much work to do' rating?": each area rated so, under
            # its heading, by the key of the evaluation it is in (whatever the similarity
            # of the question to passages of marks and headings)
            return self._compose(question, passages, units, rated, best_dense, coverage, labelled=True, continued=False)
        about = mentions_asked(question) if qtype in ("general", "list", "who") else ""
        said_about = self._said_about(question, about, passages, units, dense, best_dense, coverage) if about else None
        if said_about is not None:
            return said_about
        signer = signed_off(question, passages, units)
        if signer is not None:
            # "who wrote the foreword?": the line signing it off ("Harrow Safeguarding
            # Partnership"), under its heading
            return self._compose(question, passages, units, [[signer]], best_dense, coverage, labelled=True, continued=False)
        tables = membership_tables(question, passages) if qtype in ("who", "list", "general") else []
        if tables:
            # "who sits on the HSSP?": every row of the body's membership table, in order
            # (the attendance of another body's table names it in a row: "Business Manager
            # - HSCB" is in the HSSP's)
            # (one document's copy: the report's PDF and Markdown copies both hold it)
            tables = [pi for pi in tables if passages[pi].chunk.source == passages[tables[0]].chunk.source]
            rows = [i for i, u in enumerate(units) if u.passage in tables and u.kind == "table_row"]
            seen: set[str] = set()
            rows = [i for i in sorted(rows, key=lambda i: (_chunk_order(passages[units[i].passage]), units[i].start))
                    if not (units[i].text in seen or seen.add(units[i].text))]
            sector = sector_asked(question, members_asked(question))
            named_here = [] if sector else agencies_named(" ".join(asking_clauses(question)), members_asked(question))
            if sector and any(sector.member.search(row_label(units[i])) for i in rows):
                # "which health organisations have a seat on the HSCB?": the rows of that
                # sector's bodies ("CCG", "Designated Nurse", "CNWL", ...)
                rows = [i for i in rows if sector.member.search(row_label(units[i]))]
            elif named_here:
                # "is Cafcass represented on the HSSP?": its row, or that the table has none
                rows = [i for i in rows if row_is_of(row_label(units[i]), named_here, question, self.glossary)]
                if not rows:
                    return _lacking(question, passages, f"{named_here[0]} among that body's members (its membership table has no row for them)",
                                    best_dense, coverage)
            # (with the notes printed under it: "** joined later in year", when a row carries its mark)
            notes = [i for i, u in enumerate(units) if u.passage in tables and u.kind != "table_row" and re.match(r"\s*\*{1,3}\s*[A-Za-z]", u.text)
                     and any(re.search(r"\*\s*$", units[r].text) for r in rows)]
            if rows:
                return self._compose(question, passages, units, [rows] + [[i] for i in notes[:2]], best_dense, coverage, continued=False)
        noted = asked_mark(" ".join(asking_clauses(question)), [p_.chunk.text for p_ in passages[:3]]) if qtype in ("who", "list", "general") else None
        if noted:
            # "which agencies only joined the HSCB partway through 2020-21?": the rows whose
            # figure carries the mark of the note saying so ("London Ambulance Service |
            # 1**" / "** joined later in year"), under the note's own table
            note_at = next((p_.chunk.section for p_ in passages[:3] if noted[1] in p_.chunk.text), None)
            # (a body the question names is the one whose table it is: "who joined the HSSP
            # later in the year?" is not answered by the HSCB's rows)
            bodies = [b for b in self.glossary.bodies if re.search(rf"\b{b}\b", question)]
            rows = marked_rows(units, passages, noted[0], note_at) if not bodies or any(b in (note_at or "") for b in bodies) else []
            if rows:
                return self._compose(question, passages, units, [[i] for i in rows], best_dense, coverage, labelled=True, continued=False)
        named_held = bool(ROLE_ASKED.search(question)) and any(
            _name_in(e.lower(), p.chunk.text.lower()) for e in entities if " " in e for p in passages)
        # (an attendance question about a body whose own attendance table was retrieved:
        # "who had the worst attendance at the board?" is the HSCB table's, however weakly
        # its words embed)
        body_attendance = attendance_filter(question) is not None and any(
            is_membership_table(p_.chunk) and re.search(rf"\b{acr}\b", last_section(p_.chunk.section))
            for acr in _asked_bodies(question, self.glossary) for p_ in passages)
        if self.is_unanswerable(best_dense, coverage) and not (named_held and coverage >= 0.10) and not body_attendance:
            # (a named person's post is asked of passages naming them: "what is Chris
            # Miller's job title in the report?" is not refused for a name's weak embedding)
            return Answer(question, "not_found", NOT_FOUND_TEXT, [], passages,
                          extra={"relevance": round(best_dense, 4), "coverage": round(coverage, 4)})

        if _NONE_Q.search(" ".join(asking_clauses(question))):
            # "which members didn't make a single one of the 4 meetings?": the rows of a
            # table whose figure is 0 ("Probation | 0"), of the table counting what the
            # question counts when it says ("ATTENDANCE OUT OF 4 MEETINGS")
            meetings = re.search(r"\b(\d+)\s+(?:[\w-]+\s+){0,2}?(?:meetings|sessions|events|times)\b", question, re.I)
            # (not a budget line: "Venue Hire | 0")
            zero = [i for i, u in enumerate(units) if u.kind == "table_row" and re.search(r"\|\s*0\**\s*$", u.text)
                    and (not meetings or re.search(rf"\b{meetings.group(1)}\b", table_header(passages[u.passage].chunk, u.line) or ""))
                    and not MONEY_CONTEXT.search((table_header(passages[u.passage].chunk, u.line) or "") + "\n" + passages[u.passage].chunk.section)]
            aside = _EXCEPT_Q.search(question)
            if aside:
                # "apart from the vol sector rep, which agency attended 0 ...?": not that row
                # ("vol" is in the glossary's words for "voluntary")
                set_aside = set(analyze(aside.group("x") + " " + " ".join(self.glossary.expand(aside.group("x"))))) - GENERIC_STEMS
                zero = [i for i in zero if len(set(analyze(row_label(units[i]))) & set_aside) * 2 < len(set(analyze(aside.group("x"))) - GENERIC_STEMS)]
            # (of the body the question names: "who didn't attend a single HSSP meeting?"
            # is not answered by the board's table)
            bodies = set(re.findall(r"\b(HSSP|HSCB|HSAB|LSCP)\b", question))
            if bodies:
                zero = [i for i in zero if bodies & set(re.findall(r"\b[A-Z]{3,5}\b", passages[units[i].passage].chunk.section))]
            if zero:
                return self._compose(question, passages, units, [[i] for i in zero], best_dense, coverage)
        if qtype == "list" and units[best].kind == "list_item":
            # the question is about one labelled item of a list ("what are the conditions
            # like for someone in domestic servitude?" / "- DOMESTIC SERVITUDE Victims are
            # forced ..."): that item alone, when the question names its label, it carries
            # ITEM_FOCUS_LEX more of the question's words than every sibling, and the
            # list's heading and lead-in cover little of the question
            siblings = [i for i in list_group(units, best) if i != best]
            c = passages[units[best].passage].chunk
            head = set(analyze(c.section + " " + lead_in(c, units[best].line)))
            head_cover = sum(w for s_, w in q_stems.items() if s_ in head) / q_total
            label = item_label(units[best].text)
            if (siblings and label and set(analyze(label)) & set(q_stems) and head_cover < LIST_HEAD_COVER
                    and lex[best] - max(lex[i] for i in siblings) >= ITEM_FOCUS_LEX):
                return self._compose(question, passages, units, [[best]], best_dense, coverage)
        if qtype == "general" and _METHOD_Q.match(question):
            # "how do we involve children in child protection conferences?" is answered by
            # the list headed "Involving Children & Young People through:" when that heading
            # and lead-in cover half the question
            groups, head_cover = self._best_lists(passages, units, q_stems, q_total, dense, list(dict.fromkeys(list(entities) + cases)), qvec, question=question)
            if groups and head_cover >= METHOD_LIST_HEAD:
                return self._compose(question, passages, units, groups, best_dense, coverage)
        if qtype == "list" and kind:
            titled = section_titled(question, kind, passages, units)
            if titled:
                # "what new reviews has the case review subgroup started?": the section
                # headed "New Reviews" says what they are, in sentences
                return self._compose(question, passages, units, [[i] for i in titled], best_dense, coverage)
        attended_as = attendance_filter(question)
        attending = [i for i, u in enumerate(units) if attended_as is not None and u.kind == "table_row"
                     and _attendance(table_header(passages[u.passage].chunk, u.line) or "", u.text) is not None]
        lead_row = best if best in attending else max(attending, key=lambda i: scores[i], default=None)
        if (lead_row is not None and scores[lead_row] >= ATTEND_NEAR * scores[best] and qtype in ("list", "who", "general")
                # (a subgroup's attendance is in no table headed by the board: "who attended
                # every meeting of the Quality Assurance subgroup?")
                and not (re.search(r"\bsub-?groups?\b", question, re.I)
                         and not re.search(r"\bsub-?groups?\b", last_section(passages[units[lead_row].passage].chunk.section), re.I))
                and (re.match(r"\s*(?:who|which|what|any)\b", asking_clauses(question)[-1], re.I) or re.match(r"\s*(?:who|which)\b", question, re.I))):
            # "which agencies never came to a single HSCB meeting?", "who missed HSSP
            # meetings?": every row of the attendance table that the filter keeps (the
            # table of the strongest attendance row, unless far weaker than the best unit:
            # "Harrow holds a weekly Missing Persons Meeting ..." for "who never missed a
            # board meeting?")
            # (all of the table, when it is split over chunks: the HSCB's 34 rows)
            header = table_header(passages[units[lead_row].passage].chunk, units[lead_row].line) or ""
            key = tkeys.get(units[lead_row].passage, units[lead_row].passage)
            rows = [i for i, u in enumerate(units) if u.kind == "table_row" and tkeys.get(u.passage, u.passage) == key]
            rows.sort(key=lambda i: (_chunk_order(passages[units[i].passage]), units[i].index))
            rows = [i for n_, i in enumerate(rows) if units[i].text not in {units[j].text for j in rows[:n_]}]
            counted = {g: _attendance(header, units[g].text) for g in rows}
            kept = [g for g in rows if counted[g] and attended_as(*counted[g])]
            # (of the rows of a kind the question names: "which schools representatives
            # missed HSCB meetings?" -> "Primary Schools | 2", "Secondary Schools | 3" ...)
            kind_of = set(analyze(question)) - GENERIC_STEMS - set(analyze("attend attended attendance meeting meetings board member members "
                                                                             "representative representatives agency agencies rep reps missed never every came"))
            if kept and re.search(r"\b(?:worst|lowest|poorest)\s+attend", question, re.I) and not _AT_MOST_Q.search(question):
                # "who had the worst attendance at the board?": the rows at the lowest share
                low = min(counted[g][0] / counted[g][1] for g in kept)
                kept = [g for g in kept if counted[g][0] / counted[g][1] == low]
            of_kind = [g for g in kept if set(analyze(row_label(units[g]))) & kind_of]
            # (not when the words are every row's: the first row kept naming them all)
            if 2 <= len(of_kind) < len(kept) and not set(analyze(row_label(units[kept[0]]))) >= kind_of:
                kept = of_kind
            if kept and 2 * sum(1 for n in counted.values() if n) > len(rows):
                # (one group per chunk, each cited to its own passage)
                runs = [[g for g in kept if units[g].passage == pi] for pi in dict.fromkeys(units[g].passage for g in kept)]
                return self._compose(question, passages, units, runs, best_dense, coverage)
        split_dims = [(dim, named_by) for dim, named_by in BREAKDOWNS if dim.search(" ".join(asking_clauses(question)))] if qtype == "list" else []
        split_by = [named_by for _, named_by in split_dims]
        if split_by:
            # "whats the split of missing kids by ethnicity": the whole table (or list) split
            # that way, most of its rows (three or more) naming a group, when one of them is
            # nearly the best unit (each group's row and the total; "13.8% under 1 year",
            # "15.9% 1 to 4 years" ... for "what's the split of looked after children by
            # age?"), and its heading, lead-in or header names what is split ("2019/20
            # Missing Children"; not the missing children's table for excluded children)
            topics = [(breakdown_topic(question, dim, named_by), [naming for asked_, naming in self.glossary.equivalents(question)])
                      for dim, named_by in split_dims]

            def split_group(i: int) -> list[int]:
                grp = table_group(units, i) if units[i].kind == "table_row" else list_group(units, i) if units[i].kind == "list_item" else []
                naming = sum(any(n.search(units[j].text) for n in split_by) for j in grp)
                if naming < 3 or 2 * naming < len(grp) - 1:
                    return []
                c = passages[units[i].passage].chunk
                head = set(analyze(c.section + " " + (table_header(c, units[i].line) if units[i].kind == "table_row" else lead_in(c, units[i].line)) or ""))
                # (the topic's rarest word, or an acronym's expansion: "cla age breakdown?" /
                # "Age Profile of Children Looked After"; not "year ending" for "cp plans at
                # end of march")
                return grp if all(not topic or max(topic, key=lambda s_: idf.get(s_, 0.0)) in head or any(n_ <= head for n_ in spelled)
                                  for topic, spelled in topics) else []

            near = [i for i in range(len(units)) if scores[i] >= SPLIT_NEAR * scores[best] and split_group(i)]
            if near:
                return self._compose(question, passages, units, [split_group(max(near, key=lambda i: scores[i]))], best_dense, coverage)
            # (no table or list split that way: a sentence may give the split, "Of these 154
            # were girls and 145 were boys", and the checks of a breakdown's evidence follow)
            qtype = "general"
        if qtype == "list":
            groups, list_cover = self._best_lists(passages, units, q_stems, q_total, dense, list(dict.fromkeys(list(entities) + cases)), qvec, count, question=question)
            sections, section_cover = section_list(passages, units, q_stems, q_total, question=question)
            kind_stems = set(analyze(kind))
            named = [i for i in range(len(units)) if (i in counted or lists_kind(kind, units[i].text))
                     and kind_stems <= pstems[units[i].passage].units[units[i].index]
                     and scores[i] >= 0.6 * scores[best]]
            # (a list or run of sections fits when its own heading or lead-in names the kind:
            # not a list somewhere in the chapter "Progress on Priorities")
            list_headed = bool(groups) and any(
                kind_stems <= set(analyze(last_section(passages[units[g[0]].passage].chunk.section) + " "
                                          + lead_in(passages[units[g[0]].passage].chunk, units[g[0]].line))) for g in groups)
            sections_headed = bool(sections) and kind_stems <= set(analyze(
                last_section(passages[units[sections[0][0]].passage].chunk.section.rsplit(" > ", 1)[0])))
            list_fits = list_headed and (not count or sum(len(g) for g in groups) == count)
            sections_fit = sections_headed and (not count or len(sections) == count)
            # (of the two, the one the rules below would quote: a list wins ties)
            fits = list_fits if groups and list_cover >= section_cover else sections_fit
            headed = list_headed if groups and list_cover >= section_cover else sections_headed
            if headed and not any(i in counted for i in named):
                # a list headed by the kind asked for is the answer even when the question
                # miscounts it ("which 5 types of slavery ...": six are listed), unless a
                # sentence names exactly that many
                named = []
            if named and kind_stems and not fits:
                # a sentence naming the kind asked for in a list ("the Partnership's
                # priorities of Domestic Abuse, Contextual Safeguarding and Mental
                # Wellbeing") beats lists and sections that do not name it or not as many
                alt = max(named, key=lambda i: scores[i])
                return self._compose(question, passages, units, [[alt]], best_dense, coverage, continued=False)
            if count and best not in counted:
                # a sentence naming as many things as asked, nearly as strong as the best
                # unit ("What are the three safeguarding partners?": footnote 6)
                near = [i for i in counted if scores[i] >= 0.75 * scores[best]]
                if near:
                    best = max(near, key=lambda i: scores[i])
            in_sections = bool(sections) and passages[units[best].passage].chunk.section in {
                passages[units[g[0]].passage].chunk.section for g in sections}
            if in_sections and best in counted:
                # the sentence naming that many is inside one item of a list of sibling
                # sections ("What are the 5 signs of modern slavery?": ISOLATION's "Victims
                # may rarely be allowed to travel on their own, seem under the control, ...")
                # -- the documents' list is the answer, whatever its length
                counted = set()
            if count and len(sections) != count and best in counted:
                sections = []  # "which three ...": not a run of seven sibling sections
            if sections and count_noun and not count_noun <= set(analyze(passages[units[sections[0][0]].passage].chunk.section)):
                # "the Partnership's three priorities" are not the sub-sections headed "The
                # three core Safeguarding Partners are actively involved in ...": the counted
                # noun must be in their heading path
                sections = []
            if best in counted and sum(len(g) for g in groups) != count:
                # the sentence naming as many things as asked ("These are Harrow Council,
                # the NWL Clinical Commissioning Group and the Metropolitan Police") beats a
                # list of another length
                chosen = with_footnotes(units, [[best]], set(q_stems), pstems)
                return self._compose(question, passages, units, chosen, best_dense, coverage)
            if (groups and list_cover < 0.3 and units[best].kind != "list_item" and not list_headed
                    and not any(best in g for g in groups)
                    and scores[best] > max(scores[i] for g in groups for i in g) + 0.05):
                # a sentence answers better than a list whose heading and lead-in are about
                # something else ("The reasons for young people going missing include, not
                # feeling cared for at home, ...")
                groups = []
            structure = asked_kind(question) in STRUCTURE_KINDS or (
                themes_asked(question) and section_cover >= THEME_SECTION_SHARE * list_cover)
            # (or a list headed by the kind asked for, when the sections are not: "what
            # actions came out of ...?" is the list headed "Actions:", not the sibling
            # sections of the chapter it is in)
            if groups and (list_cover >= section_cover or (list_headed and not sections_headed)) and not (sections and structure):
                # a real list wins ties, unless the question asks for headings, or for themes
                # that sibling sections cover nearly as well as the list ("what topics did
                # the HSCB emphasise in its courses?" is the list led in "... with emphasis
                # on:", not the sections of a training flyer)
                return self._compose(question, passages, units, groups, best_dense, coverage)
            if sections and themes_asked(question) and asked_kind(question) not in STRUCTURE_KINDS:
                # the themes of a learning sheet are not its "Background" (its headings are,
                # when asked for: "what are the section headings ...?")
                themes = [g for g in sections if not _SETTING_HEADING.fullmatch(
                    last_section(passages[units[g[0]].passage].chunk.section).strip(" :"))]
                sections = themes if len(themes) >= 3 else sections
                if _LESSONS_Q.search(question):
                    # the lessons of a learning sheet close its sections ("Multiple and
                    # uncoordinated appointments" ends "The need for oversight and
                    # coordination of services is essential ..."): each section's last unit
                    sections = [[max(j for j in range(len(units)) if units[j].passage == units[g[0]].passage)] for g in sections]
            if sections:
                groups = sections
                text = last_section(passages[units[groups[0][0]].passage].chunk.section.rsplit(" > ", 1)[0])
                answer = self._compose(question, passages, units, groups, best_dense, coverage, labelled=True)
                if answer.status == "answered":
                    answer.answer = f"{text}:\n{answer.answer}"
                return answer
        if count and count >= 3 and not counted and units[best].kind in ("paragraph", "footnote") \
                and not enumerates(units[best].text):
            # "which six secondary schools ...?" is not answered by "Six social workers are
            # working in six different secondary schools": no list or sentence names them
            return Answer(question, "not_found",
                          f"The indexed documents do not list the {count} the question asks for. The closest passages "
                          "are listed under Sources; ask your safeguarding lead or the partnership's learning and "
                          "development team.", [], passages,
                          extra={"relevance": round(best_dense, 4), "coverage": round(coverage, 4), "missing": f"a list of {count}"})
        ways = self._ways_sections(passages, units, best) if qtype in ("general", "who", "list") else []
        if ways:
            # "how can I report suspected slavery?": "... you can report it in a number of
            # ways" is answered by the ways, its section's subsections ("PHONE THE POLICE",
            # "PHONE THE HELPLINE", "CONTACT US ONLINE"), as a list question is
            answer = self._compose(question, passages, units, ways, best_dense, coverage, labelled=True)
            if answer.status == "answered":
                answer.answer = f"{last_section(passages[units[best].passage].chunk.section)}:\n{answer.answer}"
                return answer
        chosen = self._select(qtype, question, passages, units, scores, uvecs, best)
        if qtype == "general" and _HOW_DONE_Q.match(question):
            # "how are children's own views brought into child protection conferences?"
            # answered with one item of a list of the means ("Involving Children & Young
            # People through:" / "- support by an independent advocacy service" / "- the
            # use of children's consultation forms" / ...): the means are the whole list,
            # and they lead
            for k_, g in enumerate(chosen):
                if len(g) != 1 or units[g[0]].kind != "list_item":
                    continue
                home = passages[units[g[0]].passage].chunk
                if _MEANS_LEAD.search(lead_in(home, units[g[0]].line) or last_section(home.section)):
                    chosen = [list_group(units, g[0])] + chosen[:k_] + chosen[k_ + 1:]
                    break
        if chosen and len(chosen[0]) == 1 and quoted_line(units[chosen[0][0]].text) and voice_asked(question) is not None:
            # "what did young people say about the treatment workers?" answered by one quoted
            # line: the run of quoted lines it stands in is what they said, each line quoted
            # (up to four) (sixty-fourth session)
            first = chosen[0][0]
            run = [first]
            for step in (-1, 1):
                j = first + step
                while (0 <= j < len(units) and units[j].passage == units[first].passage and quoted_line(units[j].text)
                       and len(run) < 4):
                    run.append(j)
                    j += step
            run.sort()
            chosen = [[j] for j in run] + [g for g in chosen[1:] if not set(g) & set(run)]
        if (change_asked(question) and _UP_OR_DOWN_Q.search(question) is not None
                and not any(gives_change(units[i].text) for g in chosen for i in g)):
            # "how many kids were home educated ... - and is that up or down on the year
            # before?": a sentence of a quoted passage saying how the figure changed ("Figures
            # used to be low in Harrow for EHE but there has been a big increase ...") is
            # quoted beside the figure, however low it scores (fifty-sixth session, probe-120);
            # when a direction is asked, not the other year's figure ("how many ..., compared to
            # the previous year?" is still refused without one)
            quoted_p = {units[i].passage for g in chosen for i in g}
            said = [i for i in range(len(units)) if units[i].passage in quoted_p and units[i].kind in ("paragraph", "list_item")
                    and gives_change(units[i].text) and not any(i in g for g in chosen)]
            if said:
                # (a change said outright before a comparison: "a big increase", not "a higher
                # than expected number")
                chosen.append([max(said, key=lambda i: (bool(_CHANGE_SAID.search(units[i].text)), scores[i]))])
        if versus and compares(best):
            # "is Harrow's number of children on CP plans higher or lower than London and our
            # statistical neighbours?": another passage's comparison of the same thing is
            # quoted too ("the 12th highest number of Child Protection Plans per 10,000" and
            # "Compared with London, ... relatively low"), unless far weaker: the documents'
            # comparisons may pull different ways (fifty-sixth session, a break-it helper)
            quoted_p = {units[i].passage for g in chosen for i in g}
            other = [int(i) for i in np.argsort(-scores)[:20] if units[int(i)].passage not in quoted_p and compares(int(i))]
            if other and scores[other[0]] >= REFUSED_RATIO * scores[best]:
                chosen.append([other[0]])
        # (under the best unit's own heading: not the attendance table's "Independent Chair"
        # row for a budget line)
        best_place = (passages[units[best].passage].chunk.source, passages[units[best].passage].chunk.section)
        for side in sides_ungiven(question, "\n".join(units[i].text for g in chosen for i in g)):
            # "which cost more - council charges or the independent chair?": the budget row of
            # the side the quote leaves out ("LSCB Chair | 20,250" beside "Council charges |
            # 21,020"), the strongest unit giving a figure for it, so both sides are given
            # (fifty-sixth session, a break-it helper)
            named = [i for i in range(len(units)) if not any(i in g for g in chosen)
                     and (passages[units[i].passage].chunk.source, passages[units[i].passage].chunk.section) == best_place
                     and gives_side(side, units[i].text)]
            if named:
                chosen.append([max(named, key=lambda i: scores[i])])
        if _EITHER_WAY_Q.search(question):
            # "did more young carers' attendance get better or get worse?": an item of a short
            # breakdown, each item a figure ("- Improve for 11 young carers" / "- Worsen for 18
            # young carers"), is quoted with the rest of its breakdown, so both sides of the
            # comparison are given (fifty-sixth session, probe-120)
            for gi, g in enumerate(chosen):
                items = [i for i in g if units[i].kind == "list_item"]
                group = list_group(units, items[0]) if items else []
                if 1 < len(group) <= 6 and set(group) - set(g) and all(NUMBER.search(units[j].text) for j in group):
                    chosen[gi] = sorted(set(g) | set(group))
                    break
        if qtype == "number" and units[best].kind == "list_item" and "%" in units[best].text:
            # a percentage from a breakdown whose items score nearly alike ("what % of
            # children returned home when they left care?": "2.3% Left care to live with
            # relative ..." / "35.4% Returned home to live with parents"): the whole
            # breakdown, not a wrong figure alone
            group = list_group(units, best)
            rivals = [i for i in group if i != best and "%" in units[i].text]
            if len(rivals) >= 2 and max(scores[i] for i in rivals) >= BREAKDOWN_TIE * scores[best]:
                chosen = [group]
        chosen = with_footnotes(units, chosen, set(q_stems), pstems, source_asked=bool(SOURCE_Q.search(question)))
        chosen = with_marked_notes(units, chosen, passages)
        if qtype == "general":
            chosen = with_turn(units, chosen)
        chosen = with_first_way(units, chosen)
        if latest_units and chosen[0][0] not in latest_units:
            # a count asked now leads with the latest figure when one is quoted ("298 ... (31st
            # March 2021)" before "In April 2019, there were 281 ...")
            chosen.sort(key=lambda g: g[0] not in latest_units)
        asked = periods(question)
        if asked and qtype == "number":
            # supporting sentences about another reporting period are dropped
            chosen = [g for k_, g in enumerate(chosen)
                      if k_ == 0 or not _other_period(asked, units[g[0]], passages[units[g[0]].passage].chunk)]
        lead_i = chosen[0][0]
        if (qtype in ("who", "general", "list") and units[lead_i].kind == "table_row" and not top_row
                and _CONTRIBUTORS_Q.search(question) and not payers_named(question)
                and not TOTAL_ROW.search(row_label(units[lead_i])) and _income_row(units, lead_i)):
            # "who pays for the HSCB?" led by one income row ("Training Income | -3,540")
            # asks for them all: the rows its "Total Income" sums
            totals = [g for g in table_group(units, lead_i) if g > lead_i and TOTAL_ROW.search(row_label(units[g]))]
            lead_i = totals[0] if totals and re.search(r"\bincome\b", row_label(units[totals[0]]), re.I) else lead_i
        elif (qtype in ("who", "list") and units[lead_i].kind == "table_row" and not top_row
                and _CONTRIBUTORS_Q.search(question) and not payers_named(question)
                and not TOTAL_ROW.search(row_label(units[lead_i])) and not _income_row(units, lead_i)
                and MONEY_CONTEXT.search((table_header(passages[units[lead_i].passage].chunk, units[lead_i].line) or "")
                                         + "\n" + passages[units[lead_i].passage].chunk.section)):
            # "who actually pays into the HSCB budget? need the list of contributors" led by a
            # line of spending ("Recruitment expenses | 554") asks for the income rows too:
            # the "Total Income" of the same budget leads
            home = passages[units[lead_i].passage].chunk
            income = [g for g, u in enumerate(units) if u.kind == "table_row" and TOTAL_ROW.search(row_label(u))
                      and re.search(r"\bincome\b", row_label(u), re.I)
                      and passages[u.passage].chunk.source == home.source and passages[u.passage].chunk.section == home.section]
            lead_i = income[0] if income else lead_i
        if (qtype in ("who", "general", "list") and units[lead_i].kind == "table_row" and not top_row
                and TOTAL_ROW.search(row_label(units[lead_i])) and _CONTRIBUTORS_Q.search(question)):
            # "who contributed income to the HSCB budget?" is answered by the rows that
            # "Total Income | -192,457" sums, with the total
            # (what was paid in is the income: "who paid into the HSCB budget?" led by
            # "Total Expenditure" takes the rows "Total Income" sums, in its own chunk of
            # the same table when the table is split)
            if re.search(r"\b(?:expenditure|spend|spent|costs?)\b", row_label(units[lead_i]), re.I):
                home = passages[units[lead_i].passage].chunk
                income = [g for g, u in enumerate(units) if u.kind == "table_row" and TOTAL_ROW.search(row_label(u))
                          and re.search(r"\bincome\b", row_label(u), re.I)
                          and passages[u.passage].chunk.source == home.source and passages[u.passage].chunk.section == home.section]
                lead_i = income[0] if income else lead_i
            rows = table_group(units, lead_i)
            block = [g for g in rows if g <= lead_i]
            earlier = [g for g in block[:-1] if TOTAL_ROW.search(row_label(units[g]))]
            block = [g for g in block if not earlier or g > earlier[-1]]
            if len(block) >= 3:
                chosen = [block]
        if (qtype == "number" and units[chosen[0][0]].kind == "table_header"
                and is_membership_table(passages[units[chosen[0][0]].passage].chunk)
                and (asked_agencies := agencies_named(" ".join(asking_clauses(question))))):
            # "how many meetings did the Met Police attend at the HSSP?" led by the table's
            # header ("ATTENDANCE OUT OF 7 MEETINGS"): the row of the member asked about
            # ("Metropolitan Police Service | 7"), when the table has one
            home = units[chosen[0][0]].passage
            row = next((i for i, u in enumerate(units) if u.passage == home and u.kind == "table_row"
                        and row_is_of(row_label(u), asked_agencies, question, self.glossary)), None)
            if row is not None:
                chosen = [[row]]
        best_chunk = passages[units[chosen[0][0]].passage].chunk
        lead = units[chosen[0][0]]
        subject_words = [*self.glossary.expand(question), *(payer_names(question) if money_q else [])]
        if (qtype == "number" and lead.kind == "table_row" and not money_q
                and not _label_names_subject(question, lead, best_chunk, subject_words)):
            # "how many children are there in Harrow?" led by a row of the same table that
            # scores near it but counts something else ("Deprivation Affecting Children
            # (Where 1 is the Local Authority Area ...) | 212"): a row among the strongest
            # whose label names what is asked ("Children in Borough | 64,000") leads instead
            named_row = next((i for i in np.argsort(-scores)[:_ROW_SWAP_DEPTH]
                              if units[i].kind == "table_row" and i != chosen[0][0]
                              and scores[i] > 0 and scores[i] >= REFUSED_RATIO * scores[chosen[0][0]]
                              and _gives_count(units[i].text)
                              and _label_names_subject(question, units[i], passages[units[i].passage].chunk, subject_words)),
                             None)
            if named_row is not None:
                chosen = [[int(named_row)]]
                best_chunk = passages[units[chosen[0][0]].passage].chunk
                lead = units[chosen[0][0]]
        if qtype == "number" and lead.kind == "table_row" and not _label_names_subject(
                question, lead, best_chunk, subject_words, paid_in=paid_in_q):
            # "how many Prevent referrals ...?" is not answered by "Number of social work
            # assessments | 2600": a table figure's label must name what is asked
            # (a payer never named is said so: "how much did the Home Office give?")
            missing = (payer_unnamed(question, lead.text, "\n".join(filter(None, [best_chunk.section, table_header(best_chunk, lead.line)])))
                       if money_q else None) or "this figure"
        elif (qtype == "number" and lead.kind == "table_row" and is_membership_table(best_chunk)
              and (asked_agencies := agencies_named(" ".join(asking_clauses(question))))
              and not row_is_of(row_label(lead), asked_agencies, question, self.glossary)):
            # "how many HSSP meetings did Cafcass attend?" is not answered by another member's
            # row ("Business Manager - HSCB | 7"): the HSSP's table has no Cafcass row
            missing = f"{asked_agencies[0]} among that body's members (its membership table has no row for them)"
        elif (qtype == "number" and lead.kind == "table_row" and paid_in_q and payers_named(question) and not _income_row(units, chosen[0][0])
              and not (TOTAL_ROW.search(row_label(lead)) and re.search(r"\bincome\b", row_label(lead), re.I))
              and any(_income_row(units, g) for g in table_group(units, chosen[0][0]))):
            # "what did the voluntary sector contribute to the budget?" is not answered by a
            # line of spending ("Voluntary Outreach work | 14,000") beside the income rows
            missing = "an amount of money from them"
        elif (money_q and lead.kind == "table_row" and (named_here := bodies_named(question, self.glossary))
              and (table_bodies := bodies_named(best_chunk.section + "\n" + (table_header(best_chunk, lead.line) or ""), self.glossary, acronyms_only=True))
              and not named_here & table_bodies):
            # "how much did the adults board spend?" is not answered by the HSCB's budget
            # ("HSCB Budget & Expenditure 2020-21 ... Total Expenditure: 192,457")
            missing = "figures for that body"
        elif (qtype == "number" and lead.kind == "table_row" and not money_q and COUNT_Q.search(question)
              and MONEY_CONTEXT.search((table_header(best_chunk, lead.line) or "") + "\n" + best_chunk.section)):
            # "how many times did the CCG attend the board?" is not answered by its budget
            # line ("Harrow Clinical Commissioning Group | -20,000"): a count is no sum
            missing = "this figure"
        else:
            missing = missing_evidence(
                # (a footnote's number is not a figure: "12 Covid 19 and the associated ...")
                question, qtype, [re.sub(r"^\d{1,3}\s+(?=\S)", "", units[i].text) if units[i].kind == "footnote" else units[i].text
                                  for g in chosen for i in with_continuation(units, g)],
                context=figure_context(best_chunk, lead), passage_text=best_chunk.embed_text(),
                paragraphs=[paragraph_of(units, i, passages) for g in chosen for i in with_continuation(units, g)],
                home_places={p for p in named_places(question) if all(idf.get(s_, 99.0) < HOME_IDF for s_ in analyze(p))},
                terms=frozenset(self.glossary.terms),
            )
        if not missing and comparison_unmade(question, "\n".join(units[i].text for g in chosen for i in with_continuation(units, g))):
            missing = "a comparison of these"
        if not missing:
            missing = _service_elsewhere(question, passages, best_chunk, self.glossary, figure=qtype == "number")
        # (each clause of a question asking two things: "has the GPS tagging actually worked
        # in Harrow - did breaches go down?")
        # (a clause of its own only when it asks whether something worked: a shorter
        # clause uses fewer words, which a deferral nearby covers more easily)
        result_clauses = [question] if _RESULT_Q.search(_asked_text(question)) else []
        result_clauses += [c for c in dict.fromkeys(re.split(r"\s+[-–—]\s+|(?<=\?)\s+", question))
                           if c.strip() and c != question and re.search(_WORKED_FORM, c, re.I)]
        if not missing and qtype in ("general", "list") and result_clauses:
            # "what did cardiff uni's final evaluation of the SWIS project conclude?" is not
            # answered by "The University of Cardiff's final evaluation will be reported upon
            # in the HSCB's next annual report": the result asked for is still to come
            # (a deferral in a quoted passage counts, quoted or not: "The University of
            # Cardiff's final evaluation will be reported upon ..." after the sentences about
            # the project's evaluation team)
            quoted_passages = {units[i].passage for g in chosen for i in g}
            # (and the other retrieved chunks of a quoted section: the deferral may close the
            # section in its next chunk, "... The University of Cardiff's final evaluation
            # will be reported upon in the HSCB's next annual report.")
            quoted_sections = {(passages[pi].chunk.source, passages[pi].chunk.section) for pi in quoted_passages}
            quoted_passages |= {pi for pi, p_ in enumerate(passages) if (p_.chunk.source, p_.chunk.section) in quoted_sections}
            # (the deferral's heading says what it is about: "Social Workers in Schools Project")
            # (whether something worked is answered by an outcome already reported beside
            # the deferral of its evaluation: "the project made good impact as soon as
            # children returned to school" for "has the SWIS project worked?")
            evaluation_asked = any(not _WORKED_ASKED.search(_asked_text(c)) or _EVALUATION_WORDS.search(c) for c in result_clauses)
            reported = not evaluation_asked and any(_OUTCOME_REPORTED.search(u.text) and not _DEFERRAL.search(u.text)
                                                    for u in units if u.passage in quoted_passages)
            if not reported and any(deferred(c, u.text, passages[u.passage].chunk.section) for c in result_clauses
                                    for u in units if u.passage in quoted_passages):
                missing = "this yet (a passage under Sources says it is still to be reported)"
        if (not missing and _REASON_Q.search(_asked_text(question)) and _figures_only(units, passages, chosen)
                # (figures that all carry a note mark may be explained by their note: "London
                # Ambulance Service | 1**", "** joined later in year")
                and not all(re.search(r"\*\s*$", units[i].text) for g in chosen for i in g)):
            # "why didn't Probation come to any of the board meetings? what does the report
            # put that down to?" is not answered by its attendance row ("Probation | 0"): a
            # table's figure gives no reason, nor does a list of figures ("88 children were
            # subject to a repeat CP plan ..." for "what were the reasons they ended up back
            # on plans?")
            missing = "the reason the question asks for"
        notes = [units[i].text for g in chosen for i in g]
        if (not missing and all(_SOURCE_NOTE.match(n) for n in notes) and not _SOURCE_Q.search(question)
                # (unless the question names the source: "what does the Global Slavery Index estimate?")
                and not any(len(set(analyze(n)) & set(analyze(question))) * 2 >= len(set(analyze(n))) for n in notes)):
            # "does the guidance explain how a first responder submits an NRM referral?" is
            # not answered by a statistic's source note ("** UK National Referral Mechanism
            # Statistics 2013")
            missing = "a clear answer to this"
        thing_unnamed = False
        if not missing:
            cited_text = "\n".join(dict.fromkeys(passages[units[g[0]].passage].chunk.embed_text() for g in chosen))
            if not names_what_is_asked(question, cited_text, self.glossary, thing=False):
                missing = "the thing the question asks for"
            elif not describes_how(question, units[chosen[0][0]].text):
                missing = "how to do this"
            # the thing a "what <thing> ..." question asks for, unnamed by the quoted
            # passages, is a refusal only when the support classifier (below) leans the same way
            thing_unnamed = not missing and not names_what_is_asked(question, cited_text, self.glossary)
        # the answer-support classifier reads the whole answer (what the quote, the quoted
        # passages and all retrieved passages hold of the question): it catches near misses
        # no rule above names
        # (a redaction placeholder, "[NAME]", is not something asked about: it would dilute
        # every share of the question the passages hold)
        placeholders = set(analyze(" ".join(REDACTED.findall(question)))) - set(analyze(REDACTED.sub(" ", question)))
        quoted = [i for g in chosen for i in with_continuation(units, g)]
        lead_i = chosen[0][0]
        features = support_features(
            qtype, {s_: w for s_, w in q_stems.items() if s_ not in placeholders}, idf,
            set().union(*(pstems[units[i].passage].units[units[i].index] | pstems[units[i].passage].section for i in quoted)),
            set().union(*(pstems[p_].whole for p_ in {units[i].passage for i in quoted})),
            passage_stems, " ".join(units[i].text for i in quoted),
            lex[lead_i], float(dense[lead_i]), best_dense, coverage, equivalents,
            full_weight=set(analyze(question)) - placeholders,
            asked=[s_ for s_ in analyze(" ".join(asking_clauses(question))) if s_ not in placeholders])
        p_unsupported = self.support.p_unsupported(features) if self.support is not None else None
        # (a header row is quoted only when it counts what is asked, held_count_noun: "how
        # many meetings did the HSCB hold?", "ATTENDANCE OUT OF 4 MEETINGS"; its verb,
        # "hold", is in no table, and the body asked was checked above)
        header_lead = units[lead_i].kind == "table_header"
        held_of = held_by(question) if held_count_noun(question) else ""
        if (not missing and held_of and units[lead_i].kind in ("table_header", "table_row")
                and _attendance(table_header(passages[units[lead_i].passage].chunk, units[lead_i].line) or "", "x | 0") is not None
                and heading_names_body(held_of, question, last_section(passages[units[lead_i].passage].chunk.section)) is False):
            # "how many meetings did the QA subgroup hold?" is not answered by the board's
            # attendance row "Chair of Quality Assurance Subgroup | 4" (out of the board's 4
            # meetings), nor the adults board's by the HSSP's "Safeguarding Manager - HSAB
            # | 7": a body's meetings are counted by its own table
            missing = "how many meetings that body held"
        if not missing and not header_lead and p_unsupported is not None and p_unsupported >= self.support.threshold:
            missing = "a clear answer to this"
        elif thing_unnamed and (p_unsupported is None or p_unsupported >= THING_CORROBORATION):
            missing = "the thing the question asks for"
        if missing:
            answer = _lacking(question, passages, missing, best_dense, coverage)
        else:
            answer = self._compose(question, passages, units, chosen, best_dense, coverage)
        if p_unsupported is not None:
            answer.extra["p_unsupported"] = round(p_unsupported, 4)
        return answer

    def _orgs_serving(self, question: str, passages: Sequence[Passage], units: list[Unit]) -> list[list[int]]:
        """For "which of the organisations ... work with <group>?": one group per sibling
        section headed by an organisation's name (:data:`_ORG_HEADING` or a name in
        capitals, :data:`_CAPS_NAME`, under the parent
        section most such passages share, at least three) whose text speaks of the group
        (children in any of their words, :data:`_CHILD_WORDS`; else every content word of
        the group), holding the first sentence that does; document order. ``[]`` when the
        question asks no such thing or fewer than two organisations qualify."""
        group = orgs_asked_for(question)
        if not group:
            return []
        by_parent: dict[str, list[int]] = {}
        for pi, p in enumerate(passages):
            sec = p.chunk.section
            if SECTION_SEP in sec and names_organisation(last_section(sec)):
                by_parent.setdefault(sec.rsplit(SECTION_SEP, 1)[0], []).append(pi)
        if not by_parent:
            return []
        parent, members = max(by_parent.items(), key=lambda kv: len(kv[1]))
        if len(members) < 3:
            return []
        children = bool(_CHILD_WORDS.search(group))
        # (what else the group is, when it narrows it: a place, "children in Northern
        # Ireland", or a kind of child, "refugee children"; not what every organisation of
        # the page works on, "trafficked children")
        rest = _CHILD_WORDS.sub(" ", group)
        wanted = set(analyze(" ".join(_NATION.findall(rest) + named_places(rest) + _NARROWING.findall(rest)))) if children else (
            set(analyze(group)) - GENERIC_STEMS - set(analyze("victims victim people in the of who are")))
        everyone = re.fullmatch(r"(?:the\s+)?(?:victims?|survivors?|people)", group.strip(), re.I) is not None
        def speaks_of(text: str) -> bool:
            said = set(analyze(text))
            # (a group every organisation of the page is for, "victims", takes each one:
            # "which organisations does the site point victims to?")
            return (bool(_CHILD_WORDS.search(text)) and wanted <= said) if children else (
                (bool(wanted) and wanted <= said) or everyone)
        out: list[list[int]] = []
        for pi in sorted(members, key=lambda pi: _chunk_order(passages[pi])):
            hit = next((i for i, u in enumerate(units) if u.passage == pi and speaks_of(u.text)), None)
            if hit is not None:
                out.append([hit])
        # (one will do for a narrower group: "children in Northern Ireland")
        # (and for a place: "which organisations work in Wales?" is Safer Wales)
        placed = bool(_NATION.findall(group) or named_places(group))
        return out if len(out) >= (1 if (children and wanted) or placed else 2) else []

    def _rated(self, question: str, passages: Sequence[Passage], units: list[Unit]) -> list[list[int]]:
        """For a question naming a rating of a retrieved key table (:func:`rating_key`,
        :func:`asked_rating`): the units under the key's section path that carry that mark
        (:func:`rated_text`), one group each, in document order; ``[]`` otherwise."""
        for p in passages:
            key = rating_key(p.chunk.text) if "|" in p.chunk.text else {}
            marks = asked_rating(question, key) if key else set()
            if not marks:
                continue
            found = [i for i, u in enumerate(units)
                     if passages[u.passage].chunk.source == p.chunk.source
                     and passages[u.passage].chunk.section.startswith(p.chunk.section)
                     and u.kind != "table_row" and rated_text(marks, u.text)]
            found.sort(key=lambda i: (chunk_ordinal(passages[units[i].passage].chunk.id), units[i].start))
            return [[i] for i in found]
        return []

    def _best_lists(self, passages: Sequence[Passage], units: list[Unit], q_stems: dict[str, float],
                    q_total: float, dense: np.ndarray, entities: Sequence[str] = (),
                    question_vector: np.ndarray | None = None, count: int | None = None,
                    question: str = "") -> tuple[list[list[int]], float]:
        """For list questions: the retrieved list (or table: its rows are the items, its
        header row the lead-in) that best matches the question as a whole (section path +
        lead-in + items), plus its continuation in other retrieved chunks of the same
        section, and the share of the question its heading path and lead-in cover
        (to compare with :func:`section_list`). A list whose heading path, lead-in and
        items name none of the question's named ``entities`` ("Family A") scores 0.3 less,
        as a unit does in :meth:`answer`. With ``question_vector`` (shape ``(384,)``), the
        cosine of the question to each list's last heading and lead-in adds
        :data:`LIST_HEAD_DENSE` x that cosine to its score, and a list of exactly ``count``
        items (the number the question states) :data:`COUNT_MATCH`. When ``question`` asks
        for reasons (:data:`_REASONS_ASKED`), a list led in by "... because of:" gets
        :data:`REASON_LEAD_COVER` more head cover; a list whose own heading names the
        kind asked for (:func:`asked_kind`: "Actions:") :data:`KIND_HEAD_BONUS` more score; one
        whose passage is not about a reporting period the question names
        :data:`OTHER_PERIOD_LIST_PENALTY` less.
        Returns ``([], 0.0)`` when no
        list (heading, lead-in and items together) covers at least half the question (a
        third for a list in the top-ranked passage) and its heading and lead-in alone cover
        less than :data:`LIST_HEAD_COVER`."""
        candidates: list[tuple[float, list[int], float, float]] = []
        kind_stems = set(analyze(asked_kind(question))) if question else set()
        reasons_asked = _REASONS_ASKED.search(question) is not None
        attended_as = attendance_filter(question) if question else None
        bodies = _asked_bodies(question, self.glossary) if question else set()
        wanted_periods = periods_asked_of(question, passages) if question else frozenset()
        money_asked = bool(MONEY_Q.search(question) or MONEY_CONTEXT.search(question)
                           or re.search(r"\b(?:money|cash|funds?|financ\w*|contributors?|paid|pays?)\b", question, re.I))
        narrowed_by: dict[tuple[int, ...], frozenset[str]] = {}
        heads: list[str] = []
        done: set[int] = set()
        for i, u in enumerate(units):
            if i in done or u.kind not in ("list_item", "table_row"):
                continue
            group = list_group(units, i) if u.kind == "list_item" else table_group(units, i)
            done.update(group)
            c = passages[u.passage].chunk
            if u.kind == "table_row":
                group, narrowed = table_block(units, group, q_stems, q_total, set(analyze(c.section + " " + (table_header(c, u.line) or ""))))
                if narrowed:
                    narrowed_by[tuple(group)] = narrowed
                if attended_as:
                    # "who attended every board meeting?": the rows of an attendance table
                    # that are full ("Independent Chair | 4" out of 4), not every row (and
                    # "which agencies never came?" those at none, "anyone who made 1 meeting
                    # or none" those at one or none, :func:`attendance_filter`)
                    header = table_header(c, u.line) or ""
                    counted = {g: _attendance(header, units[g].text) for g in group}
                    kept = [g for g in group if counted[g] and attended_as(*counted[g])]
                    if kept and 2 * sum(1 for n in counted.values() if n) > len(group):
                        group = kept
            lead = lead_in(c, units[group[0]].line) if u.kind == "list_item" else table_header(c, u.line) or ""
            text = " ".join([c.section, lead] + [units[g].text for g in group])
            stems = set(analyze(text))
            cover = sum(w for s_, w in q_stems.items() if s_ in stems) / q_total
            head = set(analyze(c.section + " " + lead))
            # rows chosen by the question's words (:func:`table_block`) are headed by them
            head |= narrowed_by.get(tuple(group), frozenset())
            head_cover = sum(w for s_, w in q_stems.items() if s_ in head) / q_total
            if reasons_asked and _REASON_LEAD.search(lead):
                # "why did the partnership think there was learning ...? list the concerns":
                # a list led in by "... because of:" gives the reasons asked for
                head_cover += REASON_LEAD_COVER
            score = 0.4 * cover + 0.3 * head_cover + 0.3 * max(float(dense[g]) for g in group) + 0.05 / (1 + u.passage)
            if (u.kind == "table_row" and not money_asked
                    and MONEY_CONTEXT.search(c.section + "\n" + (table_header(c, u.line) or ""))):
                # a budget's rows ("Training Income | -3,540") list sums, not the topics,
                # courses or members a question without money words asks for
                score -= MONEY_TABLE_PENALTY
            if entities and not any(e in plain_form(text) for e in entities):
                score -= 0.3
            if wanted_periods and not _dated_to(c, wanted_periods):
                # "what changes were planned for conferences in 2020-21?": the list under
                # "PRIORITIES FOR 2020 – 2021", not the 2019-20 performance list above it
                score -= OTHER_PERIOD_LIST_PENALTY
            if count and len(group) == count:
                score += COUNT_MATCH
            heading_bodies = set(re.findall(r"\b(?:" + "|".join(map(re.escape, self.glossary.bodies)) + r")\b", last_section(c.section))) if self.glossary.bodies else set()
            if u.kind == "table_row" and bodies and heading_bodies:
                # "did the CCG go to all the board meetings?": the HSCB's attendance table,
                # not the HSSP's
                score += BODY_HEAD_MATCH if heading_bodies & bodies else -BODY_HEAD_MATCH
            if kind_stems and kind_stems <= set(analyze(last_section(c.section))):
                # "what were the actions agreed after the young carers scrutiny?": the list
                # headed "Actions:", not the section's attendance figures
                score += KIND_HEAD_BONUS
            candidates.append((score, group, cover, head_cover))
            # (a heading that only names the kind asked for, "Actions:" for "what actions came
            # out of ...?", is read with the one above it: "Young Carers > Actions:")
            last = last_section(c.section)
            if kind_stems and set(analyze(last)) <= kind_stems and " > " in c.section:
                last = " ".join(c.section.split(" > ")[-2:])
            heads.append(last + " " + lead)
        if not candidates:
            return [], 0.0
        if question_vector is not None:
            head_sims = self.embedder.embed(heads) @ question_vector
            candidates = [(sc + LIST_HEAD_DENSE * float(sim), g, cv, hc)
                          for (sc, g, cv, hc), sim in zip(candidates, head_sims)]
        score, group, cover, head_cover = max(candidates, key=lambda t: t[0])
        # a list in the top-ranked passage may use other words than the question ("what
        # forms can slavery take" / "Types of slavery include"): a third of it suffices
        top_passage = units[group[0]].passage == 0
        # (so may a list headed by the kind asked for: "Actions:")
        kind_headed = bool(kind_stems) and kind_stems <= set(analyze(last_section(passages[units[group[0]].passage].chunk.section)))
        if cover < (0.3 if top_passage or kind_headed else 0.5) and head_cover < LIST_HEAD_COVER:
            return [], 0.0
        first = passages[units[group[0]].passage].chunk
        out = [group]
        narrowed = narrowed_by.get(tuple(group))
        for _, other, _c, _h in sorted(candidates, key=lambda t: chunk_ordinal(passages[units[t[1][0]].passage].chunk.id)):
            oc = passages[units[other[0]].passage].chunk
            if other is not group and units[other[0]].kind == units[group[0]].kind and oc.source == first.source and oc.section == first.section and oc.id != first.id:
                if narrowed is not None:
                    # the rest of a table split over two chunks: only the rows the same words
                    # select, or the start of the named sub-total block in the chunk before
                    other = continued_block(units, other, narrowed, chunk_ordinal(oc.id) == chunk_ordinal(first.id) - 1)
                    if not other:
                        continue
                out.append(other)
        out.sort(key=lambda g: chunk_ordinal(passages[units[g[0]].passage].chunk.id))
        return out, head_cover

    def is_unanswerable(self, best_dense: float, coverage: float) -> bool:
        """The ``not_found`` rule.

        Args:
            best_dense: highest cosine similarity between the question and a retrieved
                passage (all-MiniLM-L6-v2, normalised vectors).
            coverage: highest share, over the retrieved passages, of the question's
                IDF-weighted stems (plus half-weighted glossary expansions) that occur in
                that one passage's title, section path and text (0..1).

        A question is refused when nothing is even remotely similar
        (``best_dense < min_relevance``, default 0.25) and no passage holds half of what it
        asks about (``coverage < 0.5``: "What is debt bondage?" is answered from a list item
        whose chunk as a whole is not similar), or when no passage is semantically
        close (``best_dense < 0.45``) *and* no passage holds even a tenth of what the
        question asks about (``coverage < 0.10``). The other refusals are decided on
        evidence, not similarity: names, years and cases the passages never mention
        (:func:`out_of_scope_names`), and answers lacking what the question asks for
        (:func:`missing_evidence`).

        Calibrated on the Harrow, modern-slavery, held-out practitioner and list/paraphrase
        development suites (247 answerable and 20 refusal cases, this rule disabled to read
        the raw signals): the four refusal cases left to this rule have similarity <= 0.215
        and coverage <= 0.31, or coverage 0.036; answerable cases below 0.45 similarity have
        coverage >= 0.146, and the one below 0.25 similarity (0.237) has coverage 1.0.
        The earlier rule (coverage < 0.32 below 0.45 similarity) refused 11 answerable
        paraphrase and list questions there (evidence in README).
        """
        if best_dense < self.min_relevance and coverage < 0.5:
            return True
        return best_dense < 0.45 and coverage < 0.10

    @staticmethod
    def _ways_sections(passages: Sequence[Passage], units: list[Unit], best: int) -> list[list[int]]:
        """The first unit of each retrieved subsection of the best unit's section, in
        document order, when the best unit leads in to them ("... you
        can report it in a number of ways", :func:`leads_in_ways`) and two or more are
        retrieved; else ``[]``."""
        if not leads_in_ways(units[best].text):
            return []
        top = passages[units[best].passage].chunk
        prefix = top.section + " > "
        firsts: dict[str, int] = {}
        for i, u in enumerate(units):
            c = passages[u.passage].chunk
            if c.source != top.source or not c.section.startswith(prefix) or " > " in c.section[len(prefix):]:
                continue
            k = firsts.get(c.section)
            if k is None or (chunk_ordinal(c.id), u.start) < (chunk_ordinal(passages[units[k].passage].chunk.id), units[k].start):
                firsts[c.section] = i
        if len(firsts) < 2:
            return []
        # (each way with the rest of its first paragraph, up to two sentences: "If it's an
        # emergency, always call 999. For non-emergencies, call 101 or Crimestoppers ...")
        return [[j for j in (i, i + 1) if j < len(units) and units[j].passage == units[i].passage and units[j].line == units[i].line]
                for i in sorted(firsts.values(), key=lambda i: (chunk_ordinal(passages[units[i].passage].chunk.id), units[i].start))]

    def _subtotal_block(self, question: str, passages: Sequence[Passage], units: list[Unit], tkeys: dict) -> list[int]:
        """For a question asking what a subtotal of a table is made of ("breakdown of HSCB
        delivery costs", "split of the staffing and consultancy costs", :data:`_BLOCK_Q`):
        the indices of the rows that subtotal sums (those after the table's previous total
        row, in document order, a table split over chunks being one) and the subtotal row
        itself, when exactly one subtotal's label names what is asked (its words other than
        "total", all in the question); ``[]`` otherwise."""
        if not _BLOCK_Q.search(question):
            return []
        asked = set(analyze(question))
        by_table: dict[object, list[int]] = {}
        for i, u in enumerate(units):
            if u.kind == "table_row":
                by_table.setdefault(tkeys.get(u.passage, u.passage), []).append(i)
        found: list[list[int]] = []
        for rows in by_table.values():
            rows.sort(key=lambda i: (_chunk_order(passages[units[i].passage]), units[i].index))
            rows = [i for n_, i in enumerate(rows) if units[i].text not in {units[j].text for j in rows[:n_]}]
            start = grand = 0
            for n_, i in enumerate(rows):
                label = row_label(units[i])
                if _TOTAL_LABEL.match(label):
                    # (a total leading its label, "Total Expenditure", sums everything since
                    # the last such total, subtotals included; "Delivery Costs Total" only
                    # the rows since the last total of any kind)
                    leading = re.match(r"\W*(?:grand\s+)?total\b", label, re.I) is not None
                    first = grand if leading else start
                    words = set(analyze(label)) - set(analyze("total subtotal sub-total grand overall all sum")) - GENERIC_STEMS
                    if words and len(words & asked) >= max(1, len(words) - 1) and n_ - first >= 2:
                        found.append(rows[first:n_ + 1])
                    start = n_ + 1
                    if leading:
                        grand = n_ + 1
        return found[0] if len(found) == 1 else []

    def _select(self, qtype: str, question: str, passages: Sequence[Passage], units: list[Unit], scores: np.ndarray, uvecs: np.ndarray, best: int) -> list[list[int]]:
        """Groups of unit indexes to quote (a group = one citation)."""
        asked = " ".join(asking_clauses(question))  # (the asking clauses, read by several rules below)
        top = units[best]
        # list questions: the whole list the best unit belongs to (or introduces). Other
        # questions whose best unit is a list item quote that item and what MMR adds: the
        # whole short list was quoted before, and on nine suites that answered 3 fewer
        # cases and no more ("is training going back to the classroom?" is answered by
        # one sentence, not by the list of VAH's achievements it sits in)
        if qtype == "list":
            group = list_group(units, best)
            if 1 < len(group):
                return with_section_lists(passages, units, group)
            parts = with_section_lists(passages, units, group) if top.kind == "list_item" else []
            if len(parts) > 1:
                # the last item of a list split over chunks ("- The need for strengthened
                # collaboration ... young carers" after the four "Key findings:" before it)
                return parts
        if qtype == "number" and top.kind == "list_item":
            group = list_group(units, best)
            if (1 < len(group) <= 6 and all(NUMBER.search(units[g].text) for g in group)
                    and max(scores[g] for g in group if g != best) >= LIST_SIBLING_RATIO * scores[best]):
                # "- 103 Organisations / - 249 Individuals"; not when the best item is far
                # stronger than the others ("- 6 children had a CP Plan lasting for two years
                # or more ..." alone, not after "- 88 children were subject to a repeat CP plan")
                return [group]
        # MMR over the remaining units
        # (several people: "who were the speakers?", "who spoke at the conference?")
        # (not a workshop's or a story's speaker: "who spoke about exploitation in sport?",
        # "who spoke to the transport police in Albert's story?")
        plural = qtype == "who" and bool(re.search(r"\bwho (?:were|are)\b|\bwho (?:spoke|presented|talked|addressed|gave (?:the )?(?:talks|keynotes|presentations))"
                                                   r"(?:\s+(?:at|during)\s+(?:the|our|this|that)\s+(?:[\w-]+\s+){0,3}?(?:conference|event|day)\b|\s*\??\s*$)", question, re.I))
        chosen: list[int] = [best]
        lam = 0.7
        # (a list's items, one sentence each, score further apart: "Women's Aid ... to
        # women who are trafficked", "TARA ... women ... trafficked", "Eaves Poppy Project")
        floor = scores[best] * (self.floor_ratio - (0.1 if qtype == "list" else 0.0))
        cand = [i for i in np.argsort(-scores) if i != best and scores[i] >= floor][:20]
        if qtype == "who" and plural:
            # one unit per person-named section: "who were the speakers" -> each speaker
            named = {}
            for i in np.argsort(-scores):
                sec = passages[units[i].passage].chunk.section.split(" > ")[-1]
                if heading_names_person(sec) and sec not in named:
                    named[sec] = int(i)
            if len(named) > 1:
                return [[i] for i in sorted(named.values(), key=lambda i: (units[i].passage, units[i].start))][:5]
        limit = self.max_units if qtype in ("list", "general") or plural else 2
        while cand and len(chosen) < limit:
            def mmr(i: int) -> float:
                sim = max(float(uvecs[i] @ uvecs[j]) for j in chosen)
                return lam * scores[i] - (1 - lam) * sim
            nxt = max(cand, key=mmr)
            cand.remove(nxt)
            if max(float(uvecs[nxt] @ uvecs[j]) for j in chosen) > 0.92:
                continue
            # supporting sentences stay in the best sentence's document unless nearly as
            # strong: one answer should not splice two documents' stories together
            if (passages[units[nxt].passage].chunk.source != passages[top.passage].chunk.source
                    and scores[nxt] < scores[best] * 0.95):
                continue
            if qtype in ("number", "when", "define") and scores[nxt] < scores[best] * self.support_ratio:
                break
            if qtype == "number" and not has_figure(units[nxt].text):
                continue  # a supporting unit for a figure question carries a figure
            if (MONEY_Q.search(question) and units[nxt].kind == "table_row" and not MONEY_CONTEXT.search(
                    "\n".join([units[nxt].text, table_header(passages[units[nxt].passage].chunk, units[nxt].line) or "",
                               passages[units[nxt].passage].chunk.section]))):
                continue  # ... and for a sum, a row of a budget: not "Metropolitan Police | 4" (attendance)
            if (units[nxt].kind == "table_row" and _CONTRIBUTORS_Q.search(question) and MONEY_Q.search(question)
                    and _income_row(units, best) and not _income_row(units, nxt)
                    and not (TOTAL_ROW.search(row_label(units[nxt])) and re.search(r"\bincome\b", row_label(units[nxt]), re.I))):
                # ... and for a sum paid in, a row of income: not "Council charges | 21,020"
                # (or the row summing them: "total income and how much came from harrow
                # council?")
                continue
            if (qtype == "who" and not plural and units[nxt].kind == "table_row"
                    and (_type_bonus(qtype, question, units[nxt].text) <= 0 or not has_person_name(units[nxt].text, question))):
                # ... and for "who is the independent chair?" a table row supports only with a
                # name: not the attendance table's "REPRESENTATIVE/ROLE Independent Chair —
                # ATTENDANCE OUT OF 4 MEETINGS: 4", nor for "who chairs the board?" a row naming
                # a post only, "Chair of Quality Assurance Subgroup — ... 4" (a sentence may name
                # a group instead: "a very committed pool of multi-agency trainers" for "who
                # delivers the courses?")
                continue
            chosen.append(nxt)
        if (qtype == "general" and _RECOMMEND_Q.search(asked)
                and not any(_RECOMMENDS.search(units[i].text) for i in chosen)):
            # "a mum ties her son into his chair with soft straps - what did the review say
            # should happen with that?": the scene's sentence ("The use of soft materials
            # ... had become accepted") and, after it, what its section says should be done
            # ("The review concluded that any such arrangement should be carefully
            # considered, ... Care Plan"), unless far weaker
            section = passages[top.passage].chunk.section
            said = [int(i) for i in np.argsort(-scores)[:20]
                    if passages[units[i].passage].chunk.section == section and _RECOMMENDS.search(units[int(i)].text)
                    and scores[i] >= RECOMMEND_SUPPORT * scores[best]]
            if said:
                # (with the next sentence of its paragraph when that says so too: "Final
                # decisions should form part of the formally agreed multi-agency Care Plan")
                k = said[0]
                more = [k + 1] if (k + 1 < len(units) and units[k + 1].passage == units[k].passage
                                   and units[k + 1].line == units[k].line and _RECOMMENDS.search(units[k + 1].text)) else []
                chosen = chosen[:1] + [k] + more + [i for i in chosen[1:] if i not in more][:max(0, limit - 2 - len(more))]
        elif qtype == "general" and _RECOMMEND_Q.search(asked):
            # a chosen sentence saying what should happen is followed by the next one of its
            # paragraph when that goes on saying so ("The review concluded that any such
            # arrangement should be carefully considered ..." / "Final decisions should form
            # part of the formally agreed multi-agency Care Plan for the child.")
            k = next(i for i in chosen if _RECOMMENDS.search(units[i].text))
            if (k + 1 < len(units) and k + 1 not in chosen and units[k + 1].passage == units[k].passage
                    and units[k + 1].line == units[k].line and _RECOMMENDS.search(units[k + 1].text)):
                at = chosen.index(k) + 1
                chosen = (chosen[:at] + [k + 1] + chosen[at:])[:max(limit, at + 1)]
        if qtype == "general" and best + 1 < len(units) and best + 1 not in chosen:
            # the sentence right after the best one in its paragraph usually completes it
            # ("Covid-19 had a significant impact on bed capacity ..." / "To prevent ...
            # an emergency assessment hub was set up")
            nxt = units[best + 1]
            if (nxt.passage == top.passage and nxt.line == top.line and nxt.kind == "paragraph"
                    and scores[best + 1] >= 0.6 * scores[best]):
                chosen = chosen[:1] + [best + 1] + chosen[1:]
        if qtype == "general" and _DONE_Q.search(asked) and not any(_ACTION_TAKEN.search(units[i].text) for i in chosen[1:]):
            # "what did they do when there weren't enough inpatient beds?": the problem's
            # sentence is best, and what was done follows it in its paragraph ("Covid-19
            # had a significant impact on bed capacity ..." / "To prevent them from being
            # assessed in unsuitable hospital settings an emergency assessment hub was set up")
            in_para = [i for i in chosen if units[i].passage == top.passage and units[i].line == top.line]
            nxt_i = max(in_para) + 1 if in_para else best + 1
            if (nxt_i < len(units) and nxt_i not in chosen and units[nxt_i].passage == top.passage and units[nxt_i].line == top.line
                    and _ACTION_TAKEN.search(units[nxt_i].text) and scores[nxt_i] >= 0.4 * scores[best]):
                chosen = [i for i in chosen if i in in_para] + [nxt_i] + [i for i in chosen if i not in in_para]
                chosen = chosen[:limit]
        split_by = [named_by for dim, named_by in BREAKDOWNS if dim.search(asked)]

        def shows_group(text: str) -> bool:
            # (a group of the dimension, not its own word: "43% of females", not "no
            # significant difference by gender")
            return any(m_.group(0).lower() not in DIMENSION_WORDS for n in split_by for m_ in n.finditer(text))

        if split_by and not any(shows_group(units[i].text) for i in chosen):
            # "how is it split up by age?": the sentence of the best one's paragraph that shows
            # the breakdown ("There are 2 strands - one for primary school ages ..."), when
            # the ones chosen do not
            # (in the paragraph of any sentence chosen: "During 2018-19 there was no
            # significant difference by gender ..." goes on "... 43% of females were NEET")
            paras = {(units[c].passage, units[c].line) for c in chosen}
            showing = [i for i in range(len(units)) if (units[i].passage, units[i].line) in paras and i not in chosen
                       and shows_group(units[i].text) and scores[i] >= 0.3 * scores[best]]
            if showing:
                chosen.append(max(showing, key=lambda i: scores[i]))
        why_asked = _WHY_Q.search(asked) is not None
        if why_asked:
            # "why did LADO referrals go down?": the sentence of the best one's paragraph that
            # gives a cause ("The overall decline is thought to be related to ..."), beside
            # the ones chosen (which may give another: "... will fall again ... due to less
            # direct access")
            # (or, asked why something is a problem, the sentence of its passage saying what
            # it led to: "This undermined our ability to understand ..." before "... 23 were
            # categorised as 'other'")
            problem = _WHY_PROBLEM_Q.search(asked) is not None
            # (asked why not, the sentence of their paragraph giving the other side: "why
            # aren't we keeping all the training online?" / "At the same time, we have
            # recognised the impact of practitioners not having down time with each other")
            why_not = _WHY_NOT_Q.search(asked) is not None
            # (the paragraph of any sentence chosen: "how come case review work got off to
            # such a slow start?" quotes "This year we undertook an increase in case review
            # activity.", whose paragraph goes on "Covid-19 delayed early progress ...")
            paragraphs = {(units[c].passage, units[c].line) for c in chosen}
            causes = [i for i in range(len(units)) if i not in chosen
                      and (((units[i].passage, units[i].line) in paragraphs
                            and (_CAUSAL.search(units[i].text) or (why_not and _CONTRAST.search(units[i].text))))
                           or (units[i].passage == top.passage and problem and _CONSEQUENCE.search(units[i].text)))
                      and scores[i] >= 0.3 * scores[best]]
            if causes:
                chosen.append(max(causes, key=lambda i: scores[i]))
        if HOURS_Q.search(asked) and not any(HOURS.search(units[i].text) for i in chosen):
            # "what hours is the helpline open?": the line giving its hours ("0800 0121 700*
            # 24 hours a day."), in the best one's document or giving its number, after the
            # line naming it ("You can report it by calling the Modern Slavery helpline on
            # 0800 0121 700*")
            # (a line naming a number is joined only by hours given beside that number:
            # "Crimestoppers anonymously on 0800 555 111" does not take the helpline's hours)
            numbers = {n.strip() for n in PHONE_NUMBER.findall(top.text)} - {"999", "101"}
            timed = [int(i) for i in np.argsort(-scores)[:20] if HOURS.search(units[int(i)].text)
                     and (numbers & {n.strip() for n in PHONE_NUMBER.findall(units[int(i)].text)} if numbers
                          else passages[units[int(i)].passage].chunk.source == passages[top.passage].chunk.source)
                     and scores[i] >= HOURS_SUPPORT * scores[best]]
            if timed:
                chosen = chosen[:1] + [timed[0]] + chosen[1:limit - 1]
        groups = [[i] for i in chosen]
        if (qtype in ("who", "define", "general") and best > 0 and _WE_START.match(top.text)
                and units[best - 1].passage == top.passage and units[best - 1].line == top.line
                and best - 1 not in chosen and re.search(r"\b[A-Z][A-Za-z]*[A-Z]\w*\b|\b[A-Z][a-z]+\s+[A-Z][a-z]+", units[best - 1].text)
                and not (_WHICH_ORG_Q.search(question) and _ORG_HEADING.fullmatch(last_section(passages[top.passage].chunk.section)))):
            # "whats CTAC?": "We run ... the Child Trafficking Advice Centre (CTAC)" says who
            # only with the sentence before it ("The NSPCC protects children ..."); a
            # "which organisation ...?" question is answered by the heading instead
            # ("NSPCC: We run ...", in :meth:`_compose`)
            groups[0] = [best - 1, best]
        if groups and _HOW_WORKS_Q.search(asked):
            # "how does Crimestoppers work - would she have to give a statement?": "Your call
            # ... will not be traced ..." is about Crimestoppers only with the sentence before
            # it, which names it (" ... the independent charity Crimestoppers on 0800 555 111")
            i = groups[0][0]
            names = {w.lower() for w in re.findall(r"(?<=\s)[A-Z][A-Za-z]{3,}\b", " " + asked) if w != asked.split()[0]}
            prev = i - 1
            if (names and prev >= 0 and units[prev].passage == units[i].passage and units[prev].line == units[i].line
                    and not any(prev in h for h in groups) and not any(n in units[i].text.lower() for n in names)
                    and any(n in units[prev].text.lower() for n in names)):
                groups[0].insert(0, prev)
        for g in groups:
            i = g[0]
            if (i > 0 and _THESE_ISSUES.search(units[i].text) and units[i - 1].passage == units[i].passage
                    and units[i - 1].kind == units[i].kind == "paragraph" and not any(i - 1 in h for h in groups)):
                # "why did they go to a full practice review?": "It was agreed that a Child
                # Safeguarding Practice Review would be undertaken to explore these issues
                # further" names its reasons only with the paragraph before it ("There were
                # indications that services ... may not have been coordinated ...")
                g.insert(0, i - 1)
                continue
            if (i > 0 and (_POINTS_BACK_START.match(units[i].text) or _YOUR_CONTACT_START.match(units[i].text))
                    and units[i - 1].passage == units[i].passage
                    and units[i - 1].line == units[i].line and units[i - 1].kind == units[i].kind
                    and not any(i - 1 in h for h in groups)):
                # "what's prompted the partnership to look harder at how black and minority
                # ethnic kids are doing?": "This data has led us to increase our scrutiny ..."
                # says what prompted it only with the sentence before it ("Black or black
                # British Harrow children are over-represented in the data ..."); "This will
                # include calls being recorded" says whose calls with "... handled by the NSPCC"
                g.insert(0, i - 1)
                if (i > 1 and _PRONOUN_START.match(units[i - 1].text) and units[i - 2].passage == units[i].passage
                        and units[i - 2].line == units[i].line and units[i - 2].kind == units[i].kind
                        and not any(i - 2 in h for h in groups)):
                    g.insert(0, i - 2)  # (... and the one before that, which "They and other ..." needs)
        return groups

    def _said_about(self, question: str, about: str, passages: Sequence[Passage], units: list[Unit],
                    dense: np.ndarray, best_dense: float, coverage: float) -> Answer | None:
        """The answer to "what does the report say about probation?" (``about`` is the
        agency, :func:`mentions_asked`): a quote from each section naming it, its prose
        first, then up to two table rows ("Probation | 0" among the board's attendance),
        each under its heading; at most five, from the document the question names
        (:func:`document_scope`). ``not_found`` when the learning sheet named never names
        it; ``None`` when fewer than two quotes (one from a named document) are found, for
        the ordinary answer."""
        said = mention_pattern(about, self.glossary)
        # (a footnote too: "These are Harrow Council, The Metropolitan Police and The Harrow
        # Clinical Commissioning Group", the safeguarding partners)
        named = [i for i, u in enumerate(units) if u.kind in ("paragraph", "list_item", "table_row", "footnote") and said.search(u.text)]
        # (and a section whose heading names it, by its first line: "Probation Service
        # Conducting Polygraph Tests on Domestic Abusers")
        # (what is asked of them, first: "what does the Child M sheet ask of schools?" is
        # answered by "All future 'Attendance Panels' to include ..." under "Low School
        # Attendance" before the finding beside it)
        asks_of = _ASKED_OF_Q.search(question) is not None
        headed: dict[str, int] = {}
        for i, u in enumerate(units):
            section = passages[u.passage].chunk.section
            if u.kind in ("paragraph", "list_item") and said.search(last_section(section)) and i not in named:
                if section not in headed or (asks_of and _ASKING.search(u.text) and not _ASKING.search(units[headed[section]].text)):
                    headed[section] = i
        named += list(headed.values())
        # (in the document the question names: "what's in the annual report about housing?")
        kind = document_scope(question)
        if kind:
            in_scope = [i for i in named if in_document_scope(passages[units[i].passage].chunk, kind)]
            if not in_scope and kind == "learning sheet" and any(in_document_scope(p_.chunk, kind) for p_ in passages):
                # "what does the Child M sheet say about the police's role?": the sheet
                # found never names them (the report's other sections do not answer it)
                return _lacking(question, passages, f"anything about {about} in the learning sheet", best_dense, coverage)
            named = in_scope or named
        scoped = bool(kind) and bool(named) and all(in_document_scope(passages[units[i].passage].chunk, kind) for i in named)
        picked: list[int] = []
        seen_sections: set[str] = set()
        seen_text: set[str] = set()
        for i in sorted(named, key=lambda i: (asks_of and not _ASKING.search(units[i].text), units[i].kind == "table_row", -float(dense[i]))):
            section = last_section(passages[units[i].passage].chunk.section).lower()
            if section in seen_sections or units[i].text in seen_text:
                continue
            if units[i].kind == "table_row" and sum(units[j].kind == "table_row" for j in picked) >= 2:
                continue
            seen_sections.add(section)
            seen_text.add(units[i].text)
            picked.append(i)
            if len(picked) == 5:
                break
        # (one quote will do from the document the question names)
        if len(picked) >= (1 if scoped else 2):
            return self._compose(question, passages, units, [[i] for i in picked], best_dense, coverage, labelled=True, continued=False)
        return None

    def _compose(self, question: str, passages: Sequence[Passage], units: list[Unit],
                 groups: list[list[int]], relevance: float, coverage: float,
                 labelled: bool = False, continued: bool = True) -> Answer:
        """Numbered answer text and citations for ``groups`` (each group = one citation).

        Without ``continued``, a unit ending in a lead-in ("... with emphasis on:") is
        quoted without the list it introduces.

        With ``labelled``, each part is prefixed with its chunk's own heading and written
        as a bullet (answers assembled from sibling sections).

        A reporting period the question asks about (:func:`asked_periods`: "for 2021-22",
        "in 21/22") must be named in the first group's passage (section path or text, not
        the title, which names the document's own period;
        :func:`~assistant.keywords.reporting_periods`, so "year ending 31.03.20" names
        2019-20), or, when the passage names no period, be the period its document covers
        (manifest ``period``); otherwise the answer is ``not_found``: "what were the
        missing figures for 2021-22?" is not answered by a 2020-21 report's passage that
        never names 2021-22, nor "... in 2020-21?" by one about 2019/20."""
        wanted = periods_asked_of(question, passages)
        if wanted and groups:
            if not _dated_to(passages[units[groups[0][0]].passage].chunk, wanted) and not labelled:
                return _lacking(question, passages, "anything for " + ", ".join(sorted(wanted)), relevance, coverage)
            if not _dated_to(passages[units[groups[0][0]].passage].chunk, wanted):
                # (of the sibling sections of a labelled answer, the ones about the period
                # asked: "what were the CP conference service's priorities going into
                # 2020-21?" is the part headed "PRIORITIES FOR 2020 – 2021", not its sibling
                # "Performance" of 2019-20)
                dated = [g for g in groups[1:] if _dated_to(passages[units[g[0]].passage].chunk, wanted)]
                if not dated:
                    return _lacking(question, passages, "anything for " + ", ".join(sorted(wanted)), relevance, coverage)
                groups = dated
                if len(groups) == 1 and len(groups[0]) == 1 and units[groups[0][0]].kind == "list_item":
                    groups = [list_group(units, groups[0][0])]  # (the whole of the one list left)
        if groups:
            # "what did Harrow YOT's youth justice plan say ...?" is not answered from the
            # partnership's annual report: the body's own document is not indexed
            elsewhere = other_bodys_document(question, list(dict.fromkeys(str(p_.chunk.metadata.get("title") or p_.chunk.source) for p_ in passages)),
                                             "\n".join(p_.chunk.text for p_ in passages), self.glossary)
            if elsewhere:
                return _lacking(question, passages, elsewhere, relevance, coverage)
        lead_chunk = passages[units[groups[0][0]].passage].chunk if groups else None
        if lead_chunk is not None and is_membership_table(lead_chunk) and membership_of_body(question, last_section(lead_chunk.section)) is False:
            # "who sits on the QA subgroup?" is not answered by the board's attendance table
            # ("Chair of Case Review Subgroup | 4"): another body's membership
            return _lacking(question, passages, "who sits on that group", relevance, coverage)
        if (lead_chunk is not None and is_membership_table(lead_chunk) and re.search(r"\bsub-?groups?\b", question, re.I)
                and re.search(r"\b(?:meetings?|meet|met|attend\w*)\b", question, re.I)
                and not re.search(r"\bsub-?groups?\b", last_section(lead_chunk.section), re.I)
                # (its chair's attendance at the board is a row: "did the chair of the QA
                # subgroup attend the board meetings?")
                and not re.search(r"\bchair\w*\s+of\s+(?:the\s+)?[\w&\s-]{0,40}?sub-?group", question, re.I)):
            # "who attended every meeting of the Quality Assurance subgroup?" is not
            # answered by the board's attendance table: a subgroup's meetings are not counted
            return _lacking(question, passages, "the attendance of that group", relevance, coverage)
        if groups and _STEPS_Q.search(question) and all(
                _NEED_STATEMENT.match(units[i].text) for g in groups for i in g):
            # "how does the Perplexing Presentations referral pathway work step by step?" is
            # not answered by "The need for practitioners ... to understand the referral
            # pathway": a need to follow a process does not describe it
            return _lacking(question, passages, "the steps or process the question asks for", relevance, coverage)
        if groups:
            # a detail asked outright (a name, a language, which agency) must be given,
            # whichever rule chose the quote: a list too
            lead = units[groups[0][0]]
            detail = outright_detail_missing(
                question, "\n".join(units[i].text for g in groups for i in g),
                "\n".join([figure_context(passages[lead.passage].chunk, lead)]
                          + [passages[units[g[0]].passage].chunk.section for g in groups[1:]]))
            if detail:
                return _lacking(question, passages, detail, relevance, coverage)
        groups = with_what_followed(question, units, groups)
        citations: list[Citation] = []
        parts: list[str] = []
        last_title: tuple[str, str] | None = None  # a table title already shown
        quoted: list[tuple[str, int, int]] = []  # (chunk id, start, end) already quoted
        storied: set[str] = set()  # case studies whose title is already shown
        said: set[str] = set()  # quotes already given (whitespace collapsed)
        # (a continuation may run into the next passage, the chunk after a feedback sentence
        # holding the words given: each passage's part is quoted and cited on its own)
        runs: list[list[int]] = []
        for group in groups:
            group = with_continuation(units, group) if continued else group
            for run in ([i for i in group if units[i].passage == pi] for pi in dict.fromkeys(units[i].passage for i in group)):
                # (a run taking in an earlier one whole takes its place: "- An ILG grant of
                # £2,000 ..." chosen first, then the item introducing it, "... and include",
                # with its items; a run inside an earlier one adds nothing)
                whole = set(run)
                introduces = units[run[0]].kind == "list_item" and introduces_items(units[run[0]].text)
                inside = [k for k, r in enumerate(runs) if set(r) < whole] if introduces else []
                if inside:
                    runs[inside[0]] = run
                    runs = [r for k, r in enumerate(runs) if k == inside[0] or not set(r) < whole]
                else:
                    runs.append(run)
        for group in runs:
            us = [units[i] for i in group]
            p = passages[us[0].passage]
            c = p.chunk

            def covered(u: Unit) -> bool:
                return any(cid == c.id and a <= u.start and u.end <= b for cid, a, b in quoted)
            # (units an earlier quote already gave are not quoted again: a lead-in and its
            # first item, then the whole list, gives the first item once)
            while len(us) > 1 and covered(us[0]):
                us = us[1:]
            while len(us) > 1 and covered(us[-1]):
                us = us[:-1]
            start, end = min(u.start for u in us), max(u.end for u in us)
            if any(cid == c.id and a <= start and end <= b for cid, a, b in quoted):
                continue  # already quoted as the continuation of an earlier sentence
            # (a list item inside, already quoted, is not shown twice; the quote stays whole)
            given = [covered(u) and u.kind == "list_item" for u in us]
            quoted.append((c.id, start, end))
            quote = c.text[start:end]
            if " ".join(quote.split()) in said:
                # the same words on another page of a site (a footer on every page: "*Information
                # submitted via this helpline will be handled by the NSPCC ...") are said once
                continue
            said.add(" ".join(quote.split()))
            n = len(citations) + 1
            citations.append(Citation(n=n, source=c.source, title=c.title, section=c.section,
                                      page=c.page_of(start), quote=quote, date=c.metadata.get("date") or None,
                                      page_end=c.later_page(start, end)))
            if len(us) > 1 and all(u.kind in ("paragraph", "footnote") for u in us):
                parts.append(" ".join(quote.split("\n")) + f" [{n}]")
            elif len(us) > 1 and us[0].kind == "paragraph" and all(u.kind == "list_item" for u in us[1:]):
                # (a lead-in already shown above is not repeated)
                shown_lead = any(us[0].text in p_ for p_ in parts)
                parts.append(("" if shown_lead else us[0].text + "\n")
                             + "\n".join(u.text for u, g in zip(us[1:], given[1:]) if not g) + f" [{n}]")
            elif len(us) > 1 and all(u.kind == "table_row" for u in us):
                # a table answering a list question: one bullet per row, with its headers
                title = (table_header(c, us[0].line) or "").split("|")[0].strip()
                shown, last_title = last_title == (c.source, title), (c.source, title)
                parts.append((f"{title}:\n" if title and not shown else "")
                             + "\n".join("- " + render_row(c, u, titled=False) for u in us) + f" [{n}]")
            elif len(us) > 1 or us[0].kind == "list_item":
                lead = lead_in(c, us[0].line)
                if lead and any(lead in p_ for p_ in parts):
                    lead = ""  # (a lead-in already shown above is not repeated)
                body = "\n".join(u.text if u.text.startswith("- ") else "- " + u.text for u, g in zip(us, given)
                                 if u.kind == "list_item" and not g)
                parts.append(((lead + "\n") if lead else "") + body + f" [{n}]")
            elif us[0].kind == "table_row":
                parts.append(render_row(c, us[0]) + f" [{n}]")
            elif us[0].kind == "table_header":
                # a header counting what is asked ("how many meetings did the HSCB hold?"):
                # the table's heading and the cells with a figure, "Appendix (i) HSCB
                # MEMBERSHIP AND ATTENDANCE 2020-21 — ATTENDANCE OUT OF 4 MEETINGS"
                figures = [h.strip() for h in us[0].text.split("|") if re.search(r"\d", h)] or [us[0].text]
                parts.append(f"{last_section(c.section)} — " + "; ".join(figures) + f" [{n}]")
            elif us[0].kind == "footnote" and re.match(r"\d{1,3} \S", us[0].text):
                # "4 Section 16 G (3) Children Act 2004" -> "Footnote 4: Section 16 G ..."
                num, rest = us[0].text.split(" ", 1)
                parts.append(f"Footnote {num}: {rest} [{n}]")
            else:
                who = last_section(c.section)
                # (or a heading opening on a pseudonym: "‘Rhiannon’ Voice of a survivor ...")
                prefix = f"{who.rstrip(' -–—:')}: " if (who and not labelled and (NAME_RUN.fullmatch(strip_honorifics(who)) or heading_names_person(who))
                                                       and not _name_in(who, quote) and c.section not in storied) else ""
                if prefix:
                    storied.add(c.section)  # (once: "New Reviews: ... [1] A new SAR ... [2]")
                if (not prefix and who and not labelled and _WE.match(quote) and not _name_in(who, quote)
                        and _WHICH_ORG_Q.search(question) and _ORG_HEADING.fullmatch(who)):
                    # "which organisation runs the Child Trafficking Advice Centre?" / "We
                    # run ...": who "we" are is the organisation's heading ("NSPCC")
                    prefix = f"{who}: "
                if (not prefix and who and _LABEL_HEADING.fullmatch(who) and not labelled
                        and CLASSIFY_Q.search(question) and not _name_in(who, quote)):
                    # "... picked up at 4am and dropped back late - which warning sign of
                    # slavery is that?": the sign is the heading of the sentence describing it
                    prefix = f"{who}: "
                if (not prefix and who and not labelled and is_subtitle(who) and c.section not in storied
                        and not _name_in(who, quote) and not set(analyze(who)) <= set(analyze(question))):
                    # a case study's sentences are introduced once by its title, which says
                    # whose story it is and where they are from ("Serena from Gambia: She was
                    # only 15 when she arrived ...")
                    prefix = f"{who}: "
                    storied.add(c.section)
                authored = _BY_NAME.search(c.section) if _AUTHOR_Q.search(question) else None
                if not parts and not prefix and authored and not _name_in(authored.group("name"), quote):
                    # "who wrote the independent evaluation?": the heading says whose it is
                    # ("2. Evaluation of the effectiveness of ... arrangements by Chris Miller")
                    prefix = f"{authored.group('heading').strip()}: "
                if not parts and not prefix and _NAME_ASKED.search(question) and _CASE_NAME.search(who) and not _name_in(who, quote):
                    # "that review about the teenage girl who'd been self-harming - what's it
                    # called?": the review's name is its heading ("Young Person J")
                    prefix = f"{who}: "
                parts.append(prefix + us[0].text + f" [{n}]")
            if labelled:
                parts[-1] = f"- {last_section(c.section)}: " + parts[-1].replace("\n", " ")
        # (a bullet is never run on with the sentences after it)
        text = "\n".join(parts) if labelled or any("\n" in p or p.startswith("- ") for p in parts) else " ".join(parts)
        return Answer(question, "answered", text, citations, list(passages),
                      extra={"relevance": round(relevance, 4), "coverage": round(coverage, 4)})

    def _glossary_phrase_in(self, acronym: str, plain_text: str) -> bool:
        """Whether the glossary's expansion or a related phrase of ``acronym`` occurs in
        ``plain_text`` (lower case, quotes removed)."""
        term = self.glossary.terms.get(acronym)
        if term is None:
            return False
        # related phrases of three words or more are alternative expansions ("Black and
        # Ethnic Minority"); shorter ones are search hints ("schools")
        # (and the other names a document may give it: TIP's "trafficking of victims")
        phrases = [term.expansion, *(r for r in term.related if len(r.split()) >= 3), *term.also]
        # compared without spaces and hyphens: "Anti-Social Behaviour" = "antisocial behaviour"
        squash = lambda t: re.sub(r"[\s\-–]+", "", t)  # noqa: E731
        text = squash(plain_text)
        if any(squash(plain_form(p).lower()) in text for p in phrases if p):
            return True
        # or shortened to its first and last words, as a report says once the context is
        # set: "789 CPCs ... (including 498 Review Conferences)" for RCPC
        words = plain_form(term.expansion).lower().split() if term.expansion else []
        return len(words) >= 3 and re.search(rf"\b{re.escape(words[0])}\s+{re.escape(words[-1])}s?\b", plain_text) is not None

    def _define(self, question: str, acronym: str, passages: Sequence[Passage]) -> Answer | None:
        """Answer "what does X stand for" from where a passage spells X out; failing that,
        from a section heading that does ("Female Genital Mutilation (FGM)"); failing that,
        from the glossary (said so, and nothing cited). ``None`` if neither knows X."""
        term = self.glossary.terms.get(acronym.upper())
        note = ""
        if term is not None and term.ambiguous:
            note = f" Note: {term.acronym} is ambiguous: " + "; or ".join(term.senses) + "."
        for p in passages:
            spans = mine_definitions(acronym, p.chunk.text)
            if spans:
                a, b, expansion = spans[0]
                c = p.chunk
                cit = Citation(1, c.source, c.title, c.section, c.page_of(a), c.text[a:b], c.metadata.get("date") or None)
                return Answer(question, "answered", f"{acronym} stands for {expansion} [1].{note}", [cit],
                              list(passages), extra={"glossary": acronym})
        # a heading that spells it out ("7. Scrutiny > Female Genital Mutilation (FGM)"): the
        # citation's section shows the heading, its quote is the first sentence under it that
        # uses the term; a chunk directly under that heading before one in a sub-section
        headed = [(p, heading_definition(acronym, p.chunk.section)) for p in passages]
        headed = sorted([(p, f) for p, f in headed if f],
                        key=lambda pf: pf[1][0] != pf[0].chunk.section.split(SECTION_SEP)[-1])
        for p, (heading, expansion) in headed:
            c = p.chunk
            units = chunk_units(c)
            words = [acronym.lower(), *(w for w in plain_form(expansion).lower().split() if len(w) > 3)]
            using = [u for u in units if any(w in c.text[u.start:u.end].lower() for w in words)]
            u = (using or units)[0] if units else None
            if u is None:
                continue
            cit = Citation(1, c.source, c.title, c.section, c.page_of(u.start), c.text[u.start:u.end],
                           c.metadata.get("date") or None)
            text = f"{acronym} stands for {expansion}: the section heading “{heading}” spells it out [1].{note}"
            if not _NAME_ONLY_Q.search(question):
                # "what is FGM?" asks what it is: the sentence under the heading says what
                # the documents do with it
                text = (f"{acronym} stands for {expansion} (the section heading “{heading}”). Under it: "
                        f"“{' '.join(cit.quote.split())}” [1].{note}")
            return Answer(question, "answered", text, [cit], list(passages),
                          extra={"glossary": acronym, "glossary_heading": True})
        if term is not None:
            # the documents may use the full name without the acronym ("National Referral
            # Mechanism"): cite the sentence that does
            needle = " ".join(term.expansion.lower().split())
            using = [(p.chunk, u) for p in passages for u in chunk_units(p.chunk)
                     if needle in " ".join(p.chunk.text[u.start:u.end].lower().split())]
            # (a sentence before a footnote naming a publication: "UK National Referral
            # Mechanism Statistics 2013" only cites)
            using.sort(key=lambda cu: cu[1].kind == "footnote" and _REFERENCE_LINE.match(cu[0].text[cu[1].start:cu[1].end]) is not None)
            if using:
                c, u = using[0]
                cit = Citation(1, c.source, c.title, c.section, c.page_of(u.start), c.text[u.start:u.end],
                               c.metadata.get("date") or None)
                text = (f"{term.acronym} stands for {term.expansion} (the assistant's glossary; the "
                        f"documents use the full name [1]).{note}")
                if not _NAME_ONLY_Q.search(question):
                    # "what is the NRM?" asks what it is, not only its name: the sentence
                    # that uses the full name says what the documents do with it
                    text = (f"{term.acronym} stands for {term.expansion} (the assistant's glossary). "
                            f"The documents use the full name: “{re.sub(r'^[-•*]+ ', '', ' '.join(cit.quote.split()))}” [1].{note}")
                return Answer(question, "answered", text, [cit], list(passages),
                              extra={"glossary": acronym, "glossary_in_text": True})
            text = (f"{term.acronym} stands for {term.expansion} (from the assistant's glossary of "
                    f"safeguarding terms; the indexed documents do not spell it out).{note}")
            return Answer(question, "answered", text, [], list(passages), extra={"glossary": acronym, "glossary_only": True})
        return None


#: a quote in the first person: "I chair the HSAB as well as ..."
_FIRST_PERSON = re.compile(r"(?:^|[.:;]\s+)I(?:['’]m|\s)")


def _with_first_person_named(answer: Answer) -> Answer:
    """A "who" answer quoting someone in the first person ("I chair the HSAB ...") names
    who "I" is when a heading of the cited section names its author ("... arrangements by
    Chris Miller") and the answer names nobody else; ``answer`` unchanged otherwise."""
    for n, c in enumerate(answer.citations, 1):
        if not _FIRST_PERSON.search(c.quote):
            continue
        m = _BY_NAME.search(c.section)
        if m and is_person_name(m.group("name")) and m.group("name") not in answer.answer:
            answer.answer = answer.answer.rstrip() + f" (“I” in [{n}] is {m.group('name')}, the author of that section.)"
            return answer
    return answer


def _gives_count(text: str) -> bool:
    """Whether ``text`` gives a figure that could count something (:func:`count_figures`)."""
    return bool(count_figures(text))


#: a "what does X stand for" question asks only the name; "what is X" asks what it is too
_NAME_ONLY_Q = re.compile(r"\b(?:stands?|short|abbreviat\w*|acronym|initials|letters)\b|\bmean\b", re.I)

_ENTITY = re.compile(r"(?<=\s)(?:Child|Family|Young Person|Operation|Project|Mr|Ms|Mrs)\s+['‘’]?[A-Z][\w’']*['‘’]?|(?<=\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+")


_CASE_NAME = re.compile(r"\b(?:Child|Family|Young Person|Operation|Project|Adult)\s+['‘’]?[A-Z][\w’']*['‘’]?"
                        # typed in lower case: "family A review", "child m's sar", "young person j llr"
                        r"|\b(?i:child|family|young person)\s+['‘’]?[A-Za-z]['‘’]?(?=['’]s\b|\s+(?i:review|sar|cspr|llr|case|learning|sheet|lessons)\b)")


#: a percentage question whose best item of a breakdown scores less than this much above
#: the next ("2.3%" 0.738 / "35.4%" 0.692) is answered with the whole breakdown
BREAKDOWN_TIE = 0.9
#: a title someone holds, capitalised as in a name ("Director of Research in Practice")
_TITLE = re.compile(r"\b(?:Director|Chair(?:man|woman|person)?|Chief|Manager|Head|Lead|Officer|Commissioner|Consultant|"
                    r"Professor|Founder|Executive|Scrutineer|Nurse|Doctor|Inspector|Co-?ordinator|Advis[oe]r|Prosecutor|"
                    r"Barrister|Solicitor|Detective|Superintendent|Councillor|Trustee|Minister|Secretary|Principal|"
                    r"Headteacher|Lecturer|Researcher|Campaigner|Editor|President|Partner)\b")
#: words asking for a whole ("the hscb's whole budget for the year")
_WHOLE_STEMS = frozenset(analyze("whole entire full overall complete year annual yearly altogether total spend spent "
                                 "cost costs outturn"))
#: the lessons of a review asked for, not its themes: "main learning points", "key
#: lessons", "key messages", "takeaways", "what needs to change"
_LESSONS_Q = re.compile(r"\b(?:learning points|key learning(?! areas)|lessons?|key messages|take-?aways|recommendations|what (?:needs|need|should) (?:to )?(?:change|happen))\b", re.I)
#: a section setting the scene rather than giving a theme
_SETTING_HEADING = re.compile(r"(?:background|introduction|overview|context|summary|the case)", re.I)
#: "how many times / occasions": how often, not a thing counted
_TIMES_STEMS = frozenset(analyze("times occasions"))
#: everyday words for the money a budget holds ("who chipped in the most cash for the board's pot?")
_MONEY_WORD_STEMS = frozenset(analyze("cash money pot kitty coffers funds"))
#: the words of paying in, when a sum paid in is asked: "how much did the partners give
#: altogether?" names no more than "Total Income" does
_PAYING_STEMS = frozenset(analyze("give gave given gives contribute contributed contributes contribution contributions put "
                                  "chip chipped paid pay pays fund funded donate donated provide provided partner partners "
                                  "contributor contributors funder funders payer payers donor donors"))
#: a question asking what a review or case is called
_NAME_ASKED = re.compile(r"\bwhat(?:'s|’s| is| was| were)\s+(?:it|this|that|they|the \w+)\s+called\b"
                         r"|\b(?:what(?:'s|’s| is| was)|which is) the name of (?:the|that|this) (?:review|case|study|story|child|family)\b"
                         r"|\bwhich (?:review|case|child|family)\b", re.I)


def case_names(question: str) -> list[str]:
    """Case and operation names in the question ("Child Q", "Family A", "Operation
    Encompass"), lower-cased with quotes removed."""
    return list(dict.fromkeys(plain_form(_unpossessive(m.group(0))) for m in _CASE_NAME.finditer(question)))


def _unpossessive(name: str) -> str:
    """``"Child M's"`` -> ``"Child M"``."""
    return re.sub(r"['’]s$", "", name)


def named_entities(question: str) -> list[str]:
    """Named things in the question ("Family A", "Child M", "Operation Encompass",
    "Young Person J"), lower-cased, quotes stripped; the question's first word excluded;
    and where a person the question describes is from ("the girl from Gambia" -> "gambia":
    the slavery pages head each survivor's story "Serena from Gambia")."""
    out = []
    for m in _ENTITY.finditer(" " + question):
        e = re.sub(r"['‘’]", "", _unpossessive(m.group(0))).lower().strip()
        if e and e not in out:
            out.append(e)
    for m in _PERSON_FROM.finditer(question):
        if m.group(1).lower() not in out:
            out.append(m.group(1).lower())
    return out


#: a person described by where they are from: "the girl from Gambia", "the young man from Hungary"
_PERSON_FROM = re.compile(r"\b(?i:girl|boy|man|woman|lad|lady|teenager|teen|victim|survivor|guy|person|family|child|mum|mother|dad|father)"
                          r"\s+from\s+([A-Z][a-z]+)\b")


def _glossed_in_corpus_words(acronym: str, question: str, idf) -> bool:
    """Whether ``question`` glosses ``acronym`` in brackets, within two words of it, in
    words the corpus uses (``idf``'s stems): "the CPS register (child protection plan)"
    says what a practitioner trained abroad means by CPS. Function words aside, every
    word of the gloss must be known."""
    m = re.search(rf"\b{re.escape(acronym)}s?\b(?:\s+[\w'’-]+){{0,2}}?\s*\(([^()]{{3,80}})\)", question)
    if not m:
        return False
    stems = [s_ for s_ in analyze(m.group(1)) if s_ not in GENERIC_STEMS]
    return bool(stems) and all(s_ in idf for s_ in stems)



def out_of_scope_names(question: str, vocabulary, passage_text: str = "", corpus_vocabulary=None) -> list[str]:
    """Names and years the question is about that the retrieved passages never mention.

    A name the question is scoped to ("... in Manchester", "does Hillingdon have",
    "on a Friday", "the population of Birmingham") or a year ("at 31 March 2022") that
    occurs in none of the passages means they are about something else: answering from
    them would put another borough's or another year's figure in front of a practitioner.
    So does a capitalised name or title anywhere in the question ("the Anti-Slavery
    Commissioner") that the whole corpus never uses.

    Args:
        question: the question.
        vocabulary: analysed stems of the retrieved passages (title, section, text).
        passage_text: the passages' raw text, for the year check.
        corpus_vocabulary: stems of the whole corpus (e.g. the IDF table's keys), for
            capitalised words outside a "in/of/for ..." phrase; skipped when ``None``.
    """
    out = []
    if case_described(question):
        # a case described with nothing asked in words ("16yo girl, [NAME], working in a hand
        # car wash in Rayners Lane, boss holds her ID card ..."): its names are the case's
        return out
    if corpus_vocabulary:
        words = question.split()
        title_case = sum(1 for w in words if w[:1].isupper()) > 0.6 * len(words)
        # (in the clauses that ask: a capitalised word of a scene set first is a person in
        # the asker's casework as often as a place, "Spoke with Izzy today, what is ...?")
        clauses = asking_clauses(question)
        if clauses == [question] and scene_free(question) != question:
            # (or the last sentence, asking in a few words after a case told first: "We have a
            # Romanian 15yo boy begging outside Tesco every day ... Signs of trafficking?")
            clauses = [scene_free(question)]
        if clauses != [question]:
            words = [question.split()[0]] + " ".join(clauses).split()
        for j, w in enumerate([] if title_case else words[1:], 1):
            if (j == 1 and clauses != [question]) or re.search(r"[.!?]$", words[j - 1]):
                # a sentence's or an asking clause's first word is capitalised as such: "I'm a
                # health visitor in Harrow. Roughly how many children live in the borough?"
                continue
            w = w.strip("?.,;:!()\"'‘’“”")
            # demonyms ("English", "Scottish", "Nigerian") name no place the corpus must use
            demonym = is_demonym(w)
            # (an acronym's plural, "RCPCs", is the acronym rules' to judge)
            plural_acronym = re.fullmatch(r"[A-Z]{2,}['’]?s", w) is not None
            # (a month is a date, which the year check below judges: "between Sept 2020 and March 2021")
            month = MONTH_NAME.fullmatch(w) is not None
            if len(w) >= 4 and w[:1].isupper() and not w.isupper() and "-" not in w and not demonym and not plural_acronym and not month:
                stems = analyze(w)
                if stems and all(s not in corpus_vocabulary for s in stems):
                    out.append(w)
    # (in the clauses that ask, when a scene is set first: "Strategy meeting - Minh (16)
    # found ... above a shop in Rayners Lane. which other sectors ...?" is not about
    # Rayners Lane; a place of the scene is judged by the caller's place check)
    scoped = scene_free(question)
    asking = asking_clauses(question)
    if scoped == question and asking != [question] and (any(not all(s_ in (corpus_vocabulary or ()) for s_ in analyze(p_))
                                                            for p_ in named_places(" ".join(asking))) or re.search(
            r"\b(?:in|across|for)\s+(?:the\s+)?(?:Northern Ireland|Ireland|Scotland|Wales|England|London|UK|United Kingdom)\b", " ".join(asking))):
        # (nor a place of the asker's own, set first, when the asking clause names the area it
        # asks about: "Social worker in Belfast - who supports child victims of trafficking in
        # Northern Ireland?")
        scoped = " ".join(asking)
    scoped_text = " " + scoped.strip()[0:1].lower() + scoped.strip()[1:]
    for m in PROPER_AFTER.finditer(scoped_text):
        name = m.group("n")
        if language_spoken(scoped_text, m):
            continue  # a language spoken names no place: "interpreter for Urdu speaking families"
        stems = analyze(name)
        if stems and all(s not in vocabulary for s in stems):
            out.append(name)
    if corpus_vocabulary:
        for m in _NAMED_DOCUMENT.finditer(question):
            # a guidance, act or policy named by words the corpus never uses ("under the
            # searching, screening and confiscation guidance"): the documents are not it
            # (the name is what follows "according to": "what types of modern slavery are
            # there according to the guidance?" names no guidance but the documents')
            name = re.sub(r"^.*\baccording to\s+(?:the\s+|our\s+|their\s+)?", "", m.group("name"), flags=re.I)
            stems = [s_ for s_ in analyze(name) if s_ not in _DOCUMENT_FILLER]
            if not stems:
                continue
            absent = [s_ for s_ in stems if s_ not in corpus_vocabulary]
            # (or one word, when it is the whole name: "what's the fraser test?")
            # (an acronym, "under the DA act", is the acronym rules' to judge)
            own = [w for w in name.split() if set(analyze(w)) - _DOCUMENT_FILLER]
            # (in lower case too, when the glossary holds it: "the dna procedure")
            whole_absent = absent and len(absent) == len(stems) and not all(
                re.fullmatch(r"[A-Z&]{2,8}", w) or w.upper() in load_glossary().terms for w in own)
            if (len(absent) >= 2 and len(absent) * 2 > len(stems)) or whole_absent:
                out.append(name.strip())
    # (a year in a scene from the asker's casework is when the case happened, not what the
    # question asks about: "a 17yo told us in 2020 she'd been trafficked ... Which
    # organisations could support her?"; unless the question points back to it)
    said = question if scoped == question or _YEAR_BACK.search(scoped) else scoped
    # (a sum is no year: "is the setting up home grant 2000 quid?") (sixty-fourth session)
    for year in [m.group(0) for m in YEAR_Q.finditer(said)
                 if not re.match(r"\s*(?:quid|pounds?|grand|k\b|a\s+(?:month|week)|per\s+(?:month|week))", said[m.end():], re.I)
                 and not re.search(r"£\s*$", said[:m.start()])]:
        if passage_text and year not in passage_text and year[2:] not in re.findall(r"(?<=[-/])\d{2}\b", passage_text):
            out.append(year)
    return out


#: a question pointing back to a year its scene named: "... how many were there that year?"
_YEAR_BACK = re.compile(r"\b(?:that|the same) year\b|\bat (?:that|the) time\b|\bback then\b|\bthen\b", re.I)
#: a named guidance, act, policy or test a question is scoped to: "under the searching,
#: screening and confiscation guidance", "according to the Keeping Children Safe in
#: Education guidance", "how do i apply the gillick / fraser test"
_NAMED_DOCUMENT = re.compile(r"(?:\b(?:under|in|per|according to|from|by|following|using|does|do|apply|use|run|complete|is|are|explain|about)|['’]s)\s+(?:the\s+|our\s+|their\s+)?"
                             r"(?P<name>(?:[\w'’/-]+,?\s+){1,6}?)(?:statutory\s+)?(?:guidance|guidelines|policy|act|procedures?|protocol|framework|"
                             r"regulations|legislation|code of practice|toolkit|handbook|competence|criteria|principles|test|tool|checklist)\b", re.I)
#: words of a document's name that say what kind of document it is, not which
_DOCUMENT_FILLER = frozenset(analyze("national local government dfe department statutory new latest current updated official school schools"))
#: a place whose every stem has a corpus IDF below this (named in about a tenth of the
#: chunks or more) is what the corpus is about ("harrow"), not another area
HOME_IDF = math.log(10)


#: a post that makes a service the asker's own workplace: "YOT worker - ...", "mash sw here"
_ASKER_ROLE = r"(?:worker|practitioner|officer|nurse|manager|colleague|staff|sw|social worker|clinician|team member|lead|here|duty|on duty|desk|team)\b"
#: services a question may ask about by acronym (:func:`_service_elsewhere`)
_SERVICES = frozenset({"MASH", "MARAC", "MAPPA", "MACE", "LADO", "CAMHS", "NRM", "EDT", "YOT", "YOS", "VAH", "CTAC"})


def _service_elsewhere(question: str, passages: Sequence[Passage], best: Chunk, glossary: Glossary,
                       figure: bool = False) -> str | None:
    """A refusal phrase when the question asks about a service by its acronym
    (:data:`_SERVICES`: "how do I make a referral to the MASH - is there an online
    form?") and the answer's passage neither names it nor comes from a document whose
    retrieved passages do (the slavery site's "Our online form is quick and simple" is
    another service's form); ``None`` otherwise. A passage of the same document may
    leave the name to its neighbours ("In September 2020 there was the highest number
    of referrals ever seen" under CAMHS's achievements). For a figure (``figure``) only
    passages under the same two levels of headings count: the annual report names the NRM
    in its conference workshops, which do not make "Harrow has the 12th highest number of
    Child Protection Plans" an answer to "how many national referral mechanism referrals
    did harrow make?". A service spelled out ("local authority designated officer") is
    asked about as by its acronym; one in the asker's introduction ("YOT worker - ...")
    is not asked about."""
    # (nor one the asker's home system lacks: "In Poland we have no MASH. Are there any
    # signs of modern slavery ...?"; :func:`~assistant.answer.text_evidence.without_home_system`)
    # (nor one of a scene set first: "trafficking awareness bit at the MASH meeting - the
    # gov site's 2013 figure, by what percentage ...?")
    for service in glossary.find_terms(scene_free(without_home_system(question))):
        if service.acronym not in _SERVICES or glossary.names_term(service, best.embed_text()):
            continue
        if re.match(rf"^\s*(?:[\w'’-]+\s+){{0,2}}?{re.escape(service.acronym)}\s+{_ASKER_ROLE}", question, re.I):
            continue  # the asker's own post: "YOT worker - how often does the VVE meet?"
        if not any(p.chunk.source == best.source and (not figure or _same_branch(p.chunk.section, best.section))
                   and glossary.names_term(service, p.chunk.embed_text()) for p in passages):
            return f"anything on the {service.acronym}"
    return None


def _same_branch(a: str, b: str, depth: int = 2) -> bool:
    """Whether section paths ``a`` and ``b`` ("4. Progress on Priorities > What was
    achieved?") agree on their first ``depth`` headings (a path of one heading agrees only
    with itself)."""
    pa, pb = a.split(SECTION_SEP), b.split(SECTION_SEP)
    # (a passage under a chapter's own heading is not under its sub-sections)
    n = min(depth, max(len(pa), len(pb)))
    return pa[:n] == pb[:n]


def _other_period(asked: set[str], unit: "Unit", chunk) -> bool:
    named = periods(unit.text + "\n" + chunk.section + "\n" + (table_header(chunk, unit.line) or ""))
    return bool(named) and not asked & named


#: a period that dates the asker's own work, not what is asked: "for our 2021-22 training
#: plan", "I'm writing our safeguarding report for 2021-22 and ..."
_OWN_WORK = re.compile(r"\b(?:our|my|your)\b[^,.;:?!]{0,40}$", re.I)


#: a period as a question writes it ("2021-22", "FY2021-22", "21/22", "31st March 2021")
_PERIOD_MENTION = re.compile(r"(?:\bFY\s?|\b)\d{2,4}\s?(?:[-/–—‐‑]|\bto\b)\s?\d{2,4}\b|\b31(?:st)?\s+(?:of\s+)?march,?\s+\d{4}\b"
                             r"|\b31[./-]0?3[./-]\d{2,4}\b", re.I)


def _dated_to(chunk: Chunk, wanted: frozenset[str], named_only: bool = False) -> bool:
    """Whether ``chunk`` is about one of the reporting periods ``wanted`` ("2020-21"): a
    period its section path or text names (:func:`~assistant.keywords.reporting_periods`,
    so "(31st March 2021)" names 2020-21), or, when it names none and not ``named_only``,
    its document's own period (manifest ``period``). The title is left out: it names the
    document's period even above a passage about last year's figures. A passage under a
    section whose opening dates its figures ("Our performance and activity data for 2019
    to 2020 ...", ingest's ``data_period``, :func:`ingest.chunker.date_sections`) names that
    period when it names none itself."""
    named = (reporting_periods(chunk.section + "\n" + chunk.text)
             or reporting_periods(str(chunk.metadata.get("data_period") or "")))
    if named_only:
        return bool(wanted & named)
    return bool(wanted & (named or reporting_periods(str(chunk.metadata.get("period") or ""))))


@lru_cache(maxsize=512)
def asked_periods(question: str) -> frozenset[str]:
    """Reporting periods the question asks about (:func:`~assistant.keywords.reporting_periods`;
    a scene set first counts, "21/22 data - how many kids went missing?"), leaving out a
    period that dates the asker's own work ("for our 2021-22 training plan, what courses
    did the HSCB run?")."""
    text = question.strip()
    out: set[str] = set()
    known: set[str] = set()
    for m in _PERIOD_MENTION.finditer(text):
        # (the words before a short period say it is one: "in 21/22")
        got = reporting_periods(text[max(0, m.start() - 16):m.end()])
        if got and not _OWN_WORK.search(text[:m.start()]):
            out |= got
            if _KNOWN_PERIOD.search(text[:m.start()]):
                # (not a period named just before, inside the window: "in 2021-22 than in
                # 2020-21" sets aside 2020-21 only)
                known |= got - reporting_periods(text[max(0, m.start() - 16):m.start()])
    # a period the asker already has is not the one asked about: "we know about the
    # 2019-20 figures, but how many missing episodes ... in 2020-21?"
    return frozenset(out - known) if out - known else frozenset(out)


#: a period that names the report asked of rather than the figures asked for: "20/21
#: report permanency outcomes - ...", "the 2020-21 HSCB annual report", "the annual report
#: for 2020/21"
_REPORT_AFTER = re.compile(r"^\s*(?:(?:hscb|lscp|lscb|safeguarding|annual|partnership|board|harrow|children'?s?)\s+){0,3}reports?\b", re.I)
_REPORT_BEFORE = re.compile(r"\breports?\s+(?:(?:for|of|covering)\s+)?(?:the\s+)?(?:(?:financial|reporting)\s+)?(?:year\s+)?$", re.I)


@lru_cache(maxsize=512)
def report_periods(question: str) -> frozenset[str]:
    """Reporting periods ("2020-21") the question uses to name a report ("20/21 report
    permanency outcomes - what % ...?", "does the 2020-21 annual report say ...?"), not
    the period of the figures it asks for; a subset of :func:`asked_periods` or empty."""
    text = question.strip()
    out: set[str] = set()
    for m in _PERIOD_MENTION.finditer(text):
        if _REPORT_AFTER.search(text[m.end():]) or _REPORT_BEFORE.search(text[:m.start()]):
            out |= reporting_periods(text[max(0, m.start() - 16):m.end()])
    return frozenset(out & asked_periods(question))


def periods_asked_of(question: str, passages: Sequence[Passage]) -> frozenset[str]:
    """:func:`asked_periods` less a period that only names a report which the passages'
    documents cover (manifest ``period``): "20/21 report permanency outcomes - ..." asks
    of the 2020-21 report, whose permanency figures are for 2019/20. A report period no
    passage's document covers stays asked ("the 2021-22 annual report - how many ...?"
    is not answered from the 2020-21 report)."""
    wanted = asked_periods(question)
    named = report_periods(question)
    if not named:
        return wanted
    held: set[str] = set()
    for p in passages:
        held |= reporting_periods(str(p.chunk.metadata.get("period") or ""))
    return wanted - (named & held)


#: words before a period the asker already has or sets aside: "we know about the", "apart from"
_KNOWN_PERIOD = re.compile(r"(?:\b(?:we|i)\s+(?:already\s+)?(?:know|have|had|got|seen|saw|read)\s+(?:about\s+)?(?:the\s+)?"
                           r"|\b(?:apart from|other than|aside from|besides|except|not)\s+(?:the\s+)?"
                           # the period compared with: "did the MASH get more contacts in 2021-22
                           # than in 2020-21?" asks of 2021-22 (sixty-fourth session)
                           r"|\b(?:more|fewer|less|higher|lower|bigger|smaller|up|down|better|worse)\b[^?;]{0,60}?\bthan\s+(?:(?:in|for|during)\s+)?(?:the\s+)?"
                           # the period a source is said to give, before the one asked:
                           # "the annual report gives MASH contacts for 2020-21 - what was the figure for 2021-22?"
                           r"|\b(?:gives?|gave|has|had|shows?|showed|lists?|listed|covers?|covered|includes?|included|splits?|breaks?\s+down|broke\s+down|quotes?|quoted)\b[^?;\d]{0,50}?(?:\b(?:for|in)\s+(?:the\s+)?|\s))$", re.I)


#: "what <thing> should/does/...": the thing asked for, up to four words
_ASKED_THING = re.compile(r"\b(?:what|which)\s+(?!(?:did|does|do|is|are|was|were|has|have|had|can|could|should|would|will|must|might|may)\b)(?P<np>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:should|does|do|did|is|are|was|were|must|can|could|would|will|has|have|had|need|needs|means|triggers|requires)\b", re.I)
#: "what's the <thing> on/for ...?": "what's the current safer sleep advice on co-sleeping?"
_ASKED_THE_THING = re.compile(r"\bwhat(?:'s|’s|s| is| are)\s+(?:the|our|their|your|[\w-]+['’]s)\s+(?P<np>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)\s+(?:on|for|about|regarding|around)\b", re.I)
#: words ranking categories rather than naming one ("the oldest age category")
_RANK_WORDS = frozenset(analyze("oldest youngest largest biggest smallest highest lowest top bottom most least "
                                "first last main commonest rarest older younger"))
#: a category asked about: "... under the neglect category", "in the physical abuse category"
_ASKED_CATEGORY = re.compile(r"\b(?:under|in|for|as|with|on|into)\s+(?:the\s+|a\s+|each\s+)?(?P<np>(?:[\w'’-]+\s+){0,2}?[\w'’-]+)\s+"
                             r"(?:category|categories|heading)\b", re.I)
#: "what's the process for <doing something>", "the procedure to <do something>"
_ASKED_PROCESS = re.compile(r"\b(?:process|procedure|procedures|steps|protocol)\s+(?:for|to|of|when)\s+(?P<np>(?:[\w'’-]+\s+){0,12}?[\w'’-]+)"
                            r"(?=\s*[,?.;]|\s*$|\s+(?:and|which|who|when|where|if|in harrow|here)\b)", re.I)
#: verbs of a process that say nothing about what it is for
_PROCESS_VERBS = frozenset(analyze("apply applying make making get getting do doing start starting request requesting "
                                   "submit submitting complete completing use using go going"))


def names_what_is_asked(question: str, passage_text: str, glossary=None, thing: bool = True) -> bool:
    """Whether the answering passages name the thing a "what <thing> ..." question asks
    for, by its head word or half its words (or, failing that, a glossary expansion), when
    the thing has two or more particular words ("the national average caseload" is not
    named by "the England average"), and what a "how do I <verb> <object>?" step is done to
    ("how do i apply gillick / fraser?"): "what safe sleep advice should I give parents who co-sleep?"
    is not answered by passages that never mention sleep, nor "what weekly allowance does
    a foster carer get?" by ones that never mention an allowance. A thing of one
    particular word ("what year ...", "what job ...") is answered by an instance of it and
    always passes, as does a question of another shape.

    Args:
        question: the (redacted) question.
        passage_text: the cited passages' text with their titles and section paths.
        glossary: a :class:`~assistant.glossary.Glossary` for expansions ("lie detector"
            -> polygraph), or ``None``.
        thing: also check the thing a "what <thing> ..." question asks for (the last check
            above); ``False`` checks only a category, a process and a step's object.
    """
    asked = " ".join(asking_clauses(question))
    have = set(analyze(passage_text))
    category = _ASKED_CATEGORY.search(asked)
    if category:
        # "how many CP plans were under the neglect category?": a category is named by
        # one particular word, which the passages must use
        need = set(analyze(category.group("np"))) - CLASS_WORDS - _RANK_WORDS
        if need and not need & have:
            return False
    process = _ASKED_PROCESS.search(question)
    if process:
        # "what's the process for applying to court for an emergency protection order?":
        # the passages must name most of what the process is for
        need = set(analyze(process.group("np"))) - CLASS_WORDS - _PROCESS_VERBS
        # (a word is named by its glossary expansion too: "the process for missing kids" by
        # "children who go missing")
        named = {s_ for w in process.group("np").split() for s_ in analyze(w)
                 if s_ in need and (s_ in have or (glossary is not None and set(analyze(" ".join(glossary.expand(w)))) & have))}
        if len(need) >= 2 and len(named) * 2 <= len(need):
            return False
    how = _PROCEDURE_Q.search(asked)
    if how:
        # "how do i apply gillick / fraser?": what the step is done to must be named by a
        # word or its glossary expansion (not answered by "the need to apply 'Was not
        # Brought' procedures")
        obj = re.split(r"[?.,;!]|\s+(?:if|when|for|to|with|in|at|so|because|before|after)\s", asked[how.end():], maxsplit=1)[0]
        need = set(analyze(obj)) - CLASS_WORDS - GENERIC_STEMS - _PROCESS_VERBS
        if need and not need & have and not (glossary is not None and set(analyze(" ".join(glossary.expand(obj)))) & have):
            return False
    had = _HAD_THING.match(asked.strip())
    if had and not _names_thing(had.group("np"), passage_text, have, glossary):
        # "did child M have an EHCP?", "did the family get direct payments?": the thing
        # asked about must be named (or spelt out) by the passages
        return False
    m = (_ASKED_THING.search(asked) or _ASKED_THE_THING.search(asked)) if thing else None
    if not m:
        return True
    words = [w for w in analyze(m.group("np")) if w not in CLASS_WORDS]
    need = set(words)
    if len(need) < 2:
        return True
    # its head word, or half its words: "what's the national average caseload for a
    # social worker?" is not answered by "we have exceeded the England average"
    if words[-1] in have or 2 * len(need & have) >= len(need):
        return True
    return bool(glossary is not None and set(analyze(" ".join(glossary.expand(m.group("np"))))) & have)


#: a yes/no question whether someone had or got a thing: "did child M have an EHCP?", "did
#: the family get direct payments?", "was he on a CP plan?"
_HAD_THING = re.compile(r"^\W*(?:and\s+|so\s+)?(?:did|does|do|has|had|was|were|is)\s+(?P<who>(?:[\w'’-]+\s+){1,4}?)"
                        r"(?:have|has|had|get|got|receive|received|been\s+given|given|offered|on|subject\s+to)\s+"
                        r"(?:(?:a|an|any|the|their|his|her)\s+)?(?!(?:more|fewer|less|extra|additional|enough|better|worse|bigger|smaller|much|many)\b)"
                        # (a passive, not a thing: "does the school still get told?")
                        r"(?!(?:[\w'’-]+ed|told|given|paid|seen|taken|sent|known|shown|done|made|put|hurt|found|kept|left|got|brought|"
                        r"caught|held|heard|met|run|set|sold|taught|written|chosen|driven|spoken|involved|back|out|in|up|on|off|away|home|there|here|it|them|him|her)\b)(?P<np>[\w'’-]+(?:\s+[\w'’-]+){0,2}?)\s*\??$", re.I)


def _names_thing(np: str, passage_text: str, have: set[str], glossary=None) -> bool:
    """Whether ``passage_text`` (stems ``have``) names the thing ``np`` ("EHCP", "direct
    payments"): an acronym by itself or all the words of its glossary expansion, other
    words by the head word or half the particular words (always ``True`` for a thing of
    only generic words)."""
    if re.fullmatch(r"[A-Z]{2,6}s?", np.strip()):
        if re.search(rf"\b{re.escape(np.strip().rstrip('s'))}s?\b", passage_text, re.I):
            return True
        terms = glossary.find_terms(np) if glossary is not None else []
        return any(set(analyze(t.expansion)) - CLASS_WORDS <= have for t in terms)
    words = [w for w in analyze(np) if w not in CLASS_WORDS and w not in GENERIC_STEMS]
    if not words or words[-1] in have or 2 * len(set(words) & have) >= len(set(words)):
        return True
    return bool(glossary is not None and set(analyze(" ".join(glossary.expand(np)))) & have)


#: "how do I make a Prevent referral?", "how can we refer to the MARAC?": a question asking
#: how to carry out a step
_PROCEDURE_Q = re.compile(r"\bhow (?:do|can|should|would|could|to) (?:i |we |you |staff |schools? |parents? )?"
                          r"(?:make|submit|refer|complete|apply|request|book|access|get|find|assess|contact|escalate|report|raise|"
                          r"start|arrange|do)\b", re.I)
#: words that describe a step to take: a modal, "you", a way to get in touch or a form
#: (not "to report on activity", a duty to account)
_PROCEDURAL = re.compile(r"\b(?:can|should|must|need to|needs to|will need|you|your|call|calling|contact|report(?! on\b)|complete|use|"
                         r"ring|email|e-mail|visit|speak|tell|refer|via|through|using|online (?:form|referral|portal)|report(?:ed)? online|form|helpline|website|phone)\b"
                         r"|(?:\+44|\b0)\d{2,4}[\s-]?\d{3,4}|\b(?:999|101|111)\b", re.I)


def describes_how(question: str, text: str) -> bool:
    """Whether ``text`` (the answer's lead sentence) describes how to do what a "how do
    I make / refer / report ...?" question asks (:data:`_PROCEDURE_Q`): it must speak of
    a step to take (:data:`_PROCEDURAL`: "you can report it by calling ...", "complete
    the referral form"). "How do I make a Prevent referral?" is not answered by "This
    showed a slight decline in the number of referrals of around 14%". Other questions
    always pass."""
    if not _PROCEDURE_Q.search(" ".join(asking_clauses(question))):
        return True
    return _PROCEDURAL.search(text) is not None


#: a question asking what something found or concluded
_RESULT_Q = re.compile(r"\b(?:conclu\w*|find|found|findings|outcomes?|results?|(?<!to )show(?:ed|n|s)?|recommend\w*|verdict"
                       # (or whether something helped: "what was the impact of GPS tagging - did
                       # victims and families benefit?"; not "impact" alone, which names topics:
                       # "the new SAR is looking at the long term impact of what")
                       r"|benefit(?:ed|ted|s)?|made a difference|making a difference"
                       # (or whether it worked: "has the GPS tagging actually worked in Harrow?")
                       r"|" + _WORKED_FORM + r")\b", re.I)
#: whether something worked, asked (the :data:`_RESULT_Q` alternative alone)
_WORKED_ASKED = re.compile(r"\bwork(?:ed|ing)?\b", re.I)
#: a formal evaluation or its findings named in a question ("what did the final evaluation
#: conclude?"): answered only by that evaluation, not by an outcome reported meanwhile
_EVALUATION_WORDS = re.compile(r"\b(?:evaluat\w*|conclu\w*|findings?|verdict|study|research)\b", re.I)
#: an outcome reported: "the project made good impact as soon as children returned to
#: school", "Feedback ... has been very positive", "has worked well"
_OUTCOME_REPORTED = re.compile(r"\b(?:(?:good|positive|significant|real) (?:impact|difference|progress|results?|outcomes?)|made (?:a |good )?(?:impact|difference)"
                               r"|worked well|very positive|improv(?:ed|ement)|successful(?:ly)?|effective(?:ly)?|benefit(?:ed|ted))\b", re.I)
#: a question asking for a reason, cause or purpose: "why didn't ...?", "what does the report
#: put that down to?", "how come ...?", "what was the reason ...?", "what is X for?"
_REASON_Q = re.compile(r"\bwhy\b|\bhow come\b|\bput (?:that|this|it|the (?:[\w-]+ ){0,2}?(?:drop|fall|rise|increase|decrease|decline|change|dip|spike|jump|surge)) down to\b|\bwhat (?:was|were|is|are) the (?:reasons?|causes?)\b"
                       r"|\bwhat caused\b|\bwhat explains\b|\bwhat(?:'s|’s| is| was| were| are)? (?:driving|drove|behind)\b"
                       # or a purpose: "what's the Chronolator licence actually for?", "what's the point of ...?"
                       r"|" + _PURPOSE_ASKED, re.I)
#: an asking clause pointing back to a place the question named before it: "over there",
#: "that borough"
_PLACE_POINTER = re.compile(r"\bover there\b|\b(?:in|from|at|out) there\b|\b(?:that|this) (?:borough|area|council|local authority|authority|place|city|town)\b", re.I)
#: a list item that states a figure first ("- 88 children were subject to ...", "15.4%
#: Special Guardianship Order granted")
_FIGURE_ITEM = re.compile(r"^\W*\d")


def _figures_only(units, passages, chosen) -> bool:
    """Whether an answer quotes figures and no reason: it leads with a table row, or every
    unit it quotes but a lead-in (ending in a colon) is a list item stating a figure first
    (:data:`_FIGURE_ITEM`), and no unit,
    nor a quoted list's lead-in, gives a reason (:data:`_REASON_GIVEN`).

    Args:
        units: the answer's candidate units; passages: the retrieved passages they come
            from; chosen: the groups of unit indices the answer quotes.
    """
    quoted = [i for g in chosen for i in g]
    if any(_REASON_GIVEN.search(units[i].text) for i in quoted):
        return False
    if units[chosen[0][0]].kind == "table_row":
        return True
    items = [i for i in quoted if not units[i].text.rstrip().endswith(":")]  # (a list's lead-in quoted with it)
    if not items or not all(units[i].kind == "list_item" and _FIGURE_ITEM.match(units[i].text) for i in items):
        return False
    return not any(_REASON_GIVEN.search(lead_in(passages[units[i].passage].chunk, units[i].line) or "") for i in quoted)


#: a unit that gives a reason: "because", "due to", "as a result of", "put down to"
_REASON_GIVEN = re.compile(r"\b(?:because|due to|as a result|owing to|caused|causes?|reasons?|put down to|led to|result(?:ed|s)? (?:of|from|in)"
                           r"|in response to|following|so that|in order to|attributed|explained|since"
                           # (or a purpose: "extra time is built in to ensure that wishes and feelings ...")
                           r"|to (?:ensure|make sure|prevent|allow|enable|protect|reduce|avoid|help|support))\b", re.I)
#: a sentence deferring a result: "... will be reported upon in the HSCB's next annual
#: report", or planning the study that would give it: "... plan to carry out a survey"
_DEFERRAL = re.compile(r"\b(?:will be (?:reported|published|shared|presented|made available|available|confirmed|known|completed)"
                       r"|(?:is|are) (?:yet to be|still to be|not yet|awaited)|to be reported|in (?:the|its|our|their) next (?:annual )?report"
                       r"|due to (?:report|be published|conclude)|(?:has|have) not yet (?:been )?(?:reported|published|concluded|completed)"
                       # a study still to be done: "... revived its pre-Covid-19 plan to carry out a survey"
                       r"|(?:plans?|planned|planning|intends?|intention|aims?) to (?:carry out|conduct|undertake|run|repeat|commission)"
                       r"|will (?:carry out|conduct|undertake|commission)"
                       # ... or findings promised later: "next year we will be able to report on
                       # whether victims and families benefited"
                       r"|will be able to (?:report|say|tell|show|confirm|evaluate|assess)"
                       # ... or one just begun: "A new Learned Lessons Review has also begun to look at ..."
                       r"|(?:has|have) (?:also |just |recently )?(?:begun|started|commenced) to (?:look|explore|examine|consider|review)"
                       r"|(?:is|are) (?:currently |now )?(?:exploring|examining|looking at))\b", re.I)
#: share of the asking clause's particular words a deferral must use to be about what is asked
DEFERRAL_COVER = 0.5


def _asked_text(question: str) -> str:
    """The clauses that ask (:func:`asking_clauses`), or the whole question when it opens
    with a question of its own ("what did the final cardiff evaluation ... find - did it
    actually cut referrals?")."""
    return question if WH_OPENING.match(question.strip()) else " ".join(asking_clauses(question))


def deferred(question: str, text: str, section: str = "") -> bool:
    """Whether ``text`` defers the result a question asks about: it is a deferral
    (:data:`_DEFERRAL`) using, with its ``section`` path, at least :data:`DEFERRAL_COVER`
    of the particular words of the question's asking clause ("cardiff", "final",
    "evaluation" ...), one of them in ``text`` itself."""
    if not _DEFERRAL.search(text):
        return False
    generic = CLASS_WORDS | set(analyze(
        "conclude concluded conclusion find found findings outcome outcomes result results show showed recommend say said "
        "impact effect difference work worked working actually really any"))
    asked = set(analyze(_asked_text(question))) - generic
    if len(asked) < 2:
        # (an asking clause with no words of its own points at the rest: "has the polygraph
        # testing actually cut breaches? any results?")
        asked = set(analyze(question)) - generic
    # (the deferral itself names something asked, not only its heading: under "Section 11
    # Audits", "Outcome will be reported in the next Annual Report" follows a staff survey,
    # not the audits, whose result the section gives)
    own = set(analyze(text))
    return bool(asked) and bool(asked & own) and len(asked & (own | set(analyze(section)))) >= DEFERRAL_COVER * len(asked)


def _lacking(question: str, passages: Sequence[Passage], missing: str, relevance: float, coverage: float) -> Answer:
    """The ``not_found`` answer saying what the documents do not give ("this figure",
    "anything for 2021-22"), with the passages under Sources."""
    return Answer(question, "not_found",
                  f"The indexed documents do not give {missing}. The closest passages are listed under Sources; "
                  "ask your safeguarding lead or the partnership's learning and development team.", [], list(passages),
                  extra={"relevance": round(relevance, 4), "coverage": round(coverage, 4), "missing": missing})


def scene_setting_stems(question: str) -> set[str]:
    """Stems found only in the clauses that set the scene for the question rather than
    ask it: "LADO figures are down - what risk are they still mindful of?" -> the stems of
    "LADO figures are down". Empty for a one-clause question or when no later clause
    starts with a question word."""
    asking = asking_clauses(question)
    if asking == [question]:
        return set()
    ask = set(analyze(" ".join(asking)))
    clauses = [c for c in CLAUSE_SPLIT.split(question.strip()) if c]
    return {s_ for c in clauses if c not in asking for s_ in analyze(c)} - ask


def asked_before_stems(question: str) -> set[str]:
    """The scene-setting stems (:func:`scene_setting_stems`) of a scene that is itself a
    question, as :func:`~assistant.answer.parts.question_parts` builds a later part that
    points back: "how many sessions did VAH deliver - how many organisations did it
    support?" -> the stems of "how many sessions did VAH deliver" not in the asking clause."""
    asking = asking_clauses(question)
    if asking == [question]:
        return set()
    clauses = [c for c in CLAUSE_SPLIT.split(question.strip()) if c]
    last = asking[-1]
    if len(asking) > 1 and _POINTS_BACK.search(last):
        # "Fredek was promised a factory wage - what was he told he could earn - what was
        # he actually paid?": the last clause asks; the one before says who "he" is
        before = [c for c in clauses if c != last and WH_OPENING.match(c)]
        return {s_ for c in before for s_ in analyze(c)} - set(analyze(last))
    ask = set(analyze(" ".join(asking)))
    return {s_ for c in clauses if c not in asking and WH_OPENING.match(c) for s_ in analyze(c)} - ask


_POINTS_BACK = re.compile(r"\b(?:it|its|they|them|their|he|him|his|she|her)\b", re.I)


#: a clause about the asker, after what is asked: "... I should be looking out for on home
#: visits", "... we need to know for the ICPC", "... when I'm on a home visit"
_ASKER = re.compile(r"\b(?:that |which |when |if |as )?(?:i|we)(?:'m|’m| am| are)?\s+(?:should|must|need|have to|ought to|can|could|would|might|will|am|are|'m|’m|want|do|did|keep|look|see|work|visit)\b[^?.;]*", re.I)


def asker_stems(question: str) -> set[str]:
    """Stems found only in a clause about the asker rather than what is asked: "what are
    the common signs of modern slavery I should be looking out for on home visits?" -> the
    stems of "looking out for on home visits". Empty when the question opens with the
    clause ("I need to know ...": the question is in it) or has none."""
    m = _ASKER.search(question)
    if not m or m.start() < 12:
        return set()
    return set(analyze(m.group(0))) - set(analyze(question[:m.start()]))


#: "who are the (three) safeguarding partners (in harrow)?": ``np`` is who is asked for
_MEMBERS_Q = re.compile(r"\bwho\s+(?:exactly\s+|actually\s+|really\s+)?(?:are|were)\s+(?:the\s+)?(?:(?:three|3|core|main|statutory|key)\s+)*"
                        r"(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,3}?)(?:\s+(?:in|for|of|at|on)\s+[^?]{2,40}|\s+here)?\s*\??\s*$", re.I)
#: a footnote saying whom or what its paragraph's noun stands for: "3 These are Harrow
#: Council, The Metropolitan Police and The Harrow Clinical Commissioning Group"
_NAMING_FOOTNOTE = re.compile(r"\d{1,3}\s+(?:These|They)\s+(?:are|were|include)\s+[A-Z]")


#: words that place what is counted in the corpus's own area ("how many local kids ...")
_HERE_STEMS = frozenset(analyze("local locally borough resident residents"))
#: a table label's lead-in before the thing it counts: "Number of ", "Total number of "
_NUMBER_OF = re.compile(r"^\s*(?:the\s+)?(?:total\s+)?(?:number|no\.?)\s+of\s+", re.I)


def _label_names_subject(question: str, unit: "Unit", chunk, expansions: Sequence[str] = (),
                         paid_in: bool = False) -> bool:
    """Whether a table row's label, its column headers or its section path share a word
    (beyond question words, numbers and the corpus's own area) with the question or its
    glossary ``expansions`` ("live in harrow" -> "in borough": "Children in Borough |
    64,000"); for "how many X ...?", a word of X when X has one beyond those. With
    ``paid_in`` (a sum paid in is asked), the words of paying ("give", "put in", "the
    partners") ask for no more than a whole, as "total" does."""
    label = unit.text.split("|")[0] + " " + (table_header(chunk, unit.line) or "") + " " + chunk.section
    asked = {s_ for s_ in analyze(" ".join([question, *expansions]))
             if s_ not in GENERIC_STEMS and not s_[0].isdigit() and not re.fullmatch(r"p\d{4}-\d{2}", s_)}
    # "how many FGM cases did LNWUHT identify?": the row must count FGM cases, not merely
    # name LNWUHT ("LNWUHT | attendance out of 4 meetings: 4")
    # (in the clause that asks: "how many CLA ... - how many SW assessments that year")
    m = COUNTED.search(" ".join(asking_clauses(question)).lower()) or COUNTED.search(question.lower())
    # (a word placing them here is not what is counted: "how many local kids ...")
    # (nor is "times": "how many times did LFB attend?" counts attendances)
    counted = {s_ for s_ in analyze(m.group(1) or m.group(2) or "")} & asked - _HERE_STEMS - _TIMES_STEMS if m else set()
    have = set(analyze(label))
    if have & BOARD_STEMS:
        have |= BOARD_STEMS  # the board, the partnership, the HSCB: one body
    if not asked and m and (counted_any := set(analyze(m.group(1) or m.group(2) or "")) - _HERE_STEMS):
        # "how many children are in Harrow?" asks in words too common to name a row by
        # ("children", "Harrow"): the row must count them, its label's first word naming
        # them ("Children in Borough | 64,000", "Number of Children Looked After ...", not
        # "Deprivation Affecting Children ... | 199/317")
        head = analyze(_NUMBER_OF.sub("", unit.text.split("|")[0]))[:1]
        return bool(counted_any & set(head))
    if not counted and asked <= _WHOLE_STEMS | BOARD_STEMS | (_PAYING_STEMS if paid_in else frozenset()):
        # "how much did the board spend in total?" asks for a whole, which a budget's
        # "Total Expenditure" row gives
        return bool(have & BOARD_STEMS or MONEY_CONTEXT.search(label))
    if counted and m and any(spelled_out(a, plain_form(label)) for a in re.findall(r"\b[A-Z]{2,6}\b", m.group(0).upper())
                             if a.lower() in counted and a not in ("HOW", "MANY")):
        return True  # "how many CLA ...?": "Number of Children Looked After (LAC)"
    if counted:
        return bool(counted & have)
    # a word of the question itself, or the whole of one of its expansions: a word of an
    # acronym's expansion alone names another subject ("Local Authority" in the
    # deprivation rows is no "LADO", the Local Authority Designated Officer)
    own = {s_ for s_ in analyze(question) if s_ in asked}
    whole = any(e_ <= have for e_ in ({s_ for s_ in analyze(e) if s_ in asked} for e in expansions) if e_)
    return not asked or bool(own & have) or whole


#: a question asking where a figure comes from: "where's the figure from?", "what's the
#: source?", "according to who?"
SOURCE_Q = re.compile(r"\bwhere(?:'s|’s| is| does| did| do)? (?:the|that|this|these|those|their|its) (?:figure|number|stat|statistic|estimate|data|"
                       r"count|total)s? (?:come |coming )?from\b|\bwhat(?:'s|’s| is| was) (?:the|their|its) sources?\b|\baccording to (?:who|whom|what)\b"
                       r"|\bsourced? from\b|\bwho (?:says|said|estimates|estimated|counted) (?:so|that|this|it)\b", re.I)


#: share of a list's head cover sibling sections must reach to answer a themes question
THEME_SECTION_SHARE = 1.0


def _nested_sections(a, b) -> bool:
    """Whether chunks ``a`` and ``b`` are from the same document and one's section path
    is the other's or inside it ("VAH > Key Achievements > Specific Support:" is inside
    "VAH")."""
    if a.source != b.source or not a.section or not b.section:
        return False
    x, y = a.section.split(" > "), b.section.split(" > ")
    n = min(len(x), len(y))
    return x[:n] == y[:n]


#: a sentence speaking as its organisation ("We run ...", "Our helpline ..."): who "we"
#: are is in the sentence before
_WE_START = re.compile(r"^(?:We|Our|They|Their)\s")
#: a question asking how something named works or is done: "how does Crimestoppers work?"
_HOW_WORKS_Q = re.compile(r"\bhow (?:does|do|did|would|will|can|could) (?:[\w'’-]+ ){1,4}?(?:work|works|operate|operates|function)\b", re.I)
#: a question asking for the steps of a process or how something is worked out: "step by
#: step", "what are the actual steps in ...", "how does the ... pathway work", "what's the formula"
_STEPS_Q = re.compile(r"\bstep[- ]by[- ]step\b|\bwhat are the (?:actual |main |key )?steps\b|\bthe steps (?:in|of|for|to)\b"
                      r"|\bwhat(?:'s|’s| is) the (?:process|procedure|formula)\b|\bhow (?:does|do|is|are) (?:the |a |an )?[^?]{1,50}?"
                      r"\b(?:pathway|procedure|process|mechanism|formula)s? work\b|\bhow (?:is|are) [^?]{1,50}? worked out\b", re.I)
#: a statement of what is needed ("- The need for practitioners ... to understand the referral pathway")
_NEED_STATEMENT = re.compile(r"^\W*(?:the|a|an)\s+(?:need|needs)\s+(?:for|to)\b", re.I)
#: a sentence pointing back to what the one before it raised: "... to explore these issues further"
_THESE_ISSUES = re.compile(r"\b(?:these|those|such)\s+(?:issues|concerns|matters|problems|indications|gaps)\b", re.I)
#: a sentence opening on a pronoun: "They and other minority ethnic children are ..."
#: a sentence about the asker's contact with a service the sentence before names: "Your
#: call or online form will not be traced ..." (after "... contact the independent charity
#: Crimestoppers on 0800 555 111")
_YOUR_CONTACT_START = re.compile(r"^Your (?:call|calls|online form|form|report|information|details|message|referral)\b")
_PRONOUN_START = re.compile(r"^(?:They|Their|These|This|It|Its|He|She|His|Her)\b")
#: a sentence whose subject is what the sentence before it said: "This data has led us to
#: ...", "These figures show ...", "This undermined ..."
_POINTS_BACK_START = re.compile(r"^(?:This|These|That|Those|Such)\b(?:\s+[a-z]+){0,2}?\s+(?:has|have|had|is|are|was|were|will|led|leads|"
                                r"shows?|showed|means?|meant|suggests?|indicates?|undermined|reflects?|prompted|caused|includes?)\b")


def _name_in(name: str, text: str) -> bool:
    return strip_honorifics(name) in text


def defines(question: str, text: str) -> bool:
    """Whether ``text`` reads like a definition of the term asked about in ``question``."""
    # ("what is the meaning of contextual safeguarding?" asks about contextual safeguarding)
    # ("what's contextual safeguarding?", "whats ...": what is)
    asked = re.sub(r"\bwhat(?:['’]s|s)\b", "what is", question.strip(), flags=re.I)
    m = re.search(r"what (?:is|are|does) (?:an? |the )?(?:(?:meaning|definition) of (?:an? |the )?)?(.+?)(?: mean| stand for)?\??$", asked, re.I)
    if not m:
        return False
    term = re.escape(m.group(1).strip())
    return bool(re.search(rf"(?:^|\d\s)(?:the )?{term}\s+(is|are|seeks|refers|means|describes|involves)\b", text, re.I))


_SHARE_WORDS = re.compile(r"\b(per ?cent|half|third|quarter|fifth|majority|minority|proportion)\b", re.I)


def quantifies(question: str, text: str) -> bool:
    """Whether a figure in ``text`` counts everything a "how many X ...?" question counts:
    the words of X (beyond generic ones such as "children") follow one of its numbers
    within four words. "How many initial CPCs ...?": "291 initial CPCs" does, "789 CPCs"
    does not. ``False`` when the question counts nothing specific."""
    m = COUNTED.search(question)
    counted = (m.group(1) or m.group(2) or "") if m else ""
    want = {s_ for s_ in analyze(counted) if s_ not in GENERIC_STEMS}
    if not want:
        return False
    # (either side may name a glossary term by its acronym: "291 initial CPCs" counts
    # initial child protection conferences, "how many ICPCs" counts initial CPCs)
    want_spelled = {s_ for s_ in _spelled_stems(counted, keep_acronyms=False) if s_ not in GENERIC_STEMS}
    for n in re.finditer(r"(?<![\w.])\d[\d,]*(?:\.\d+)?%?", text):
        if re.fullmatch(r"(?:19|20)\d{2}", n.group(0)):
            continue  # a year counts nothing ("as of 23 March 2020 Child Looked After reviews ...")
        after = " ".join(re.findall(r"[\w’'\-]+", text[n.end():n.end() + 80])[:4])
        after_stems = _spelled_stems(after)
        if want <= after_stems or (want_spelled and want_spelled <= after_stems):
            return True
    return False


def _spelled_stems(text: str, keep_acronyms: bool = True) -> set[str]:
    """Stems of ``text`` plus those of the glossary expansion of each acronym it writes
    in capitals (a plural "CPCs" too); with ``keep_acronyms`` false the acronyms' own
    stems are left out ("ICPCs" -> initial, child, protection, conference)."""
    terms = load_glossary().terms
    found = []
    for w in re.findall(r"\b[A-Z][A-Z0-9&]{1,9}s?\b", text):
        term = terms.get(w) or (terms.get(w[:-1]) if w.endswith("s") else None)
        if term is not None and term.expansion and not term.ambiguous:
            found.append((w, term.expansion))
    stems = set(analyze(text))
    if not keep_acronyms:
        stems -= {s_ for w, _ in found for s_ in analyze(w)}
    for _, expansion in found:
        stems |= set(analyze(expansion))
    return stems


@lru_cache(maxsize=512)
def _generic_counted(question: str) -> tuple[str, ...]:
    """Stems of what a "how many X ...?" question counts when they are all generic
    ("children"), else ``()`` (cached: asked once per unit of the passages)."""
    m = COUNTED.search(question.lower())
    words = analyze(m.group(1) or m.group(2) or "") if m else []
    return tuple(words) if words and all(s_ in GENERIC_STEMS for s_ in words) else ()


def counts_generic(question: str, text: str) -> bool:
    """Whether a figure in ``text`` is directly followed (within two words) by what a "how
    many X ...?" question counts when X is only generic words ("children", "young
    people"): "A total of 83 children were ..." for "how many children ...?"."""
    words = _generic_counted(question)
    if not words:
        return False
    for n in re.finditer(r"(?<![\w.])\d[\d,]*(?:\.\d+)?(?![\d%])", text):
        after = " ".join(re.findall(r"[\w’'\-]+", text[n.end():n.end() + 40])[:2])
        if set(words) <= set(analyze(after)):
            return True
    return False


#: "how many people went to / attended ...?"
_HELD_Q = re.compile(r"\bhow many\s+(?:(?P<kind>board|partnership|subgroup|sub-group|panel|forum|team|network|business continuity|(?-i:[A-Z]{3,5}))\s+)?"
                     r"(?P<noun>meetings?|sessions?|events?|conferences?|audits?|days?)\s+"
                     r"(?:(?:did|does|do|has|have|had|were|was)\s+(?:\w+\s+){0,6}?(?:hold|held|have|had|run|ran|meet|met|take place|took place|there|organise|organised|convene|convened)\b"
                     r"|(?:were|was)\s+(?:there|held|run|organised|convened))", re.I)


def held_count_noun(question: str) -> str:
    """The noun counted in a question asking how many of a body's meetings (sessions,
    events ...) were held ("how many meetings did the HSCB hold?" -> "meetings";
    "how many sessions were run?" -> "sessions"), or "" for any other question."""
    m = _HELD_Q.search(question)
    if not m and _TIMES_MET_Q.search(question):
        return "meetings"  # "how many times did the HSCB meet?"
    return m.group("noun").lower() if m else ""


#: "how many times did the HSCB meet?", "how many times has the board met this year?",
#: "how often did the HSCB meet?" (its table counts the year's meetings)
_TIMES_MET_Q = re.compile(r"\b(?:how many times|how often)\s+(?:did|does|do|has|have|had)\s+(?P<body>(?:[\w&'’-]+\s+){1,6}?)(?:meet|met|get together|convene|convened|sit|sat)\b", re.I)


def held_by(question: str) -> str:
    """The body whose meetings a :func:`held_count_noun` question counts, as typed ("how
    many meetings did the QA subgroup hold?" -> "QA subgroup"; "how many meetings were
    held by the board?" -> "board"); "" when it names none."""
    m = _HELD_Q.search(question)
    if not m:
        t = _TIMES_MET_Q.search(question)
        return re.sub(r"^the\s+", "", t.group("body").strip(), flags=re.I) if t else ""
    rest = question[m.start("noun"):]
    b = re.search(r"^\S+\s+(?:did|does|do|has|have|had)\s+(?:the\s+)?((?:\w[\w&'’-]*\s+){0,5}?)(?:hold|held|have|had|run|ran|meet|met|take|took|organise|organised|convene|convened)\b", rest, re.I) \
        or re.search(r"\b(?:held|run|organised|convened)\s+by\s+(?:the\s+)?(\w[\w&'’-]*(?:\s+\w[\w&'’-]*){0,4}?)(?:\s+(?:in|during|last|this|over)\b|[?.,]|$)", rest, re.I)
    # (or by the kind of meeting: "how many board meetings were there?", "how many HSCB
    # meetings were held?")
    return b.group(1).strip() if b else (m.group("kind") or "")


def counts_held(header: str, noun: str) -> bool:
    """Whether a table's header row counts ``noun`` held, as "out of N <noun>" or
    "N <noun>" ("REPRESENTATIVE/ROLE | ATTENDANCE OUT OF 4 MEETINGS" for "meetings");
    singular and plural alike."""
    stem = noun.rstrip("s")
    return re.search(rf"\b(?:out of\s+)?\d+\s+{re.escape(stem)}s?\b", header, re.I) is not None and re.search(r"\bout of\b", header, re.I) is not None


_ATTEND_Q = re.compile(r"\bhow many\s+(?:(?:people|staff|practitioners|professionals|delegates|attendees|participants|folk|of (?:us|them))\s+)?"
                       r"(?:went|go|attended|attend|came|come|joined|join|took part|turned up|logged on|dialled in|were there|signed up)\b"
                       # ("the attendance number for the joint conference", "the number of delegates")
                       r"|\battendance (?:number|figure|count|numbers|figures|total)\b|\bnumber of (?:delegates|attendees|participants)\b", re.I)
#: a count of the people who attended: "185 delegates attended.", "attended by 60 practitioners"
_ATTENDED = re.compile(r"(?<![\w.£])\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:delegates|attendees|participants|people|practitioners|professionals|staff|members|learners)\b"
                       r"[^.;]{0,40}?\b(?:attend\w*|participat\w*|took part|joined|registered|booked)"
                       r"|\battended by (?:over |around |about |some )?\d[\d,]*", re.I)


def counts_attendance(question: str, text: str) -> bool:
    """Whether ``text`` counts who attended for a "how many people went to / attended
    ...?" question ("185 delegates attended." for "how many people went to the
    conference?", where "people" is not the sentence's word)."""
    return bool(_ATTEND_Q.search(question)) and _ATTENDED.search(text) is not None


def counts_what_is_asked(question: str, text: str) -> bool:
    """Whether a figure in ``text`` counts what a "how many X ...?" question counts
    (:func:`quantifies`, :func:`counts_attendance`, :func:`counts_generic` or
    :func:`counts_in_words`): "185 delegates attended." for "how many delegates came?",
    not "During his 24-year legal career ..."."""
    return (quantifies(question, text) or counts_attendance(question, text) or counts_generic(question, text)
            or counts_in_words(question, text))


def gives_asked_kind(question: str, text: str) -> bool:
    """Whether ``text`` carries what a "who" or "when" question asks for (a name, a date);
    ``False`` for other question types."""
    asked = asking_clauses(question)[-1]  # ("who is the chair - which other board does he chair?" asks which board)
    qtype = question_type(asked)
    return qtype in ("who", "when") and _type_bonus(qtype, asked, text) > 0


def _type_bonus(qtype: str, question: str, text: str) -> float:
    if qtype == "frequency":
        return 0.8 if FREQUENCY.search(text) else 0.0
    if qtype == "number":
        if MONEY_Q.search(question):
            if says_free(question, text):
                return 1.5  # "how much does it cost to call?": "Free from landlines and most mobiles"
            text = PHONE_NUMBER.sub(" ", text)  # a helpline's number is not a price
        given = {re.sub(r"[£,%\s]", "", n) for n in NUMBER.findall(question)}
        nums = [n for n in NUMBER.findall(text) if not re.fullmatch(r"(19|20)\d{2}", n.strip(" ,"))
                and re.sub(r"[£,%\s]", "", n) not in given]
        if not nums and counts_in_words(question, text):
            return 0.6 + COUNTED_MATCH  # "only one professional explored this ..."
        if not nums:
            # (a figure the question already gives is not its answer: "Fredek was promised
            # 2000 a month - what was he actually paid?" is not answered by "£2000 a month")
            return -0.5
        bonus = 0.6
        if MONEY_Q.search(question) and "£" in text:
            bonus = 1.0  # a sum is asked for, and given ("forced to work for £3-5 a week")
        elif MONEY_Q.search(question) and not MONEY_CONTEXT.search(text) and " | " not in text:
            # a sum is asked for: "after five months" is a figure, not a sum (a table row's
            # money context is its header, weighed by the caller)
            bonus = -0.2
        q = question.lower()
        if any(w in q for w in ("percent", "per cent", "proportion", "share", "rate", "%")):
            if "%" in text:
                bonus += 0.4
            elif "percent" in q or "per cent" in q or "%" in q or re.search(r"\bwhat (?:share|proportion)\b", q):
                # "what percentage ...?" is not answered by a count ("291 initial CPCs")
                bonus = 0.0 if not _SHARE_WORDS.search(text) else bonus
        if "how much" in q and ("£" in text or "budget" in text.lower()):
            bonus += 0.4
        if ((_IN_CARE_Q.search(q) or re.search(r"\blooked after\b", q))
                and not re.search(r"\bleav|\bleft\b|\bleaver", q)
                and re.search(r"\b(?:left|leaving)\b[^.|]{0,30}\bcare\b|\bcare\s+leavers?\b", text, re.I)):
            # "how many children are in care?" is not answered by "194 young people who had
            # recently left Harrow's care": leaving care is the opposite of being in it
            bonus -= 0.6
        if quantifies(question, text):
            bonus += COUNTED_MATCH  # "291 initial CPCs" counts what is asked; "789 CPCs" only part of it
        elif counts_attendance(question, text):
            bonus += COUNTED_MATCH  # "how many people went to ...?": "185 delegates attended."
        elif counts_generic(question, text) and not _YEAR.search(question) and not asked_periods(question):
            bonus += COUNTED_MATCH / 2  # "how many children ...?": "83 children were ...", not "4 young carers"
        return bonus
    if qtype == "who":
        # a name the question does not already use ("The three core Safeguarding Partners
        # own ..." restates "who are the safeguarding partners"; "Harrow Council, ..." answers)
        asked = set(analyze(question))
        return 0.6 if any(not set(analyze(n)) <= asked for n in _ORG_NAME.findall(text)) else 0.0
    if qtype == "when":
        if CLOCK_Q.search(question):
            # "what hours was Albert made to work?": "... from 6am to 10pm"
            return 0.6 if _CLOCK.search(text) else 0.0
        if re.search(r"\b(?:which|what) month\b", question, re.I):
            # "which month saw the highest number of referrals?": a month, not a year
            return 0.6 if _MONTH.search(text) else 0.0
        return 0.6 if _YEAR.search(text) else 0.0
    if qtype in ("general", "number") and _RANK_PLACE_Q.search(question) and _RANK_PLACE.search(text):
        # "where does Harrow rank in London for CP plans?": "Harrow has the 12th highest
        # number of Child Protection Plans per 10,000 population" (fifty-sixth session)
        return 0.6
    if qtype == "general" and _WHICH_CHARITY_Q.match(question):
        # "which charities got him somewhere safe to stay?": a charity's name ("... thanks
        # to The Salvation Army and the Medaille Trust"), as for "who"
        asked = set(analyze(question))
        return 0.3 if any(not set(analyze(n)) <= asked for n in _ORG_NAME.findall(text)) else 0.0
    return 0.0


#: a question asking which charities or organisations did something, after any scene
#: set first: "which charities got him somewhere safe to stay?"
_WHICH_CHARITY_Q = re.compile(r"(?:[^?]*?\s[-–—:]\s+)?\s*(?:and\s+)?(?:which|what)\s+(?:charit(?:y|ies)|organi[sz]ations?|orgs?)\s+"
                              r"(?!(?:is|are|was|were)\s+(?:it|that|this|the)\b)", re.I)


#: nouns that only say "things" ("which three organisations ...": the answer need not
#: use the word); any other counted noun ("three priorities") must be in the answer's
#: sentence or heading
_CLASS_NOUNS = {"organisations", "organizations", "agencies", "bodies", "groups", "services", "partners",
                "people", "things", "areas", "ways", "types", "kinds", "members", "teams", "items", "points",
                "fields", "sectors", "parts"}


#: who gave to a total: "who contributed income / funds the budget / paid in?"
_CONTRIBUTORS_Q = re.compile(r"\b(?:contribut\w*|fund(?:s|ed|ing|ers?)?|chip(?:s|ped)? in|gave|give|gives|income|provided?|donated?|"
                             # ("paid the most into", "put less in")
                             # (and "paid most into", without "the": a break-it helper's)
                             r"pa(?:y|ys|id)(?: (?:the )?(?:most|least|biggest|largest|smallest|lowest|highest)(?: (?:amount|share|sum))?| more| less)? (?:in|into|for|towards)|"
                             r"put (?:the (?:most|least) |more |less )?(?:money )?in(?:to)?)\b", re.I)


__all__ = ["ExtractiveAnswerer", "NOT_FOUND_TEXT", "question_type", "defines", "asks_outcome", "missing_evidence", "periods", "asks_top_payer", "orgs_asked_for", "names_organisation"]


#: a rating key's row: "X | = Much Work to Do", "✓ | = Good"
_KEY_ROW = re.compile(r"^\s*(?P<sym>[^\s|]{1,3})\s*\|\s*=\s*(?P<label>[^|\n]{2,40}?)\s*$", re.M)
#: marks that stand for the same rating ("X" in a key, "✗" after a heading)
_MARK_KIN = ({"X", "✗", "✘", "×"}, {"✓", "✔", "√"})
#: a question asking which things got a rating: "which areas got the X rating?", "what was
#: rated good?", "what got a tick?" (not "which schools are rated good by Ofsted?")
_RATED_WHICH_Q = re.compile(r"\b(?:which|what)\s+(?:other\s+)?(?:areas?|aspects?|parts?|ones?|sections?|themes?|elements?|headings?|things?|"
                            r"got|was (?:given|rated|marked)|were (?:given|rated|marked))\b", re.I)
#: a question about a rating given: "which areas got the X rating?", "what was rated good?"
_RATING_Q = re.compile(r"\b(?:rat(?:ed|ing|ings)|marked|scored|assessed as|graded|grades?|judged)\b", re.I)


def rating_key(text: str) -> dict[str, str]:
    """A rating key in a table's text ("Key: | / ✓ | = Good / # | = Some Work to Do / X |
    = Much Work to Do"): label (lower case) -> mark; ``{}`` unless two rows or more."""
    rows = {m.group("label").strip().lower(): m.group("sym") for m in _KEY_ROW.finditer(text)}
    return rows if len(rows) >= 2 else {}


def asked_rating(question: str, key: dict[str, str]) -> set[str]:
    """The marks of the rating a question names from ``key`` ("which areas got the X /
    'much work to do' rating?" -> ``{"X", "✗", ...}``): the label whose every word the
    question uses, the longest such; a one-word label ("good") or a bare mark only in a
    question about a rating (:data:`_RATING_Q`: "is the helpline any good?", "kicked out
    for good" name no rating)."""
    # (whole words, not stems: "much work to do" and "some work to do" differ only in
    # words an analyser drops)
    # (the sentence that asks: "the chair's evaluation gives info sharing an X (much work
    # to do). what exactly is the workforce confused about?" asks about no rating)
    question = re.split(r"(?<=[.!?)])\s+(?=(?:what|which|who|how|where|why|when)\b)", question.strip(), flags=re.I)[-1]
    if not _RATED_WHICH_Q.search(question):
        return set()  # "was the telephone conference rated good?" asks about one thing
    rating_asked = _RATING_Q.search(question) is not None
    # a mark by its name: "what got a tick?", "which area was given a hash?"
    question = re.sub(r"\b(?:a |an )?(tick|cross|hash)(?:es)?\b",
                      lambda m: {"tick": " ✓ ", "cross": " X ", "hash": " # "}[m.group(1).lower()], question, flags=re.I)
    words = set(re.findall(r"\w+", question.lower()))
    # (a one-word label needs a rating word beside it: "kicked out for good" names no rating)
    best = max((label for label in key if set(re.findall(r"\w+", label)) <= words and set(analyze(label))
                and (rating_asked or len(re.findall(r"\w+", label)) >= 2)),
               key=lambda label: len(re.findall(r"\w+", label)), default=None)
    mark = key[best] if best else None
    if mark is None:
        for label, sym in key.items():
            if re.search(rf"(?<![\w]){re.escape(sym)}(?![\w-])\s*(?:/|rating|rated|mark)|\b(?:rated|rating of|an?|marked|given|got)\s+{re.escape(sym)}(?![\w-])",
                         question):
                mark = sym
    if mark is None:
        return set()
    return next((kin for kin in _MARK_KIN if mark in kin), {mark})


def rated_text(marks: set[str], text: str) -> bool:
    """Whether ``text`` carries one of ``marks`` as a rating: at its end ("... this aspect
    of their work X") or after a short capitalised name ("Funding Arrangements ✗")."""
    alt = "|".join(re.escape(m) for m in sorted(marks))
    return re.search(rf"(?:(?<=\s)|^)\**(?:{alt})\**\s*$|(?:[A-Z][\w()’'-]*\s+){{1,6}}(?:{alt})(?=\s|$)", text.strip()) is not None
