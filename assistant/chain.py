"""The question-answering chain, built from LangChain runnables.

    screen (urgent risk, personal-data redaction)
      -> retrieve (hybrid BM25 + dense, RRF; filters inside both searches)
      -> compose (extractive answer with verbatim, numbered citations)

``Assistant.ask()`` is the typed entry point every front uses (CLI, Slack, eval runner);
``Assistant.runnable`` exposes the same steps as a LangChain ``Runnable`` that maps
``{"question": str, "filters": Filters | None}`` to an :class:`~ingest.models.Answer`.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from dataclasses import dataclass, field, replace
from itertools import zip_longest
from typing import Any

from langchain_core.runnables import Runnable, RunnableLambda

from assistant.answer.extractive import (
    ExtractiveAnswerer,
    bodies_named,
    is_membership_table,
    members_asked,
    document_scope,
    in_document_scope,
    mention_pattern,
    mentions_asked,
    part_written_asked,
    membership_tables,
    asks_outcome,
    asked_rating,
    asks_extreme,
    asks_top_payer,
    counts_what_is_asked,
    defines,
    names_organisation,
    orgs_asked_for,
    gives_asked_kind,
    places_in_series,
    rated_text,
    rating_key,
    series_noun,
    table_keys,
)
from assistant.answer.exclusions import beyond_earlier, lacks_excluded, lines_about, read_on, set_aside_exclusion, without_excluded
from assistant.answer.support import SupportModel
from assistant.answer.spelling import british_spelling
from assistant.answer.drafting import location_topic, strip_drafting
from assistant.answer.parts import comparison_parts, merge_answers, question_parts, strip_aside, strip_intro, strip_relay, strip_restated, strip_scene, strip_write_up
from assistant.answer.second_language import standard_wording
from assistant.answer.text_speak import write_out
from assistant.answer.typos import TypoCorrector
from assistant.answer.question_shape import as_non_emergency, asked_acronym, asked_kind, asking_clauses, question_type, without_own_schools
from assistant.answer.structure import (asked_mark, chunk_ordinal, feedback_lead, introduces_list, leads_in_ways, lists_kind,
                                        quoted_line)
from assistant.answer.casework import as_category_question
from assistant.answer.claims import (
    as_checked_question,
    claim_unconfirmed,
    claimed_identity,
    claimed_value,
    names_draft,
    names_kind,
    open_premise,
    premise_answered,
)
from assistant.answer.refusal_rules import payers_asked
from assistant.answer.sources_named import DocumentRef, location_line, source_note
from assistant.answer.text_evidence import (
    MONEY_CONTEXT,
    MONEY_Q,
    heading_names_person,
    is_person_name,
    person_names,
    quote_key,
    without_home_system,
)
from assistant.condense import asks_for_more, condense_question, points_back_alone
from assistant.config import ConfigError, Settings, get_settings
from assistant.embeddings import Embedder, get_embedder
from assistant.glossary import heading_definition, load_glossary, mine_definitions
from assistant.keywords import analyze, date_pre_pandemic
from assistant.rerank import UnitReranker
from assistant.retrieval import HybridRetriever
from assistant.safety import document_names, redact, screen_urgent
from assistant.store import Filters, Store, chunk_to_meta
from ingest.loaders.html import is_subtitle  # a case study's title ("Brenda from Uganda")
from ingest.models import SECTION_SEP, Answer, Chunk, Passage

log = logging.getLogger(__name__)


#: an acronym whose IDF over the corpus is below this (used in more than about one chunk
#: in ten, "HSCB") is not spelled out for the embedding model: the documents teach it
SPELL_OUT_IDF = 3.0
#: what every front says when LLM mode is asked for and no model is configured
NO_LLM_NOTICE = "LLM mode asked for, but no LLM is configured (ASSISTANT_LLM_PROVIDER, see docs/llm.md): answering extractively."

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


#: a question asking what someone said, felt or fed back ("what did young people say about
#: ACT?", "what was it like for him?"): the words after a feedback sentence are fetched for it
#: (:meth:`Assistant._with_quotes_after`)
_WORDS_ASKED = re.compile(r"\b(?:say|said|says|saying|think|thought|feel|felt|feels|feedback|views?|voices?|words|quotes?|told|tell|"
                          r"describe[ds]?|experiences?|like for)\b", re.I)

#: a later part asking what really happened, against what an earlier part's answer said
_CONTRAST = re.compile(r"\b(?:actually|really|in fact|in reality|in the end|instead)\b", re.I)
#: a part asking for a count ("how many ...", "how much ...")
_COUNT_ASK = re.compile(r"\bhow (?:many|much)\b", re.I)


@dataclass
class _State:
    question: str
    filters: Filters
    k: int
    mode: str = "extractive"
    timings: dict[str, float] = field(default_factory=dict)
    redacted: list[str] = field(default_factory=list)
    urgent_reply: str | None = None
    urgent_reasons: list[str] = field(default_factory=list)
    #: the message as typed (redacted), when a follow-up was made standalone from the
    #: conversation: the urgent screen reads what the asker wrote, not the earlier topic
    #: put beside it ("and how many are still missing now?")
    typed: str | None = None
    #: the first message of a conversation (no earlier turns), or a follow-up the earlier
    #: turns could not resolve: one that only points back ("what does that stand for?") is
    #: answered by asking for the whole question
    first_turn: bool = True
    #: what such a message points back to (:func:`assistant.condense.points_back_alone`)
    points_back: str | None = None
    #: whether there were earlier turns (the message pointing back resolved to nothing in them)
    earlier: bool = False
    passages: list = field(default_factory=list)
    query_vector: Any = None
    question_vector: Any = None
    #: the question with the casework scene :func:`~assistant.answer.parts.strip_scene`
    #: set aside, kept for a second try when the question alone finds no answer (the
    #: scene may carry the topic: "... wants to report the people holding her cousin ...
    #: what number does the gov page give for reporting anonymously?")
    with_scene: str | None = None
    #: a claim put to the documents with its value left open
    #: (:func:`~assistant.answer.claims.open_premise`), asked when the claim as put finds
    #: no answer: "... founded in 1939, right?" -> "... founded in what year?"
    premise_open: str | None = None
    #: a claimed figure's check as put ("is it true that 789 conferences ... in 2020-21?"),
    #: when the question asks for the figure instead ("... conferences ... - how many?"):
    #: tried when that finds nothing (a right figure claimed for the wrong year)
    claim_as_put: str | None = None
    #: whether the message puts a claim from the asker's own draft ("our newsletter says
    #: ..."): checked as :func:`~assistant.answer.claims.as_checked_question` puts it
    from_draft: bool = False
    #: what a location question asks the place of ("what page is the MASH data on?" -> "the
    #: MASH data"): answered from that, with where the quote is leading the answer
    location_of: str | None = None
    #: the question as asked (redacted, shorthand written out), before any remark is set
    #: aside: the documents it names and whether it asks where something is are read here
    asked: str = ""
    #: what the question leaves out or already has (:func:`~assistant.answer.exclusions.set_aside_exclusion`):
    #: quotes about it are dropped from the answer (:func:`~assistant.answer.exclusions.without_excluded`)
    excluded: tuple[str, ...] = ()
    #: the earlier answer a "what else?" follow-up asks past (:func:`~assistant.condense.asks_for_more`):
    #: its quotes are avoided, and when nothing else answers it is given again, said to be all
    more_than: Answer | None = None
    #: unit texts the answer must not quote (what is excluded, what was quoted before)
    avoid: list[str] = field(default_factory=list)
    #: the question retrieval reads when it differs from the one answered (an excluded
    #: phrase kept for retrieval)
    retrieve_as: str | None = None
    #: the question asked plainly, its excluded phrase removed ("other than Child M, any
    #: other case reviews?" -> "any case reviews?"): retrieved for and answered when the
    #: question as typed finds only what it excludes (:meth:`Assistant._compose_or_plainly`)
    plainly: str | None = None
    #: the stems a "..., not X" question does want (:attr:`~assistant.answer.exclusions.Exclusion.wanted`)
    wanted: frozenset[str] = frozenset()


_ASKS = re.compile(r"\?|^\s*(?:what|who|whom|which|how|where|when|why|should|can|could|do|does|is|are)\b"
                   r"|\b(?:what|who|how|where|when|which)\s+(?:do|should|can|could|would|is|are|to)\b"
                   r"|\b(?:advice|advise|guidance|help me|tell me)\b", re.I)


#: what a part of a question lacks that leaves its other parts answerable: a contact detail
#: ("how many CP plans and what's the LADO phone number?" gives the 298)
_CONTACT_LACKED = re.compile(r"(?:a telephone number|an email address|a web ?site|an? (?:postal )?address|contact details)\b")
#: what a refused count part lacks: "a count of this", "this figure"
_FIGURE_LACKED = re.compile(r"(?:this figure|a count of this)$")


#: a first part whose frame names its subject plainly, for a later part's pronoun: "who
#: chairs the board", "what is MARAC", "how many delegates came to the 2021 conference"
_PLAIN_SUBJECT = re.compile(r"^(?:(?:who|which\s+\w+)\s+(?:chairs|chaired|runs|ran|leads|led|funds|funded|wrote|sits\s+on)"
                            r"|(?:what|who)(?:['’]s|\s+is|\s+was|\s+are|\s+were)"
                            r"|how\s+many\s+(?:\w+\s+){1,2}(?:came\s+to|attended|went\s+to|joined))\s+"
                            r"(?:the\s+|a\s+|an\s+)?[\w'’&-]+(?:\s+[\w'’&-]+){0,4}\s*\??$", re.I)


def ask_in_full(pointer: str, earlier: bool = False) -> str:
    """The reply to a message that only points back ("what does that stand for?") with
    nothing for ``pointer`` to mean: the conversation's first message, or (``earlier``) a
    follow-up whose earlier question names nothing it could stand for. Asks for the whole
    question. One paragraph, no citations."""
    where = ("but I could not tell what it refers to in the earlier question" if earlier
             else "but there is no earlier question in this conversation")
    return (f"Your question points back to something earlier (\u201c{pointer}\u201d), {where}. Please ask it "
            "in full, naming what you mean: for example \u201cWhat does MARAC stand for?\u201d or "
            "\u201cWho chaired the Child M review?\u201d.")


def asks_something(message: str) -> bool:
    """Whether a message asks a question ("... - who do I contact?", "what should I do")
    rather than only telling something ("she wants to kill herself tonight")."""
    return _ASKS.search(message) is not None


def cited_first(answer: Answer) -> None:
    """Order ``answer.retrieved`` as evidence: the passages the answer cites first, in the
    order of their first citation, then the others in retrieval order. The answerer reads
    every retrieved passage and picks the list or sentence that answers (a list question
    looks twice as deep), so it is the last reranker; its choice is what the Sources show
    and what ``retrieved`` (and fact recall@k in ``assistant eval``) should rank first.

    The retriever's own rank of each passage, 1-based, is kept in
    ``answer.extra["retriever_ranks"]`` (same order as ``retrieved``), so the retrieval
    stage can still be measured alone (``retriever_recall@k``). Changes ``answer`` in
    place; a passage is cited when a citation's quote occurs in its text, from the same
    source.
    """
    if not answer.retrieved:
        return
    order: list[int] = []
    for c in answer.citations:
        for i, p in enumerate(answer.retrieved):
            if i not in order and p.chunk.source == c.source and c.quote and c.quote in p.chunk.text:
                order.append(i)
                break
    order += [i for i in range(len(answer.retrieved)) if i not in order]
    answer.retrieved = [answer.retrieved[i] for i in order]
    answer.extra["retriever_ranks"] = [i + 1 for i in order]


#: a later part asking what an acronym the earlier answer gave stands for
_THE_ACRONYM = re.compile(r"\bwhat (?:does|do|did) (?:the|that|this|its|their) (?:acronym|abbreviation|initials|letters) (?:stand for|mean)\b"
                          r"|\b(?:the|that|this|its|their) (?:acronym|abbreviation)(?:'s| is)? (?:short for|stands? for)\b", re.I)


def _named_acronym(part: str, earlier: list[Answer], question: str) -> str | None:
    """The acronym a part asking "what does the acronym stand for" means: the first one
    an earlier answered part quotes that the question itself does not name, or ``None``."""
    if not earlier or not _THE_ACRONYM.search(part.rsplit(" - ", 1)[-1]):
        return None
    asked = set(re.findall(r"\b[A-Z][A-Z0-9&]{2,}\b", question))
    for a in earlier:
        if a.status == "answered":
            for c in a.citations:
                for acr in re.findall(r"\b[A-Z][A-Z0-9&]{2,}\b", c.quote):
                    if acr not in asked:
                        return acr
    return None


#: a later part asking the role of someone an earlier part named: "who wrote the
#: evaluation? need his name and job title", "... - what is her role?"
_THEIR_ROLE = re.compile(r"\b(?:his|her|their)\s+(?:(?:name|names)\s+(?:and|&)\s+)?(?:job\s+)?(?:title|role|position|post|job)\b", re.I)


def _named_person(part: str, earlier: list[Answer], question: str) -> str | None:
    """The person a later part asking "his/her role" means: the first one an earlier
    answered part quotes (or names in the heading it quotes under) that the question
    itself does not name, or ``None``."""
    if not earlier or not _THEIR_ROLE.search(part.rsplit(" - ", 1)[-1]):
        return None
    for a in earlier:
        if a.status == "answered":
            for c in a.citations:
                names = person_names(c.quote + "\n" + c.section, question)
                if names:
                    return names[0]
    return None


def _interleave(first: list[Passage], second: list[Passage], n: int) -> list[Passage]:
    """``first``'s top half, then the rest of the two rankings taken in turn, without
    repeats, ``n`` in all."""
    out: list[Passage] = list(first[: n // 2])
    seen: set[str] = {p.chunk.id for p in out}
    for pair in zip_longest(first[n // 2:], second):
        for p in pair:
            if p is not None and p.chunk.id not in seen and len(out) < n:
                seen.add(p.chunk.id)
                out.append(p)
    return out


class Assistant:
    """Everything needed to answer questions over one store.

    Args:
        settings: runtime settings (default: :func:`assistant.config.get_settings`).
        store: the store (default: one opened from ``settings``).
        embedder: the embedding model (default: the process-wide one).

    Thread safety: ``ask`` may be called from many threads at once.
    """

    def __init__(self, settings: Settings | None = None, store: Store | None = None,
                 embedder: Embedder | None = None):
        self.settings = settings or get_settings()
        self.store = store or Store(self.settings.data_dir, self.settings.chroma_url, self.settings.collection_prefix,
                                    self.settings.exact_search_max)
        self.embedder = embedder or get_embedder()
        glossary = self.glossary = load_glossary()
        self.reranker = UnitReranker(self.store, glossary.expand, glossary.equivalents, glossary.synonym_equivalents)
        self.retriever = HybridRetriever(
            store=self.store, embedder=self.embedder, k=self.settings.top_k,
            candidates=self.settings.candidates, rrf_k=self.settings.rrf_k, glossary=glossary,
            reranker=self.reranker if self.settings.rerank else None,
        )
        self.answerer = ExtractiveAnswerer(self.embedder, glossary=glossary, min_relevance=self.settings.min_relevance,
                                           unit_vectors=lambda chunk: self.store.live().units_of(chunk.id),
                                           stems=self.reranker.chunk_stems,
                                           support=self._support_model())
        self._llm = None
        self._rating_keys = None  # (generation, [(chunk, metadata, rating key)]) for _with_rated
        self._names: tuple[int, frozenset[str]] | None = None  # (generation, document_names) for redaction
        self._names_lock = threading.Lock()
        self._documents: tuple[int, list[tuple[DocumentRef, dict]]] | None = None  # (generation, (document, metadata))
        self._typos: tuple[int, TypoCorrector] | None = None  # (generation, corrector) for typos()
        from assistant.audit import AuditLog

        self.audit = AuditLog(self.settings.db_path, self.settings.audit_retention_days)
        self.runnable: Runnable = (
            RunnableLambda(self._screen, name="screen")
            | RunnableLambda(self._retrieve, name="retrieve")
            | RunnableLambda(self._compose_or_open_premise, name="compose")
        )

    # -- public ------------------------------------------------------------------------
    def ask(self, question: str, filters: Filters | None = None, k: int | None = None,
            mode: str | None = None, front: str = "cli", user_id: str | None = None,
            history: list[tuple[str, str]] | None = None) -> Answer:
        """Answer one question.

        Args:
            question: what the practitioner typed (may contain personal data: it is
                redacted before anything else sees it).
            filters: access/metadata filters (default: public documents only).
            k: passages to retrieve (default ``settings.top_k``).
            mode: ``extractive`` or ``llm`` (default ``settings.mode``); ``llm`` falls back
                to the extractive answer when the model fails or cites nothing supported.
            front: which front took the question (``cli``, ``slack``, ``eval``...), for the
                audit log.
            user_id: the asker's id on that front; only a hash of it is stored.
            history: earlier ``(question, answer)`` turns of the conversation; a follow-up
                is condensed into a standalone question before retrieval.

        Returns:
            an :class:`~ingest.models.Answer`; ``status == "urgent"`` leads with the
            emergency signposting, followed by any retrieved learning.

        Raises:
            assistant.store.StoreError: the index is empty or unreadable.
        """
        t0 = time.perf_counter()
        # terminal escapes and other control characters are never stored or echoed back
        question = _CONTROL.sub("", question or "")
        # runs of spaces and newlines say nothing (and some clause patterns are slow on them)
        question = " ".join(question.split())
        # (nor do repeated marks: "wat is contextual safeguarding??" asks as "?" does)
        question = re.sub(r"[?!]*\?[?!]*", "?", re.sub(r"!{2,}", "!", question))
        pre_redacted: list[str] = []
        if history:
            # redact before anything (including an LLM condenser) sees the conversation
            keep = self.document_names()
            # (second-language forms in the documents' wording first: "the missing children,
            # how many they are?" then "how many from them was black?")
            safe_history = [(standard_wording(redact(q, keep=keep).text), redact(a, keep=keep).text) for q, a in history]
            red = redact(question, keep=keep)
            pre_redacted = red.found
            follow = standard_wording(red.text)
            question = self.condense(safe_history, follow)
            if question == follow:
                question = red.text
        state = _State(question=question, filters=filters or Filters(), k=k or self.settings.top_k,
                       mode=mode or self.settings.mode, typed=red.text if history and question != red.text else None,
                       first_turn=not history or (question == red.text and points_back_alone(red.text) is not None),
                       earlier=bool(history))
        if history and asks_for_more(red.text):
            # "any others?", "what were the rest?", "anything more about that?": what the
            # earlier answer quoted is left out of this one (its quotes, from asking the
            # earlier question again: the thread keeps only the answer's text)
            state.more_than = self._earlier_answer(safe_history, state.filters, state.k)
        answer = self.runnable.invoke(state)
        answer.timings_ms["total"] = (time.perf_counter() - t0) * 1000
        if pre_redacted:
            answer.extra["redacted"] = sorted(set(answer.extra.get("redacted", [])) | set(pre_redacted))
        self.audit.record(answer, front=front, user_id=user_id)
        return answer

    def _earlier_answer(self, history: list[tuple[str, str]], filters: Filters, k: int) -> Answer | None:
        """The answer to the last turn of ``history`` (redacted), asked again as it was
        asked (made standalone from the turns before it): its citations are what a "what
        else?" follow-up leaves out. ``None`` when it was not answered. Not logged: it is
        part of the follow-up's own exchange."""
        prev = history[-1][0]
        if len(history) > 1:
            prev = self.condense(history[:-1], prev)
        earlier = self.runnable.invoke(_State(question=prev, filters=filters, k=k, mode="extractive"))
        return earlier if earlier.status == "answered" and earlier.citations else None

    def condense(self, history: list[tuple[str, str]], question: str) -> str:
        """Turn a follow-up ("and how many from care?") into a standalone question using
        the conversation ``history`` (LLM when configured, heuristic otherwise)."""
        from assistant.condense import condense_question

        return condense_question(history, question, llm=self.llm if self.settings.llm_provider else None)

    @property
    def llm(self):
        """The configured LLM answerer (created lazily), or ``None``."""
        if self._llm is None and self.settings.llm_provider:
            from assistant.answer.llm import LLMAnswerer

            self._llm = LLMAnswerer(self.settings, self.embedder)
        return self._llm

    def _support_model(self) -> SupportModel | None:
        """The answer-support classifier the settings select (``support_check``,
        ``support_model``), or ``None``.

        Raises:
            ConfigError: ``support_model`` names a file that is not a valid model (the
                message names the setting and the file).
        """
        if not self.settings.support_check:
            return None
        if self.settings.support_model is not None:
            try:
                return SupportModel.from_file(self.settings.support_model)
            except ValueError as exc:
                raise ConfigError(f"setting 'support_model' (ASSISTANT_SUPPORT_MODEL or config file): {exc}") from exc
        bundled = SupportModel.bundled()
        if bundled is None:
            # (a broken install: say so rather than silently answering without the check)
            log.warning("answer-support check off: assistant/data/support_model.json is missing from the "
                        "installed package (reinstall, or set ASSISTANT_SUPPORT_MODEL)")
        return bundled

    def idf(self) -> dict[str, float]:
        """Corpus IDF of the live generation (computed once per generation)."""
        return self.reranker.idf()

    def document_names(self) -> frozenset[str]:
        """The capitalised words of the live generation's chunks (:func:`assistant.safety.document_names`),
        which redaction keeps: "what did Chris Miller say?" is about the report, not a
        case. Computed once per generation; empty when there is no index yet (every known
        given name is then redacted)."""
        try:
            gen = self.store.live()
        except Exception:  # no index yet, or the store is unreachable: redact more, not less
            return frozenset()
        with self._names_lock:
            if self._names is None or self._names[0] != gen.number:
                self._names = (gen.number, document_names(c.embed_text() for c in gen.chunks))
            return self._names[1]

    def typos(self) -> TypoCorrector | None:
        """The typo corrector for the live generation's words
        (:class:`~assistant.answer.typos.TypoCorrector`), built once per generation;
        ``None`` when there is no index yet (nothing is corrected)."""
        try:
            gen = self.store.live()
        except Exception:  # no index yet, or the store is unreachable
            return None
        with self._names_lock:
            if self._typos is None or self._typos[0] != gen.number:
                self._typos = (gen.number, TypoCorrector(c.embed_text() for c in gen.chunks))
            return self._typos[1]

    def _holds_quote(self, source: str, quote: str) -> bool:
        """Whether a chunk of ``source`` in the live generation holds ``quote`` (whitespace
        folded): the annual report's appendix repeats the learning sheet word for word."""
        want = " ".join(quote.split())
        try:
            chunks = self.store.live().chunks
        except Exception:
            return False
        return any(c.source == source and want in " ".join(c.text.split()) for c in chunks)

    def documents(self, filters: Filters | None = None) -> list[DocumentRef]:
        """The live generation's documents (source, title, manifest type) that ``filters``
        allow (default: public documents only), in index order, for
        :func:`~assistant.answer.sources_named.named_documents`: a restricted document's
        title is never shown to someone without its access tag. Read once per generation;
        empty when there is no index yet."""
        try:
            gen = self.store.live()
        except Exception:  # no index yet, or the store is unreachable: no document named
            return []
        with self._names_lock:
            if self._documents is None or self._documents[0] != gen.number:
                docs: dict[str, tuple[DocumentRef, dict]] = {}
                for c in gen.chunks:
                    if c.source not in docs:
                        docs[c.source] = (DocumentRef(c.source, c.title, str(c.metadata.get("doc_type") or "")),
                                          chunk_to_meta(c))
                self._documents = (gen.number, list(docs.values()))
            pairs = self._documents[1]
        filters = filters or Filters()
        return [d for d, meta in pairs if filters.allows(meta)]

    # -- steps -------------------------------------------------------------------------
    def _screen(self, state: _State) -> _State:
        t = time.perf_counter()
        red = redact(state.question, keep=self.document_names())
        # message shorthand written out ("indep chair n scrutineer", "14yo", "w 2 older men")
        # before the urgent screen and every question rule read it
        state.question = write_out(red.text)
        # (the asker's or the case's school by name is "the school": "DSL at Northgate Park
        # Academy - ..."; the documents name no school)
        state.question = without_own_schools(state.question)
        # ("labor trafficking", "behavior", "pediatric": the documents are British)
        idf = self.idf()
        state.question = british_spelling(state.question, known=lambda word: all(s_ in idf for s_ in analyze(word)))
        # ("wat age group goes misisng most in harow?": the documents' words)
        typos = self.typos()
        if typos is not None:
            state.question = typos.correct(state.question)
        # ("when did the SWiS project start?": an acronym in mixed case, in capitals)
        state.question = self.glossary.acronyms_upper(state.question)
        # (the urgent screen reads the message in the asker's own words; its tables are
        # written for them)
        own_words = state.question
        # second-language forms in the documents' wording ("how many minors ...", "who
        # assisted to the board meetings?", "the signs of slavery which are?")
        state.question = standard_wording(state.question)
        state.redacted = red.found
        state.asked = state.question
        screened = write_out(state.typed) if state.typed is not None else own_words
        urgent = screen_urgent(screened, self.settings.front_door_name, self.settings.front_door_phone)
        if urgent:
            state.urgent_reply = urgent.reply
            state.urgent_reasons = urgent.reasons
        elif state.first_turn:
            state.points_back = points_back_alone(state.question)
        # a claim from the asker's draft put to the documents ("our newsletter says 1,200
        # contacts went to the MASH - is that right?") is asked as the question it puts:
        # the draft's name, and the values in doubt, are not what retrieval should match
        # (before the opening remarks go: "proof-reading a board paper - it says ...")
        # ("... what number do we ring if nobody's in immediate danger?" asks for a
        # non-emergency line)
        state.question = as_non_emergency(state.question)
        # what the asker is writing ("... ? for a staff email", "one-liner on X for the
        # newsletter", "can I say in my bid that ...") is what the answer is for, not
        # what it is about; a location asked ("what page is X on so I can reference it?")
        # is answered from X, with the page leading
        state.question = strip_drafting(state.question)
        # whether the asker's case fits a category ("... sleeps on the kitchen floor. Does
        # this fit domestic servitude?") is answered by what the category is
        state.question = as_category_question(state.question)
        state.location_of = location_topic(state.question)
        if state.location_of:
            state.question = state.location_of
        state.from_draft = names_draft(state.question)
        as_put = as_checked_question(state.question, known=lambda name: all(s_ in idf for s_ in analyze(name)), keep_figure=True)
        state.question = as_checked_question(state.question, known=lambda name: all(s_ in idf for s_ in analyze(name)))
        state.claim_as_put = as_put if as_put != state.question else None
        # who the asker is ("new DSL here, ...") is not what they ask: retrieval and the
        # answer work on the rest (the screen above has read it all)
        # (nor is a closing remark about them: "... key findings? hv, one of the kids was on
        # my caseload years ago")
        # (nor a scene from their casework set before the question: "Strategy meeting -
        # Minh (16) found by police at a cannabis grow ... which other sectors ...?")
        # (nor what they are writing and will do with the answer: "HV writing notes: ...",
        # "... want to copy it across")
        # (nor who put the question to them: "a foster carer asked me whether ...")
        # (nor a first try the asker put again in other words: "What do you call CPS here? I
        # mean who are the three statutory safeguarding partners?")
        unscened = strip_aside(strip_relay(strip_intro(strip_write_up(strip_restated(state.question)))))
        state.question = strip_scene(unscened)
        state.with_scene = unscened if state.question != unscened else None
        # ("before the pandemic" in a figure question is the reporting year before it:
        # "how many CPCs pre-covid?" -> "how many CPCs in 2019-20?")
        state.question = date_pre_pandemic(state.question)
        # nor is a clause about the asker's own, other system ("In Portugal the child is
        # heard by the CPCJ commission. How are children involved ... in Harrow?"): its
        # words would pull retrieval and sentence choice towards passages about
        # commissions (kept when the asking part leans on it: "... What is this scheme
        # called here?"; the refusal checks blank it whatever the asking part says)
        state.question = " ".join(without_home_system(state.question, framed=True).split()) or state.question
        # what the asker already has or leaves out ("apart from the MASH, which other
        # meetings ...?", "I know about the NRM - what else ...?") is set aside: the answer
        # does not quote the lines about it. A question naming what it leaves out is still
        # asked as typed (the passage naming X often names the rest too, "I chair the HSAB as
        # well as ... the children's safeguarding arrangements"), and plainly only when that
        # finds nothing else; what the asker already has is background, and the rest is
        # asked plainly (retrieved for as typed too), so no refusal asks the documents for it
        excluding = set_aside_exclusion(state.question)
        state.excluded, state.wanted = excluding.excluded, excluding.wanted
        if excluding.form == "known":
            state.retrieve_as = state.question
            state.question = excluding.question
        elif excluding.excluded:
            state.plainly = excluding.question
        state.premise_open = open_premise(state.question) if not state.urgent_reply else None
        state.timings["screen"] = (time.perf_counter() - t) * 1000
        return state

    def _retrieve(self, state: _State) -> _State:
        if state.points_back:
            return state  # nothing to search for: the asker is asked for the whole question
        t = time.perf_counter()
        state.query_vector, state.question_vector = self._vectors(state.question)
        if state.retrieve_as:
            as_asked, as_asked_q = self._vectors(state.retrieve_as)
        state.timings["embed"] = (time.perf_counter() - t) * 1000
        t = time.perf_counter()
        state.passages = self._passages(state.question, state.filters, state.k, state.query_vector, state.question_vector)
        if state.retrieve_as:
            # the question asked plainly leads, then the question as asked, its excluded
            # phrase and all (the passage naming it often names the rest: "as well as his
            # complex medical needs, what else did child M have?"), interleaved; sentences
            # are scored by the question as asked too
            state.passages = _interleave(state.passages, self._passages(state.retrieve_as, state.filters, state.k,
                                                                        as_asked, as_asked_q), len(state.passages))
            state.question_vector = as_asked_q
        if state.excluded and question_type(state.question) != "list":
            # (a list question's list is quoted whole and loses the excluded items
            # afterwards: avoiding an item, or a sibling section, would break the list up)
            state.avoid = lines_about(state.passages, state.excluded, state.wanted)
        if state.more_than is not None:
            state.avoid = state.avoid + [c.quote for c in state.more_than.citations]
            state.passages = self._with_earlier_sections(state.passages, state.more_than, state.filters)
        state.timings["retrieve"] = (time.perf_counter() - t) * 1000
        return state

    def _vectors(self, question: str):
        """The glossary-expanded query's vector (retrieval) and the question's with its
        rarer acronyms spelled out (:meth:`~assistant.glossary.Glossary.spell_out`; reranking
        and sentence scoring), each shape ``(384,)``, in one forward pass."""
        idf = self.idf()
        # (an acronym the documents use throughout, "HSCB", is known well enough from them)
        # (an expansion is followed by its acronym only where the documents use it: not
        # "SWIS", which they never write)
        spelled = self.glossary.spell_out(
            question, skip=lambda acr: any(idf.get(s_, SPELL_OUT_IDF) < SPELL_OUT_IDF for s_ in analyze(acr)),
            used=lambda acr: all(s_ in idf for s_ in analyze(acr)))
        vecs = self.embedder.embed([self.retriever.expand(question), spelled])
        return vecs[0], vecs[1]

    def _passages(self, question: str, filters: Filters, k: int, query_vector, question_vector) -> list[Passage]:
        """Hybrid retrieval for one question, then its type's own additions (definitions,
        named people, sibling sections, lists that name the kind asked for, the chunks
        placing a thing in its series, and the areas carrying a rating asked about)."""
        qtype = question_type(question)
        # a list is often one chunk of many similar ones ("Key findings" of several
        # reviews): list questions look twice as deep, and the answerer picks the list
        # that matches the question as a whole
        depth = k * 2 if qtype == "list" else k
        passages = self.retriever.retrieve(question, filters, k=depth, query_vector=query_vector,
                                           question_vector=question_vector)
        if qtype == "define":
            passages = self._with_definitions(question, passages, filters)
        elif qtype == "who":
            passages = self._with_named_siblings(passages, filters)
            if any(leads_in_ways(p.chunk.text.rstrip().rsplit("\n", 1)[-1]) for p in passages[:3]):
                # ("who can I report suspected slavery to?": the ways, as below)
                passages = self._with_sibling_sections(question, passages, filters)
        elif qtype == "list":
            passages = self._with_sibling_sections(question, passages, filters)
            passages = self._with_kind_lists(question, passages, filters)
            passages = self._with_list_parts(passages, filters)
        elif qtype == "general" and any(leads_in_ways(p.chunk.text.rstrip().rsplit("\n", 1)[-1]) for p in passages[:3]):
            # "how can I report suspected slavery?" finds "... you can report it in a number
            # of ways", whose ways are its sub-sections: they are fetched as for a list
            passages = self._with_sibling_sections(question, passages, filters)
        if asks_outcome(question):
            passages = self._with_story_end(passages, filters)
        if _WORDS_ASKED.search(question):
            passages = self._with_quotes_after(passages, filters)
        written = part_written_asked(question)
        if written:
            passages = self._with_section_end(written, passages, filters)
        if orgs_asked_for(question):
            # "which of the organisations on the help page work with children?" is answered
            # from every organisation's section, not the few retrieved
            passages = self._with_organisations(question, passages, filters)
        if series_noun(question):
            passages = self._with_series(question, passages, filters)
        if qtype in ("who", "list", "general"):
            passages = self._with_membership_table(question, passages, filters)
            passages = self._with_mentions(question, passages, filters)
        passages = self._with_body_attendance(question, passages, filters)
        noted = asked_mark(question, [p.chunk.text for p in passages[:3]]) if qtype in ("who", "list", "general") else None
        if noted:
            passages = self._with_note_section(noted[1], passages, filters)
        if asks_extreme(question) or noted or (qtype in ("who", "list", "general") and membership_tables(question, passages)):
            # (or a note under a table asked about: "which agencies only joined partway
            # through?" is answered by the rows marked as the note says, in every part)
            passages = self._with_table_parts(passages, filters)
        if MONEY_Q.search(question) or asks_top_payer(question):
            passages = self._with_payer_rows(question, passages, filters)
        return self._with_rated(question, passages, filters)

    def _with_rated(self, question: str, passages: list[Passage], filters: Filters, limit: int = 12) -> list[Passage]:
        """For a question naming a rating of a document's key table ("which areas got the
        X / 'much work to do' rating?", :func:`~assistant.answer.extractive.asked_rating`):
        add the key and every chunk under the key's section path with a sentence or line
        carrying that mark (:func:`~assistant.answer.extractive.rated_text`), in document
        order; the rated areas sit in separate sections that similarity ranks apart."""
        gen = self.store.live()
        if self._rating_keys is None or self._rating_keys[0] is not gen:
            # (the key tables of this generation, found once)
            self._rating_keys = (gen, [(c, m, rating_key(c.text)) for c, m in zip(gen.chunks, gen.metas) if "|" in c.text])
        have = {p.chunk.id for p in passages}
        top = passages[0].score if passages else 1.0
        # (asked in the clause that asks: "... gives info sharing an X (much work to do).
        # what exactly is the workforce confused about?" asks about one area)
        asking = " ".join(asking_clauses(question))
        for key_chunk, meta, key in self._rating_keys[1]:
            marks = asked_rating(asking, key) if key else set()
            if not marks or not filters.allows(meta):
                continue
            found = [c for c, m in zip(gen.chunks, gen.metas)
                     if c.source == key_chunk.source and c.section.startswith(key_chunk.section) and filters.allows(m)
                     and any(rated_text(marks, piece) for piece in re.split(r"\n|(?<=[.!?])\s+", c.text))]
            added = [c for c in [key_chunk, *found][:limit] if c.id not in have]
            return passages + [Passage(chunk=c, score=top * 0.99) for c in added]
        return passages

    def _with_table_parts(self, passages: list[Passage], filters: Filters, limit: int = 4) -> list[Passage]:
        """For a question asking which row holds the most or the least ("what was the
        biggest delivery cost?"), add the other chunks of each retrieved table split over
        several chunks (same document, section path and header row: the budget table's rows
        sit in two), so that its rows are ranked together
        (:func:`~assistant.answer.extractive.table_keys`); at most ``limit`` chunks, each
        scored just below the part retrieved."""
        keys = table_keys(passages)
        if not keys:
            return passages
        have = {p.chunk.id for p in passages}
        gen = self.store.live()
        added: list[Passage] = []
        for pi, key in keys.items():
            for c, m in zip(gen.chunks, gen.metas):
                if (c.id not in have and c.source == key[0] and c.section == key[1] and filters.allows(m)
                        and c.id.rsplit("#", 1)[0] == key[3] and key[2] in c.text.split("\n") and len(added) < limit):
                    have.add(c.id)
                    added.append(Passage(chunk=c, score=passages[pi].score * 0.99))
        return passages + added

    def _membership_chunks(self, filters: Filters, have: set[str]) -> list[Chunk]:
        """The chunks of the live generation, under ``filters`` and not in ``have``, that
        hold rows of a membership table (a section whose own heading says "membership":
        "Appendix (i) HSCB MEMBERSHIP AND ATTENDANCE 2020-21")."""
        gen = self.store.live()
        return [c for c, m in zip(gen.chunks, gen.metas) if c.id not in have and filters.allows(m) and is_membership_table(c)]

    def _with_membership_table(self, question: str, passages: list[Passage], filters: Filters, limit: int = 4) -> list[Passage]:
        """For a question asking who sits on a board or group ("who are the members of
        the HSCB?", :func:`~assistant.answer.extractive.members_asked`), add the chunks of
        that body's membership table (a section headed "... MEMBERSHIP ..." naming it, with
        table rows) from the live generation under the same filters, each scored just
        below the best passage; at most ``limit`` chunks. Similarity search may rank another
        body's table first ("HSSP MEMBERSHIP & ATTENDANCE", which has a "Business Manager -
        HSCB" row)."""
        if not passages or not members_asked(question):
            return passages
        found = [Passage(chunk=c, score=passages[0].score * 0.99) for c in self._membership_chunks(filters, {p.chunk.id for p in passages})]
        keep = [found[i] for i in membership_tables(question, found)][:limit]
        return passages + keep

    def _with_mentions(self, question: str, passages: list[Passage], filters: Filters, limit: int = 6) -> list[Passage]:
        """For a question asking what the documents say about an agency, service or role
        (:func:`~assistant.answer.extractive.mentions_asked`: "what does the report say
        about probation?"), add the chunks of the live generation, under the same filters,
        that mention it (:func:`~assistant.answer.extractive.mention_pattern`), each scored
        just below the last passage, first those whose section has none retrieved yet; at
        most ``limit`` chunks. Similarity search finds the passages most like the question,
        which for a bare name are the few that repeat it (its attendance row), not every
        section that speaks of it."""
        about = mentions_asked(question) if passages else ""
        if not about:
            return passages
        said = mention_pattern(about, self.glossary)
        have = {p.chunk.id for p in passages}
        sections = {p.chunk.section for p in passages}
        gen = self.store.live()
        found = [c for c, m in zip(gen.chunks, gen.metas) if c.id not in have and filters.allows(m) and said.search(c.text)]
        # (first those of the document the question names: "what does the learning sheet say
        # about schools?", then those of sections not yet retrieved)
        scope = document_scope(question)
        found.sort(key=lambda c: (bool(scope) and not in_document_scope(c, scope), c.section in sections))
        low = passages[-1].score
        return passages + [Passage(chunk=c, score=low * 0.99) for c in found[:limit]]

    def _with_body_attendance(self, question: str, passages: list[Passage], filters: Filters, limit: int = 4) -> list[Passage]:
        """For a question about the meetings or attendance of one partnership body named
        by its acronym (the glossary's ``bodies:``; "how many meetings did the HSCB hold?",
        "did the CCG attend the HSSP?"): that body's membership-and-attendance table
        (a section headed "... MEMBERSHIP ..." naming it), added from the live generation,
        and no other body's such table (the HSSP's has a "Business Manager - HSCB | 7"
        row, which answered the HSCB's meetings with the HSSP's seven)."""
        if not passages or not re.search(r"\b(?:meetings?|meet|met|attend\w*|turn(?:ed|ing)? up|show(?:ed|ing)? up|came to|come to|coming to)\b", question, re.I):
            return passages
        # (by acronym, or by the everyday name the glossary gives it: "the board" is the
        # HSCB, unless the question speaks of the partnership or of adults)
        named = sorted(bodies_named(question, self.glossary))
        if len(named) != 1:
            return passages
        def of_body(c: Chunk) -> bool:
            return re.search(rf"\b{re.escape(named[0])}\b", c.section.rsplit(" > ", 1)[-1]) is not None

        own = [Passage(chunk=c, score=passages[0].score * 0.99)
               for c in self._membership_chunks(filters, {p.chunk.id for p in passages}) if of_body(c)]
        if not own and not any(is_membership_table(p.chunk) and of_body(p.chunk) for p in passages):
            return passages
        # (a body named by an everyday name only adds its table: "board attendance appendix
        # - how many of the 7 meetings did LFB make it to?" is the HSSP's, "of the 7")
        by_acronym = re.search(rf"\b{re.escape(named[0])}\b", question) is not None
        kept = [p for p in passages if not (by_acronym and is_membership_table(p.chunk) and not of_body(p.chunk))]
        return kept + own[:limit]

    def _with_payer_rows(self, question: str, passages: list[Passage], filters: Filters, limit: int = 2) -> list[Passage]:
        """For a sum asked of a payer named by an everyday name ("how much did the
        metropolitan police service give?", :func:`~assistant.answer.refusal_rules.payers_asked`),
        add the chunks of a money table (a header or section naming a budget, income,
        outturn ...) with a row naming the payer as the table does ("Police / MOPAC |
        -5,000"): similarity search ranks the attendance table, which names the Metropolitan
        Police Service in full, far above it. For the payer who paid in most or least
        (:func:`~assistant.answer.extractive.asks_top_payer`: "biggest funder of the
        partnership"), the chunks with the table's "Total Income" row. Searches the live
        generation (regex and stems only) under the same filters; at most ``limit``
        chunks, after the retrieved ones."""
        payers = payers_asked(question)
        # (the payer who paid in most or least: "biggest funder of the partnership" is a
        # money table's income rows, "... | Total Income | -192,457")
        names = [set(analyze(n)) for _, alts in payers for n in alts] or ([set(analyze("total income"))] if asks_top_payer(question) else [])
        if not names:
            return passages
        have = {p.chunk.id for p in passages}
        low = passages[-1].score if passages else 0.0
        gen = self.store.live()
        found = []
        for c, m in zip(gen.chunks, gen.metas):
            if c.id in have or not filters.allows(m):
                continue
            rows = [line for line, kind in zip(c.text.split("\n"), c.line_kinds) if kind in ("table_row", "table_header")]
            head = next((line for line, kind in zip(c.text.split("\n"), c.line_kinds) if kind == "table_header"), "")
            if rows and MONEY_CONTEXT.search(head + "\n" + c.section) and any(
                    n and n <= set(analyze(line.split("|")[0])) for line in rows for n in names):
                found.append(c)
        return passages + [Passage(chunk=c, score=low) for c in found[:limit]]

    def _with_series(self, question: str, passages: list[Passage], filters: Filters, limit: int = 2) -> list[Passage]:
        """For "is this the first annual report ...?" questions, add chunks placing that
        thing in its series ("This is the second annual report that we have produced"),
        which similarity search ranks low (a sentence in a foreword). Searches the live
        generation (regex only) under the same filters; at most ``limit`` chunks, after
        the retrieved ones."""
        noun = series_noun(question)
        have = {p.chunk.id for p in passages}
        if any(places_in_series(noun, p.chunk.text) for p in passages):
            return passages
        low = passages[-1].score if passages else 0.0
        gen = self.store.live()
        found = [c for c, m in zip(gen.chunks, gen.metas)
                 if c.id not in have and filters.allows(m) and places_in_series(noun, c.text)]
        return passages + [Passage(chunk=c, score=low) for c in found[:limit]]

    def _answer_parts(self, state: _State, whole: Answer) -> Answer:
        """A question asking several things (:func:`~assistant.answer.parts.question_parts`)
        and answered as a whole: each part is retrieved for and answered on its own, and
        the answers merged (:func:`~assistant.answer.parts.merge_answers`).

        A question refused as a whole because its best passage lacks something one part
        asks for ("how many contacts did the MASH get and how many kids were on CP plans?":
        no single passage gives both figures; ``extra["missing"]``) is answered by its
        parts when every part is answered, or when what the refused parts lack is a
        contact detail (:data:`_CONTACT_LACKED`): the answered parts are given, then a note
        says which part the documents do not answer ("how many CP plans and what's the
        LADO phone number?" gives the 298 and says the number is not given,
        :func:`~assistant.answer.parts.unanswered_note`). A part lacking anything else
        refuses the whole: a year or group it names may scope the others ("how many
        children went missing in 2020-21, and how many missing episodes?").
        Otherwise a refusal stays: its parts alone lose
        what scopes them ("what is a section 47 enquiry and who has to be in the strategy
        discussion?"), and so does a refusal for a place, year or case the passages never
        mention, and so does a comparison one of whose two parts is refused
        (:func:`~assistant.answer.parts.comparison_parts`). A later part that points back
        to a refused first part is refused with it, and so is the whole question when every
        later part does."""
        parts = question_parts(state.question)
        if len(parts) == 1:
            return whole
        retry = whole.status == "not_found" and bool(whole.extra.get("missing"))
        if whole.status != "answered" and not retry:
            return whole
        first = parts[0].rstrip("?") + " - "  # how a later part that points back begins
        answers: list[Answer] = []
        for part in parts:
            named = _named_acronym(part, answers, state.question)
            if named:
                # "... what's the secure info sharing system called? what does the acronym
                # stand for": the acronym the earlier answer quoted ("ECINS")
                part = f"what does {named} stand for?"
            person = _named_person(part, answers, state.question)
            if person:
                # "who wrote the evaluation - what is his job title?": the role of the person
                # the earlier answer named ("Chris Miller")
                part = f"what is {person}'s role?"
            # (a short later part has no words of its own to retrieve with: "..., and what
            # kind of device?")
            pointed = part.startswith(first)
            own = part[len(first):] if pointed else ""
            if own and len(own.split()) <= 6 and _PLAIN_SUBJECT.match(parts[0]):
                # a short later part whose pronoun stands for the first part's subject is
                # asked with the subject put in, as a thread's follow-up would be ("who
                # chairs the board and how often did it meet?": "how often did the board
                # meet?"; only after a first part whose frame names its subject plainly,
                # :data:`_PLAIN_SUBJECT`: not "when was Harrow's last Ofsted inspection ...")
                alone = condense_question([(parts[0], "")], own)
                if alone != own and " – " not in alone and not points_back_alone(alone):
                    part, own = alone, ""
            answer = self._answer_part(state, part, answers, points_back=bool(own) and len(own.split()) <= 5,
                                       own=own if len(own.split()) > 5 else "")
            if answers and answers[0].status != "answered" and answer.status == "answered" and pointed:
                # a later part that points back to a first part the documents do not answer
                # ("how do i make a prevent referral to the channel panel, and what's the
                # timescale for them to respond?") is about what they do not cover either
                answer = Answer(part, "not_found", answers[0].answer, [], answer.retrieved, extra=dict(answers[0].extra))
            answers.append(answer)
        refused = [a for a in answers if a.status != "answered"]
        # (a count the documents lack, asked as a bare "how many" with no figure or year of
        # its own beside a who or what part, is no scope of that part: "who deals with
        # allegations against staff and how many referrals did they get last year?" gives
        # the LADO and says the count is not given)
        lone_count = all(_FIGURE_LACKED.match(str(a.extra.get("missing") or ""))
                         and re.search(r"\bhow many\b", part, re.I) and not re.search(r"\d", part)
                         for part, a in zip(parts, answers) if a.status != "answered") and all(
            question_type(part) in ("who", "define", "general") for part, a in zip(parts, answers) if a.status == "answered")
        if refused and (comparison_parts(state.question) or (retry and (
                len(refused) == len(answers)
                or not all(_CONTACT_LACKED.match(str(a.extra.get("missing") or "")) or lone_count for a in refused)))):
            # (nor is a comparison answered by one of its two figures: "which was bigger,
            # the police contribution or brent's?"; nor a question one of whose parts the
            # documents lack other than a contact detail: a year, group or case the part
            # names may scope the others, "how many children went missing in 2020-21, and
            # how many missing episodes?", and a part answered alone may be answered by
            # whatever its few words match)
            return whole
        merged = merge_answers(state.question, answers, retrieved=whole.retrieved)
        if (merged.status != "answered" and not retry and all(p.startswith(first) for p in parts[1:])
                and (answers[0].extra.get("missing") or answers[0].extra.get("out_of_scope"))):
            # the first part asks for something the documents lack and every later part
            # points back to it: the whole, answered by a passage about something else, is
            # refused too
            return merged
        return merged if merged.status == "answered" else whole

    def _answer_part(self, state: _State, part: str, earlier: list[Answer], points_back: bool = False,
                     own: str = "") -> Answer:
        """One part of a multi-part question, retrieved for and answered on its own. A part
        answered only by what an ``earlier`` part quoted asks something else ("... how much
        was he told he'd earn, and what was he actually paid?" is not answered twice by
        "... he could earn £2000 a month"): it gets its best answer among the sentences not
        yet quoted, if it has one, unless the quote already gives the name or date it asks
        for ("when did the SWIS project start and who funds it?").

        A short part that ``points_back`` to the first ("how much did the mayor put into
        tagging abusers, and what kind of device?") is answered first from the passages
        the first part's answer quotes ("GPS tags offer ..." beside "£230,000 on a project
        to tag"), and from its own retrieval only when they do not answer it (a count only
        when it counts what is asked, :func:`~assistant.answer.extractive.counts_what_is_asked`).

        A longer part that points back is retrieved for with its ``own`` clause too: the
        first part before it names the topic and would fill the passages on its own ("who
        is the independent chair ... - what did he say staff are confused about when it
        comes to info sharing?"); the whole part's top half leads, then the two rankings
        are interleaved."""
        qv, pv = self._vectors(part)
        given = [c.quote for a in earlier if a.status == "answered" for c in a.citations]
        # (not when an earlier quote already gives the name or date asked for: "when did
        # the SWIS project start and who funds it?")
        if (points_back and earlier and earlier[0].status == "answered"
                and not any(gives_asked_kind(part, q) for q in given)):
            anchor = [p for p in earlier[0].retrieved
                      if any(c.source == p.chunk.source and c.quote in p.chunk.text for c in earlier[0].citations)]
            if anchor:
                near = self.answerer.answer(part, anchor, query_vector=pv, idf=self.idf(), avoid=given)
                # (a count must count what is asked: "..., and how many delegates came?" is
                # not answered by the keynote's "24-year legal career")
                if near.status == "answered" and (not _COUNT_ASK.search(part[len(part.rsplit(" - ", 1)[0]):])
                                                  or any(counts_what_is_asked(part, c.quote) for c in near.citations)):
                    return near
        passages = self._passages(part, state.filters, state.k, qv, pv)
        if own:
            oq, op = self._vectors(own)
            passages = _interleave(passages, self._passages(own, state.filters, state.k, oq, op), len(passages))
        answer = self.answerer.answer(part, passages, query_vector=pv, idf=self.idf())
        if (answer.status == "answered" and answer.citations
                and all(any(quote_key(c.quote) in quote_key(q) for q in given) for c in answer.citations)
                # (a part asking what "actually" happened asks past what was said before:
                # "... what was he told he'd earn - what was he actually paid?")
                and (_CONTRAST.search(part.rsplit(" - ", 1)[-1])
                     or not any(gives_asked_kind(part, c.quote) for c in answer.citations))):
            again = self.answerer.answer(part, passages, query_vector=pv, idf=self.idf(), avoid=given)
            if again.status == "answered":
                return again
        return answer

    def _with_definitions(self, question: str, passages: list[Passage], filters: Filters) -> list[Passage]:
        """For "what is X" / "what does X stand for" questions, put chunks that define X
        first (a footnote "Contextual Safeguarding seeks to understand ...", a phrase
        "Multi-agency Risk Assessment Conference (MARAC)"): definitions often sit in
        footnotes or asides that similarity search ranks low; failing those, the first
        chunk under a heading that spells X out ("Female Genital Mutilation (FGM)",
        :func:`~assistant.glossary.heading_definition`). Searches the whole live
        generation (a few hundred chunks; regex only) under the same filters."""
        acronym = asked_acronym(question)
        have = {p.chunk.id for p in passages}
        top = passages[0].score if passages else 1.0
        gen = self.store.live()
        found, headed, sections = [], [], set()
        for c, m in zip(gen.chunks, gen.metas):
            if c.id in have or not filters.allows(m):
                continue
            if (acronym and mine_definitions(acronym, c.text)) or (not acronym and defines(question, c.text)):
                found.append(c)
            elif acronym and c.section not in sections and heading_definition(acronym, c.section):
                # a heading "Female Genital Mutilation (FGM)": the first chunk under it
                headed.append(c)
            sections.add(c.section)
        extra = [Passage(chunk=c, score=top) for c in (found + headed)[:2]]
        return extra + passages if extra else passages

    def _with_kind_lists(self, question: str, passages: list[Passage], filters: Filters, limit: int = 2) -> list[Passage]:
        """For list questions naming what they ask for ("what are the HSP's priorities?"):
        add chunks with a sentence that names that kind of thing in a list ("the
        Partnership's priorities of Domestic Abuse, Contextual Safeguarding and Mental
        Wellbeing", :func:`~assistant.answer.extractive.lists_kind`) and shares another
        word with the question; such sentences sit in paragraphs about something else
        (training) that similarity search ranks low. Regex over the live generation."""
        kind = asked_kind(question)
        if not kind:
            return passages
        q = set(analyze(self.retriever.expand(question))) - set(analyze(kind))
        have = {p.chunk.id for p in passages}
        top = passages[0].score if passages else 1.0
        gen = self.store.live()
        found = [c for c, m in zip(gen.chunks, gen.metas)
                 if c.id not in have and filters.allows(m) and lists_kind(kind, c.text) and q & set(analyze(c.embed_text()))]
        return passages + [Passage(chunk=c, score=top * 0.99) for c in found[:limit]]

    def _with_list_parts(self, passages: list[Passage], filters: Filters, top: int = 3, limit: int = 3) -> list[Passage]:
        """For list questions: when one of the ``top`` passages is part of a bulleted list
        split over several chunks (same document and section path, items "- ..."), add the
        list's other chunks, each scored just below it, so the whole list is answered
        ("what came out of the Family A review?" finds the chunk holding the last of its
        "Key findings:", not the four before it); at most ``limit`` chunks."""
        def bulleted(text: str) -> bool:
            return any(line.lstrip().startswith(("- ", "• ")) for line in text.split("\n"))
        have = {p.chunk.id for p in passages}
        gen = self.store.live()
        added: list[Passage] = []
        for p in passages[:top]:
            if not bulleted(p.chunk.text):
                continue
            for c, m in zip(gen.chunks, gen.metas):
                if (len(added) < limit and c.id not in have and c.source == p.chunk.source
                        and c.section == p.chunk.section and bulleted(c.text) and filters.allows(m)):
                    have.add(c.id)
                    added.append(Passage(chunk=c, score=p.score * 0.99))
        return passages + added

    def _with_story_end(self, passages: list[Passage], filters: Filters, top: int = 2) -> list[Passage]:
        """For a question asking how someone's story ended ("Brenda from Uganda - what was
        the outcome for her in the end?"): add the last chunk of the section of each of the
        ``top`` passages, scored just below it, when that section runs over several chunks
        and its end was not retrieved (the story's end: "Brenda was allowed to remain in the
        UK and now works part-time ...")."""
        have = {p.chunk.id for p in passages}
        gen = self.store.live()
        added: list[Passage] = []
        for p in passages[:top]:
            same = [(c, m) for c, m in zip(gen.chunks, gen.metas) if c.source == p.chunk.source and c.section == p.chunk.section]
            if len(same) < 2:
                continue
            last, meta = max(same, key=lambda cm: chunk_ordinal(cm[0].id))
            if last.id not in have and filters.allows(meta):
                have.add(last.id)
                added.append(Passage(chunk=last, score=p.score * 0.99))
        return passages + added

    def _with_quotes_after(self, passages: list[Passage], filters: Filters, top: int = 5) -> list[Passage]:
        """For a passage among the ``top`` that ends on a sentence saying feedback or words
        were given ("ACT seeks to gain feedback on a regular basis from the young people it
        works with ..."), the next chunk of its section when that chunk opens with the words
        themselves (a line in quotation marks or opening on an ellipsis: "... when I think of
        the treatment workers, I think of someone who was there for me ..."), put right after
        it and scored just below it, so that the answer can quote them as what was said
        (:func:`~assistant.answer.structure.with_continuation`)."""
        out = list(passages)
        gen = None
        for p in passages[:top]:
            last_line = p.chunk.text.rstrip().rsplit("\n", 1)[-1]
            if not feedback_lead(last_line):
                continue
            if gen is None:
                gen = self.store.live()
            nxt = chunk_ordinal(p.chunk.id) + 1
            found = next(((c, m) for c, m in zip(gen.chunks, gen.metas)
                          if c.source == p.chunk.source and c.section == p.chunk.section and chunk_ordinal(c.id) == nxt), None)
            if found is None or not quoted_line(found[0].text) or not filters.allows(found[1]):
                continue
            out = [q for q in out if q.chunk.id != found[0].id]
            at = next(i for i, q in enumerate(out) if q.chunk.id == p.chunk.id)
            out.insert(at + 1, Passage(chunk=found[0], score=p.score * 0.99))
        return out

    def _with_note_section(self, note: str, passages: list[Passage], filters: Filters, limit: int = 4) -> list[Passage]:
        """For a question about a note under a table ("which agencies joined later in the
        year?", :func:`~assistant.answer.structure.asked_mark`): add the other chunks of
        the section whose retrieved chunk prints the note (the table's rows, which carry
        its mark), each scored just below it; at most ``limit``."""
        home = next((p for p in passages[:3] if note in p.chunk.text), None)
        if home is None:
            return passages
        have = {p.chunk.id for p in passages}
        gen = self.store.live()
        added = [Passage(chunk=c, score=home.score * 0.99) for c, m in zip(gen.chunks, gen.metas)
                 if c.id not in have and c.source == home.chunk.source and c.section == home.chunk.section and filters.allows(m)]
        return passages + added[:limit]

    def _sections_of(self, earlier: Answer, filters: Filters) -> dict[tuple[str, str], list[Chunk]]:
        """The chunks of each ``(source, section)`` an answer quoted from, in document order."""
        places = {(c.source, c.section) for c in earlier.citations}
        gen = self.store.live()
        out: dict[tuple[str, str], list[Chunk]] = {}
        for c, m in zip(gen.chunks, gen.metas):
            if (c.source, c.section) in places and filters.allows(m):
                out.setdefault((c.source, c.section), []).append(c)
        for chunks in out.values():
            chunks.sort(key=lambda c: chunk_ordinal(c.id))
        return out

    def _with_earlier_sections(self, passages: list[Passage], earlier: Answer, filters: Filters,
                               limit: int = 12) -> list[Passage]:
        """For a "what else?" follow-up: the chunks under the headings the earlier answer
        quoted from (the same section of the same document), in document order and scored
        as the best passage, put first, so that what the earlier answer left of those
        sections can be quoted ("anything more about that?" after the Social Workers in
        Schools project: the rest of its section, not whatever ranks next). At most
        ``limit`` chunks are added."""
        if not passages or not earlier.citations:
            return passages
        have = {p.chunk.id for p in passages}
        found = [c for chunks in self._sections_of(earlier, filters).values() for c in chunks if c.id not in have]
        top = passages[0].score
        return [Passage(chunk=c, score=top) for c in found[:limit]] + passages

    def _with_section_end(self, part: str, passages: list[Passage], filters: Filters) -> list[Passage]:
        """For "who wrote the foreword?": the last chunk of each section whose own heading
        names the part ("1. Foreword"), where a sign-off is printed, scored as the best
        passage (similarity ranks the foreword's opening, "This is the second annual
        report that we have produced ...", which names no one)."""
        if not passages:
            return passages
        have = {p.chunk.id for p in passages}
        gen = self.store.live()
        ends: dict[tuple[str, str], tuple[Chunk, dict]] = {}
        for c, m in zip(gen.chunks, gen.metas):
            if filters.allows(m) and re.search(rf"\b{re.escape(part)}\b", c.section.rsplit(" > ", 1)[-1], re.I):
                k = (c.source, c.section)
                if k not in ends or chunk_ordinal(c.id) > chunk_ordinal(ends[k][0].id):
                    ends[k] = (c, m)
        added = [Passage(chunk=c, score=passages[0].score) for c, _ in ends.values() if c.id not in have]
        return added[:3] + passages

    def _with_named_siblings(self, passages: list[Passage], filters: Filters, limit: int = 3) -> list[Passage]:
        """For "who" questions: when a top passage sits in a section named after a person
        (e.g. "9. Joint Annual Safeguarding Conference 2021 > Nazir Afzal OBE"), add the
        first chunk of each sibling section also named after a person ("... > Dez Holmes"),
        so "who were the keynote speakers" can name them all."""
        named = [p for p in passages if is_person_name(p.chunk.section.split(" > ")[-1])]
        if not named:
            return passages
        anchor = named[0].chunk
        parent = anchor.section.rsplit(" > ", 1)[0]
        have = {p.chunk.id for p in passages}
        seen_sections = {p.chunk.section for p in passages}
        extra: list[Passage] = []
        gen = self.store.live()
        for c, m in zip(gen.chunks, gen.metas):
            if len(extra) >= limit:
                break
            if (c.source == anchor.source and c.id not in have and c.section not in seen_sections
                    and c.section.rsplit(" > ", 1)[0] == parent and heading_names_person(c.section.split(" > ")[-1])
                    and filters.allows(m)):
                seen_sections.add(c.section)
                extra.append(Passage(chunk=c, score=named[0].score * 0.99))
        return passages + extra

    def _with_sibling_sections(self, question: str, passages: list[Passage], filters: Filters,
                               limit: int = 10) -> list[Passage]:
        """For list questions: when a retrieved passage sits in one of several sibling
        sections ("Spot the signs > PHYSICAL APPEARANCE", "... > ISOLATION", ...), add the
        first chunk of each sibling so the whole set can be listed. Among candidate parents
        the one whose heading shares most words with the question wins."""
        gen = self.store.live()
        q = set(analyze(question))
        best: tuple[int, list] = (0, [])
        for top in passages:
            c = top.chunk
            parents = [c.section.rsplit(" > ", 1)[0]] if " > " in c.section else []
            if introduces_list(c.text):
                # a passage that introduces a list ("Specialists ... attended the DSL
                # Forum throughout the year, including" / "here is a list of some common
                # signs") whose items are its own sub-sections
                parents.append(c.section)
            for parent in parents:
                overlap = len(q & set(analyze(parent)))
                if overlap <= best[0]:
                    continue
                siblings = [
                    x for x, m in zip(gen.chunks, gen.metas)
                    if x.source == c.source and " > " in x.section and x.section.rsplit(" > ", 1)[0] == parent
                    and filters.allows(m)
                ]
                if len({x.section for x in siblings}) >= 3:
                    best = (overlap, siblings)
        have = {p.chunk.id for p in passages}
        seen = {p.chunk.section for p in passages}
        extra: list[Passage] = []
        top_score = passages[0].score if passages else 1.0
        # (more siblings than the limit: those sharing most of the question's words first,
        # "which of the organisations on the help page work with children?" -> the ones
        # whose text speaks of children; document order otherwise)
        ranked = sorted(best[1], key=lambda x: -len(q & set(analyze(x.text)))) if len(best[1]) > limit else best[1]
        for x in ranked:
            if len(extra) >= limit:
                break
            if x.id not in have and x.section not in seen:
                seen.add(x.section)
                extra.append(Passage(chunk=x, score=top_score * 0.99))
        return passages + extra

    def _with_organisations(self, question: str, passages: list[Passage], filters: Filters, limit: int = 40) -> list[Passage]:
        """For "which of the organisations ... work with <group>?": every section of the
        list of organisations the question is most likely about (sibling sections headed by
        an organisation's name, :func:`~assistant.answer.extractive.names_organisation`, at
        least three under one parent), whether retrieved or not. The list is the one whose
        parent heading and document title share most words with the question, then the one
        a retrieved passage is in; ``passages`` unchanged when no such list exists."""
        gen = self.store.live()
        q = set(analyze(question))
        lists: dict[tuple[str, str], list] = {}
        titles: dict[tuple[str, str], str] = {}
        for x, m in zip(gen.chunks, gen.metas):
            if SECTION_SEP in x.section and filters.allows(m) and names_organisation(x.section.rsplit(SECTION_SEP, 1)[1]):
                key = (x.source, x.section.rsplit(SECTION_SEP, 1)[0])
                lists.setdefault(key, []).append(x)
                titles[key] = x.title
        lists = {k: v for k, v in lists.items() if len({x.section for x in v}) >= 3}
        if not lists:
            return passages
        retrieved = {(p.chunk.source, p.chunk.section.rsplit(SECTION_SEP, 1)[0]) for p in passages if SECTION_SEP in p.chunk.section}
        key = max(lists, key=lambda k: (len(q & set(analyze(k[1] + " " + titles[k] + " " + k[0]))), k in retrieved, len(lists[k])))
        have = {p.chunk.id for p in passages}
        top_score = passages[0].score if passages else 1.0
        extra = [Passage(chunk=x, score=top_score * 0.99) for x in lists[key] if x.id not in have][:limit]
        return passages + extra

    def _compose_or_with_scene(self, state: _State) -> Answer:
        """:meth:`_compose`; when that finds no answer for a question whose casework scene
        was set aside (:attr:`_State.with_scene`), the question is retrieved and composed
        again with its scene, and that answer is taken if it answers."""
        answer = self._compose_or_plainly(state)
        if state.with_scene:
            # the question as asked (redacted) is what the log and the fronts show
            answer.question = state.with_scene
        # (only when no passage gave a clear answer: a refusal for lacking what is asked, "a
        # number of days", stands)
        if (answer.status != "not_found" or not state.with_scene or state.urgent_reply or state.points_back
                or answer.extra.get("missing") not in ("a clear answer to this", None) or answer.extra.get("out_of_scope")):
            return answer
        again = replace(state, question=state.with_scene, with_scene=None, timings=dict(state.timings))
        second = self._compose(self._retrieve(again))
        return second if second.status == "answered" else answer

    def _compose_or_plainly(self, state: _State) -> Answer:
        """:meth:`_compose`; when a question that excludes something ("other than Child M,
        any other case reviews?") is refused because every quote found was about what it
        excludes, or for lacking a name it excludes, it is retrieved for and answered
        again asked plainly (:attr:`_State.plainly`), still without the excluded quotes;
        that answer is taken if it answers. A refusal for anything else stands ("apart
        from Harrow, which other boroughs were first ...?": the documents name no other)."""
        answer = self._compose(state)
        if (answer.status != "not_found" or not state.plainly or state.urgent_reply or state.points_back
                or not (answer.extra.get("refusal") == "only_excluded" or answer.extra.get("out_of_scope")
                        or lacks_excluded(answer.extra.get("missing"), state.excluded)
                        or str(answer.extra.get("missing", "")).startswith("anything about a place or organisation"))):
            return answer
        again = replace(state, question=state.plainly, plainly=None, with_scene=None, avoid=[], timings=dict(state.timings))
        second = self._compose(self._retrieve(again))
        if second.status == "answered":
            second.question = answer.question
            return second
        return answer

    def _compose_or_open_premise(self, state: _State) -> Answer:
        """:meth:`_compose_or_with_scene`; when that finds no answer for a claim put to the
        documents ("... founded in 1939, right?"), the claim with its value left open
        (:attr:`_State.premise_open`) is retrieved and composed, and taken if it answers,
        behind a line saying the passages do not confirm the claim as put."""
        answer = self._compose_or_with_scene(state)
        if state.urgent_reply or state.points_back:
            return answer
        identity = claimed_identity(state.question) if not state.from_draft else None
        if identity:
            # a described thing claimed to be called something ("the scheme where police
            # let schools know about call-outs ... is Operation Dauntless, right?") is
            # answered by what the documents call the thing described: asking about the
            # name alone finds the name's own passage, whatever it does
            desc, name = identity
            again = replace(state, question=f"what is {desc} called?", with_scene=None, premise_open=None, timings=dict(state.timings))
            named = self._compose(self._retrieve(again))
            called = names_kind(name, named.answer) if named.status == "answered" else None
            if called and called.lower() != name.lower() and name.lower() not in named.answer.lower():
                named.question = answer.question
                named.answer = ("The passages found do not confirm this as the question puts it. What they say:\n"
                                + named.answer)
                named.extra["premise_open"] = True
                return named
        unconfirmed = claim_unconfirmed(state.question, answer.answer) if answer.status == "answered" and not state.from_draft else None
        if unconfirmed:
            # a deed credited to a body ("... led by the NSPCC, wasn't it?") or a part to
            # people ("the vice chair is Margaret Okoye, right?") is not answered by
            # passages that never say who: asked again with the value left open, else
            # refused
            answer = Answer(question=answer.question, status="not_found",
                            answer=(f"The indexed documents do not give {unconfirmed}. The closest passages are listed under "
                                    "Sources; ask your safeguarding lead or the partnership's learning and development team."),
                            citations=[], retrieved=answer.retrieved, timings_ms=answer.timings_ms,
                            extra={**answer.extra, "missing": unconfirmed})
        if answer.status == "not_found" and state.claim_as_put:
            # a claimed figure asked for finds nothing: the claim as put may find it, for
            # another year ("there were 789 child protection conferences in 2020-21, yeah?"
            # -> "789 ... in 2019-20")
            # (its own value left open in turn when that finds nothing: the year)
            again = replace(state, question=state.claim_as_put, with_scene=None, premise_open=open_premise(state.claim_as_put),
                            claim_as_put=None, timings=dict(state.timings))
            second = self._compose_or_open_premise(self._retrieve(again))
            undated = re.sub(r"\b(?:19|20)\d{2}(?:\s?[-/–]\s?\d{2,4})?\b|\b\d{1,2}/\d{2}\b", " ", state.claim_as_put)
            figures = [re.sub(r"[£,\s]", "", f_) for f_ in re.findall(r"£?\d[\d,]*(?:\.\d+)?%?", undated)]
            if second.status == "answered" and figures and all(f_ in re.sub(r"[£,]", "", second.answer) for f_ in figures):
                # (only when what it finds carries the figure claimed: the figure was right,
                # its year or scope wrong; another figure would answer a near miss)
                second.question = answer.question
                return second
        if answer.status != "not_found" or not state.premise_open:
            return answer
        asked = answer.question
        again = replace(state, question=state.premise_open, with_scene=None, premise_open=None, timings=dict(state.timings))
        second = self._compose(self._retrieve(again))
        if second.status != "answered" or not premise_answered(state.premise_open, second.answer):
            return answer
        second.question = asked
        value = claimed_value(state.question)
        if not (value and "[NAME]" not in value and re.search(rf"(?<!\w){re.escape(value)}(?!\w)", second.answer, re.I)):
            # (unless what they say names the value as claimed: "the independent chair is
            # Chris Miller, isn't he?" -> "Chris Miller Independent Chair ...")
            second.answer = ("The passages found do not confirm this as the question puts it. What they say:\n"
                             + second.answer)
        second.extra["premise_open"] = True
        return second

    def _compose(self, state: _State) -> Answer:
        if state.points_back:
            answer = Answer(question=state.question, status="not_found", answer=ask_in_full(state.points_back, state.earlier),
                            timings_ms=dict(state.timings), extra={"mode": "extractive", "points_back": state.points_back})
            if state.redacted:
                answer.extra["redacted"] = state.redacted
            return answer
        t = time.perf_counter()
        answer = self.answerer.answer(state.question, state.passages, query_vector=state.question_vector, idf=self.idf(),
                                      avoid=state.avoid)
        if state.avoid and answer.status == "not_found" and lacks_excluded(answer.extra.get("missing"), state.excluded):
            # (refused for lacking a term naming what was set aside, which the avoided quotes
            # gave: composed without avoiding them; the lines about it are dropped below)
            answer = self.answerer.answer(state.question, state.passages, query_vector=state.question_vector, idf=self.idf())
        answer = self._answer_parts(state, answer)
        if state.more_than is not None:
            answer = beyond_earlier(answer, state.more_than)
            if answer.extra.get("more") == "none":
                # nothing new elsewhere: what follows the earlier quotes under their headings
                more = read_on(state.more_than, self._sections_of(state.more_than, state.filters))
                if more is not None:
                    answer = replace(more, question=answer.question, timings_ms=dict(answer.timings_ms))
        if state.excluded:
            answer = without_excluded(answer, state.excluded, state.wanted)
        if len(answer.retrieved) > state.k:
            # report the top k plus any deeper passage the answer actually cites
            cited = {(c.source, c.quote) for c in answer.citations}
            answer.retrieved = [p for i, p in enumerate(answer.retrieved)
                                if i < state.k or any(src == p.chunk.source and q in p.chunk.text for src, q in cited)]
        state.timings["compose"] = (time.perf_counter() - t) * 1000
        answer.timings_ms.update(state.timings)
        if state.redacted:
            answer.extra["redacted"] = state.redacted
        answer.extra["mode"] = "extractive"
        if state.mode == "llm" and answer.status == "answered":
            if self.llm is None:
                answer.extra["notice"] = NO_LLM_NOTICE
            else:
                t = time.perf_counter()
                answer = self.llm.answer(state.question, state.passages, fallback=answer)
                state.timings["llm"] = (time.perf_counter() - t) * 1000
                answer.timings_ms.update(state.timings)
        cited_first(answer)
        if answer.status == "answered":
            # a document named that the answer is not quoted from: say where it is from
            note = source_note(state.asked or state.question, answer.citations, self.documents(state.filters),
                               held_by=self._holds_quote)
            if note:
                answer.answer = answer.answer.rstrip() + "\n\n" + note
                answer.extra["source_note"] = note
            # where the quote is, when that is asked ("what heading is that under?")
            where = location_line(state.asked or state.question, answer.citations, asked=bool(state.location_of),
                                  topic=state.location_of, passages=state.passages)
            if where and state.location_of:
                answer.answer = where + "\n\n" + answer.answer.strip()
                answer.extra["location"] = where
            elif where:
                answer.answer = answer.answer.rstrip() + "\n\n" + where
                answer.extra["location"] = where
        if state.urgent_reply:
            answer.extra["urgent_reasons"] = state.urgent_reasons
            # learning follows only a message that asks something ("his mum's boyfriend hits
            # him - who do I contact?"); a disclosure alone ("she wants to kill herself
            # tonight") gets the signposting only: passages retrieved for it are about
            # whatever shares its words (a trafficking victim's story), not help
            # nor is a victim's story learning for the asker ("a 6 year old is locked in
            # her room at night - what do I do?": "Brenda from Uganda: She was locked in
            # the basement at night"): learning quoted only from case studies is left out
            stories_only = bool(answer.citations) and all(
                c.section and is_subtitle(c.section.split(SECTION_SEP)[-1]) for c in answer.citations)
            if answer.status == "answered" and asks_something(state.question) and not stories_only:
                answer.answer = state.urgent_reply + f"\n\nRelevant learning from the documents:\n{answer.answer}"
            else:
                answer.answer = state.urgent_reply
                answer.citations = []
            answer.status = "urgent"
        return answer
