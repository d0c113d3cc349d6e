"""Defects found by adversarial testing, pinned: each test is one reproduction."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.safety import redact

EXE = Path(sys.executable).with_name("assistant")


@pytest.mark.parametrize("question", [
    "Child: Jayden Smith NHS 9434765919 postcode ha12ab tel +44 7700 900123 how do I refer for neglect?",
    "Concerns about JAYDEN SMITH, 14, living at Ha1 2aB. Mobile 07700 900 123. Is this neglect?",
    "Jayden Smith (NHS no 943-476-5919) at HA1 2AB, 07700900123 - what is early help?",
    "Re Jayden Smith dob 3.4.2012 what does MASH do?",
])
def test_a_name_next_to_an_identifier_is_redacted(question):
    out = redact(question)
    assert "jayden" not in out.text.lower() and "name" in out.found


def test_service_vocabulary_next_to_an_identifier_is_kept():
    out = redact("What does the Child Protection Plan say about MASH referrals in HA1 2AB?")
    assert "Child Protection Plan" in out.text and out.found == ["postcode"]


def test_manifest_entry_with_access_tags_that_names_no_file_fails_the_ingest(tmp_path):
    from assistant.indexer import Indexer
    from assistant.store import Store

    docs = tmp_path / "restricted"
    docs.mkdir()
    (docs / "secret-note.md").write_text("# Note\n\nThe Kestrel school failed to share the chronology twice.\n")
    (docs / "manifest.yaml").write_text(
        "documents:\n  - file: Secret-Note.md\n    title: Secret\n    access: [case-review-group]\n"
        "  - file: missing.pdf\n    title: Missing\n"
    )
    report = Indexer(Store(tmp_path / "data")).ingest([docs])
    assert any("Secret-Note.md" in src and "access" in why for src, why in report.failed)
    assert any("missing.pdf" in w for w in report.warnings)


def test_a_manifest_that_is_not_yaml_names_the_line(tmp_path):
    """A syntax error in ``manifest.yaml`` is one line naming the file, where PyYAML
    stopped and where the unclosed bracket opened; the ingest exits 2 and adds nothing."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "note.md").write_text("# Note\n\nThe MASH takes referrals.\n")
    (docs / "manifest.yaml").write_text("documents:\n  - file: note.md\n    title: [unclosed\n")
    out = _run(["ingest", str(docs)], ASSISTANT_DATA_DIR=str(tmp_path / "data"), COLUMNS="500")
    err = " ".join(out.stderr.split())
    assert out.returncode == 2, err
    assert f"{docs / 'manifest.yaml'}: not valid YAML: line 4, column 1: expected ',' or ']'" in err, err
    assert "started at line 3, column 12" in err and "Traceback" not in err


@pytest.mark.parametrize("line, message", [
    ("date: 2021-13-45", "field 'date' must be a year or an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not '2021-13-45'"),
    ("date: 2021-02-30", "field 'date' must be a year or an ISO date"),
    ("access: 5", "field 'access' must be a tag or a list of tags"),
    ("titel: Note", "unknown field 'titel' (did you mean 'title'?)"),
    ("period: last year", "field 'period' must name its years"),
])
def test_a_bad_manifest_value_is_one_line_naming_the_field(tmp_path, line, message):
    """Found by a new-user walkthrough: an impossible date or a number for ``access`` ended
    the ingest in a traceback; a misspelt field or a period with no year was taken silently."""
    from ingest.manifest import ManifestError, load_manifest

    (tmp_path / "manifest.yaml").write_text(f"documents:\n  - file: note.md\n    {line}\n")
    with pytest.raises(ManifestError) as exc:
        load_manifest(tmp_path / "manifest.yaml")
    assert str(exc.value).startswith(f"{tmp_path / 'manifest.yaml'}: documents[0] (note.md): ")
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_manifest_dates_stay_as_written(tmp_path):
    from ingest.manifest import load_manifest

    (tmp_path / "manifest.yaml").write_text("documents:\n  - file: a.md\n    date: 2021-03-31\n    period: 2020-21\n"
                                            "  - file: b.md\n    date: 2021\n    access: case-review-group\n")
    docs = load_manifest(tmp_path / "manifest.yaml")
    assert docs["a.md"].date == "2021-03-31" and docs["a.md"].period == "2020-21"
    assert docs["b.md"].date == "2021" and docs["b.md"].access == ["case-review-group"]


def _run(args, **env):
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **env})


def test_config_errors_are_one_line_and_exit_2(tmp_path):
    bad = tmp_path / "bad.toml"
    bad.write_text("[broken\ntop_k = \n")
    for env in ({"ASSISTANT_CONFIG": str(bad)}, {"ASSISTANT_TOP_K": "abc"},
                {"ASSISTANT_CONFIG": str(tmp_path / "nope.toml")}):
        out = _run(["sources"], ASSISTANT_DATA_DIR=str(tmp_path / "data"), **env)
        assert out.returncode == 2, (env, out.stderr)
        assert "config error" in out.stderr and "Traceback" not in out.stderr


def test_a_misspelt_environment_variable_is_named_not_silently_ignored(tmp_path):
    from assistant.config import unknown_environment

    assert unknown_environment({"ASSISTANT_TOPK": "3", "ASSISTANT_TOP_K": "4", "HOME": "/root",
                                "ASSISTANT_SLACK_BOT_TOKEN": "x", "ASSISTANT_PROMPTS_DIR": "p"}) == [
        "ASSISTANT_SLACK_BOT_TOKEN is not a setting and is ignored (did you mean SLACK_BOT_TOKEN?)",
        "ASSISTANT_TOPK is not a setting and is ignored (did you mean ASSISTANT_TOP_K?)",
    ]
    out = _run(["sources"], ASSISTANT_DATA_DIR=str(tmp_path / "data"), ASSISTANT_CHUNCK_TOKENS="100")
    assert out.returncode == 0, out.stderr
    assert "ASSISTANT_CHUNCK_TOKENS is not a setting and is ignored (did you mean ASSISTANT_CHUNK_TOKENS?)" in \
        " ".join(out.stderr.split())
    assert out.stderr.count("ASSISTANT_CHUNCK_TOKENS") == 1  # once per process (the settings are cached)


def test_unreachable_chroma_server_is_a_store_error(tmp_path):
    out = _run(["ingest"], ASSISTANT_DATA_DIR=str(tmp_path / "data"), ASSISTANT_CHROMA_URL="http://127.0.0.1:1")
    assert out.returncode == 3 and "cannot connect to the Chroma server" in out.stderr
    # the socket's reason, not the exception's class name
    assert "Connection refused" in out.stderr and "ValueError" not in out.stderr


def test_unreachable_chroma_server_over_an_existing_index_is_not_a_missing_collection(indexed):
    """An index built locally, then ``ASSISTANT_CHROMA_URL`` pointed at a server that is
    down: the error says the server cannot be reached (not "collection not found ...
    re-run ingest --rebuild", which would send the operator the wrong way)."""
    out = _run(["ask", "What is the MASH?"], ASSISTANT_DATA_DIR=str(indexed.settings.data_dir),
               ASSISTANT_CHROMA_URL="http://127.0.0.1:1")
    err = " ".join(out.stderr.split())
    assert out.returncode == 3 and "cannot connect to the Chroma server at http://127.0.0.1:1" in err, err
    assert "not found" not in err and "rebuild" not in err


def test_eval_rejects_impossible_gates_and_unwritable_reports(tmp_path):
    suite = Path(__file__).resolve().parents[1] / "evals" / "harrow-2020-21.yaml"
    assert _run(["eval", str(suite), "--min-score", "150"]).returncode == 2
    assert _run(["eval", str(suite), "--report", "/proc/nope"]).returncode == 2


def test_unknown_case_name_is_not_found(indexed):
    ans = indexed.ask("What were the key findings of the Child Q review?")
    assert ans.status == "not_found" and not ans.citations
    assert indexed.ask("What were the key findings of the Child M review?").status == "answered"


@pytest.mark.parametrize("argv,named", [
    (["ask", "--bogus", "x"], "--bogus"),
    (["ask"], "question"),
    (["eval", "--k", "abc", "suite.yaml"], "--k"),
    (["nosuch"], "nosuch"),
])
def test_usage_errors_are_one_line_naming_the_option_and_exit_2(argv, named, tmp_path):
    # through the installed console script, as a user meets them (not Typer's error panel)
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path), "COLUMNS": "80"}
    res = subprocess.run([str(EXE), *argv], capture_output=True, text=True, env=env, timeout=120)
    assert res.returncode == 2, res.stderr
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: ") and named in lines[0], res.stderr
    assert "--help" in lines[0] and "╭" not in res.stderr


def test_a_glossary_entry_named_twice_is_an_error_naming_it(tmp_path):
    from assistant.glossary import GLOSSARY_FILE, load_glossary

    bad = tmp_path / "glossary.yaml"
    bad.write_text("terms:\n  MASH: {expansion: Multi-Agency Safeguarding Hub}\n"
                   "synonyms:\n  kids: [children]\n  front door: [MASH]\n  Kids: [young people]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"synonyms\.Kids: named twice \(line 6\)"):
        load_glossary(bad)
    # the shipped glossary names every entry once
    assert load_glossary(GLOSSARY_FILE).synonyms


def test_relative_paths_in_a_config_file_are_read_from_the_files_directory(tmp_path, monkeypatch):
    """``support_model = "models/support.json"`` in /srv/x/assistant.toml means /srv/x/models/...
    from any working directory; an environment variable stays relative to the working directory."""
    from assistant.config import get_settings

    conf_dir = tmp_path / "conf"
    (conf_dir / "models").mkdir(parents=True)
    config = conf_dir / "assistant.toml"
    config.write_text('support_model = "models/support.json"\ndata_dir = "index"\ncorpus_dir = "/abs/corpus"\n')
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    monkeypatch.setenv("ASSISTANT_CONFIG", str(config))
    for var in ("ASSISTANT_DATA_DIR", "ASSISTANT_SUPPORT_MODEL", "ASSISTANT_CORPUS_DIR"):
        monkeypatch.delenv(var, raising=False)
    get_settings.cache_clear()
    try:
        settings = get_settings()
        assert settings.support_model == conf_dir / "models" / "support.json"
        assert settings.data_dir == conf_dir / "index"
        assert settings.corpus_dir == Path("/abs/corpus")
        monkeypatch.setenv("ASSISTANT_SUPPORT_MODEL", "mine.json")
        get_settings.cache_clear()
        assert get_settings().support_model == Path("mine.json")
    finally:
        get_settings.cache_clear()


def test_a_misspelt_setting_is_a_config_error_naming_it_and_the_likely_key(tmp_path):
    """Found by a new-user walkthrough: ``topk = 3`` (for ``top_k``) and ``[slack]
    allowed_channel`` (for ``allowed_channels``, the channel allowlist) were silently ignored,
    leaving the bot answering in every channel."""
    config = tmp_path / "assistant.toml"
    config.write_text("topk = 3\n")
    out = _run(["sources"], ASSISTANT_DATA_DIR=str(tmp_path / "data"), ASSISTANT_CONFIG=str(config))
    assert out.returncode == 2 and "unknown setting 'topk'" in out.stderr and "did you mean 'top_k'" in out.stderr
    assert str(config) in " ".join(out.stderr.split()) and "Traceback" not in out.stderr

    from assistant.slack.options import SlackOptions

    class S:
        slack = {"allowed_channel": ["C0123DSL"]}
    with pytest.raises(ValueError, match=r"slack\.allowed_channel: unknown option \(did you mean 'allowed_channels'\?\)"):
        SlackOptions.from_settings(S)
    S.slack = {"channel_filters": {"C1": {"doc_type": "guidance"}}}
    with pytest.raises(ValueError, match=r"slack\.channel_filters\.C1\.doc_type: unknown option \(did you mean 'doc_types'\?\)"):
        SlackOptions.from_settings(S)
    S.slack = {"allowed_channels": ["C0123DSL"], "channel_filters": {"C1": {"doc_types": "guidance"}}}
    assert SlackOptions.from_settings(S).allowed_channels == ["C0123DSL"]


@pytest.mark.parametrize("message, leaked, kind", [
    ("Call me on +44 (0)7700 900123 about a referral to MASH", "900123", "phone"),
    ("DOB: 2012-03-03. What is early help?", "03-03", "date_of_birth"),
    ("the family lives at 24 Kenton Court, what is neglect?", "Kenton", "address"),
    ("he lives at 12a acacia rd, is that in harrow?", "acacia", "address"),
    ("I think Liam O'Connor is being exploited, who do I tell?", "Connor", "name"),
])
def test_personal_details_found_by_a_break_it_pass_are_redacted(message, leaked, kind):
    """Each leaked into the audit log before: the "(0)" of an international number counted
    as a digit, ISO dates were not dates, "Court" was not a street, "O'Connor" ended a name."""
    out = redact(message, keep=set())
    assert leaked not in out.text and kind in out.found, out.text
    # figures' dates and years stay: they are the question
    assert redact("how many care leavers were there in 2019-20?", keep=set()).text.endswith("in 2019-20?")


def test_two_folders_of_the_same_name_do_not_replace_each_other(tmp_path):
    """Found by a break-it pass: a/docs/guide.md and b/docs/guide.md share the source name
    docs/guide.md, and ingesting b silently replaced a; naming one folder twice crashed with
    a DuplicateIDError traceback. Now the second is refused in one line naming both files,
    the first stays answerable, and a folder named twice is read once."""
    from assistant.indexer import Indexer
    from assistant.store import Store

    for name, text in (("a", "Alpha protocol: a strategy discussion within 24 hours."),
                       ("b", "Beta protocol: a home visit within 5 working days.")):
        (tmp_path / name / "docs").mkdir(parents=True)
        (tmp_path / name / "docs" / "guide.md").write_text(f"# Guide\n\n{text}\n")
    store = Store(tmp_path / "data")
    first = Indexer(store).ingest([tmp_path / "a" / "docs", tmp_path / "a" / "docs"])
    assert first.added == ["docs/guide.md"] and not first.failed
    second = Indexer(store).ingest([tmp_path / "b" / "docs"])
    assert not second.added and not second.updated
    assert second.failed and "same source name" in second.failed[0][1] and str(tmp_path / "a" / "docs") in second.failed[0][1]
    assert "Alpha protocol" in store.live().chunks[0].text
    both = Indexer(Store(tmp_path / "data2")).ingest([tmp_path / "a" / "docs", tmp_path / "b" / "docs"])
    assert both.added == ["docs/guide.md"] and "same source name" in both.failed[0][1]


def test_filters_that_match_no_document_say_so_and_impossible_years_are_refused(indexed):
    """Found by a new-user walkthrough: ``--type guidance`` over a corpus with no guidance
    answered "the indexed documents do not cover this", blaming the corpus; ``--year 0``
    silently applied no filter."""
    data = str(indexed.settings.data_dir)
    out = _run(["ask", "--type", "guidance", "How many children went missing?"], ASSISTANT_DATA_DIR=data, HF_HUB_OFFLINE="1")
    assert out.returncode == 0 and "not_found" in out.stdout
    said = " ".join(out.stderr.split())
    assert "no indexed passage matches --type guidance" in said and "annual report" in said and "2020-21" in said
    for bad in ("0", "-5", "20210"):
        out = _run(["ask", "--year", bad, "How many children went missing?"], ASSISTANT_DATA_DIR=data)
        assert out.returncode == 2 and "--year must be a calendar year" in out.stderr


def test_the_readmes_example_config_file_is_valid(tmp_path, monkeypatch):
    """The ``assistant.toml`` example in the README loads, with its [slack] table."""
    import re

    from assistant.config import get_settings
    from assistant.slack.options import SlackOptions

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```toml\n(.*?)```", readme, re.S).group(1)
    config = tmp_path / "assistant.toml"
    config.write_text(example)
    monkeypatch.setenv("ASSISTANT_CONFIG", str(config))
    monkeypatch.setenv("ASSISTANT_DATA_DIR", str(tmp_path / "data"))
    get_settings.cache_clear()
    try:
        settings = get_settings()
        assert settings.top_k == 8 and SlackOptions.from_settings(settings).allowed_channels == ["C0123DSL"]
    finally:
        get_settings.cache_clear()


def test_no_module_binds_a_top_level_name_twice():
    """A module-level pattern defined twice silently replaces the first for every caller:
    ``extractive._REASON_Q`` once was, so the list reranker's broad "reasons asked" test
    ran the narrow "a table gives no reason" pattern instead."""
    import ast

    root = Path(__file__).resolve().parents[1]
    twice = []
    for path in sorted([*root.joinpath("assistant").rglob("*.py"), *root.joinpath("ingest").rglob("*.py")]):
        seen: dict[str, int] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names = [t.id for t in node.targets if isinstance(t, ast.Name)]
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names = [node.target.id]
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names = [node.name]
            else:
                continue
            for name in names:
                if name in seen and name != "__all__":
                    twice.append(f"{path.relative_to(root)}:{node.lineno} {name} (first at line {seen[name]})")
                seen.setdefault(name, node.lineno)
    assert not twice, twice
