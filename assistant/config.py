"""Settings, read with pydantic-settings.

Sources, highest priority first:

1. environment variables with prefix ``ASSISTANT_`` (``ASSISTANT_DATA_DIR``,
   ``ASSISTANT_CHROMA_URL``, ``ASSISTANT_LLM_PROVIDER`` ...); Slack's own variables
   (``SLACK_BOT_TOKEN``, ``SLACK_SIGNING_SECRET``, ``SLACK_APP_TOKEN``, ``SLACK_API_URL``)
   are read without the prefix;
2. a TOML or YAML file named by ``ASSISTANT_CONFIG`` (default: ``assistant.toml`` in the
   data directory, if it exists);
3. the defaults below.

``get_settings()`` caches one instance per process; tests call ``get_settings.cache_clear()``
after changing the environment.
"""

from __future__ import annotations

import logging
import os
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from pydantic import AliasChoices, Field
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
    YamlConfigSettingsSource,
)

#: Repository root (``assistant/`` lives directly under it).
REPO_ROOT = Path(__file__).resolve().parents[1]


def default_data_dir() -> Path:
    """Per-user data directory: ``$XDG_DATA_HOME/safeguarding-assistant`` or
    ``~/.local/share/safeguarding-assistant``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "safeguarding-assistant"


def _config_file() -> Path | None:
    explicit = os.environ.get("ASSISTANT_CONFIG")
    if explicit:
        return Path(explicit)
    data_dir = Path(os.environ.get("ASSISTANT_DATA_DIR") or default_data_dir())
    for name in ("assistant.toml", "assistant.yaml", "assistant.yml"):
        if (data_dir / name).is_file():
            return data_dir / name
    return None


class Settings(BaseSettings):
    """All runtime settings. Field names map to ``ASSISTANT_<NAME>`` variables."""

    # (an empty variable, "ASSISTANT_DATA_DIR=", means the default, not the current directory)
    # (a key the config file misspells is an error, not silently ignored: "topk = 3" would
    # otherwise leave top_k at 8 without a word)
    model_config = SettingsConfigDict(env_prefix="ASSISTANT_", extra="forbid", populate_by_name=True, env_ignore_empty=True)

    # --- storage -------------------------------------------------------------------
    data_dir: Path = Field(default_factory=default_data_dir, description="Where the index, manifest and assistant.db live.")
    chroma_url: str | None = Field(None, description="Chroma server URL (http://host:port); embedded PersistentClient when unset.")
    corpus_dir: Path = Field(REPO_ROOT / "corpus", description="Bundled corpus ingested when the store is empty.")
    collection_prefix: str = "chunks"

    # --- ingest --------------------------------------------------------------------
    max_file_mb: float = Field(50.0, description="Files larger than this are skipped with a message.")
    chunk_tokens: int = Field(200, description="Target word pieces per chunk body (model reads 256 incl. header).")

    # --- retrieval -----------------------------------------------------------------
    top_k: int = Field(8, ge=1, le=100, description="Passages retrieved and given to the answerer.")
    candidates: int = Field(30, ge=1, le=1000, description="Candidates taken from each retriever before fusion.")
    exact_search_max: int = Field(100_000, ge=0, description="Largest index (in chunks) whose dense search is exact and deterministic over chunk vectors held in memory (150 MB per 100,000 chunks); above it, Chroma's approximate HNSW query (assistant.store).")
    rrf_k: int = Field(60, description="Reciprocal rank fusion constant (Cormack et al. 2009).")
    rerank: bool = Field(True, description="Rerank the fused candidates by their best sentence/list item/table row (assistant.rerank).")
    min_relevance: float = Field(0.25, ge=0.0, le=1.0, description="Below this dense similarity every question is not_found (see ExtractiveAnswerer.is_unanswerable).")
    support_check: bool = Field(True, description="Refuse an extractive answer the answer-support classifier finds too likely unsupported (assistant.answer.support; model in assistant/data/support_model.json).")
    support_model: Path | None = Field(None, description="An answer-support model retrained with `python -m evals.train_support fit` (default: the bundled assistant/data/support_model.json).")

    # --- answering -----------------------------------------------------------------
    mode: Literal["extractive", "llm"] = "extractive"
    llm_provider: Literal["openai", "ollama"] | None = None
    llm_base_url: str | None = None
    llm_model: str | None = None
    llm_api_key: str | None = None
    llm_timeout: float = 30.0
    llm_max_retries: int = 2

    # --- safety --------------------------------------------------------------------
    front_door_name: str = Field("your local children's social care front door (MASH)", description="Shown in urgent replies.")
    front_door_phone: str | None = Field(None, description="Verified local MASH/front-door number; none shipped.")
    audit_retention_days: int = Field(365, ge=0, description="Audit-log rows older than this many days are purged; 0 keeps them forever.")

    # --- slack (unprefixed variables) ------------------------------------------------
    slack_bot_token: str | None = Field(None, validation_alias=AliasChoices("SLACK_BOT_TOKEN", "slack_bot_token"))
    slack_signing_secret: str | None = Field(None, validation_alias=AliasChoices("SLACK_SIGNING_SECRET", "slack_signing_secret"))
    slack_app_token: str | None = Field(None, validation_alias=AliasChoices("SLACK_APP_TOKEN", "slack_app_token"))
    slack_api_url: str | None = Field(None, validation_alias=AliasChoices("SLACK_API_URL", "slack_api_url"))
    slack: dict[str, Any] = Field(default_factory=dict, description="Slack front options (allowlist, channel filters...).")

    @property
    def db_path(self) -> Path:
        """SQLite file for audit log, feedback and event de-duplication."""
        return self.data_dir / "assistant.db"

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        path = _config_file()
        if path is not None:
            if path.suffix.lower() == ".toml":
                file_source: PydanticBaseSettingsSource = TomlConfigSettingsSource(settings_cls, toml_file=path)
            else:
                file_source = YamlConfigSettingsSource(settings_cls, yaml_file=path)
            sources.append(_PathsRelativeToFile(settings_cls, file_source, path))
        return tuple(sources)


#: Path settings that a config file may give relative to itself.
_PATH_FIELDS = ("data_dir", "corpus_dir", "support_model")


class _PathsRelativeToFile(PydanticBaseSettingsSource):
    """A config-file source whose relative paths are read from the file's own directory.

    ``support_model = "models/support.json"`` in ``/srv/sla/assistant.toml`` means
    ``/srv/sla/models/support.json`` whichever directory the command runs from (as
    pyproject.toml and most tools read their own files). Environment variables keep the
    usual meaning: relative to the current directory. ``~`` is expanded.
    """

    def __init__(self, settings_cls: type[BaseSettings], inner: PydanticBaseSettingsSource, file: Path) -> None:
        super().__init__(settings_cls)
        self._inner = inner
        self._base = file.expanduser().resolve().parent

    def get_field_value(self, field: Any, field_name: str) -> tuple[Any, str, bool]:  # pragma: no cover - __call__ is used
        return self._inner.get_field_value(field, field_name)

    def __call__(self) -> dict[str, Any]:
        values = dict(self._inner())
        for name in _PATH_FIELDS:
            value = values.get(name)
            if isinstance(value, str) and value.strip():
                candidate = Path(value).expanduser()
                values[name] = str(candidate if candidate.is_absolute() else self._base / candidate)
        return values


class ConfigError(ValueError):
    """Settings could not be read; the message names the file or variable."""


def _environment_names() -> dict[str, str]:
    """Environment variable -> setting it sets, for every setting (``ASSISTANT_TOP_K`` ->
    ``top_k``; ``SLACK_BOT_TOKEN`` -> ``slack_bot_token``), plus ``ASSISTANT_CONFIG`` and
    ``ASSISTANT_PROMPTS_DIR`` (read outside the settings)."""
    names = {"ASSISTANT_CONFIG": "config file", "ASSISTANT_PROMPTS_DIR": "prompt templates (assistant.prompts)"}
    for name, info in Settings.model_fields.items():
        alias = info.validation_alias
        if isinstance(alias, AliasChoices):
            names.update({a.upper(): name for a in alias.choices if isinstance(a, str) and a.isupper()})
        else:
            names["ASSISTANT_" + name.upper()] = name
    return names


def unknown_environment(environ: dict[str, str] | None = None) -> list[str]:
    """One message per ``ASSISTANT_*`` environment variable that sets nothing.

    pydantic-settings ignores such variables, so a misspelt one ("ASSISTANT_TOPK=3")
    would silently leave the default in force. Each message names the variable and, where
    one is close (:func:`difflib.get_close_matches`), the variable meant.

    Args:
        environ: the environment to read (default ``os.environ``).

    Returns:
        messages such as ``"ASSISTANT_TOPK is not a setting and is ignored (did you mean
        ASSISTANT_TOP_K?)"``, sorted by variable; ``[]`` when all are known.
    """
    import difflib

    known = _environment_names()
    out = []
    for var in sorted(environ if environ is not None else os.environ):
        if var.upper().startswith("ASSISTANT_") and var.upper() not in known:
            bare = var.upper()[len("ASSISTANT_"):]  # "ASSISTANT_SLACK_BOT_TOKEN": Slack's own name
            close = [bare] if bare in known else difflib.get_close_matches(var.upper(), list(known), n=1, cutoff=0.75)
            out.append(f"{var} is not a setting and is ignored" + (f" (did you mean {close[0]}?)" if close else ""))
    return out


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings (cached).

    An ``ASSISTANT_*`` variable that names no setting is logged as a warning
    (:func:`unknown_environment`), once per process.

    Raises:
        ConfigError: the config file is missing (when named by ``ASSISTANT_CONFIG``) or
            malformed, or a value has the wrong type.
    """
    from pydantic import ValidationError

    for message in unknown_environment():
        logging.getLogger(__name__).warning("warning: %s", message)
    explicit = os.environ.get("ASSISTANT_CONFIG")
    if explicit and not Path(explicit).is_file():
        raise ConfigError(f"ASSISTANT_CONFIG={explicit}: no such file")
    if explicit and Path(explicit).suffix.lower() not in (".toml", ".yaml", ".yml"):
        raise ConfigError(f"ASSISTANT_CONFIG={explicit}: unsupported config file type (use .toml, .yaml or .yml)")
    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ())) or "?"
        if first.get("type") == "extra_forbidden":
            import difflib

            close = difflib.get_close_matches(field, list(Settings.model_fields), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            source = explicit or str(_config_file() or "config file")
            raise ConfigError(f"{source}: unknown setting '{field}'{hint}") from exc
        raise ConfigError(f"setting '{field}' (ASSISTANT_{field.upper()} or config file): {first.get('msg')}") from exc
    except Exception as exc:  # TOML/YAML syntax errors from the file sources
        source = explicit or str(_config_file() or "config file")
        raise ConfigError(f"{source}: cannot be read ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})") from exc
