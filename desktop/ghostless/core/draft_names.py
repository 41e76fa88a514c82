"""Whether the name in a greeting is the contact's: the same name, a short form, or one
of the common English diminutives ("Liz" for Elizabeth, "Bob" for Robert).

A greeting that uses a name the writer knows the contact by is not a wrong name; the
checker only speaks up when the name belongs to no one on the contact's card. The
diminutives are a closed list of the common ones, which is enough for a hint: a name
not listed here and not a short form of the contact's is still flagged.
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold", "same_name"]


def _table(*rows: str) -> dict[str, frozenset[str]]:
    """``"elizabeth: liz beth betty"`` rows as full name -> its diminutives."""
    table: dict[str, frozenset[str]] = {}
    for row in rows:
        full, _, short = row.partition(":")
        table[full.strip()] = frozenset(short.split())
    return table


_DIMINUTIVES = _table(
    "elizabeth: liz lizzie lizzy beth betty bess bessie eliza elsa lisa libby",
    "robert: bob bobby rob robbie bert",
    "william: bill billy will willie liam",
    "richard: dick rick ricky rich richie",
    "james: jim jimmy jamie",
    "john: jack johnny jon",
    "jonathan: jon jonny nathan",
    "edward: ed eddie ted ned",
    "michael: mike mikey mick mickey",
    "thomas: tom tommy",
    "anthony: tony ant",
    "katherine: kate katie kathy kat kit",
    "catherine: cathy cat kate katie",
    "kathryn: kate katie kathy",
    "margaret: maggie meg peggy marge greta",
    "margarita: rita",
    "rebecca: becky becca",
    "susan: sue susie suzy",
    "deborah: deb debbie",
    "jennifer: jen jenny",
    "patricia: pat patty trish tricia",
    "christopher: chris kit",
    "christine: chris chrissy tina",
    "christina: chris tina",
    "alexander: alex sasha sandy xander",
    "alexandra: alex sasha sandra lexi",
    "victoria: vicky tori",
    "charles: charlie chuck chas",
    "henry: harry hank",
    "joseph: joe joey",
    "daniel: dan danny",
    "samuel: sam sammy",
    "samantha: sam sammy",
    "benjamin: ben benny",
    "nicholas: nick nicky",
    "matthew: matt",
    "andrew: andy drew",
    "stephen: steve",
    "steven: steve",
    "gregory: greg",
    "timothy: tim timmy",
    "peter: pete",
    "david: dave davy",
    "frederick: fred freddie",
    "lawrence: larry",
    "theodore: ted teddy theo",
    "francis: frank fran",
    "frances: fran frankie",
    "abigail: abby abbie gail",
    "dorothy: dot dottie dolly",
    "eleanor: ellie nell nora",
    "helen: nell",
    "isabella: bella izzy",
    "isabel: bella izzy",
    "josephine: jo josie",
    "joanna: jo",
    "joanne: jo",
    "mary: molly polly",
    "sarah: sally",
    "ann: annie nan",
    "anne: annie nan",
    "barbara: barb babs",
    "judith: judy",
    "pamela: pam",
    "cynthia: cindy",
    "jacqueline: jackie",
    "gabriel: gabe",
    "gabriella: gabby ella",
    "nathaniel: nate nat",
    "zachary: zach zack",
    "raymond: ray",
    "ronald: ron ronnie",
    "donald: don donny",
    "gerald: gerry jerry",
    "douglas: doug",
    "kenneth: ken kenny",
    "leonard: len lenny leo",
    "walter: walt wally",
    "albert: al bert",
    "alfred: alf alfie fred",
    "harold: harry hal",
    "eugene: gene",
)
#: Each name, full or short, with every other name it may stand for.
_SAME: dict[str, frozenset[str]] = {}
for _full, _shorts in _DIMINUTIVES.items():
    for _name in (_full, *_shorts):
        _SAME[_name] = _SAME.get(_name, frozenset()) | {_full} | _shorts


def fold(word: str) -> str:
    """A name lower-cased, with straight apostrophes and without accents."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("’", "'"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def same_name(greeted: str, known: str) -> bool:
    """Whether a greeted name (folded) can be the known one (folded): equal, a short form
    at its start ("Alex", "Alexandra") or end ("Drew", "Andrew"), or a listed diminutive
    ("Liz", "Elizabeth")."""
    if greeted == known:
        return True
    short, long_ = sorted((greeted, known), key=len)
    if len(short) >= 3 and long_.startswith(short):
        return True
    if len(short) >= 4 and long_.endswith(short):
        return True
    return known in _SAME.get(greeted, frozenset()) or greeted in _SAME.get(known, frozenset())
