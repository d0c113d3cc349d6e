"""Build ``assistant/data/given_names.txt`` and ``assistant/data/common_words.txt``: the
word lists behind the cued name redaction (:func:`assistant.safety.given_names`).

Given names: the first-name lists of every locale of Faker's person providers
(``faker.providers.person``, MIT; British, American, Irish, South Asian, Arabic, Polish,
Romanian, West African and other lists). Faker is used as a maintained gazetteer; no fake
data is generated. Those lists carry everyday words ("baby", "foster", "council", "job"),
so a name that is also a common English word is dropped unless it is one of
:data:`COMMON_NAMES` (first names common in England and Wales that happen to be words or
to be written often: "john", "harry", "mohammed"). "Common" is wordfreq's English Zipf
frequency (Apache-2.0; 3 = once per million words) at or above :data:`WORD_ZIPF`.

Common words: English words at or above Zipf 3.9 (about once in 8,000 words) that are not
a Faker first or last name; they end a name after its given name ("amira khan" is a name,
"nail bar" after a given name is not a surname).

Build-time only (``pip install faker wordfreq``):
``python scripts/build_given_names.py`` rewrites both files, one word per line, sorted.
"""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "assistant" / "data"
NAMES = DATA / "given_names.txt"
WORDS = DATA / "common_words.txt"
#: Zipf frequency at or above which a name is a common English word
WORD_ZIPF = 3.6
#: Zipf frequency of the words written to common_words.txt
COMMON_ZIPF = 3.9
#: first names kept although they are frequent English words or strings (only those in
#: Faker's lists are written)
COMMON_NAMES = frozenset("""
    john david michael james paul george peter william mary tom harry chris charles thomas joe richard robert mike
    steve scott henry ben adam andrew kim daniel ryan alex sam grace tony kevin eric donald brian sarah simon matt
    jeff tim jason joseph lewis stephen elizabeth edward jordan dan alan luke morgan gary kelly jane phil dave
    matthew walter gordon charlie anthony patrick arthur jay alexander ross roger wayne jean jimmy jonathan graham
    lawrence anne billy sean ann russell maria alice ali ian kate barry justin rick cameron oscar jon johnny philip
    larry josh lisa charlotte carl benjamin jeremy leo terry laura neil ron margaret jose danny jacob oliver albert
    douglas jamie susan craig mitchell barbara christopher keith fred rachel emma ken stanley tommy amy jennifer
    michelle aaron tyler roy helen steven bobby greg jessica samuel mason pete julie ralph vincent juan karen dennis
    nathan brad ashley catherine emily nancy linda spencer kyle colin lucy katie sara bradley owen malcolm harold
    angela monica diana janet nicholas amanda nicole claire lily ruth florence travis lauren derek frederick alfred
    hannah joel rebecca dylan ronald gabriel sharon leslie eva randy riley annie joshua liam kenneth joey jeffrey
    noah seth betty sebastian curtis isaac christine lucas marcus eddie julia caroline louise raymond moses abraham
    adrian martha logan marc hugh glenn brandon karl bryan duncan carol shane quinn sophie winston chad vince ricky
    leon harvey isabella olivia amelia ava mia ella freya isla evie poppy jessica chloe megan holly jade ellie
    mohammed muhammad mohamed ahmed ahmad hassan hussain hussein kumar omar ibrahim yusuf fatima aisha amir imran
    jack max ethan kai harley connor sophia zoe mohammad abdul yonas esther blessing lena elena paddy kathleen
    oscar archie alfie freddie teddy theo theodore reggie ronnie frankie tommy stanley albert arthur hugo louie
    reuben jude jenson jaxon jayden elliot elliott rory ollie finley zachary toby jake blake dexter ezra hamza
    ayaan zain rosie daisy ivy willow harper evelyn elsie ruby millie layla scarlett holly esme maya erin bethany
    zara maryam hafsa nadia leah ellie jasmine amber molly niamh aoife siobhan ciara declan conor aiden tyrese
    kayla shanice jermaine dwayne marcus tyrone precious abdi hodan mariam samira yasmin adam eve rose
    """.split())


def faker_names(locale: str, attrs: tuple[str, ...]) -> set[str]:
    """Lower-case ASCII names of one Faker locale's ``attrs`` lists (empty if it does not load)."""
    try:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
    except Exception:  # noqa: BLE001 - one broken locale must not cost the rest
        return set()
    out: set[str] = set()
    for attr in attrs:
        got = getattr(provider, attr, None)
        if isinstance(got, (dict, list, tuple, set, frozenset)):
            out.update(n.lower() for n in got if isinstance(n, str) and n.isascii() and n.isalpha() and len(n) >= 2)
    return out


def main() -> None:
    import faker.providers.person as person
    from wordfreq import top_n_list, zipf_frequency

    locales = [m.name for m in pkgutil.iter_modules(person.__path__)]
    firsts = set().union(*(faker_names(loc, ("first_names", "first_names_male", "first_names_female",
                                                  "first_names_nonbinary")) for loc in locales))
    lasts = set().union(*(faker_names(loc, ("last_names",)) for loc in locales))
    kept = sorted(n for n in firsts if n in COMMON_NAMES or zipf_frequency(n, "en") < WORD_ZIPF)
    NAMES.write_text("# generated by scripts/build_given_names.py (Faker first names minus common English words)\n"
                     + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} of {len(firsts)} first names -> {NAMES}")
    common = sorted({w for w in top_n_list("en", 30000)
                     if w.isascii() and w.isalpha() and zipf_frequency(w, "en") >= COMMON_ZIPF} - firsts - lasts)
    WORDS.write_text("# generated by scripts/build_given_names.py (wordfreq English words, Zipf >= 3.9, not names)\n"
                     + "\n".join(common) + "\n", encoding="utf-8")
    print(f"{len(common)} common words -> {WORDS}")


if __name__ == "__main__":
    main()
