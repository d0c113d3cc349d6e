"""Questions read through the asker's own agency or role: "what does the report say about
GPs?", "anything in here for community pharmacists?", "which health organisations have a
seat on the HSCB?", and the thread's "and probation?" (fifty-eighth session, probe-124 and
a break-it helper's questions)."""

from __future__ import annotations

import pytest

from assistant.answer.roles import load_roles, roles_asked, roles_unmentioned, sector_asked
from assistant.condense import condense_question


@pytest.mark.parametrize("question, asked", [
    ("I'm a GP - what does the report say about GPs?", ["GPs"]),
    ("anything in here for community pharmacists? what are we supposed to do?", ["pharmacists"]),
    ("does the report say anything about dentists?", ["dentists"]),
    ("what's the GP's role in the Child M review?", ["GPs"]),
    ("should taxi drivers report CSE?", ["taxi drivers"]),
    ("is there anything for nurseries in the report?", ["nurseries and early years settings"]),
    # the asker's own role only says who is asking: the question is asked
    ("as a pharmacist what's my role in spotting modern slavery?", []),
    ("I work in a bank branch - what does the slavery guidance say we should do?", []),
    ("Pharmacist - how do I report slavery?", []),
    ("hotel night manager here - what are the signs of trafficking?", []),
    ("GP safeguarding lead, new to Harrow - who exactly are the 3 statutory safeguarding partners here?", []),
    # a person in a scene is not asked about
    ("a midwife rang me about a baby, what should I do?", []),
    # "GPS" tags are not GPs, in capitals or before the tagging
    ("what GPS tags were bought?", []),
    ("how much did the london mayor commit to gps tagging of domestic abusers released from prison?", []),
    ("how much did the mayor commit to GPS tagging DA perpetrators on release from prison?", []),
    # a GP in the scene set first is not what is asked about
    ("EHE girl Layla (12), FGM worries raised by the GP. how many of the children known to be home educated were girls?", []),
    ("front door keeps getting pushback from a GP surgery about sharing info without mum's say-so, the chair's "
     "evaluation gives information sharing an X, what does it say?", []),
])
def test_roles_asked_about(question, asked):
    assert [r.name for r in roles_asked(question)] == asked


def test_a_role_is_mentioned_only_as_the_lexicon_says_it():
    gps = "GPS tags offer the opportunity for the Police and Probation Service to monitor released offenders."
    assert roles_unmentioned("what does the report say about GPs?", [gps]) == ["GPs"]
    assert roles_unmentioned("what does the report say about GPs?", ["Letters went to all GPs in Harrow."]) == []
    # (a dentist is mentioned by the documents' word for the work)
    assert roles_unmentioned("anything about dentists?", ["Dental assessment and treatment were delayed"]) == []
    # (a bank account in a victim's story is not a bank)
    assert roles_unmentioned("what should banks do?", ["forced to open false bank accounts in his name"]) == ["banks"]


def test_the_lexicon_rejects_an_entry_without_its_patterns(tmp_path):
    bad = tmp_path / "roles.yaml"
    bad.write_text("roles:\n  - name: GPs\n    asked: gps?\n", encoding="utf-8")
    with pytest.raises(ValueError, match="entry 1 needs name, asked and said"):
        load_roles(str(bad))
    bad.write_text("roles:\n  - name: GPs\n    asked: 'gps?('\n    said: GP\n", encoding="utf-8")
    with pytest.raises(ValueError, match="'GPs'"):
        load_roles(str(bad))


@pytest.mark.parametrize("question, body, sector", [
    ("which health organisations have a seat on the HSCB?", "the HSCB", "health"),
    ("who represents schools on the board?", "the board", "schools and education"),
    ("is the voluntary sector represented on the board?", "the board", "the voluntary sector"),
    ("who sits on the Health and Wellbeing Board?", "the Health and Wellbeing Board", None),
    ("who sits on the HSCB?", "the HSCB", None),
])
def test_the_sector_a_membership_question_asks_for(question, body, sector):
    got = sector_asked(question, body)
    assert (got.name if got else None) == sector


@pytest.mark.parametrize("earlier, follow_up, standalone", [
    ("how many board meetings did the designated nurse attend?", "and probation?",
     "how many board meetings did probation attend?"),
    ("how many board meetings did the designated nurse attend?", "and the dentists?",
     "how many board meetings did the dentists attend?"),
    ("what did VAH do for faith groups?", "and for the police?", "what did VAH do for the police?"),
    ("what does the report say about the youth offending team?", "and GPs?", "what does the report say about GPs?"),
    ("what did the conference chairs change during lockdown?", "what about housing?",
     "what did housing change during lockdown?"),
])
def test_a_follow_up_naming_another_agency_asks_the_same_of_it(earlier, follow_up, standalone):
    assert condense_question([(earlier, "...")], follow_up) == standalone


# ---- on the real corpus ----------------------------------------------------------------

def test_a_role_the_documents_never_mention_is_said_so(indexed_both):
    for question, role in [("I'm a GP - what does the report say about GPs?", "GPs"),
                           ("anything in here for school nurses?", "school nurses"),
                           ("anything in here for community pharmacists? what are we supposed to do?", "pharmacists")]:
        ans = indexed_both.ask(question)
        assert ans.status == "not_found" and f"do not mention {role}" in ans.answer, (question, ans.answer)
        assert "GPS tags" not in ans.answer and "Designated Nurse" not in ans.answer


def test_a_role_the_documents_name_in_their_own_words_is_answered(indexed_both):
    ans = indexed_both.ask("does the report say anything about dentists?")
    assert ans.status == "answered" and "dental" in ans.answer.lower(), ans.answer
    assert "IROs routinely check" not in ans.answer


def test_a_board_is_asked_for_one_sector_of_its_members(indexed_both):
    ans = indexed_both.ask("which health organisations have a seat on the HSCB?")
    for body in ("CCG", "Designated Nurse", "CNWL", "LNWUHT", "RNOH"):
        assert body in ans.answer, ans.answer
    assert "Metropolitan Police" not in ans.answer and "Primary Schools" not in ans.answer
    ans = indexed_both.ask("who represents schools on the board?")
    assert "Primary Schools" in ans.answer and "Colleges" in ans.answer and "CNWL" not in ans.answer, ans.answer


def test_a_follow_up_about_another_agency_gets_that_agencys_row(indexed_both):
    first = "how many board meetings did the designated nurse attend?"
    earlier = indexed_both.ask(first)
    assert "Designated Nurse" in earlier.answer
    ans = indexed_both.ask("and probation?", history=[(first, earlier.answer)])
    assert "Probation" in ans.answer and "Designated Nurse" not in ans.answer, ans.answer


@pytest.mark.parametrize("question, agency", [
    ("im in probation, what does the report say about probation?", "probation"),
    ("As a housing officer, what's in the annual report about housing?", "housing"),
    ("anything about the CCG in the report?", "the CCG"),
    ("what does the report say about the Met?", "the Met"),
    ("what did the police do on exploitation?", ""),        # what they did on a topic
    ("what does the report say about neglect?", ""),         # a topic, not an agency
    ("what did the ofsted inspection in 2019 say about the mash?", ""),  # another source's word
    ("what did the police say about probation?", ""),
])
def test_questions_asking_what_the_documents_say_about_an_agency(question, agency):
    from assistant.answer.extractive import mentions_asked

    assert mentions_asked(question) == agency


def test_an_agency_is_mentioned_by_its_documents_names():
    from assistant.answer.extractive import mention_pattern
    from assistant.glossary import load_glossary

    met = mention_pattern("the Met", load_glossary())
    assert met.search("The Metropolitan Police following its restructure") and met.search("The MPS have now adopted")
    assert not met.search("the group met four times")
    assert mention_pattern("the CCG", load_glossary()).search("Harrow Clinical Commissioning Group | -20,000")
    assert mention_pattern("dentists", load_glossary()).search("Dental assessment and treatment were delayed")


def test_what_the_report_says_about_an_agency_comes_from_each_section_naming_it(indexed_both):
    ans = indexed_both.ask("im in probation, what does the report say about probation?")
    assert ans.status == "answered"
    # the polygraph section (named in its heading), the tagging project, attendance and budget
    for said in ("polygraph", "GPS tags", "Probation — ATTENDANCE OUT OF 4 MEETINGS: 0", "-1,000"):
        assert said in ans.answer, (said, ans.answer)
    assert len({c.section for c in ans.citations}) == len(ans.citations)
    ans = indexed_both.ask("As a housing officer, what's in the annual report about housing?")
    assert "housing shortages" in ans.answer and "Housing — ATTENDANCE" in ans.answer, ans.answer
    # (the annual report asked: not the slavery page's housing provider)
    assert "BCHA" not in ans.answer


def test_an_agency_the_learning_sheet_never_names_is_said_so(indexed_both):
    ans = indexed_both.ask("what does the Child M sheet say about the police's role?")
    assert ans.status == "not_found" and "learning sheet" in ans.answer, ans.answer
    # (one it names is answered from it: "school attendance")
    ans = indexed_both.ask("What does the Child M sheet ask of schools?")
    assert ans.status == "answered" and "Attendance Panels" in ans.answer, ans.answer


@pytest.mark.parametrize("earlier, follow_up, third, standalone", [
    ("How many HSSP meetings did the CCG attend?", "and the fire brigade?", "and probation?",
     "How many HSSP meetings did probation attend?"),
    ("How many meetings did primary schools attend at the HSSP?", "and secondary schools?", "and special schools?",
     "How many meetings did special schools attend at the HSSP?"),
])
def test_a_third_turn_follows_the_second_as_it_was_asked(earlier, follow_up, third, standalone):
    assert condense_question([(earlier, "..."), (follow_up, "...")], third) == standalone


def test_a_member_a_board_does_not_list_is_said_so(indexed_both):
    for question in ("How many HSSP meetings did Cafcass attend?", "Is probation represented on the HSSP?",
                     "Are dentists represented on the board?"):
        ans = indexed_both.ask(question)
        assert ans.status == "not_found" and "has no row for them" in ans.answer, (question, ans.answer)
    ans = indexed_both.ask("Which emergency services sit on the HSCB?")
    assert all(b in ans.answer for b in ("Metropolitan Police", "London Ambulance Service", "London Fire Brigade")), ans.answer
    assert "CCG" not in ans.answer
    # "how often did X attend?" is its attendance, not a frequency refused
    ans = indexed_both.ask("How often did the Designated Nurse attend the HSCB?")
    assert ans.status == "answered" and "Designated Nurse — ATTENDANCE OUT OF 4 MEETINGS: 4" in ans.answer, ans.answer


def test_a_members_row_is_found_by_the_documents_name_for_it(indexed_both):
    # "the Met Police" is the "Metropolitan Police Service" row, not the table's header
    ans = indexed_both.ask("How many meetings did the Met Police attend at the HSSP?")
    assert "Metropolitan Police Service — ATTENDANCE OUT OF 7 MEETINGS: 7" in ans.answer, ans.answer
    ans = indexed_both.ask("Who attended the HSSP from health?")
    assert "Designated Nurse - Children" in ans.answer and "Business Manager" not in ans.answer, ans.answer
    ans = indexed_both.ask("Which substance misuse services sit on the board?")
    assert "WDP" in ans.answer and "Compass" in ans.answer and "CCG" not in ans.answer, ans.answer


def test_what_a_named_document_says_about_an_agency_comes_from_it(indexed_both):
    ans = indexed_both.ask("What does the learning sheet say about schools?")
    assert ans.status == "answered" and "school attendance" in ans.answer, ans.answer
    assert all("learning-sheet" in c.source for c in ans.citations), [c.source for c in ans.citations]
    ans = indexed_both.ask("What does the modern slavery guidance say about the police?")
    assert "999" in ans.answer and all(c.source.endswith(".html") for c in ans.citations), ans.answer
