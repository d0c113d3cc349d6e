"""Build ``assistant/data/given_names.txt`` and ``assistant/data/common_words.txt``: the
word lists behind the cued name redaction (:func:`assistant.safety.given_names`).

Given names, from three maintained gazetteers (no fake data is generated):

- the first-name lists of every locale of Faker's person providers
  (``faker.providers.person``, MIT; British, American, Irish, South Asian, Arabic, Polish,
  Romanian, West African and other lists);
- the US Census 1990 first names shipped by the PyPI package ``names`` (MIT; "darren",
  "dean", "shannon");
- with ``--extra FILE`` (one name per line), further lists: the first names of every locale
  of the npm package ``@faker-js/faker`` (MIT; "raj", "zayn", "sofia"), printed by
  ``scripts/fakerjs_first_names.mjs``.

From the two extra sources, names shorter than :data:`MIN_EXTRA_LEN` letters, faiths,
peoples, deities and products (:data:`NOT_NAMES`), one-word countries and regions
(pycountry, :func:`place_names`) and strings one typing slip from an English word at or
above Zipf :data:`TYPO_ZIPF` (:func:`one_edit_from`: "udit", "iside") are left out.
All lists carry everyday words ("baby", "foster", "council", "job"),
so a name that is also a common English word is dropped unless it is one of
:data:`COMMON_NAMES` (first names common in England and Wales that happen to be words or
to be written often: "john", "harry", "mohammed"). "Common" is wordfreq's English Zipf
frequency (Apache-2.0; 3 = once per million words) at or above :data:`WORD_ZIPF`.

Common words: English words at or above Zipf 3.9 (about once in 8,000 words) that are not
a Faker first or last name; they end a name after its given name ("amira khan" is a name,
"nail bar" after a given name is not a surname).

Common words are worked out from Faker's lists alone, so that the extra sources change no
word's status as a common word.

Build-time only (``pip install faker wordfreq names pycountry``; for the npm list, ``npm pack
@faker-js/faker && tar xzf faker-js-faker-*.tgz && node scripts/fakerjs_first_names.mjs
package > fakerjs.txt``): ``python scripts/build_given_names.py [--extra fakerjs.txt]``
rewrites both files, one word per line, sorted; then run ``scripts/build_name_words.py``.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.resources
import pkgutil
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "assistant" / "data"
NAMES = DATA / "given_names.txt"
WORDS = DATA / "common_words.txt"
#: Zipf frequency at or above which a name is a common English word
WORD_ZIPF = 3.6
#: shortest name taken from the extra lists (census, faker-js) unless in COMMON_NAMES
MIN_EXTRA_LEN = 4
#: Zipf frequency of the common words a name from the extra lists must not be one typing
#: slip away from
TYPO_ZIPF = 3.5
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
    dean darren lee anna alison andrea andy becky beth alicia allison anita carrie casey clara clare
    danielle debbie deborah diane dominic donna eleanor elaine fiona gavin gregory jackie jenny jess jill joan
    judith julian kathy katy katherine kerry lindsay lindsey liz lloyd maggie marie melissa naomi natalie
    nigel nikki nina paula phillip rita rupert samantha sandra shannon shirley sofia stella stephanie stuart
    sylvia tara teresa theresa tina tracy trevor vanessa wendy abe alec alexis allan allen andre antonio
    benny bernard brendan brent brett bruce bruno calvin carlos clarence clive cody conrad corey
    courtney cynthia damon dana denis dwight edgar edwin eli ellen emmy erik eugene evan felix
    fernando finn geoffrey gerald gerard gerry gilbert gloria harriet helena herbert ivan jared jenny
    jerome jesse jessie jim joyce judy jules julius kenny kris kurt leonard lionel luis
    manuel marco mario marion maurice miguel mitch nate neal nicolas pablo patricia
    pedro percy rafael rodney roland rosa rudy sammy sasha simone stefan stevie timothy
    todd vera wesley willie yuri zach raj seb jen
    simran gurpreet harpreet jaspreet manpreet navdeep tanvir amandeep jasvinder kuldeep rajinder sukhdeep
    balvinder harjit parminder hibo fadumo faadumo ifrah deeqa sagal guled ubah abdirahman abdullahi hamdi
    khadra sahra liban mahad selam senait dawit filmon semhar babajide nkechi folake adebayo oluwaseun
    chiamaka chinedu emeka ngozi tunde femi kemi yetunde temitope ionut andrei mihai alexandru bogdan
    florin klevis ardit erion kledi arlind kemar bartosz jakub kacper szymon wiktoria zuzanna agnieszka
    krzysztof martin mikey albie luna johnjo
    """.split())

#: words the extra lists carry as first names that name a faith, a people, a deity, a
#: language or a product far more often than a child ("sunni", "latina", "vishnu",
#: "gemini"); Faker's own names and COMMON_NAMES are not affected
NOT_NAMES = frozenset("""
    sunni shia shiite latina latino amish afro deen iman haya ayah alima amrit prasad ganesh durga vishnu
    brahma krishna shiva rama lakshmi allah jesus christ buddha gemini claude siri alexa cortana copilot
    norman saxon viking celtic gaelic arabic urdu hindi punjabi bengali tamil somali swahili yoruba igbo
    bratislava colombo upton burma tijuana anatolia
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


def place_names() -> set[str]:
    """One-word names of countries and of their subdivisions (pycountry, ISO 3166), lower
    case: "dominica", "bratislava"."""
    import pycountry

    out: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            v = getattr(c, attr, None)
            if v and " " not in v:
                out.add(v.lower())
    for sd in pycountry.subdivisions:
        if " " not in sd.name and "-" not in sd.name:
            out.add(sd.name.lower())
    return out


def one_edit_from(word: str, vocabulary: set[str]) -> bool:
    """Whether ``word`` is one deletion, insertion, substitution or transposition of two
    neighbouring letters away from a word of ``vocabulary`` (Damerau 1964), but not in it."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    edits = {a + b[1:] for a, b in splits if b}
    edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    edits |= {a + c + b[1:] for a, b in splits if b for c in letters}
    edits |= {a + c + b for a, b in splits for c in letters}
    edits.discard(word)
    return not edits.isdisjoint(vocabulary)


def census_names() -> set[str]:
    """Lower-case first names of the US Census 1990 lists in the PyPI package ``names``."""
    root = importlib.resources.files("names")
    out: set[str] = set()
    for fname in ("dist.male.first", "dist.female.first"):
        for line in root.joinpath(fname).read_text(encoding="utf-8").splitlines():
            word = line.split()[0].lower() if line.split() else ""
            if word.isascii() and word.isalpha() and len(word) >= 2:
                out.add(word)
    return out


def extra_names(path: Path) -> set[str]:
    """Lower-case ASCII names of a list file, one per line (``#`` lines are comments)."""
    out: set[str] = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        word = line.strip().lower()
        if word and not word.startswith("#") and word.isascii() and word.isalpha() and len(word) >= 2:
            out.add(word)
    return out


def main() -> None:
    import faker.providers.person as person
    from wordfreq import top_n_list, zipf_frequency

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--extra", type=Path, action="append", default=[],
                        help="a further first-name list, one per line (scripts/fakerjs_first_names.mjs)")
    args = parser.parse_args()
    locales = [m.name for m in pkgutil.iter_modules(person.__path__)]
    faker_firsts = set().union(*(faker_names(loc, ("first_names", "first_names_male", "first_names_female",
                                                        "first_names_nonbinary")) for loc in locales))
    lasts = set().union(*(faker_names(loc, ("last_names",)) for loc in locales))
    extra = census_names()
    for path in args.extra:
        extra |= extra_names(path)
    extra -= faker_firsts | COMMON_NAMES
    # the extra lists carry many two- and three-letter strings ("mex", "pax", "jc", "nu")
    # that are abbreviations more often than names, places ("bratislava", "dominica"),
    # faiths and products (NOT_NAMES), and strings one typing slip from a common word
    # ("udit" for audit, "iside" for inside, "sare" for share): those are left out
    common_near = {w for w in top_n_list("en", 30000) if w.isascii() and w.isalpha() and zipf_frequency(w, "en") >= TYPO_ZIPF}
    places = place_names()
    extra = {n for n in extra if len(n) >= MIN_EXTRA_LEN and n not in NOT_NAMES and n not in places
             and not one_edit_from(n, common_near)}
    # (COMMON_NAMES are names whatever the lists say: "esme", "paddy", "hodan")
    firsts = faker_firsts | extra | COMMON_NAMES
    kept = sorted(n for n in firsts if n in COMMON_NAMES or zipf_frequency(n, "en") < WORD_ZIPF)
    NAMES.write_text("# generated by scripts/build_given_names.py (Faker, US Census and faker-js first names minus common English words)\n"
                     + "\n".join(kept) + "\n", encoding="utf-8")
    print(f"{len(kept)} of {len(firsts)} first names -> {NAMES}")
    common = sorted({w for w in top_n_list("en", 30000)
                     if w.isascii() and w.isalpha() and zipf_frequency(w, "en") >= COMMON_ZIPF} - faker_firsts - lasts)
    WORDS.write_text("# generated by scripts/build_given_names.py (wordfreq English words, Zipf >= 3.9, not names)\n"
                     + "\n".join(common) + "\n", encoding="utf-8")
    print(f"{len(common)} common words -> {WORDS}")


if __name__ == "__main__":
    main()
