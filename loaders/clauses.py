"""Operative clauses and citations in an instrument's provisions -> edges with evidence.

Each rule reads one sentence (or a provision and its list items) and names what it found by
curated node id, through the gazetteer of curated names plus the short names the text itself
defines ("the Secretary of Homeland Security (Secretary)", "(USCTOC)", "(the “Act”)"). A name the
gazetteer does not know is never guessed into an edge, except a body the text itself establishes.

Clause forms (tests/gold/README.md has the labelling rules they follow):
* revocation, supersession and amendment of another order, with the scope the text gives:
  the whole order, sections ("Sections 1, 3, 4, 5, and 7 of Executive Order 13961", "Sections 1
  through 5 of ...", "Section 3 of ..."), subsections ("subsection (b) of section 3 of ...",
  "subsections 2(a) and 2(c) of ..."), list items after "The following ... are hereby revoked:",
  and amendment places ("is amended as follows: (a) in section 2(b), by striking ...", "is
  further amended by striking section 2(h) and redesignating ..."). "in part" keeps the
  qualifier: revokes_in_part / supersedes_in_part of the order, never a silent whole; "revoked to
  the extent (that it is) inconsistent" is supersedes_in_part of the order (the old text yields
  only where the new one conflicts). An annex is an unnumbered part: *_in_part of the order. "revoked
  except for sections 6, 7, and 11" revokes every other section of the target, numbered from its
  text in data/ (Context.sections_of), else the order in part; "..., and those orders are revoked"
  and "section 2 of that order is amended" act on the order just named.
* bodies of any kind (council, committee, board, commission, task force, working group, office,
  initiative ...) established by the order, with where they are housed, members ("shall be
  composed of", "shall consist (exclusively) of the following members", "shall include the
  following members", "shall be members of"), chairs ("shall serve as Chair", "who shall serve as
  Chair", "shall be chaired by", ", to be chaired by", "shall be the Chair of") and co-chairs; the
  name before or after the verb ("The Council on X (Council) is hereby established", "There is
  hereby established the X"); a body the text names with a short name but does not establish is a
  node too.
* directions: an office or body that "shall <act>" or "is directed to"; not a relative clause
  ("who shall serve as Chair"), not "shall be / have / serve / terminate", not an office named
  in a subordinate clause ("unless the OMB Director provides otherwise"), through another, or in
  consultation with another; an official of an organisation ("the Director of OMB") is the office,
  never the organisation.
* Acts the gazetteer does not know, named by title ("the Burmese Freedom and Democracy Act of
  2003", "the National Defense Authorization Act for Fiscal Year 2018"), are statute nodes with the
  title's id, year included (`tariff-act-of-1930`, `ndaa-fy<year>`); "the Act" is the one Act an order names, if it
  names only one; a short name may follow a cite in parentheses ("(Public Law 115-368) (NQI Act)").
* citations; in the preamble only the statement of authority ("By the authority vested in me ...
  including ...") is `authorized_by`: an order or Act named for another reason ("the national
  emergency declared in Executive Order 13581") is cited.
"""

from __future__ import annotations

import dataclasses
import os
import re
from dataclasses import dataclass

from graph.namespaces import pinpoint_label, slug
from loaders.citations import CODE_TITLE, Cite, find_citations
from loaders.context import Context, Gazetteer, Mention
from loaders.model import (
    AUTHORITY_RE,
    ExtractedEdge,
    Extraction,
    Instrument,
    NewNode,
    Provision,
    TextEvidence,
    normalize,
)
from loaders.references import (
    DATE,
    LIST_GAP,
    MONTH,
    PIN,
    SEC_LIST,
    SECTION_WORD,
    SUB_OF_SECTION,
    Ref,
    expand_list,
    find_refs,
    joined,
    part_number,
    pin_path,
    sub_paths,
)
from loaders.textdoc import TextDoc, sentences


@dataclass
class Block:
    """A provision's text in the cleaned document (path None: a document without sections)."""

    path: list[str] | None
    heading: str | None
    start: int
    end: int
    marker: int | None = None
    continuation: bool = False  # more text of a provision, after the list items inside it
    text: str = ""
    provision: Provision | None = None

    @property
    def label(self) -> str | None:
        return None if self.path is None else pinpoint_label(self.path)


# "The Council on X (Council) is hereby established." / "..., which was created by EO N, is hereby reestablished."
_ESTABLISHED_VERB = r"\b(?:is|are)\s+(?:hereby\s+)?(?:(?:re-?)?established|reconstituted)\b"
_ESTABLISHED = re.compile(  # (also "The Federal Property Council ... is hereby reconstituted in the EOP")
    _ESTABLISHED_VERB + r"(?!\s+(?:by|under|pursuant|in\s+section|in\s+this))"
)
# "It is hereby declared that the Pacific Northwest River Basins Commission is established under the provisions of
# Title II of the Act" (EO 11331: the Water Resources Planning Act has the President declare a commission established)
_DECLARED = re.compile(r"\b[Ii]t\s+is\s+hereby\s+declared\s+that\s+(?=the\s+[A-Z])")
_DECLARED_VERB = re.compile(_ESTABLISHED_VERB)  # (there, "established under" the Act too)
# a programme is not a body (tests/gold: "a program, not a body", heldout16 EO 11470, EO 12788): no establishes
_PROGRAM = re.compile(r"\bProgram(?:me)?$")


def _established_kind(name: str, kind: str | None) -> str | None:
    """The kind of body a name an order establishes says, None for no body: a Program is none (a Committee for a
    Program is a committee)."""
    return None if kind == "Program" and _PROGRAM.search(name) else kind


# "... through a Property Review Board, which is hereby established.": the body named before the relative clause
_WHICH_ESTABLISHED = re.compile(r",\s*which\s+(?:is|are)\s+hereby\s+(?:established|created|constituted)\b")
_SHORT_ONLY = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?")
_WITHIN = re.compile(r"(?:with)?in\s+(?:the\s+)?")
# "with" inside a name, before a capitalised word ("... and Individuals with Disabilities")
_NAME_WITH = re.compile(r"with(?=\s+(?!the\b)[A-Z])")
_NAME_WORD = re.compile(  # ("NS/EP", "HIV/AIDS": a slash between capitals)
    r"(?:[A-Z]\.){2,}|[A-Z][\w'’-]*(?:/[A-Z][\w'’-]*)?|\d+(?:st|nd|rd|th)?\b|(?:of|on|for|and|the|to|in|at)(?=\s)"
    r"|(?<=\bfor\s)an?(?=\s+[A-Z])"  # ("the White House Conference for a Drug Free America", EO 12595)
)
# The head noun of a body's name says what kind of body it is (graph/node_types.py).
# a body's name that is only its kind, with words any body may have: many orders' "Steering Committee"
_GENERIC_BODY = re.compile(
    r"(?:(?:Interagency|Inter-agency|Executive|Steering|Advisory|Coordinating)\s+)?"
    r"(?:Working\s+Group|Task\s+Force|Council|Committee|Subcommittee|Board|Commission|Panel|Group)"
)
_KINDS = {
    "working group": "WorkingGroup",
    "task force": "TaskForce",
    "council": "Council",
    "committee": "Committee",
    "subcommittee": "Committee",
    "board": "Board",
    "commission": "Commission",
    "division": "Division",
    "program": "Program",
    "programme": "Program",
    "center": "Program",
    "centre": "Program",
    "office": "ExecutiveOffice",
    "initiative": "InteragencyBody",
    "group": "InteragencyBody",
    "team": "InteragencyBody",
    "panel": "InteragencyBody",
    "forum": "InteragencyBody",
    # ("There is established the White House Conference for a Drug Free America", EO 12595)
    "conference": "InteragencyBody",
    "partnership": "InteragencyBody",  # ("There is established the President's Child Safety Partnership")
    "agency": "Agency",
    "institute": "Agency",
    "administration": "Agency",
    "authority": "Agency",
    "system": "InteragencyBody",
    "mission": "InteragencyBody",
    "cabinet": "Council",
}
# "shall hereafter", "shall henceforth": from now on (what follows is still said of the body)
_FROM_NOW = r"(?:hereafter|henceforth|thereafter)"
_SHALL = re.compile(
    # (also after a phrase between commas: "shall, on behalf of the Council, be responsible for")
    # ("shall continue to serve in that capacity", "shall continue to include representation from": no act)
    # ("shall, until the expirations of their respective terms and without further action by the President, be")
    # ("The Secretary of Labor and the Secretary of Commerce shall each alternatively serve as chairman", EO 10918)
    r"\bshall\b(?!(?:\s*,[^,;]{1,160},)?\s+(?:(?:also|each|further|then|not|" + _FROM_NOW
    + r"|continue\s+to|alternately|alternatively|in\s+turn)\s+){0,2}(?:be|not|consist"
    # ("The Commission shall retain the power and duty of": kept, EO 11105; "shall refer to": what a term names, not
    # "the Secretary of State shall refer the matter to the Chairman", EO 11902)
    r"|comprise|replace|have|retain|mean|refer(?=\s+(?:only\s+)?to\b)"
    # ("The Director and Deputy Director shall receive such compensation ... as the President may specify", EO 11896:
    # what they are paid, no act)
    r"|receive\s+(?:such\s+)?(?:compensation|pay|(?:a\s+)?salary|allowances?)"
    r"|include(?!\s+in\s+(?:its|their|each|the)\s)|serve|terminate|(?:co-?)?chair|remain|participate\s+as\s+(?:a|an)\b"
    # ("shall act as Executive Director during the absence ... of the Executive Director", EO 12595; "the officers
    # ... shall act as Secretary in such order as the Secretary ... may prescribe", EO 11957: a succession; not "shall
    # act as the President's liaison with ...; encourage and assist ...", EO 11455, a role and its duties)
    r"|act\s+as\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,6}(?:during|in\s+(?:the\s+)?(?:absence|event|case|such\s+order)"
    r"|when|whenever|until|pending)\b"
    r"|cease\s+to\s+(?:exist|function)|expire"  # (sunsets: "The Board shall cease to exist when ...")
    r"|take\s+no\s+action"  # ("the Department of Justice shall take no action to enforce the Act", EO 14258)
    r"|continue\s+(?:as|in\s+office)\b)\b)"  # ("shall continue as the Special Assistant to the President for ...")
    # ("are hereby directed, in relation to the obligations under the Convention, to perform")
    r"|\b(?:is|are)\s+(?:hereby\s+)?(?:authorized\s+and\s+)?directed(?:\s*,[^,;]{1,160},)?\s+to\b"
)
# the subject's own verb, before a later "shall" ("The Secretary is hereby authorized to ... who ... shall render")
_MAIN_VERB = re.compile(r"\b(?:(?:is|are)\s+(?:hereby\s+)?(?:authorized|empowered|requested)|may)\b")
# the rest of a list of those who designate, after "by": "members designated by the Secretary of State, the Secretary
# of Agriculture, and the Secretary of Commerce", "determined jointly by the Chairman, the Commissioner of X, and ..."
_BY_LIST = re.compile(r"\bby\s+(?:the\s+)?(?:[A-Z][^,;:()]*?,\s*(?:and\s+|or\s+)?(?:the\s+)?)+$")
_DESIGNATED_AS = re.compile(
    r"\s+(?:is|are)\s+(?:hereby\s+)?designated\s+as\s+the\s+(?:agency|agencies|department|office|officer|official)"
    r"\s+(?:which|who|that)\s*$"
)
# a list item's marker before a sentence: "(a) ", "(iv) "
_MARKER = r"\s*(?:\([A-Za-z0-9]{1,5}\)\s*)?"
_PROHIBITED = re.compile(  # "Neither X, nor Y shall", "No officer shall" (not "No later than 30 days ...")
    _MARKER + r"(?:Neither\b.*\bnor\b|No\s+(?!later\b|sooner\b|earlier\b|more\b|less\b|fewer\b))",
    re.S,
)
# (past an opening phrase of whose request: "; and upon the request of the Secretary of the Interior, the Secretary of
# War shall take such action", EO 9548)
# (or after a proviso: "...: Provided, that before issuing a directive under this subsection, the Secretary shall
# provide the head ... an opportunity", EO 13496)
_SECOND_SUBJECT = re.compile(
    r"(?:[,;]\s+and\s+(?:(?:(?:up)?on|at)\s+the\s+(?:request|recommendation)\s+of\s+[^,;]{1,100},\s+)?"
    r"|[:;,]\s+[Pp]rovided,?\s+(?:(?:further|however),?\s+)?that\s+(?:[^,;]{1,100},\s+)?)"
    r"(?P<subject>(?:the\s+)?[A-Z][^,;()]{0,120}?)\s+shall\b(?!\s+not\b)")
# "...; and representatives of the Office of Management and Budget, ..., the United States Trade Representative":
# those an office sends are not the office (tests/gold/README.md)
_REPRESENTATIVES = re.compile(r"\brepresentatives?\s+(?:of|from|designated\s+by|named\s+by|appointed\s+by)\b[^;]*$")
_OBJECT_RELATIVE = re.compile(
    r"\s*(?:\([A-Za-z0-9]{1,4}\)\s*)?(?:any|such|each|all|every)\s+(?:[a-z][\w-]*\s+|[A-Z][a-z]+\s+){0,4}"
    r"(?:[a-z][\w-]*)\s+(?:that|which|whom|as)\s+(?:the\s+)?[A-Z][^;]*$"
)
# a line that ends a row of names (a capitalised word, not a wrapped "Assistant to\nthe President") and the line
# of a new sentence's subject after it
_ROW_THEN_SUBJECT = re.compile(r"\b[A-Z][\w'’-]*[ \t]*\n\s*(?=The\s+[^\n]*$)")
# "..., and (2) the Department of Justice": where the next clause's subject begins
_AND_NEXT_SUBJECT = re.compile(r"(?:,\s*|\s+)and\s+(?:\(\w{1,3}\)\s*)?(?=(?:the\s+)?[A-Z])")
# a name and nothing else, known or not: "the War shipping Administration", "the Secretary and the Administrator"
_NAME_ONLY = re.compile(
    r"\s*(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:of|and|for|on|the|[A-Za-z][\w'’-]*)){0,7}?\s+[A-Z][\w'’-]*[\s,]*"
)
# "to such other officer ... as the Secretary shall direct": the shall of a clause of comparison, not a subject's
# (also "as he shall deem appropriate", and an object clause: "at a price which the Secretary shall determine")
_AS_CLAUSE = re.compile(
    r"(?:(?<!such\s)(?<!well\s)(?<!to\s)(?<!known\s)\bas|\b(?:which|whom)(?=\s+(?:he|she|they|the)\b))\s+"
    r"(?:he|she|they|the\s+(?:said\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-Z][\w'’-]*)*)\s*$"
)
# a phrase between commas after "who": "who, in coordination with the U.S. Trade Representative, shall"
_WHO_ASIDE = r"(?:\s*,[^,;]{1,120},)?"
_RELATIVE = re.compile(r"(?:\bwho" + _WHO_ASIDE + r"|\bwhich|\bthat|,\s*as\s+appropriate\s*,?)\s*$")
# "..., who shall" after the office it is said of ("assigned to the U.S. Trade Representative, who shall conduct ...")
_WHO = re.compile(r",\s*who" + _WHO_ASIDE + r"\s*$")
_NOT_SUBJECT = re.compile(
    r"\b(?:through|in\s+consultation\s+with|in\s+coordination\s+with|assisted\s+by|with\s+the\s+assistance\s+of"
    r"|on\s+behalf\s+of|at\s+the\s+request\s+of|as\s+requested\s+by|with|and\s+with|by|of|(?<!limited\s)to|from|for|than"
    r"|in|within|on|at|under|among"
    r"|composing|comprising|constituting)\s+(?:the\s+)?$",  # ("The Federal agencies headed by the officers composing
    re.I,  # the Council shall furnish": the Council is no subject, EO 11017)
)
# words that open a subordinate clause ("unless the OMB Director provides otherwise", "when he shall deem")
_SUBORDINATOR = r"unless|if|when|whenever|before|after|until|upon|once|where|while|although|because"
# the phrase after a subject that names whom it consults, not who acts ("..., with the approval of the Secretary of
# Defense, and the Secretary of Transportation ... are directed to", EO 12754)
_CONSULTING = (
    r",\s*(?:in\s+(?:consultation|coordination|conjunction|cooperation)\s+with|(?:acting\s+)?through"
    r"|with\s+the\s+(?:assistance|advice|concurrence|support|approval)\s+of|assisted\s+by|(?:jointly|together)\s+with)\b"
)
_SUBORDINATE = re.compile(
    # a leading purpose or gerund phrase: "To improve ... the Office ..., the Secretary shall"; "In establishing
    # the Office, the Secretary shall consider"
    r"^" + _MARKER + r"(?:To\s+(?!the\s+extent)[a-z]+|In\s+[a-z]+ing)\b[^;]*?,(?=\s+(?:the|each|all|[A-Z]))"
    # ("...; provided that when the Department of Defense determines that the said areas are no longer required ...,
    # the use so reserved ... shall automatically terminate", EO 10121)
    r"|(?:^|[,;]\s*|\band\s+|\b[Pp]rovided,?\s+(?:(?:further|however),?\s+)?that\s+)(?:" + _SUBORDINATOR
    + r"|as\s+soon\s+as|to\s+the\s+extent|in\s+order\s+to|consistent\s+with|pursuant\s+to|except|subject\s+to"
    r"|in\s+the\s+absence\s+of"  # ("..., and in the absence of any contrary direction by the Director, the Secretary")
    r"|(?:not|no)\s+later\s+than|within|following)\b[^,;]*"
    # "..., in consultation with the Secretary of Defense and the Attorney General, shall": the whole phrase
    r"|" + _CONSULTING + r"[^,;]*",
    re.I,
)
# words quoted as a title or as another's text: 'entitled "Authorizing the Department of Defense ..."', "Except as to
# the provision which, as amended by ..., reads, The Secretary of the Navy shall ..."
_QUOTED_WORDS = re.compile(r"\"[^\"]*\"|“[^”]*”|\b(?:which|that)\b[^;]*?\breads?\s*[,:][^;]*")
_IN_CASE_OF = re.compile(_MARKER + r"In\s+(?:the\s+)?(?:case|event)\s+of\b")
# a condition with commas of its own before a subject named alone ("Whenever the Secretary finds that an act of
# Congress, clarification of existing law by the courts or the National Labor Relations Board, or other circumstances
# make ..., the Secretary promptly shall issue", EO 13496)
_CONDITION_FIRST = re.compile(_MARKER + r"(?:Whenever|When|If|Unless|Where)\b")
_CONSULTED = re.compile(_CONSULTING, re.I)
# "the President of the Senior Executives Association", "the President of the Export-Import Bank of the United
# States": the head of another body, not the President
_OF_ANOTHER_BODY = r"\s+of\s+(?:the\s+)?(?!United\s+States\b)[A-Z]"
_OTHER_PRESIDENT = rf"President(?={_OF_ANOTHER_BODY})"
# the title words of an office no gazetteer knows
_OFFICE_TITLE = (
    r"(?:Assistant|Counsel(?:l?or)?|Commander|Controller|Comptroller|Director|Administrator|Commissioner|Chair(?:man|person)?"
    r"|Secretary|Coordinator|Adviser|Advisor|Officer|Inspector\s+General|Archivist|Librarian|Register|Public\s+Printer"
    r"|Architect|Curator|Usher|Co-?[Cc]hair(?:man|person)?|" + _OTHER_PRESIDENT + ")"
)
# an official no gazetteer knows, named by title in a members list: "the Controller of the Office of Federal Financial
# Management", "the Special Assistant to the President for Consumer Affairs" (its id is its name, as a reader writes it)
_UNKNOWN_OFFICE = re.compile(
    # ("the Senior Advisor and Assistant to the President for Intergovernmental Affairs and Public Engagement": the
    # Assistant's office, as the gold files name it)
    r"[Tt]he\s+(?:Senior\s+Advisor\s+and\s+(?=Assistant\s+to\s+the\s+President\s+for\b))?"
    r"(?P<name>(?:(?:Special|Deputy|Associate|Assistant|Principal|Executive|Chief|General|Senior|Staff|Federal)\s+"
    # ("The Science Adviser to the President shall be the Executive Secretary of the Council", EO 11472)
    r"|[A-Z][a-z]+\s+(?=(?:Adviser|Advisor|Assistant|Counsel(?:l?or)?)\s+to\s+the\s+President\b))*"
    + _OFFICE_TITLE +
    r"(?:\s+(?:of|to|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*"
    r"(?:(?:\s+and(?!\s+(?:the|Chief|Director|Secretary|Administrator|Deputy|Assistant)\b))?\s+[A-Z][\w'’-]*)*)+"
    r"(?:,\s+AFL-CIO\b)?)"  # a union's affiliation is part of its name ("the President of the ..., AFL-CIO")
)
# an office with two titles, of which the second names it: "the Assistant to the President and Cabinet Secretary", "the
# Deputy Assistant to the President and Director of Intergovernmental Affairs" (the gold files' convention)
_FIRST_TITLE = r"(?:Deputy\s+)?Assistant\s+to\s+the\s+President\s+and\s+"
_SECOND_TITLE = re.compile(
    r"[Tt]he\s+" + _FIRST_TITLE + r"(?P<name>(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:" + _OFFICE_TITLE + r"|Chief\s+of\s+Staff)"
    r"(?:\s+(?:of|to|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:(?:\s+and)?\s+[A-Z][\w'’-]*)*)*)"
)
# an agency's head named by the agency's words before "Administrator": "the Housing and Home Finance Administrator"
_TITLE_BEFORE_ADMINISTRATOR = re.compile(
    r"\b[Tt]he\s+(?P<words>[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,5})\s+Administrator\b")
# from one member of a list to the next: "..., (2) the ...", "; and the ..."
_LIST_GAP = r"[\s,;]*(?:\(\w{1,4}\)\s*)?(?:(?:and|or)\s+)?(?:\(\w{1,4}\)\s*)?"
_LIST_STEP = re.compile(_LIST_GAP + r"(?=[Tt]he\s+[A-Z])")
# ... up to a member the gazetteer knows, the second title of an office with two included
_MEMBER_GAP = re.compile(_LIST_GAP + r"(?:the\s+)?(?:" + _FIRST_TITLE + r")?", re.I)
# the name of a unit or organisation, capitalised words with small words between them ("Office on Violence Against
# Women", "Directorate of Border and Transportation Security")
_UNIT_NAME = r"[A-Z][\w'’-]*(?:\s+(?:(?:and|of|on|for|the)\s+)*[A-Z][\w'’-]*)*"
# the unit an office runs, after its title: "... in charge of the White House Office of American Innovation"
_IN_CHARGE_OF = re.compile(r"\s+(?:in\s+charge\s+of|overseeing)\s+(?:the\s+)?" + _UNIT_NAME)
# an official named by title, then a comma and the organisation: "the Privacy Officer, Department of Homeland Security",
# "the Counsel for Intelligence Policy, Department of Justice" (a list of members that names each office so)
_TITLE_COMMA_ORG = re.compile(
    r"(?:[Tt]he\s+)?(?P<title>(?:[A-Z][\w'’-]*\s+){0,3}(?:" + _OFFICE_TITLE + r"|Attorney\s+General)"
    # a portfolio: "the Assistant Secretary (Terrorist Financing), Department of the Treasury"
    r"(?:\s+\([A-Z][\w'’ -]{0,40}\))?"
    r"(?:\s+(?:for|of|on|to)\s+(?:the\s+)?" + _UNIT_NAME + r")?),\s+(?:the\s+)?(?=[A-Z])"
)
# a unit no gazetteer knows named after an office's title and a comma: "the Director of the Office of Justice Services,
# Bureau of Indian Affairs, Department of the Interior" (the office of that unit)
_UNIT_AFTER_COMMA = re.compile(
    r"(?:the\s+)?(?P<unit>(?:Bureau|Directorate|Division|Office|Administration|Service)\s+(?:of|for|on)\s+(?:the\s+)?"
    + _UNIT_NAME + r")(?=\s*(?:[;,.]|$))"
)
# a list item that is an office's title alone, without "the" ("(xii) Federal Transition Coordinator;", "(v) Assistant to
# the President for Presidential Personnel;"); the second title of "Assistant to the President and Deputy Chief of Staff
# for Operations" names the office
_TITLE_ITEM = re.compile(
    r"(?!The\b|A\b|An\b)(?:" + _FIRST_TITLE + r")?"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|for|to|the|on|and)){0,11})"
    # ("(3) Assistant to the President for Policy Development or a full-time officer ... designated by that official;")
    r"(?=\s*(?:[;.]|,\s*(?:who|and)\b|,?\s+(?:and|or)\s*$|$)|,?\s+or\s+(?:a|an|his|her|their)\s)"
)
# a title with a word of its own besides rank and title words: "Federal Recycling Coordinator", not "Executive
# Director" or "Secretary" (a title an order defines for one office, which no subject alone names)
_NAMED_TITLE = re.compile(
    r"\b(?!(?:Special|Deputy|Associate|Assistant|Principal|Executive|Chief|General|Senior|Director|Administrator"
    r"|Secretary|Coordinator|Officer|Commissioner|Chair(?:man|person)?)\b)[A-Z][a-z]"
)
_TITLE_WORD = re.compile(r"\b(?:" + _OFFICE_TITLE + r"|Representative|Attorney|Chief|Surgeon|Envoy)\b")
_ESTABLISH = re.compile(
    r"\b(?:[Tt]here\s+(?:shall\s+be|[Ii]s|[Aa]re)\s+(?:hereby\s+)?(?:(?:re-?)?established|created(?:\s+and\s+established)?"
    r"|constituted)"
    # ("There is established pursuant to section 409 of the act the International Development Advisory Board", "there
    # is hereby established under the Chairmanship of the Secretary of State, a Cabinet Committee on ...")
    r"(?:\s+(?:pursuant\s+to|under)\s+(?:section|the)\s+[^,;]{1,80}?"
    # (not an office's title: "under the Chairmanship of the Secretary of State," is not the name)
    r"(?=(?:\s+|\s*,\s*)(?:the|an?)\s+(?!(?:[A-Z][\w'’-]*\s+)?" + _TITLE_WORD.pattern + r")[A-Z]))?"
    # ("There shall be in the Department of State an Office of Freely Associated State Affairs")
    r"|[Tt]here\s+shall\s+be(?=\s+(?:with)?in\s+(?:the\s+)?[A-Z][^,;]{3,80}?\s+an?\s+(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:Office|Council|Board|Committee|Commission|Task\s+Force|Working\s+Group)\b)"
    # ("There shall be a USA Freedom Corps Council (Council) chaired by the President", EO 13254)
    r"|[Tt]here\s+shall\s+be(?=\s+an?\s+(?:[A-Z][\w'’-]*\s+){1,5}(?:Council|Board|Committee|Commission|Task\s+Force"
    r"|Working\s+Group)\s+\()"
    r"|(?:I|[Ww]e)\s+(?:will|hereby)\s+(?:re-?)?establish|shall\s+(?:immediately\s+|promptly\s+)?(?:re-?)?establish"
    # ("I hereby create an Industrial Emergency Committee, which shall be composed of:", "I hereby appoint a Special
    # Board for Public Works consisting of the following:": a body the President makes by naming it)
    r"|I\s+hereby\s+(?:create|constitute|appoint)(?=\s+an?\s+(?:[A-Z][\w'’-]*\s+){1,6}(?:Board|Committee|Commission|Council|Panel)\b)"
    r"|(?:is|are)\s+hereby\s+established"
    r"|hereby\s+(?:re-?)?establish(?:es)?)(?:\s+|\s*,\s*)"
)
# a portfolio in parentheses after a title: "the Assistant Attorney General (Civil Rights Division);"
_PORTFOLIO = re.compile(r"\s*\((?P<portfolio>[A-Z][\w'’ -]{2,60})\)\s*(?=[;,.]|$|\s+(?:and|who)\b)")
# an official's field after the title: "the Deputy Director for Management of OMB"
_FIELD = r"\s+for\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3}"
_FOR_FIELD = rf"(?:{_FIELD})?"
_OFFICIAL_OF = re.compile(
    r"\b(?:Director|Administrator|Secretary|Head|[Hh]eads?|Chair(?:man|person)?|Co-Chairs?|Vice\s+Chair|Commissioner"
    r"|Deputy|Officer|Counsel|Inspector\s+General|[Mm]embers?|[Ss]taff|[Ee]mployees|[Oo]fficials?|[Oo]fficers?"
    r"|[Rr]epresentatives?|[Dd]esignees?|Executive\s+Director|Controller|Comptroller|Treasurer|Archivist|Architect|President)"
    rf"{_FOR_FIELD}\s+of\s+(?:the\s+)?$"
)
_LEADING_PHRASE = re.compile(  # a phrase before the name of an established body (its commas, a Code cite's too)
    r"^(?:as\s+(?:a|an|the)|in\s+accord(?:ance)?\s+with|pursuant\s+to|consistent\s+with|subject\s+to|under|effective)\b"
    r"(?:[^,]|,\s*United\s+States\s+Code\b|,\s*as\s+amended\b){1,140},\s*"
)
_NAMED_AS = re.compile(  # ("a temporary organization", "a new and independent agency", "an interdepartmental board")
    r"(?:an?\s+)?(?:(?:temporary|permanent|new|separate|interagency|inter-agency|interdepartmental|independent"
    r"|civilian|special|presidential|advisory|federal)\s+(?:and\s+)?){0,3}"
    r"(office|body|entity|council|(?:sub-?)?committee|board|commission|task\s+force|working\s+group|program|center"
    r"|initiative|team|group|organi[sz]ation|agency|unit|panel|conference)"
    # ("a board of 9 members, which shall be known as the Presidential Clemency Board", EO 11803)
    r"(?:\s+of\s+(?:[a-z]+|\d+)(?:\s+members)?)?"
    # ("I hereby establish an agency within the Government to be known as the National Resources Committee")
    r"(?:\s+within\s+the\s+(?:Government|Executive\s+Branch)(?:\s+of\s+the\s+United\s+States)?"
    # ("an agency within the Department of the Interior to be known as the ...": where it sits, a body)
    r"|\s+(?:with)?in\s+(?P<place>the\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z][\w'’-]*|of|the|and|for))*))?"
    # "to be known as", "which shall be known as", "known as"
    # ('a Board, to be known as the "National Steel Labor Relations Board"', EO 6751)
    r"(?:\s*,?\s*(?:which|that)\s+(?:shall|will|is\s+to)\s+be\s+|,?\s+to\s+be\s+|\s+)"
    # ('a committee which shall be known as "the Committee on National Land Problems."', 'a Presidential advisory
    # committee entitled the “President's Board of Advisors on ...”', EO 13256)
    r"(?:named|called|entitled|known\s+as|designated\s+as)\s+(?:the\s+)?[\"“]?",
    re.I,
)
_NEW_SECTION = re.compile(
    rf"^[^;]*?\band\s+a\s+new\s+(?:sub)?section\s+({PIN})\s+is\s+(?:hereby\s+)?added\b"
)
# "A new section 6 is added to Executive Order 13088 to read as follows:", "New sections 7 and 8 are added to
# Executive Order 13219 to read as follows:"
_ADDED_TO = re.compile(
    # (also "A new Section 4-207 is added to Executive Order No 12148", EO 12381)
    rf"\b(?:[Aa]\s+new\s+(?:[Ss]ub)?[Ss]ection\s+(?P<one>{PIN})\s+is|[Nn]ew\s+(?:[Ss]ub)?[Ss]ections\s+"
    rf"(?P<list>{PIN}(?:,?\s+(?:and\s+)?{PIN}){{1,8}})\s+are)\s+(?:hereby\s+)?added\s+to\s+(?=Executive\s+Order)"
)
_INCLUDE_AS_MEMBER = re.compile(
    r"\binclude\s+(?P<who>(?:the\s+)?[A-Z][^;:]{2,160}?)\s+as\s+(?:a\s+)?members?\s+of\s+(?:the\s+)?"
)
_NOT_A_VERB = r"(?!(?:the|its|a|an|his|her|their|all|any|each|such|shall|be|serve|have|vice|co|members?|ex)\b)"
_CHAIR_AND_ACT = re.compile(
    r"\bshall\s+(?:co-?)?chair\s+[^.;]*?\band\s+" + _NOT_A_VERB + r"[a-z]+\b"
    # "The Deputy Secretary of the Interior shall serve as Chair of the Working Group and coordinate its work" (a verb
    # with its object, not more words of a title: "shall be Chairman of the Board and executive officer")
    r"|\bshall\s+(?:serve\s+as|be)\s+(?:the\s+)?(?:[Cc]o-?)?[Cc]hair(?:man|person)?\s+of\s+[^.;]*?\band\s+"
    + _NOT_A_VERB + r"[a-z]+\s+(?:the|its|their|all|such|any)\b"
)
# "the Directors of the Office of Management and Budget and the Office of Personnel Management"
_PLURAL_TITLE = re.compile(
    r"\b[Tt]he\s+(Directors|Administrators|Secretaries|Chairmen|Chairpersons|Chairs|Heads)\s+of\s+(?:the\s+)?"
)
_SINGULAR = {"Directors": "Director", "Administrators": "Administrator", "Secretaries": "Secretary",
             "Chairmen": "Chairman", "Chairpersons": "Chairperson", "Chairs": "Chair", "Heads": "Head"}
# the head of an organisation: "the Director of", "the Chairman of the"
_HEAD_TITLE = re.compile(
    r"(?:^|(?<=\s))(?P<title>(?:Director|Administrator|Commissioner|Chair(?:man|person)?|Secretary|Executive\s+Director"
    rf"|Controller|Comptroller|Special\s+Counsel|General\s+Counsel|Inspector\s+General|Treasurer|Archivist"
    # ("the Chief Executive Officer of the Corporation for National and Community Service", EO 13254, EO 13331)
    rf"|(?:Chief\s+)?Architect|Chief\s+Executive\s+Officer|Chief\s+Counsel){_FOR_FIELD}|President)"
    r"(?:\s+of\s+(?:the\s+)?|,\s+)$"
)
# "(11) The Chairman, Council of Economic Advisers": a head's title set off from the organisation by a comma
# (also an item without the article: "(5) Inspector General, Department of Energy;")
_HEAD_WORD = (r"(?:Director|Administrator|Commissioner|Chair(?:man|person)?|Secretary|Executive\s+Director"
              r"|Inspector\s+General)")
_HEAD_COMMA = re.compile(r"(?:\b[Tt]he\s+|(?:^|\(\w{1,4}\)|[;:])\s*(?:Deputy\s+)?)" + _HEAD_WORD + r",\s+$")
# ... and the same title written "of": "Inspector General, Veterans Administration" is its Inspector General
_HEAD_COMMA_OF = re.compile(r"^((?:Deputy\s+)?" + _HEAD_WORD + r"),\s+")
_HEAD_COMMA_END = re.compile(r"\s*(?:[.;,)]|and\b|$)")  # (not "the Chair, Task Force 250 shall include")
# a unit whose name begins with its parent's: "GSA Public Building Service", "Treasury Financial Management Service"
_UNIT_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:Service|Administration|Bureau|Agency|Division|Corps)\b(?!\s+(?:of|for|on)\b)"
)
_OFFICIAL_AFTER = re.compile(r"^\s+(?:Director|Administrator|Chair(?:man)?|Commissioner|Secretary)\b")

# "there are hereby revoked (a) section 17 of ...": a verb of revocation whose orders come after it (active)
_THERE_REVOKED = r"\b[Tt]here\s+(?:is|are)\s+hereby\s+(?:revoked|rescinded)\b"
_REVOKE = re.compile(
    # ("Executive Order No. 11960 is therefore revoked")
    r"\b(?:is|are)\s+(?:hereby\s+|therefore\s+)?(?:also\s+)?(?:superseded\s+and\s+)?(?:revoked|rescinded)\b"
    r"|" + _THERE_REVOKED  # ("there are hereby revoked (a) section 17 of EO No. 1888")
    # ("EO No. 6096 ... is hereby canceled as of the date thereof"; "EO No. 11930 ..., which established the Federal
    # Energy Office, is, consistent with the Federal Energy Administration Act Amendments of 1976, hereby revoked")
    + r"|\b(?:is|are)\s+hereby\s+cancell?ed\b|\b(?:is|are)\s*,[^,;]{3,200},\s*hereby\s+(?:revoked|rescinded)\b"
    r"|\bbe,?\s+and\s+(?:it|they|the\s+same)\s+(?:(?:is|are)\s+hereby|hereby\s+(?:is|are)),?\s+(?:revoked|rescinded)\b"
    r"|\bhereby\s+(?:revoke|rescind)s?\b|\brevokes\b|\bam\s+(?:hereby\s+)?revoking\b"
    # "I hereby terminate the national emergency declared in EO 13348, revoke that order, and further order:"
    r"|(?:\band|,)\s+revoke\b(?=\s+(?:that|those|the\s+said|such|Executive|E\.O\.|EO|[Ss]ections?)\b)"
)
# an Act, not this order, supersedes: "The provisions of the act, in effect, supersede and replace the ... procedures
# set forth in Executive Order No. 11671" (EO 11686's recital)
_ACT_SUBJECT = re.compile(r"\b(?:the|said|that)\s+[Aa]ct(?:\s*,[^,;]{1,30},)?\s+$")
_SAVINGS = re.compile(r"\b[Nn]othing\s+(?:in|contained\s+in)\s+this\s+(?:order|section)\b")
_SAVINGS_VERBS = re.compile(r"\s*,\s*(?:impede|impair|limit)\b|\s+or\s+otherwise\s+affect\b")
_SUPERSEDE = re.compile(
    r"\b(?:is|are)\s+(?:hereby\s+)?(?:replaced\s+and\s+)?superseded\b(?!\s+and\s+revoked)"
    # ("Executive Order No. 12587 shall be superseded on the effective date of this Executive Order")
    # ("... shall be superseded by the provision of this order as of the date set out in the paragraph numbered 1")
    r"|\bshall\s+be\s+superseded\s+(?:by\s+(?:the\s+)?provisions?\s+of\s+this\s+order\s+)?"
    r"(?=(?:on|as\s+of|effective|upon)\b)"
    # not "Nothing in this order shall be construed to supersede ...", "does not supersede"
    r"|(?<!\bto\s)(?<!\bnot\s)\b(?:hereby\s+)?supersedes?\b(?!\s+(?:any|all|or)\b)"
)
_AMEND = re.compile(
    r"\b(?:is|are|shall\s+be)\s+(?:hereby\s+)?(?:further\s+)?(?:amended|revised|modified)\b"
    r"|\b(?:is|are)\s+(?:hereby\s+)?renumbered\b"
    # "it is ordered that section 2 of Executive Order No. 10296 ... be, and it is hereby, amended to read"
    r"|\bbe,?\s+and\s+(?:it|they|the\s+same)\s+(?:(?:is|are)\s+hereby|hereby\s+(?:is|are)),?\s+(?:further\s+)?amended\b"
    r"|\b(?:is|are)\s+(?:hereby\s+)?(?:deleted|struck|stricken|redesignated)\b"
    r"|\b(?:is|are)\s+(?:hereby\s+)?replaced\s+with\s+new\b|\bhereby\s+(?:further\s+)?amends?\b"
    r"|(?<=[Oo]rder\s)amends\b"  # ("This Executive Order amends Executive Order Nos. 11490, 12148, and 12241")
)
# "it is ordered that Executive Order No. 10717 of June 27, 1957, be amended by substituting ..." (not "may be
# amended", "shall be deemed to be amended")
_BE_AMENDED = re.compile(r"(?<![Mm]ay\s)(?<!to\s)(?<!not\s)(?<!should\s)(?<!will\s)(?<!would\s)(?<!can\s)"
                         r"\bbe\s+(?:further\s+)?amended\b")
_ORDERED_THAT = re.compile(
    r"\b(?:ordered|directed|prescribed)\s*,?\s+that\s+(?:the\s+)?(?:Executive\s+Orders?|(?:[Ss]ub)?[Ss]ections?|[Pp]aragraphs?"
    r"|[Pp]arts?)\b"
)
_BARE_SUBJECT = re.compile(  # "Section 3(a) is amended" at the start of a sentence or line, no order named
    # (and in older orders, whose sections were numbered paragraphs, "Paragraph 1 is amended")
    # ("(b) The text of section 4(b) is revised to read as follows:", EO 13378)
    rf"(?:^|[:;.\n])\s*(?:[Tt]he\s+text\s+of\s+)?(?:(?:[Ss]ub)?[Ss]ections?|[Ss]ec\.|[Pp]aragraphs?(?=\s+\d))\s+({SEC_LIST})"
    r"\s*(?:,\s*as\s+amended\s*,?\s*)?"
    # ("Section 6-601, the second sentence, is amended by deleting ...", EO 13296: a sentence of the section)
    r"(?:,\s*the\s+(?:first|second|third|fourth|fifth|sixth|last|final)\s+(?:sentence|paragraph)\s*,?\s*)?$"
)
# 'the act entitled "An Act to authorize ... and for other purposes."' (an Act named by its long title)
_LONG_TITLE = re.compile(  # (also dated: 'the act of August 26, 1950, entitled "An Act To protect ..."', EO 10237)
    # (and 'the act of Congress entitled "An Act to unify, consolidate, revise, and codify the Articles of War ..."',
    # EO 10190)
    rf"\b[Aa]ct(?:\s+of\s+Congress)?(?:\s+(?:of|approved)\s+{DATE}(?:\s*\([^()]{{1,80}}\))?)?,?\s+entitled,?\s+"
    r"[\"“](?P<title>A[Nn]\s+A[Cc][Tt]\s[^\"“”]{5,600}?)[\"”]"
)
# ('Section 101(d) of the Joint Resolution "Making further continuing appropriations for the fiscal year 1984" (Public
# Law 98-151)', EO 12453): a joint resolution named by its title
_RESOLUTION_TITLE = re.compile(
    rf"\b[Jj]oint\s+[Rr]esolution(?:\s+(?:of|approved)\s+{DATE})?,?\s+(?:entitled,?\s+)?"
    r"[\"“](?P<title>(?:Making|To|Authorizing|Providing|Relating)\s[^\"“”]{5,600}?)[\"”]"
)
_AS_FOLLOWS = re.compile(r"\bas\s+follows\s*:$")
_ALSO_KNOWN_AS = re.compile(r",?\s*\(?(?:also|commonly|popularly|otherwise)\s+(?:known|cited|referred\s+to)\s+as\s+"
                            r"(?:the\s+)?[“\"]?$")
_SUB_THEREOF = re.compile(
    r"(?:^|[:;.\n])\s*(?:\(?\w{1,4}[.)]\s*)?(?:[Tt]he\s+(?:first|second|third|last|final)\s+(?:sentence|paragraph)\s+of\s+)?"
    r"(?:[Ss]ub)?(?:section|paragraph)\s+\(([A-Za-z0-9]{1,4})\)\s+thereof\s*$"
)
_PREAMBLE_PLACE = re.compile(
    r"\b(?:deleting|striking|revising|amending)\s+the\s+preamble\b|\b[Tt]he\s+introductory\s+paragraph\b(?!\s+of\s+[Ss]ection)"
    r"|\b[Tt]he\s+paragraph\s+preceding\s+[Ss]ection\s+1\b"
)
_TO_READ_AS_FOLLOWS = re.compile(r"\bto\s+read\s+as\s+follows\s*:$")
# Under "EO N ... is hereby further amended as follows:", items that name a place of that order without
# naming the order: "Part 9 is amended as follows:", "Paragraph (5) of subsection 2(b) is amended to read:"
_PLACE_SUBJECT = re.compile(
    # ("Paragraphs (4) and (5) of section 6(a) are amended", "Paragraph (2 ) of section 10 (b)", EO 11838)
    rf"(?:^|[:;.\n])\s*(?:(?:[Ss]ub)?(?:[Pp]aragraph|[Ss]ection)s?\s+\(\s?(?P<para>[A-Za-z0-9]{{1,5}})\s?\)"
    rf"(?:\s+and\s+\(\s?(?P<para2>[A-Za-z0-9]{{1,5}})\s?\))?\s+of\s+(?:[Ss]ub)?[Ss]ection\s+"
    # ("Part 3 (Field Ration) is amended-", EO 11032: the Part's heading after its number)
    rf"(?P<sec>{PIN})|[Pp]art\s+(?P<part>\d+[A-Za-z]?)(?:\s+\([A-Z][^()]{{0,60}}\))?"
    # "2. The first paragraph of section 5 is amended by deleting ...": a place in section 5
    # ("1. The first proviso of section 5 is deleted.", EO 11733)
    rf"|[Tt]he\s+(?:first|second|third|fourth|fifth|last|final)\s+(?:paragraph|sentence|proviso|clause)\s+of\s+[Ss]ection\s+"
    rf"(?P<within>{PIN}))"
    r"\s*(?:,\s*as\s+amended\s*,?\s*)?$"
)
# ... "The 'Table of Contents' is amended as follows:", "The title is amended": the order itself; "The title of the
# Order and Section 1(a) are amended": the order itself and the places named after "and"
_WHOLE_SUBJECT = re.compile(  # (and "The second paragraph is amended to read": an unnumbered part, EO 12633)
    r"(?:^|[:;.\n])\s*[Tt]he\s+[\"“']?(?:[Tt]able\s+of\s+[Cc]ontents|[Tt]itle"
    r"|(?:first|second|third|fourth|fifth|last|final|introductory)\s+(?:paragraph|sentence))[\"”']?"
    r"(?:\s+of\s+(?:the|that|such|said)\s+[Oo]rder)?\s*(?:$|(?P<also>and\s))"
)
# ... and the items that add or replace a part in the imperative or as a new part: "Amend Part 14 to read as
# follows:", "A new Section 204 is added as follows:", "Add a new part after Part 14 as follows: "Part 14A-..."
_ADDED_PLACE = re.compile(
    # "1. The following new subsection 11 is added to Section A at the end thereof:" (EO 10023): the section added to
    # (its number also left to the quotation: "SEC. 2. The following new subsection is added to Section 5:", EO 11945)
    r"^\s*(?:(?:\(?\w{1,4}[.)]\s*)?(?:The\s+following\s+|A\s+)?new\s+(?:[Ss]ub)?(?:[Ss]ection|[Pp]aragraph)"
    r"(?:\s+\(?\w{1,5}\)?)?\s+is\s+(?:hereby\s+)?added\s+to\s+(?:[Ss]ub)?(?:[Ss]ection|[Pp]art)\s+(?P<to>[A-Z]|\d[\w.-]{0,8}?)(?=[\s,:])"
    # "A new section is inserted after section 1-214 as follows:" (EO 12693), its number only inside the quotation: the
    # order itself (tests/gold/README.md, heldout31 EO 13376)
    r"|(?:\(\w{1,4}\)\s*)?A\s+new\s+(?:[Ss]ection|[Pp]aragraph|[Pp]art)\s+is\s+(?:hereby\s+)?(?P<unnumbered>inserted|added)\b"
    r"(?!\s+to\s+(?:Executive|E\.\s?O\.|EO\b))[^:]{0,80}\bas\s+follows\s*:"
    # "2. The following subsection is added at the end thereof:" under "Section 14 of EO 10450 ... is hereby amended as
    # follows:" (EO 10550): the place the chapeau names
    r"|(?:\(?\w{1,4}[.)]\s*)?(?P<thereof>The\s+following\s+(?:new\s+)?(?:sub)?(?:section|paragraph)s?\s+(?:is|are)\s+"
    r"(?:hereby\s+)?added\s+at\s+the\s+end\s+thereof)\b"
    r"|(?:A\s+)?new\s+(?:[Ss]ection|[Pp]art|[Ss]ec\.)\s+(?P<new>\d+[A-Za-z]?)\s+is\s+(?:hereby\s+)?added\b"
    r"(?!\s+to\s+(?:Executive|E\.\s?O\.|EO\b))"
    r"|(?:[Bb]y\s+amending|Amend)\s+(?:[Ss]ection|[Pp]art)\s+(?P<amend>\d+[A-Za-z]?)\s+to\s+read\b"
    # "4. There is added to the order at the end thereof the following section 5:" (EO 10732)
    r"|There\s+is\s+(?:hereby\s+)?added\s+to\s+(?:the|said|that)\s+order\b[^:;.]{0,40}?\b[Ss]ection\s+(?P<there>\d+[A-Za-z]?)\b"
    # "2. By adding at the end thereof a new section 12 reading as follows:"
    r"|[Bb]y\s+adding\s+(?:at\s+the\s+end\s+thereof\s+)?(?:a\s+)?new\s+(?:[Ss]ection|[Pp]art)\s+(?P<added>\d+[A-Za-z]?)"
    r"\s+(?:reading|to\s+read|as\s+follows)\b"
    r"|Add\s+(?:a\s+)?new\s+(?:[Ss]ection|[Pp]art)\s+(?:(?P<numbered>\d+[A-Za-z]?)\s+)?(?:after|following)\s+"
    r"(?:[Ss]ection|[Pp]art)\s+\d+[A-Za-z]?\s+(?:as\s+follows|to\s+read)\b"
    # "SEC. 2. In section 205, delete "..." and substitute therefor "..."" (a section's first words only)
    rf"|(?:At\s+the\s+end\s+of|In)\s+(?:[Ss]ection|[Pp]art)\s+(?P<at>{PIN}),?\s+(?:add|insert|delete|strike)\b)"
)
# "(e) Sections 12 and 13 are redesignated as sections "13" and "14", respectively, and the following new section is
# added:" (EO 11120): a new section numbered only inside its quotation, after the item's other amendment
_AND_NEW_UNNUMBERED = re.compile(
    # (from the word "and": a leading ",?\s+" tried at every blank of a long run is quadratic)
    r"\band\s+the\s+following\s+new\s+(?:section|paragraph|part)\s+is\s+(?:hereby\s+)?(?P<unnumbered>added|inserted)"
    r"\s*:"
)
_WHICH_WERE_RENUMBERED = re.compile(
    r"[^,;]{0,60}?,?\s+which\s+(?:were|was|have\s+been|has\s+been)\s+(?:redesignated|renumbered)\s+as\s+[Ss]ection\s+(\d+)\b")
_SUBSTITUTED = re.compile(
    r"^[^;]*?\band\s+the\s+following\s+(?:new\s+)?(?:sub)?(?:section|paragraph)\s+is\s+(?:hereby\s+)?substituted\s+therefor\b"
)
_QUOTED_NUMBER = re.compile(r"^\s*(?:as\s+follows)?\s*:?\s*[\"“]\s*(?:[Pp]art|[Ss]ection|[Ss]ec\.)\s+(\d+[A-Za-z]?)\b")
_NEW_PART = re.compile(
    r"\s*by\s+adding\s+(?:thereto\s+|at\s+the\s+end\s+thereof\s+)?(?:the\s+following\s+)?(?:a\s+)?new\s+(?:[Pp]art|[Ss]ection)"
    r"(?:\s+at\s+the\s+end\s+thereof)?\s*:\s*[\"“]\s*(?:PART|Part|SECTION|Section|SEC\.|Sec\.)\s+(?P<n>\d+[A-Za-z]?|[IVXLC]+)\b"
)
_I_DIRECT = re.compile(  # (also "this order directs the Secretaries of Defense, ..., and Homeland Security to expand")
    r"\b(?:I\s+(?:do\s+)?hereby\s+(?:authorize\s+and\s+)?direct|[Tt]his\s+order\s+directs)\s+(?:the\s+)?"
)
_IN_PART_BY = re.compile(r"\s*,?\s*(?:and\s+)?in\s+part\s+by\s+")  # "..., in part by EO B"
_FOLLOWING_ORDERS = re.compile(r"\b[Tt]he\s+following(?:-described)?\s+Executive\s+[Oo]rders\b")
_OF_EACH = re.compile(rf"\s*(?:[Ss]ub)?[Ss]ection\s+({PIN})\s+of\s+each\s+of\s+the\s+following\b")
# "the following amendments of the Selective Service Regulations prescribed by Executive Orders No. 9979 ..."
_REGULATIONS_OF = re.compile(
    r"\bamendments?\s+(?:of|to)\s+(?:the\s+)?[A-Z][\w ]{2,60}?Regulations,?\s+"
    r"(?:as\s+)?prescribed\s+(?:in\s+part\s+)?by\s+(?=Executive\s+Orders?\b)"
)
_INSOFAR = r"[Ii]n\s*so\s*far\s+as"  # "insofar as", "in so far as"
_PARTIAL = re.compile(
    r"\bto\s+the\s+extent\b|\bin\s+part\b|\bpartially\b|\bso\s+far\s+as\b|\b" + _INSOFAR + r"\b"
    # "... is hereby revoked as to the following-described tract of public land in California:" (some lands)
    r"|^\s*,?\s*as\s+to\s+(?!all\b)"
    # "... supersede conflicting provisions in any previous Executive Orders"
    r"|^\s*(?:any\s+|all\s+)?(?:the\s+)?(?:conflicting|inconsistent)\s+provisions\b"
    # "... are revoked except that each shall be considered to remain in effect with respect to any employee ...":
    # a saving that keeps each in force in part (the disposition tables: "Revokes in part", EO 10804)
    r"|^\s*,?\s*except\s+that\s+(?:each|it|they|such\s+orders?)\s+shall\s+(?:be\s+(?:considered|deemed)\s+to\s+)?"
    r"(?:remain|continue)\s+in\s+(?:effect|force)\b"
    # "is superseded except with respect to members of the Ready Reserve ...", "is superseded, except as provided in
    # section 5 of this order" (EO 11366, EO 13318): some of it stays (not "except that this revocation shall not
    # affect any violation", a saving of what was done under it)
    r"|^\s*,?\s*except\s+(?:with\s+respect\s+to|as\s+(?:hereinafter\s+|otherwise\s+)?provided|" + _INSOFAR +
    r"|to\s+the\s+extent|for\s+the\s+purposes?\s+of)\b"
)
# a qualifier that opens the sentence: "Except with respect to the positions enumerated in section 2 of this order,
# Executive Order No. 11248 ... is hereby revoked" (EO 11708), "As it relates to project agreements, Executive Order
# 12836 ... is revoked" (EO 13202)
_LEADING_QUALIFIER = re.compile(
    r"^\s*(?:\(\w{1,4}\)\s*)?(?:Except\s+(?:with\s+respect\s+to|as\s+(?:to|provided\s+in))|As\s+(?:it\s+)?(?:relates|pertains"
    # ("To the extent that they pertain to the islands of Tinian and Saipan, the provisions of EO No. 10265 ...")
    r"|applies)\s+to|To\s+the\s+extent\s+(?:that\s+)?(?:it|they)\s+(?:pertains?|relates?|appl(?:y|ies))\s+to|"
    # ("To the extent that the International Convention ..., 1974, replaces ... the ... Convention ..., 1960, this Order
    # supersedes EO No. 11239", EO 12234; not "To the extent permitted by law")
    # (nor "To the extent that they have not heretofore been revoked ..., EOs ... are hereby revoked", EO 10697)
    r"To\s+the\s+extent\s+that\s+(?!(?:is\s+)?(?:permitted|consistent|practicable|possible|appropriate|feasible)\b"
    r"|(?:they|it)\s+(?:have|has)\s+not\b)|"
    + _INSOFAR + r")\b[^;]*?,\s*"
)
# an exception in parentheses after one order of a list: "Executive Order No. 11227 of June 2, 1965 (except for the
# purpose referred to in section 2 hereof), and Executive Order No. 11277 ... are hereby revoked" (EO 11718)
_EXCEPT_IN_PARENS = re.compile(r"\((?:except|other\s+than)\b[^()]*\)")
# a list whose items are parts of orders: "All provisions relating to export control that are contained in the
# following ... are hereby superseded:"
_PARTS_OF_LISTED = re.compile(  # (not "Subject to the foregoing provisions of this section, the following are ...")
    r"\b(?<!foregoing\s)(?:provisions|portions?|parts?|so\s+much)\b[^:]*?\b(?:contained\s+in|of|in)\s+the\s+following\b"
)
_INCONSISTENT = re.compile(  # (also "revoked insofar as they are in conflict with the provisions of this order")
    r"\b(?:to\s+the\s+extent|" + _INSOFAR + r"|so\s+far\s+as)\b[^.;]*?\b(?:inconsistent|conflicts?|in\s+conflict)\b"
)
_EXCEPT = re.compile(
    r"[\s,]*(?:except|other\s+than|with\s+the\s+exception\s+of)\s+(?:for\s+)?(?:[Ss]ections?|[Ss]ecs?\.|§§?)\s+"
    rf"({SEC_LIST})"
)
_CLASS_QUALIFIER = re.compile(
    r"\b(?:[Aa]ll|[Aa]ny)\s+(?:(?:other|prior|previous|earlier|existing)\s+)*(?:[Ee]xecutive\s+)?[Oo]rders\b\s+"
    r"(?:" + _INSOFAR + r"|to\s+the\s+extent\s+that|which|that)\b[^;,]*$"
)
_EXCEPT_GAP = re.compile(_EXCEPT.pattern + r"(?=\s*,)")
# "all prior Executive orders (including Executive Order No. 10773 ..., as amended, and Executive Order No. 10902 of
# ...) are hereby superseded to the extent that ...": the class is the subject, and the orders it names act with it
_CLASS_INCLUDING = re.compile(
    r"\b(?:[Aa]ll|[Aa]ny)\s+(?:(?:other|prior|previous|earlier|existing)\s+)*(?:[Ee]xecutive\s+)?[Oo]rders\s*"
    r"\(\s*(?:including|such\s+as)\s+(?:but\s+not\s+limited\s+to\s+)?(?P<inside>[^()]*(?:\([^()]*\)[^()]*)*)\)"
    r"\s*,?\s*$"
)
_ANAPHOR = re.compile(
    # (also "... amends EO A, B, and C, and the same are hereby superseded")
    r"(?:^|[,;]\s*|\band\s+|\bprovisions\s+of\s+)(?:(?:those|these|that|the\s+(?:said|same))\s+"
    r"(?:[Ee]xecutive\s+)?[Oo]rders?\s*(?:,\s*as\s+amended\s*,?\s*)?|the\s+same\s+)$"
)
# a relative clause between two members of a list: ", who shall be the Chairman of the Council," (the comma kept)
# (also before the rest of the list: ", who shall be its chairman, and the following other members: the ...", ", who
# shall also be the Chairman of the Council, and of the following-named officers, or their ...: the ...")
_MEMBER_ASIDE = re.compile(  # (", who is hereby designated as the Chairman of the Commission,")
    r"(,?)\s*\bwho\s+(?:shall\s+(?:also\s+)?(?:be|serve\s+as)|is\s+hereby\s+designated(?:\s+as)?)\s+[^,;:()]{1,90}?"
    r"(?=,\s*(?:\(\w{1,4}\)\s*)?(?:and\s+)?(?:of\s+)?(?:\(\w{1,4}\)\s*)?the\s+(?:[A-Z]|following\b))")
# what only a body does, right after its name: "... established by section 9 of EO 11627", "... is hereby continued",
# "... shall hereafter be composed of"
_BODY_PREDICATE = re.compile(
    r"\s*,?\s*(?:(?:established|created)\s+(?:by|under|pursuant\s+to)\b|(?:is|are)\s+(?:hereby\s+)?continued\b"
    r"|shall\s+(?:" + _FROM_NOW + r"\s+|continue\s+to\s+)?(?:be\s+(?:composed|comprised)\s+of|consist\s+of)\b"
    # "The President's Cabinet Textile Advisory Committee, consisting of the Secretaries of State, ..., shall ..."
    r"|,\s*consisting\s+(?:exclusively\s+)?of\s+the\s+(?:Secretar|Attorney|Director|Administrator|Chair|Vice\s+President)"
    # "The President's Committee on Consumer Interests shall: (1) ..." (a chapeau of the body's functions)
    r"|shall\s*:)"
)
_BODY_OFFICIAL = re.compile(
    r"(?:Vice\s+|Deputy\s+|Assistant\s+|Under\s+)?(?:Chair(?:man|person)?|Director|Secretary|Administrator|Head|Members?"
    r"|Commissioner|President|Chief|Inspector\s+General|Executive\s+Director)s?\s+of\b"
)
# a term the order defines as an office or body: "“the Secretary” shall refer to the Secretary of Homeland Security",
# "\"Board\" means the Federal Synthetic Board"
_DEFINED_TERM = re.compile(
    r"[“\"](?:[Tt]he\s+)?(?P<short>[A-Z][\w -]{1,40}?)[”\"]\s+"
    r"(?:shall\s+(?:mean|refer\s+to)|means|refers\s+to)\s+(?=the\s+[A-Z])"
)
# where a list of members begins ("... shall be composed of the Chairman of the CEA, who shall serve as Chairman")
_MEMBERS_FROM = re.compile(
    r"\b(?:by|include|including|following|comprise|(?:composed|comprised|consist(?:ing)?)\s+of)\b|:"
)
# what a name modifies when it ends a subject ("The White House OFBCI operations", "the Council staff")
_BODY_AS_MODIFIER = re.compile(r"\s+(?:operations|staff|members|personnel|employees|activities|meetings|records)\s*")
_BODY_HEADED_BY = re.compile(
    r"\bshall\s+be\s+(?:headed\s+by|under\s+the\s+(?:immediate\s+)?(?:supervision\s+and\s+)?direction\s+of)\s+"
    r"an?\s+(?P<title>Director|Administrator|Coordinator)\b(?!\s+(?:of|for)\b)"
)
# "(a) At the head of the Office there shall be a Director, who shall be an officer ..." (EO 12530)
_AT_THE_HEAD_OF = re.compile(
    r"\b[Aa]t\s+the\s+head\s+of\s+(?P<body>(?:the\s+)?[A-Z][\w'’ ]{1,80}?)\s*,?\s+there\s+shall\s+be\s+"
    r"an?\s+(?P<title>Director|Administrator|Coordinator)\b(?!\s+(?:of|for)\b)"
)
_STAFF_TITLE = re.compile(r"\bExecutive\s+(?:Director|Secretary|Officer)\b|\bStaff\s+Director\b")
_BUT_NO = re.compile(r"\bbut\s+no\s+[a-z]+\b[^,;]*$")  # "... but no individual so appointed shall receive"
_RUN_IN_HEADING = re.compile(
    r"\s*[A-Z][\w'’-]*(?:\s+(?:of|the|and|on|for|to|in|[A-Z][\w'’-]*)){0,14}?\s+[A-Z][\w'’-]*\s+(?=The\s+[A-Z])")
_HEADS_LISTED_BELOW = re.compile(
    r"\b[Tt]he\s+members\s+of\s+(?P<body>(?:the\s+)?[\w\s'’-]{2,80}?)\s+shall\s+be\s+the\s+heads\s+of\s+[^.;:]{0,120}?"
    r"\blisted\s+below\b")
_LED_BY = re.compile(r"\bshall\s+be\s+(?:led|headed)\s+by\s+(?:the\s+)?")  # "The Working Group shall be led by"
# a chapeau that names a title of the Code for the items after it (EO 12239), and such an item
_CODE_TITLE_CHAPEAU = re.compile(rf"\bfollowing\s+(?:provisions|sections)\s+of\s+{CODE_TITLE}[^.:]{{0,80}}[.:]\s*$")
_CODE_SECTION_ITEM = re.compile(r"\s*(?:\(\w{1,4}\)\s*)?Section\s+(\d+[a-z]?(?:\s?\([A-Za-z0-9]{1,4}\))*)\s*[,;.]")
# "the Civil Service Commission or the Chairman thereof" (EO 10729)
_HEAD_THEREOF = re.compile(r"\b[Tt]he\s+(?P<title>Chairman|Chairperson|Chair|Director|Administrator)\s+thereof\b")
# the officers of Congress and the Chief Justice (EO 10245), and two leaders of one House named together
_OFFICER_OF_CONGRESS = re.compile(
    r"\b[Tt]he\s+(?:(?P<pair>(?:Majority|Minority)\s+Leader)\s+and\s+the\s+(?=(?:Majority|Minority)\s+Leader\s+of\b))?"
    r"(?P<title>Chief\s+Justice\s+of\s+the\s+United\s+States|Speaker\s+of\s+the\s+House\s+of\s+Representatives"
    r"|President\s+pro\s+tempore\s+of\s+the\s+Senate"
    r"|(?:Majority|Minority)\s+Leader\s+of\s+(?P<of>the\s+(?:Senate|House\s+of\s+Representatives)))"
)
_OTHER_PARTS = re.compile(
    r"\b[Tt]he\s+other\s+(?:sections|provisions|parts)\s+of\s+(?:that|the\s+said|such)\s+[Oo]rder\s*$")
_REVOKED_ITEM = re.compile(  # "(d) Section 102(a) (4) is revoked.": an item of an amendment that revokes its place
    r"^\s*(?:\(\w{1,4}\)\s*)?[^.;:]{0,80}?\b(?:is|are)\s+(?:hereby\s+)?(?:revoked|rescinded)\s*\.")
_QUOTED_SHORT = re.compile(r"\"[^\"\n]{1,200}\"|“[^“”\n]{1,200}”")
# the first of the clauses numbered within a sentence, after the words that govern them all: ", (1) The White House"
_FIRST_OF_CLAUSES = re.compile(r",\s*\((?:1|a|i)\)\s+(?=(?:[Tt]he|[Ee]ach|[Aa]ll)\s)")
_PROVISIONS_OF_THAT = re.compile(r"\bprovisions\s+of\s+(?:those|these|that|the\s+said)\s+")
# "the designation of the Pan American Union made by EO 9698 ... is hereby superseded" (EO 10533): one act the order
# made, a part of it without a number (but "The authorizations granted by Section 1-102 of EO 12201 is revoked", EO
# 12225: the section)
# (and what an order holds: "The prohibitions contained in Executive Order 12205 ... and Executive Order 12211 ...
# are hereby revoked", EO 12282)
_ACT_MADE_BY = re.compile(
    r"\b[Tt]he\s+(?:designation|delegation|determination|exemption|assignment|authorization|prohibition|restriction)s?"
    r"\b[^,;]{0,120}?\b(?:(?:made|granted|conferred|imposed)\s+by|(?:contained|imposed|set\s+forth)\s+in)\s+$"
)
_PRESIDENT = "office/president"
_EOP = "org/eop"
_CONGRESS = ""  # the Congress has no node (tests/gold: "no id in data/curated or any gold file")
# the names after a plural title, two or more: "State, the Treasury, and Defense", "Agriculture and the Interior"
_NAME_LIST = (
    r"(?P<names>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"(?:\s*,\s*(?:and\s+)?(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|\s+and\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)+)"
)
_DEPARTMENTS_OR_SECRETARIES = re.compile(  # (and "the Secretaries of State and Defense": one office per department)
    r"\b(?:[Tt]he\s+(?P<plural>Departments|Secretaries)|(?<![\w ]\s)Secretaries)\s+of\s+"
    r"(?:(?<=Secretaries\sof\s)the\s+Departments\s+of\s+)?"  # ("Secretaries of the Departments of Agriculture, ...")
    + _NAME_LIST
)
# "the Assistants to the President for National Security Affairs, Homeland Security, Domestic Policy, and Economic
# Policy": one office per field (EO 13366)
_ASSISTANTS_TO_THE_PRESIDENT = re.compile(r"\b[Tt]he\s+Assistants\s+to\s+the\s+President\s+for\s+" + _NAME_LIST)
# a defined term for a body's members: "each agency represented on the Task Force (Task Force agency)"
_MEMBERS_OF_BODY = re.compile(r"\s+(?:agenc(?:y|ies)|members?)\b")
# a subject that names a body's members: "Council members", "Its other members", "the membership of the Council",
# "..., which" (the body just named)
_MEMBERSHIP_SUBJECT = re.compile(r"(?:\bmembers(?:hip)?(?:\s+of\s+(?:the\s+)?[A-Z][^,;:]{2,80})?|,\s*which)\s*$")
_PLURAL_BODIES = re.compile(r"\b[Tt]he\s+(Councils|Committees|Boards|Commissions|Task\s+Forces|Working\s+Groups)\b")
_DEPUTIES = re.compile(r"(?:\b(?:Deputy|Under|Assistant|Associate|Principal)\s+)+$")
_DEPUTY = re.compile(r"\b(?:[Dd]eputy|[Uu]nder|[Aa]ssistant|[Aa]ssociate|[Pp]rincipal|Fiscal)\s+$")
_SAME_ORDER = re.compile(  # (an older order's numbered paragraphs are its sections: "Paragraph 34 of the said order")
    rf"\b(?:(?:[Ss]ub)?[Ss](?:ections?|ec\.)|[Pp]aragraphs?(?=\s+\d))\s+({SEC_LIST})\s+of\s+"
    r"(?:that|the\s+same|the\s+said|such|this\s+same|(?P<the>the))\s+(?:[Ee]xecutive\s+)?[Oo]rder"
    # (", placing certain positions in level IV of the Executive Schedule, is amended": a phrase before the verb;
    # ", as amended by Executive Order No. 2514 of January 15, 1917, is amended": the orders that amended it)
    r"\s*(?:,\s*as\s+amended(?:\s+by\s+[^;]{5,200}?)?\s*,?\s*)?(?:,\s*[a-z]+ing\b[^,;]{1,150},\s*)?$"
)
# "I hereby amend EO 13310 ..., by revoking sections 3 and 8 of that order" (EO 13651)
_BY_REVOKING = re.compile(
    rf"\s*,?\s*by\s+revoking\s+(?:[Ss]ections?|[Pp]aragraphs?(?=\s+\d))\s+({SEC_LIST})"
    r"\s+(?:of\s+(?:that|the\s+said|such|this)\s+order|thereof)\b"
)
_ACTIVE = re.compile(
    r"\bhereby\s+(?:revoke|rescind|(?:further\s+)?amend)s?\b|\b(?:revokes|supersedes?|amends)\b|(?:and|,)\s+revoke\b|\brevoke\b"
    r"|\bam\s+(?:hereby\s+)?revoking\b|" + _THERE_REVOKED
)
# "the following Executive Orders, and any amendments thereto, are revoked:", "Each of the Executive orders, as
# amended, listed in this section ... are amended by deleting ...": rows of a table follow, number then title
_TABLE_INTRO = re.compile(
    r"\b(?:[Tt]he\s+following\s+Executive\s+[Oo]rders\b[^:.]{0,120}:|Executive\s+[Oo]rders\b[^.:]{0,80}\blisted\s+"
    r"(?:in\s+this\s+(?:section|order)|below)\b[^.:]*[.:])"
)
_TABLE_ROW = re.compile(  # "723 Providing for ...", "E.O. 9553 Creating ...", "No. 279 of November 29, 1904."
    rf"(?m)^[ \t]*(?:E\.\s?O\.\s+|No\.\s*)?(\d{{1,2}},\d{{3}}|\d{{3,5}})(?:\.?[ \t]+(?=[A-Z])|[ \t]*(?=of\s+{DATE}))"
)
# an item of an amendment left in its block: "(1) Section 2 is amended by ...", "(2) By deleting section 4"
_ITEM_LINE = re.compile(
    r"(?m)^[ \t]*\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)[ \t]+"
    r"(?P<text>(?:[Ss]ection|[Bb]y\s+(?:deleting|striking|adding|inserting|amending|redesignating|revising))\b[^\n]*)"
)
# "..., revoke that order", "and revoke those and all related orders (Executive Orders 12810 ..., 12831 ...)"
_THAT_ORDER = re.compile(
    r"\s+(?:(?P<one>that|this|the\s+said|such)\s+(?:[Ee]xecutive\s+)?[Oo]rder\b"
    r"|those\s+(?:and\s+all\s+related\s+)?(?:[Ee]xecutive\s+)?[Oo]rders\b)"
)
# between an order and the orders that describe it: ", as amended by", "and by", ", which was amended by"
# what may stand between a passive verb's subject and the verb besides the orders: a document without a
# number listed with them ("EO 10988 and the President's Memorandum of May 21, 1963, entitled ..., are
# revoked"), the body it created ("EO 9331 ..., and the Medal for Merit Board created thereby, are superseded"),
# "by which the said Committee was established", and a qualifier ("EO 6935, to the extent that it pertains to
# Wake Island, is hereby superseded"; _QUALIFIED makes that one in part)
_BESIDE_SUBJECT = re.compile(
    # ("..., and the National Security Council Directive of May 17, 1972 (...) are revoked"; "EO 13514 of ...;
    # Presidential Memorandum of ...; and Presidential Memorandum of ..., are revoked")
    r"^\s*(?:[,;]\s*(?:and\s+)?|,?\s*and\s+)(?:the\s+)?(?:President['’]s\s+|Presidential\s+"
    r"|(?:[A-Z][\w'’]*\s+){1,4})?(?:[Mm]emorandum|[Pp]roclamation|[Dd]etermination|[Dd]irective)\b.*$"
    # (an amending order named by its number alone: "..., No. 11097 of March 6, 1963 and by Section 1 (a) of No.
    # 11382 of November 28, 1967, is superseded")
    r"|^\s*,?\s*and\s+by\s+[Ss]ec(?:tion|\.)\s+[^;:]{1,40}?\s+of\s+No\.?\s*\d[^;:]{0,60}$"
    r"|^\s*,?\s*and\s+the\s+[A-Z][\w ]{2,80}?\s+(?:created|established)\s+(?:thereby|by\s+(?:it|that\s+order))\s*,?\s*$"
    r"|^\s*,\s*by\s+which\b[^;]*,\s*$"
    # "EO 11846 ..., as amended, hereinafter referred to as the Order, is hereby amended"
    r"|^\s*,?\s*(?:hereinafter|hereafter)\s+(?:referred\s+to\s+as|called|cited\s+as)\s+(?:the\s+)?"
    r"[\"“]?[A-Z][\w ]{0,40}?[\"”]?\s*,?\s*$"
    # a footnote mark or a stray quotation mark left by the copy: 'entitled "Observance of ...," 1 is hereby amended',
    # '..., as amended by EO 10217 of February 26, 1951," is hereby further amended'
    r"|^\s*(?:\d|[\"”])\s*$"
    # (also before "be, and it is hereby, revoked" without a comma: "EO 6626 ..., insofar as it pertains to the
    # following-described town-site lot in the Territory of Alaska be, and it is hereby, revoked:", EO 6827)
    r"|^\s*,?\s*(?:to\s+the\s+extent\s+(?:that\s+)?(?:it|they)\s+(?:pertains?|relates?|appl(?:y|ies)|affects?)"
    r"|" + _INSOFAR + r"|so\s+far\s+as)\b[^;]*[,\s]$"
    # "EOs A, B, and C, to the extent not heretofore made inapplicable, are hereby revoked": all that is left
    r"|^\s*,?\s*to\s+the\s+extent\s+not\s+(?:heretofore|previously|already)\b[^;]*,\s*$",
    re.S,
)
_QUALIFIED = re.compile(
    r"\bto\s+the\s+extent\b(?!\s+not\s+(?:heretofore|previously|already)\b)|\b" + _INSOFAR + r"\b|\bso\s+far\s+as\b")
_DESCRIBING_GAP = re.compile(  # (also ", and as extended by")
    r"\s*,?\s*(?:(?:and\s+)?(?:which\s+(?:was|were|has\s+been|had\s+been)\s+|as\s+(?:further\s+|last\s+|most\s+recently\s+)?)?(?:amended|modified"
    r"(?:\s+in\s+scope)?|renumbered|superseded|supplemented|extended|expanded(?:\s+in\s+scope)?|revised|replaced|added"
    # ("EO No. 10575 ..., as affected by EO No. 10610 ..., is hereby amended", EO 10625)
    r"|affected)(?:\s+or\s+(?:affected|modified|supplemented))?\s+by"  # ("as amended or affected by", EO 10822)
    r"|(?:,\s*)?and(?:\s+by)?|,)\s*(?:the\s+)?(?:No\.\s*)?"  # (", No. 10064 ..., and No. 10135")
)
_PLACE = re.compile(rf"\bin\s+(?:(?:sub)?section|[Ss]ec\.)\s+({PIN})")
# a place written all in parentheses, its section first ("subsections (1)(a)(i)(B)-(F)")
_PAREN_PLACE = re.compile(
    r"\b(?:sub)?sections?\s+(\(\d{1,3}\)(?:\([A-Za-z0-9]{1,4}\))+)(?:\s*[-–]\s*\(([A-Za-z0-9]{1,4})\))?")
_ADDING_TO = re.compile(rf"\badding\s+to\s+(?:sub)?section\s+({PIN})")
# "In Section 2-101(b) of EO 12107, the reference to EO 11636 is deleted" (EO 12128): the words deleted are in the
# place named after "In"; an order they name is not what the verb acts on
_IN_PLACE = re.compile(r"\s*(?:\(?\w{1,4}[.)]\s*)?In\s+")
_PLACE_OBJECT = re.compile(
    r"\s*,\s*the\s+(?:references?|words?|phrases?|citations?)\s+(?:to\s+)?[^;:]{1,200}?(?:\s+(?:is|are)(?:\s+hereby)?)?\s*$"
)
_SUB_OF_SECTION = re.compile(  # (a section of the order amended, not of this one or another named after it)
    SUB_OF_SECTION + r"(?!\s*,?\s*of\s+(?:this|that|the|Executive\s+Order|E\.O\.)\b)")
_BARE_SECTIONS = re.compile(rf"\b{SECTION_WORD}\s+({SEC_LIST})")  # ("paragraphs 1 and 3 thereof", EO 11265)
_SHORT = re.compile(
    r"\s*(?:(?P<paren>\()(?:(?:here(?:in)?after|herein)(?:\s+in\s+this\s+(?:[Oo]rder|[Pp]art|[Ss]ection|[Ss]ubpart"
    r"|[Tt]itle))?\s+(?:referred\s+to\s+)?(?:as\s+|called\s+)?|referred\s+to\s+(?:in\s+this\s+order\s+)?as\s+"
    r"|(?:to\s+be\s+)?known\s+as\s+)?"
    # (or set off by commas: ', hereinafter referred to as the "Export Council,"', ", hereinafter referred to as the
    # Board, which")
    r"|,\s*here(?:in)?after\s+(?:referred\s+to\s+as|called|designated\s+as)\s+)"
    r"(?:the\s+)?[“\"]?(?:the\s+)?(?P<short>(?:[A-Z]|(?:18|19|20)\d\d\s+(?=Act\b))[A-Za-z0-9 .’'-]{0,40}?)"
    r"(?(paren)[”\"]?\)|(?:[,.]?[”\"]|(?=[,;]|\.\s|\s+(?:which|who|and|to|shall)\b)))"
)  # "(Council)", "(the “Act”)", "(hereinafter referred to as the "Committee")", '(... as "the Secretary")',
# "(hereinafter called the Administrator)"
# "the Chair" is a role, not an office, even where the text defines it: "... (Chair)"
# "the Burmese Freedom and Democracy Act of 2003", "21st Century Nanotechnology Research and Development
# Act", "High-Performance Computing Act of 1991", "National Defense Authorization Act for Fiscal Year 2018"
# "..., hereinafter referred to as the Act", "(hereafter cited as the “Act”)": the Act named just before
_HEREINAFTER_ACT = re.compile(
    # (from "here" or its parenthesis: a leading "\s*" tried at every blank of a long run was quadratic, 118 s on the
    # 224 KB EO 12198)
    # (and "(hereinafter referred to as the act)" in lower case, EO 11686)
    r"(?:\(\s*)?\bhere(?:in)?after\s+(?:referred\s+to\s+as|cited\s+as|called)\s+(?:the\s+)?[“\"]?(?P<act>[Aa]ct)\b")
_ACT_TITLE = re.compile(
    # ("the Water Infrastructure Improvements for the Nation Act": "for the" inside a title)
    # ("the Comprehensive Environmental Response, Compensation, and Liability Act": commas inside a title, not
    # after an Act's own name: "the Clean Air Act, Clean Water Act" is two)
    # ("the Vision 100—Century of Aviation Reauthorization Act": a number and a dash inside a title)
    r"(?<![\w-])(?P<name>(?:(?:[A-Z][\w'’-]*|[A-Z]\.|\d+(?:st|nd|rd|th)|(?<=[a-z]\s)\d+(?=\s*[—–]\s*[A-Z]))"
    r"(?:(?<!Act)(?<!Code),\s+(?:and\s+)?(?=[A-Z][a-z])|(?<=\d)\s*[—–]\s*(?=[A-Z])"
    # ("the National Environmental Policy Act and the Deepwater Port Act" is two: an Act ends at "and")
    # ("the Protecting Americans from Foreign Adversary Controlled Applications Act": "from" inside a title, not "from
    # the")
    r"|\s+(?:(?:of|(?<!\bAct\s)(?<!\bCode\s)and|for|on|with|in|to)\s+(?:the\s+)?|from\s+(?!the\b))*))+"
    # an Act, or a Code with its year ("the Internal Revenue Code of 1954"; not "the United States Code");
    # a Code by its name: "the Canal Zone Code", "the Internal Revenue Code of 1954"; not "the United States Code")
    # ("the Federal Water Pollution Control Act Amendments of 1972": Amendments with their year are an Act too)
    # ("the Foreign Intelligence Surveillance Act of 1978 Amendments Act of 2008": an Act named for the one it amends)
    r"(?:Act(?:\s+Amendments(?=\s+of\s+\d{4})|\s+of\s+\d{4}\s+Amendments\s+Act(?=\s+of\s+\d{4}))?"
    r"|Amendments(?=\s+of\s+\d{4})|Code(?=\s+of\s+\d{4})"
    r"|(?<!United\sStates\s)(?<!U\.S\.\s)Code(?!\s+of\s+(?:Federal\s+)?Regulations)))\b"
    # "the Pay Readjustment Act of June 16, 1942": older orders date an Act by its day; its year is in its name
    # (and "Act Of 1954" in a capitalised title, EO 10915)
    rf"(?:\s+[Oo]f\s+(?:{MONTH}\s+\d{{1,2}},\s+)?(?P<year>\d{{4}})\b|\s+for\s+Fiscal\s+Year\s+(?P<fy>\d{{4}})\b"
    # "the First War Powers Act, 1941": the year after a comma, as short titles of the 1940s were written
    r"|,\s+(?P<comma_year>(?:18|19|20)\d{2})\b)?"
)
# a document title's words before the Act it concerns (an order "headed "Administration of the Export Control Act of
# 1949""): no Act's name begins so
# (and the Revised Statutes named before it: "section 1753 of the Revised Statutes and the Civil Service Act", EO 11219)
_TITLE_LEAD = re.compile(
    r"(?:(?:Further\s+)?Implementation|Administration|Operation|Invocation|Suspension|Enforcement|Application|Lapse"
    r"|Economic\s+Burden)\s+of\s+the\s+(?=[A-Z])|Revised\s+Statutes(?:\s+of\s+the\s+United\s+States)?\s+and\s+the\s+")
# a standing report line: "shall report (periodically) to", "shall make (such|periodic) reports (or
# recommendations) to", "shall report its findings to", the reporter named "on behalf of" after "shall,",
# "shall from time to time report its findings and recommendations to", "shall report from time to time to"
_REPORT_LINE = re.compile(
    r"\bshall(?:\s*,\s*on\s+behalf\s+of\s+(?:the\s+)?(?P<behalf>[^,]{3,80}),"
    # ("shall, in consultation with the Secretary of Transportation, report annually to")
    r"|\s*,\s*in\s+(?:consultation|coordination|cooperation)\s+with\s+[^,;]{3,120},"
    r"|\s*,\s*through\s+(?:the|its)\s+[^,;]{3,80},"  # ("shall, through the Chairman, report thereon to the President")
    r"|\s*,(?=\s*from\s+time\s+to\s+time\s*,))?\s+"  # ("shall, from time to time, report to the President")
    r"(?:(?:periodically|annually|regularly|quarterly)\s+(?=report\b))?"  # ("shall periodically report to")
    r"(?:review\s+and\s+)?"  # ("shall review and report annually to OMB")
    r"(?:from\s+time\s+to\s+time\s*,?\s+report(?:\s+(?:its|their)\s+(?:findings|activities)(?:\s+and\s+recommendations)?)?"
    r"|report(?:\s+(?:its|their|his|her)\s+(?:findings|activities)|\s+thereon)?(?:\s+from\s+time\s+to\s+time)?"
    r"(?:\s+as\s+appropriate)?"  # ("report thereon from time to time as appropriate to the Director", EO 13450)
    r"|make\s+(?:such\s+|periodic\s+|annual\s+|regular\s+|quarterly\s+)?reports(?:\s+(?:or|and)\s+recommendations)?)"
    r"\s+(?:(?:directly|periodically|annually|regularly|quarterly|every\s+(?:six|three|two|\d+)\s+months)\s+)?"
    r"to\s+(?:the\s+President\s*,?\s+through\s+)?(?:the\s+)?"  # ("to the President, through the Secretary of State,")
)
# a recurring report that the subject of "shall" makes: "shall submit to the President, the Vice President,
# and the Cabinet Council ... an Annual Federal Performance Report", "shall make a joint report to the President
# annually", "shall provide a monthly report on these efforts to the PMC" (a one-off report is no report line)
_SUBMITS_REPORT = re.compile(
    r"shall\s+(?:(?:jointly|also)\s+)?(?:submit|make|provide|transmit|render|send|furnish"
    r"|prepare\s+and\s+(?:submit|transmit))\b(?P<words>[^.;]*?\b[Rr]eports?\b[^.;]*)"
)
# words before a name that make it the tail of a longer one: "the Chief of [the United States Diplomatic Mission]"
_NAME_TAIL = re.compile(r"[A-Z][\w'’-]*\s+(?:of|on|for|to)\s+(?:the\s+)?$")
# an official of a body, not the body: "the Chair of the President's Management Council (PMC)"
_ROLE_HEAD = re.compile(
    r"(?:Vice\s+|Deputy\s+)?(?:Chair(?:man|person)?|Director|Secretary|Administrator|Head|Member)\s+of\b"
)
# a report recurs: said by an adverb ("annually", "every 2 years thereafter", "on an annual basis") ...
_RECURRING_ADVERB = re.compile(
    r"\b(?:[Aa]nnually|periodically|biennially|quarterly|each\s+(?:fiscal\s+|calendar\s+)?year|every\s+(?:year"
    r"|\w+\s+(?:months|years))|[Oo]n\s+an?\s+(?:annual|periodic|regular|quarterly|monthly|yearly)\s+basis"
    r"|at\s+least\s+(?:once\s+)?(?:a|each|every|per)\s+year|from\s+time\s+to\s+time"
    r"|at\s+such\s+(?:other\s+)?times\b|on\s+each\s+anniversary)\b"
)
# a report due by a date: "within 90 days", "within two years of the date of this Order", "not later than"
_DEADLINE = re.compile(
    r"\b(?:within\s+(?:\d+|[a-z]+(?:[- ][a-z]+)?)\s+(?:calendar\s+)?(?:days?|weeks?|months?|years?)"
    rf"|(?:not|no)\s+later\s+than|on\s+or\s+before|\bby\s+{MONTH}\b|upon\s+(?:the\s+)?completion"
    r"|after\s+(?:the\s+)?completion)", re.I
)
# ... or as an adjective of the report itself: "an annual report", "periodic reports"
_RECURRING = re.compile(
    r"\b(?:[Aa]nnual(?:ly)?|monthly|quarterly|semi-?annual(?:ly)?|periodic(?:ally)?|regular(?:ly)?|biennial(?:ly)?"
    r"|yearly)\b|" + _RECURRING_ADVERB.pattern
)
# members named in a parenthesis after a body's name: "the Cabinet Council on Human Resources (composed of the
# Vice President, the Secretaries of ..., and the White House Chief of Staff)"
_MEMBERS_IN_PARENS = re.compile(
    r"\(\s*(?:which\s+is\s+)?(?:composed|consisting|comprised|made\s+up)\s+of\s+(?P<list>the\s+[A-Z][^()]*)\)"
)
# an office named by words ending in a title, then its short name: "the Intellectual Property Enforcement
# Coordinator (Coordinator)", "the Chief Data Officer (hereinafter the "Officer")"
_NAMED_OFFICE = re.compile(
    r"\b(?:[Tt]he|an?)\s+(?:U\.S\.\s+|United\s+States\s+)?(?P<name>(?:[A-Z][\w'’-]*\s+){0,6}"
    r"(?:Coordinator|Adviser|Advisor|Officer|Representative|Counselor|Envoy|Ombudsman|Czar|Inspector)"
    # ("the Federal Inspector for the Alaska Natural Gas Transportation System (the "Federal Inspector")"; "headed
    # by an Advisor to the White House Faith and Opportunity Initiative (Advisor)")
    r"(?:\s+(?:for|of|on|to)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,7})?)"
    r"(?=\s*\((?:here(?:in)?after\s+(?:referred\s+to\s+as\s+)?)?(?:the\s+)?[“\"]?[A-Z][\w ]{1,40}[”\"]?\))"
)
_QUOTED_PROVISIONS = re.compile(r"\b(?:the\s+)?above[- ](?:quoted|cited)\s+statutory\s+provisions\b")
_AFTER_BODY = re.compile(r"\s*(?:\([^()]*\))?\s*(?:shall\b[^;]*?,?\s+and\s+)?")  # its short name, a first predicate
_PART_OF_ACT = re.compile(  # ("Title I of the", "Titles I and IV of the", "Sections 3, 5, and 7 of the")
    # (and a lettered part: "Division D of the Consolidated Appropriations Act, 2008", EO 13483)
    r"^(?:(?:[Tt]itles?|[Ss]ections?|[Pp]arts?|[Cc]hapters?|[Ss]ubtitles?|[Dd]ivisions?)\s+(?:[IVXLC\d]+[A-Za-z]?|[A-Z])"
    r"(?:(?:\s*,\s*|,?\s+(?:and|or)\s+)(?:[IVXLC\d]+[A-Za-z]?|[A-Z]))*\s+of\s+(?:the\s+)?)+"
)
_CITED_INTO = re.compile(r"\b(?:[Tt]itle|[Ss]ection|[Cc]hapter)\s+\S+\s+of\s+the\s+$")  # "Title 2 of the "
_ACT_LEAD = {"The", "This", "That", "Such", "Said", "Each", "An", "A", "Any", "Under", "Pursuant", "Section",
             "Sections", "Title", "Public", "In", "Of", "Nothing", "and", "of", "for", "on", "to", "the",
             "Congress", "in", "with", "Whereas", "WHEREAS"}
# (the lead words above: "enacted by the Congress in the Atomic Energy Act of 1954")
_AMENDED_BY_END = re.compile(r",?\s+as\s+amended\s+by\s+(?:[Ss]ection\s+\S+\s+of\s+)?(?:the\s+)?$")
_BY_WHOM = re.compile(r"\b(?:designated|appointed|selected|nominated|named|chosen|employed)\s+by\s+(?:the\s+)?$")
_CITE_PARENS = re.compile(  # (also "..., as amended by Public Law 101-624 ("Agricultural Trade Development Act")")
    r"(?:\s+of\s+\d{4})?(?:,?\s+as\s+amended(?:\s+by\s+(?:Public\s+Law|Pub\.\s*L\.)\s+\d+-\d+)?,?)?"
    # (", Public Law 99-603 ("Reform Act")", EO 12789: the law's number set off by a comma)
    r"(?:,\s*(?:Public\s+Law|Pub\.\s*L\.)\s+\d+-\d+)?"
    # ("the Railway Labor Act, as amended, 45 U.S.C. 151-188 (RLA)": a Code cite without parentheses, EO 14128)
    r"(?:\s*\d+\s+U\.\s?S\.\s?C\.\s+\d[\w-]*(?:\s+et\s+seq\.?)?)?"
    r"(?:\s*\((?=[^()]*(?:\d|U\.\s?S\.\s?C|Stat\.))[^()]*\))*"
)
# the kind words that name a body the order makes or names once ("the Council", "the Board")
_KIND_WORDS = ("Council", "Board", "Committee", "Commission", "Task Force", "Working Group", "Panel")
_BARE_TITLES = ("Secretary", "Administrator", "Director", "Commissioner", "Archivist")  # (a Chair is a role)
_ROLE = re.compile(r"(?:Co-?|Vice\s+)?Chair(?:man|person|s)?|Members?")
# the words that end a statement of authority and begin what is ordered ("..., it is hereby ordered as follows:")
IT_IS_ORDERED = r"it\s+is\s+(?:hereby\s+)?ordered"
# the command in the statement's own sentence, without ordering words: "By virtue of ... the authority vested in me by
# section 1555 of the Revised Statutes ... (5 U.S.C. 418), the Secretary of the Navy is hereby directed to cause ..."
# (EO 9761)
_DIRECTED_AFTER_AUTHORITY = re.compile(
    r",\s+(?=the\s+[A-Z][^,;()]{2,80}?\s+(?:is|are)\s+(?:hereby\s+)?(?:authorized\s+and\s+)?directed\b)")
_ORDERED = re.compile(r"\b(?:" + IT_IS_ORDERED + r"|I\s+do\s+(?:hereby\s+)?order)(?:\s+as\s+follows)?\s*[:.,]?\s*")
_AUTHORITY_END = re.compile(
    # (also "and in order (1) to provide for ...", EO 12267: the purposes numbered)
    r"(?:,?\s+and\s+(?:in\s+order\s+(?:\(\w\)\s+)?)?to\s+[a-z]|,?\s+in\s+order\s+(?:\(\w\)\s+)?to\b|[,;]?\s+"
    + IT_IS_ORDERED
    + r"|(?:,?\s+and|,)\s+(?:consistent|in\s+accordance)\s+with\b"  # (", in accordance with the provisions of FACA")
    # ("and in furtherance of the purpose ... of the Clean Air Act"; "and in effectuation of the purposes of the act of
    # June 17, 1944 ... (34 U.S.C. 524)", EO 10052)
    r"|(?:,?\s+and|,)\s+in\s+(?:furtherance|effectuation)\s+of\b"
    # ("..., and having found that the United States participates in the International Cotton Institute pursuant to
    # ... the Agricultural Trade Development and Assistance Act of 1954", EO 11283: a finding, not the power)
    r"|(?:,?\s+and|,)\s+having\s+(?:found|determined)\b"
    # ("and subject to the provisions of section 214 of the Independent Offices Appropriation Act, 1946": a limit
    # on the power, not its source; not "the authority conferred by and subject to the provisions of", both at once)
    r"|(?<!\bby)(?:,?\s+and|,)\s+subject\s+to\b"
    r"|[,;:]?\s*\bI\s*,\s+[A-Z]{2,}|[,;]?\s+I\s+hereby\b|[,;]?\s+(?:I\s+)?hereby\s+order\b|"
    + _DIRECTED_AFTER_AUTHORITY.pattern + ")"
)


def _short_after(text: str, end: int, statute: bool) -> re.Match[str] | None:
    """The short name given right after a name: "... Act of 2000 (title IX, Public Law 106-387) (TSRA)", "...,
    as amended (5 U.S.C. App.) (FACA)": after an Act, a cite in parentheses may come between the name and its short
    name."""
    skip = _CITE_PARENS.match(text, end) if statute else None
    return _SHORT.match(text[skip.end() if skip else end :])


def _initials_of(name: str, given: re.Match[str] | None) -> bool:
    """Is the short name given made of the initials of name's capitalized words ("OPA" of "the Oil Pollution Act of
    1990")?"""
    short = given.group("short").strip() if given else ""
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", name))
    return bool(short) and short.isupper() and initials.startswith(short)


def _act_named_alone(name: str, text: str) -> str:
    """"the Secretary of Agriculture and the Administrator of the National Industrial Recovery Act", in an order
    that names "the National Industrial Recovery Act" elsewhere without those words: the words before it are the
    sentence's (an office, a quoted title: "Suspension of Certain Provisions of the Officer Personnel Act of 1947"),
    not the Act's. The shortest such tail, after "of the", "and the", "with the", "in the" or "to the", is the Act;
    a tail that only ends other titles ("the Selective Service Act" for "... Training and Service Act") is not."""
    def count(words: str) -> int:
        found = re.finditer(r"(?<![\w-])" + r"\s+".join(map(re.escape, words.split())) + r"\b", text, re.I)
        return sum(1 for m in found if not re.search(r"[A-Z][\w'’-]*\s+$", text[max(0, m.start() - 40) : m.start()]))
    whole = count(name)
    tails = [name[c.end() :] for c in re.finditer(r"\s(?:of|and|with|in|to)\s+the\s+(?=[A-Z])", name)]
    return next((tail for tail in reversed(tails) if len(tail.split()) >= 2 and count(tail) > whole), name)


def _the_one_year(name: str, text: str) -> str | None:
    """"the Travel Promotion Act", in an order that names "the Travel Promotion Act of 2009" too: the same Act, so
    its dated id; an order naming the title with two years ("the Foreign Service Acts of 1946 and 1980") gives
    none. (The reading of ClauseReader._bare_title_is_the_dated_one, for a title the gazetteer does not know yet:
    the Act is minted once, with its year, and "the Civil Service Act of January 16, 1883" dates it too.)"""
    # (its last word in lower case too: "the Employees' Compensation act of September 7, 1916", EO 9804)
    title = re.sub(r"Act$", "[Aa]ct", r"\s+".join(map(re.escape, name.split())))
    years = set(re.findall(rf"(?<![\w-]){title}\s+of\s+(?:{MONTH}\s+\d{{1,2}},\s+)?(\d{{4}})\b", text))
    return years.pop() if len(years) == 1 else None


def _without_asides(text: str) -> str:
    """The text with each aside between two members blanked but its comma (same length, so offsets still hold)."""
    return _MEMBER_ASIDE.sub(lambda p: p.group(1) + " " * (len(p.group(0)) - len(p.group(1))), text)


def _provision_items(text: str, children: list) -> bool:
    """Whether a list's items are provisions ("(a) The President shall appoint ..."), not names of members ("(1) The
    Secretary of Labor, who shall be Chairman")."""
    return any(re.match(r"[^,;:]*\b(?:shall|may|will)\b", text[c.start : c.end]) for c in children)


def _mask(text: str, regions: list[tuple[int, int]]) -> str:
    """The text with quoted amendatory words blanked (same length, so offsets still hold)."""
    if not regions:
        return text
    chars = list(text)
    for s, e in regions:
        for i in range(s, min(e, len(chars))):
            if not chars[i].isspace():
                chars[i] = " "
    return "".join(chars)


class ClauseReader:
    def __init__(
        self, extraction: Extraction, instrument: Instrument, doc: TextDoc, ctx: Context,
        quoted: list[tuple[int, int]] | None = None,
    ) -> None:
        self.x, self.inst, self.doc, self.ctx = extraction, instrument, doc, ctx
        self.gaz: Gazetteer = ctx.gazetteer.copy()
        self.text = _mask(doc.text, quoted or [])
        self.bodies_here: list[str] = []  # bodies this text establishes, in order
        self.bodies_named: set[str] = set()  # bodies it names as subjects without establishing them (define_bodies)
        self.renumbered: dict[int, dict[str, str]] = {}  # order -> new section number -> original
        self.blocks: list[Block] = []
        self.last_disposed: list[Ref] = []  # the references the last disposition acted on
        # "EO N ... is further amended as follows:": the order the items after it amend
        self.amended_as_follows: Ref | None = None
        # items under it that amend the order as a whole (its table of contents, its title): kept when the
        # chapeau's own edge gives way to the places the other items name
        self.whole_items: set[tuple[str, str | None, str]] = set()
        self.heads: set[str] = set()  # offices this extraction minted (heads of organisations, offices by name)
        # the id each head was first minted under, by title and organisation: "the Director of the Cost of Living
        # Council" and, later, "the Director of the Council" are one office (EO 11781)
        self.head_ids: dict[tuple[str, str], str] = {}
        self.bare_titles: set[str] = set()  # titles that name one office of this order (define_titles)
        self.said_titles: list[str] | None = None  # titles the order uses as "the said <title>" (define_said_titles)
        self.staff_titles: list[str] | None = None  # "Executive Director" and the like (define_staff_heads)
        # where a pattern matches in the order's text, found once: the definitions below are asked again after each
        # block's establishments, and scanning the whole text each time made long orders slow (EO 11490: 880 blocks)
        self._found: dict[re.Pattern[str], list[re.Match[str]]] = {}

    def evidence(self, block: Block, start: int, end: int, quote: str | None = None) -> TextEvidence:
        s, e = self.doc.span(start, end)
        return TextEvidence(self.inst.id, block.label, s, e, quote or normalize(self.doc.text[start:end]))

    def edge(self, subject: str, kind: str, obj: str, ev: TextEvidence) -> None:
        if subject != obj:
            self.x.add_edge(ExtractedEdge(subject, kind, obj, ev))

    def actors(self, text: str, members: bool = False) -> list[Mention]:
        """Offices and organisations named in text; an organisation named as the home of an
        official ("the Director of OMB", "Members of the Council") is not itself an actor. With members, text
        lists the members of a body."""
        out = []
        plural = self._plural_heads(text)
        for m in self.gaz.find(text):
            if m.kind not in ("office", "organization"):
                continue
            if text[m.start : m.end] in self.bare_titles and not self._bare_title(text, m.start, m.end):
                continue  # "the Secretary of the Department in which ...": not the office the bare title names
            if self._tail_of_other_name(text, m):
                continue  # "the National Security Resources Board": not the Board the order establishes
            if m.kind == "office" and re.match(r"\s+of\s+the\s+Office\s+of\b", text[m.end :]):
                continue  # "the Assistant to the President and Chief of Staff of the Office of the Vice President":
                # another office, whose title the gazetteer's begins
            if m.start in plural:
                out.append(plural[m.start])
                continue
            charge = _IN_CHARGE_OF.match(text, m.end) if m.kind == "office" and m.id != _PRESIDENT else None
            if charge:
                # "the Senior Advisor to the President in charge of the White House Office of American Innovation":
                # an office of its own, named with the unit it runs (the gold files' convention)
                name = normalize(text[m.start : charge.end()])
                out.append(Mention(m.start, charge.end(), self._new_office(_office_id(name), name), "office"))
                continue
            if m.kind == "office" and _DEPUTY.search(text[max(0, m.start - 30) : m.start]):
                # "the Deputy Secretary of State" is not the Secretary of State: an office of its own
                deputy = self._deputy_of(text, m)
                if deputy is not None:
                    out.append(deputy)
                continue
            if m.kind == "office" and re.search(r"\b(?:State|Regional|District|Area|Local|County|Field)\s+$",
                                                text[max(0, m.start - 12) : m.start]):
                continue  # "the State Director of Selective Service": an office in each State, not the national one
            if m.kind == "organization" and _MEMBERS_OF_BODY.match(text, m.end):
                continue  # "Task Force agencies shall ...", "Council members": the members, not the body
            before = text[max(0, m.start - 10) : m.start]
            if m.id == _PRESIDENT and (re.search(r"\bto\s+the\s+$", before) or re.match(r"['’]s\b", text[m.end :])
                                       or re.match(_OF_ANOTHER_BODY, text[m.end :])):
                continue  # "the Assistant to the President for ...", "the President's Council", "the President of
                # the Senior Executives Association": not the President
            if m.kind == "organization" and (
                _OFFICIAL_OF.search(text[max(0, m.start - 60) : m.start]) or _OFFICIAL_AFTER.match(text[m.end :])
                or _HEAD_COMMA.search(text[max(0, m.start - 30) : m.start]) and _HEAD_COMMA_END.match(text, m.end)
            ):
                head = self._head_of(text, m, members)
                if head is not None:
                    out.append(head)
                continue
            out.append(m)
        heads = [*self._departments_or_secretaries(text), *self._officers_of_congress(text),
                 *self._heads_thereof(text, out)]
        secretaries = [h for h in heads if h.kind == "office"]
        # ("the Secretaries of State, USDA, and HHS": the Secretary of Agriculture, not USDA)
        out = [m for m in out if m.kind != "organization"
               or not any(h.start <= m.start and m.end <= h.end for h in secretaries)]
        out += self._plural_bodies(text) + heads
        return sorted(out, key=lambda x: x.start)

    def _heads_thereof(self, text: str, named: list[Mention]) -> list[Mention]:
        """"the United States Civil Service Commission or the Chairman thereof" (EO 10729): the head of the
        organisation named just before, as "the Chairman of the Commission" would be."""
        out = []
        for m in _HEAD_THEREOF.finditer(text):
            org = next((x for x in reversed(named) if x.end <= m.start()), None)
            if org is None or org.kind != "organization" or not re.fullmatch(
                    r"\s*,?\s*(?:or|and)\s+(?:of\s+)?", text[org.end : m.start()]):
                continue
            title = m.group("title")
            # (named as "the Director of the Office of Civil and Defense Mobilization" would be, EO 10952)
            the = "the " if re.search(r"\bthe\s+$", text[max(0, org.start - 4) : org.start]) else ""
            phrase = f"{title} of {the}{normalize(text[org.start : org.end])}"
            out.append(Mention(m.start(), m.end(), self._head_office(title, org, text[org.start : org.end], phrase),
                               "office"))
        return out

    def _officers_of_congress(self, text: str) -> list[Mention]:
        """"the Chief Justice of the United States", "the Speaker of the House of Representatives", "the Majority
        Leader and the Minority Leader of the Senate" (EO 10245): offices no curated file declares (they are not the
        executive's), each by its own name, as the gold files write them."""
        out = []
        for m in _OFFICER_OF_CONGRESS.finditer(text):
            title = normalize(m.group("title"))
            start = m.start("title") - len("the ") if m.group("pair") else m.start()
            out.append(Mention(start, m.end(), self._new_office(_office_id(title), title), "office"))
            if m.group("pair"):  # "the Majority Leader and the Minority Leader of the Senate": two offices
                first = normalize(m.group("pair")) + " of " + normalize(m.group("of"))
                out.append(Mention(m.start(), m.end("pair"), self._new_office(_office_id(first), first), "office"))
        return out

    def _tail_of_other_name(self, text: str, m: Mention) -> bool:
        """The kind word a new body is called by ("the Board") ending another body's name: "the National Security
        Resources Board" in an order that establishes a Wage Stabilization Board (but "the Coordinating Council"
        for "the Interagency Transportation Coordinating Council" is that council)."""
        if m.kind != "organization" or text[m.start : m.end] not in _KIND_WORDS:
            return False
        before = re.search(r"\b(?!The\b|This\b|Such\b|Each\b)([A-Z][\w'’-]*)\s+$", text[max(0, m.start - 40) : m.start])
        label = next((n.label for n in self.x.new_nodes if n.id == m.id), None)
        return bool(before and label and before.group(1) not in label.split())

    def _new_office(self, node_id: str, name: str) -> str:
        """node_id, made a node of this extraction the first time an office no curated file declares is met."""
        if node_id not in self.heads and node_id not in self.ctx.curated.ids:
            self.heads.add(node_id)
            self.x.new_nodes.append(NewNode(node_id, "Office", name))
        return node_id

    def _departments_or_secretaries(self, text: str) -> list[Mention]:
        """'the Departments of Agriculture and the Interior', 'the Departments of Health and Human Services and
        Justice': each department, found under its own name (the longest run of words that is one); 'the
        Secretaries of State and Defense' and 'the Assistants to the President for National Security Affairs and
        Homeland Security': each office, the same way."""
        out: list[Mention] = []
        for m in [*_DEPARTMENTS_OR_SECRETARIES.finditer(text), *_ASSISTANTS_TO_THE_PRESIDENT.finditer(text)]:
            pieces = [(p.start(), p.group(0)) for p in re.finditer(r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*",
                                                               m.group("names"))]
            assistants = m.re is _ASSISTANTS_TO_THE_PRESIDENT
            departments = not assistants and m.group("plural") == "Departments"
            title, kind = ("Department of", "organization") if departments else (
                "Assistant to the President for" if assistants else "Secretary of", "office")
            i = 0
            while i < len(pieces):
                for j in range(len(pieces), i, -1):
                    name = f"{title} " + " and ".join(p for _, p in pieces[i:j])
                    hit = next((x for x in self.gaz.find(name) if x.start == 0), None)
                    if hit is None and j - i > 1:
                        # a name with commas of its own: "the Departments of Justice, Labor, and Health, Education,
                        # and Welfare" (EO 10940), read as written
                        written = normalize(m.group("names")[pieces[i][0] : pieces[j - 1][0] + len(pieces[j - 1][1])])
                        name = f"{title} " + written
                        hit = next((x for x in self.gaz.find(name) if x.start == 0), None)
                    if hit and hit.kind == kind and hit.end == len(name):
                        # (the first department's name starts at "the Departments", so it reads as a subject)
                        begin = m.start() if not i else m.start("names") + pieces[i][0]
                        last = pieces[j - 1]
                        out.append(Mention(begin, m.start("names") + last[0] + len(last[1]), hit.id, kind))
                        i = j
                        break
                else:
                    # "the Secretaries of State, USDA, and HHS": a department by its short name, its head's office
                    head = None if departments or assistants else self._head_by_short_name(pieces[i][1])
                    if head is not None:
                        at = m.start("names") + pieces[i][0]
                        out.append(Mention(m.start() if not i else at, at + len(pieces[i][1]), head, "office"))
                    i += 1
        return out

    def _head_by_short_name(self, name: str) -> str | None:
        """The Secretary heading the department that name alone names ("USDA", "HHS"), as curated."""
        hit = next((x for x in self.gaz.find(name) if x.start == 0 and x.end == len(name)), None)
        return self.gaz.office_heading("Secretary", hit.id) if hit and hit.kind == "organization" else None

    def _plural_bodies(self, text: str) -> list[Mention]:
        """'The Councils shall ...' in an order that establishes two or more councils: each of them."""
        out: list[Mention] = []
        kinds = {n.id: n.type for n in self.x.new_nodes} if self.bodies_here else {}
        for m in _PLURAL_BODIES.finditer(text):
            kind = _KINDS.get(re.sub(r"\s+", " ", m.group(1)).lower()[:-1])
            named = [b for b in dict.fromkeys(self.bodies_here) if kinds.get(b) == kind]
            if len(named) >= 2:
                out += [Mention(m.start(1), m.end(1), b, "organization") for b in named]
        return out

    def _plural_heads(self, text: str) -> dict[int, Mention]:
        """'the Directors of the Office of Management and Budget and the Office of Personnel Management': one
        office per organisation listed after a plural title, keyed by where the organisation's name starts."""
        found: dict[int, Mention] = {}
        for m in _PLURAL_TITLE.finditer(text):
            title = _SINGULAR[m.group(1)]
            at = base = m.end()
            for org in self.gaz.find(text[base : base + 300]):
                org = Mention(base + org.start, base + org.end, org.id, org.kind)
                gap = text[at : org.start]
                if org.kind != "organization" or not re.fullmatch(r"(?:\s*,\s*|\s+and\s+|,\s*and\s+)?(?:the\s+)?", gap):
                    break
                whole = org
                curated = self.gaz.office_heading(title, org.id)
                node_id = curated or self._new_office(_office_of(title, org.id),
                                                      f"{title} of {normalize(text[whole.start : whole.end])}")
                # the first office's name starts at the title ("the Directors of ..."), so it reads as a subject
                begin = m.start() + len(m.group(0)) - len(m.group(0).lstrip()) if not found else whole.start
                found[whole.start] = Mention(begin if at == base else whole.start, whole.end, node_id, "office")
                at = whole.end
        return found

    def _deputy_of(self, text: str, office: Mention) -> Mention | None:
        """'the Deputy Director of the Office of Personnel Management' (office/deputy-director-of-opm): the
        deputy's own office, named from the office it is deputy to; None for a title in lower case."""
        deputy = _DEPUTIES.search(text[max(0, office.start - 40) : office.start])
        if deputy is None or not deputy.group(0)[:1].isupper():
            return None
        start = office.start - (len(text[max(0, office.start - 40) : office.start]) - deputy.start())
        node_id = "office/" + slug(deputy.group(0).strip()) + "-" + office.id.split("/", 1)[1]
        end = office.end
        field = re.match(_FIELD, text[office.end :])
        if field:  # "the Under Secretary of State for Public Diplomacy": an office of its own
            node_id += "-" + slug(field.group(0))
            end = office.end + field.end()
        return Mention(start, end, self._new_office(node_id, normalize(text[start:end])), "office")

    def _head_of(self, text: str, org: Mention, members: bool = False) -> Mention | None:
        """'the Director of CDC', 'the Chairman of the Council on Environmental Quality': the office that
        heads an organisation the gazetteer knows, though no curated office names it. Its id is the
        title and the organisation's id (`office/director-of-cdc`), as curated offices are written;
        a deputy, an acting or an assistant head is not the head."""
        m = _HEAD_TITLE.search(text[max(0, org.start - 40) : org.start])
        if m is None:
            return None
        # "The Chairman of the Committee shall ...": the chair of a body this text names is a role. But "the
        # Administrator of the Energy Research and Development Administration" heads an agency, "the Director of the
        # United States Sinai Support Mission" holds an office of its own, and in a list of members "the Chairman of
        # the Advisory Council on Historic Preservation (ACHP)", of a body this order neither establishes nor names as
        # a subject, is an office.
        named_here = any(n.id == org.id and n.type != "Agency" for n in self.x.new_nodes)
        a_head = re.match(r"(?:Director|Administrator)\b", m.group("title"))
        if named_here and not a_head and (not members or org.id in (*self.bodies_here, *self.bodies_named)):
            return None
        start = org.start - (len(text[max(0, org.start - 40) : org.start]) - m.start("title"))
        if re.search(r"\b(?:[Aa]cting|[Vv]ice)\s+$", text[:start]):
            return None
        title = re.sub(r"\s+", " ", m.group("title"))
        deputy = _DEPUTIES.search(text[max(0, start - 40) : start])
        if deputy:  # "the Deputy Director of the Office of Personnel Management": an office of its own, not the head
            if not deputy.group(0)[:1].isupper():
                return None  # "an assistant director of ...": not a title
            start -= len(text[max(0, start - 40) : start]) - deputy.start()
            title = re.sub(r"\s+", " ", deputy.group(0).strip()) + " " + title
        unit = _UNIT_AFTER.match(text, org.end)
        if unit:  # "the Commissioner of the GSA Public Building Service": the head of the unit, not of GSA
            name = normalize(text[start : unit.end()])
            return Mention(start, unit.end(), self._new_office(_office_id(name), name), "office")
        return Mention(start, org.end, self._head_office(title, org, text[org.start : org.end], text[start : org.end]),
                       "office")

    def _head_office(self, title: str, org: Mention, org_name: str, phrase: str) -> str:
        """The id of the office titled `title` that heads `org`: the curated one, else the one this order first
        minted for that title and organisation, else a new one named by `phrase` ("the Director of CDC")."""
        curated = self.gaz.office_heading(title, org.id)
        if curated:
            return curated
        node_id = self.head_ids.setdefault((title.lower(), org.id), _head_id(title, org.id, org_name, phrase))
        return self._new_office(node_id, normalize(phrase))

    def bodies(self, text: str) -> list[Mention]:
        return [m for m in self.actors(text) if m.kind == "organization"]

    # -- defined names and new bodies ------------------------------------------------------

    def define_offices(self, text: str) -> None:
        """An office no gazetteer knows, named with the short name the order gives it: "the Intellectual
        Property Enforcement Coordinator (Coordinator)", "the Chief Data Officer (the "Officer")": a node
        under its name, found afterwards by either name."""
        for m in _NAMED_OFFICE.finditer(text):
            name = normalize(m.group("name"))
            field = re.search(r"\s(?:for|of|on|to)\s", name)
            short = re.match(r"\s*\(([^()]*)\)", text[m.end() :])
            initials = "".join(w[0] for w in name.split() if w[0].isupper())
            if field and short and name[: field.start()].split()[-1] not in short.group(1) and (
                    short.group(1).strip("“”\" ") != initials):
                continue  # "the Chief Executive Officer of the ... Corporation (DFC)": the short name is the body's
                # (but "the Special Presidential Envoy for Hostage Affairs (SPEHA)" is the office's)
            if self.gaz.find(name) or self.gaz.find(m.group(0)) or _ROLE.fullmatch(name):
                continue  # (known under its whole name: "the United States Trade Representative")
            self.gaz.add(name, self._new_office(_office_id(name), name), "office")

    def define_titles_before_administrator(self, text: str) -> None:
        """"the Housing and Home Finance Administrator", "the Federal Civil Defense Administrator": the head of the
        agency whose name the words before "Administrator" begin (the Housing and Home Finance Agency, the Federal
        Civil Defense Administration), where the gazetteer knows that agency; found afterwards by that title. A title
        whose agency no curated file knows ("the Price Administrator", "the Stabilization Administrator") is an office
        under its own name, as the gold files mint it (office/price-administrator)."""
        for m in _TITLE_BEFORE_ADMINISTRATOR.finditer(text):
            words = m.group("words").split()
            title = " ".join(words) + " Administrator"
            if title in self.gaz.names or words[0] in ("Deputy", "Assistant", "Associate", "Acting", "Regional"):
                continue
            for kind_word in ("Administration", "Agency"):
                org_name = " ".join(words) + " " + kind_word
                org = next((x for x in self.gaz.find(org_name)
                            if x.start == 0 and x.end == len(org_name) and x.kind == "organization"), None)
                if org is not None:
                    node_id = self.gaz.office_heading("Administrator", org.id) or self._new_office(
                        _head_id("Administrator", org.id, org_name, f"Administrator of the {org_name}"),
                        f"Administrator of the {org_name}")
                    self.gaz.add(title, node_id, "office")
                    break
            else:  # ("the USDS Administrator": the United States DOGE Service Administrator, as the order spells it;
                # an initialism the order does not spell out gives no name)
                full = self._spelled_out(title)
                if full != title or not re.search(r"\b[A-Z]{2,}\b", title):
                    self.gaz.add(title, self._new_office(_office_id(full), full), "office")

    def define_short_names(self, text: str) -> None:
        actors: list[Mention] | None = None
        amended: Mention | None = None  # the last Act named outside parentheses
        for mention in self.gaz.find(text):
            if (mention.kind == "statute" and amended is not None
                    and _AMENDED_BY_END.search(text, max(0, mention.start - 60), mention.start)
                    and not _initials_of(text[mention.start : mention.end], _short_after(text, mention.end, True))):
                # "the Protecting Europe's Energy Security Act of 2019 (...), as amended by section 1242 of the National
                # Defense Authorization Act for Fiscal Year 2021 (Public Law 116-283) (PEESA)": the Act amended (but
                # "..., as amended by the Oil Pollution Act of 1990 (OPA)" names the amending Act, by its initials)
                mention = dataclasses.replace(mention, id=amended.id)
            elif mention.kind == "statute" and text.count("(", 0, mention.start) <= text.count(")", 0, mention.start):
                amended = mention
            m = _short_after(text, mention.end, mention.kind == "statute")
            if (m and mention.kind != "statute" and _BY_WHOM.search(text[max(0, mention.start - 40) : mention.start])
                    and m.group("short").strip().lower() not in text[mention.start : mention.end].lower()
                    and not m.group("short").strip().isupper()):
                # "an official designated by the President (the “Official”)": the official, not the President
                # (but "designated by the Secretary of Education (Secretary)" names the Secretary)
                continue
            short = m.group("short") if m else ""
            if (m and not m.group("paren") and mention.kind != "statute"
                    and _NAME_TAIL.search(text[max(0, mention.start - 40) : mention.start])):
                continue  # ("the Committee on Selection of the Director of the FBI, hereinafter referred to as the
                # Committee": the tail of a longer name; its establishment gives the body its short name)
            if (m and m.group("paren") and mention.kind == "organization"
                    and (tail := _NAME_TAIL.search(text[max(0, mention.start - 40) : mention.start]))
                    and short.strip().lower() not in text[mention.start : mention.end].lower()
                    and tail.group(0).split()[0].lower() in short.lower().split()
                    and any(short.strip().lower().endswith(kind) for kind in _KINDS)):
                continue  # ("a Task Force on the United States Postal Service (Task Force)", EO 13829: the short name
                # of the longer name, which its establishment gives it, not of the Postal Service)
            if (short.strip() and short not in self.gaz.names
                    and (not re.search(r"\d", short) or re.fullmatch(r"\d{4} Act", short.strip()))
                    and not _ROLE.fullmatch(short.strip())):
                if mention.kind == "organization":
                    # "the Administrator of the Federal Energy Administration (... the "Administrator")": the office
                    actors = actors if actors is not None else self.actors(text)  # (once a text, when needed)
                    mention = next((a for a in actors if a.end == mention.end and a.start < mention.start), mention)
                self.gaz.add(short.strip(), mention.id, mention.kind, acronym=True)
                if mention.kind == "statute" and short.strip() == "Act":
                    self._the_act_in_lower_case(mention.id)

        # "the Under Secretary of Defense for Acquisition and Sustainment (Under Secretary)": an office the gazetteer
        # finds only in part (a deputy's or a field's), with its short name
        whole = {(x.start, x.end) for x in self.gaz.find(text)}  # (those the loop above has read)
        if "(" in text and actors is None:
            actors = self.actors(text)
        for actor in actors or []:
            m = _SHORT.match(text[actor.end :]) if actor.kind == "office" and (actor.start, actor.end) not in whole \
                and not _BY_WHOM.search(text[max(0, actor.start - 40) : actor.start]) else None
            short = m.group("short").strip() if m and m.group("paren") else ""
            # (not "The Secretaries of the Treasury, Labor, and Health and Human Services (Secretaries)": all of them)
            if (short and short not in self.gaz.names and not _ROLE.fullmatch(short) and not re.search(r"\d", short)
                    and (short.isupper() or not short.endswith("s"))):
                self.gaz.add(short, actor.id, "office", acronym=True)

        # "Except as otherwise noted, “the Secretary” shall refer to the Secretary of Homeland Security"
        for m in _DEFINED_TERM.finditer(text):
            short = m.group("short").strip()
            named = next((x for x in self.actors(text[m.end() :]) if x.start <= 4), None)
            office = re.match(
                # ("the Administrator of the Office of Federal Public Procurement Policy", EO 14275: "of" in the name)
                rf"the\s+(?P<name>{re.escape(short)}\s+of\s+(?:the\s+)?[A-Z][\w'’-]*"
                r"(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-Z][\w'’-]*)*)", text[m.end() :])
            if named is None and office and short not in self.gaz.names and re.search(rf"{_OFFICE_TITLE}$", short):
                # '"High Commissioner" means the High Commissioner of the Ryukyu Islands' (EO 11326): an office no
                # gazetteer knows, defined by its title
                name = normalize(office.group("name"))
                named = Mention(m.end(), m.end() + office.end(), self._new_office(_office_id(name), name), "office")
            if named is not None and short not in self.gaz.names and not _ROLE.fullmatch(short):
                self.gaz.add(short, named.id, named.kind, acronym=True)

    def define_titles(self, text: str) -> None:
        """"The Secretary shall ..." in an order that defines no such short name but names one office of that
        title ("The Secretary of the Interior is authorized to ... The Secretary shall prescribe ..."): the bare
        title is that office, as a defined short name would be. Not where the order names two offices of the
        title (the Secretaries of State and of Defense) before its last bare use, nor before the office is named
        in full."""
        for title in _BARE_TITLES:
            if title in self.gaz.names:
                continue  # a short name the order defines ("the Secretary of Labor (Secretary)") wins
            bare = [m for m in re.finditer(rf"\b[Tt]he\s+{title}\b", text)
                    if self._bare_title(text, m.end() - len(title), m.end())]
            if not bare:
                continue
            named = [x for x in self.actors(text) if x.kind == "office"
                     and re.match(rf"{title}\s+(?:of|for)\s", normalize(text[x.start : x.end]))]
            # every "<title> of ..." of the order is that office ("the Secretary of the Department in which the Coast
            # Guard is operating" is a second Secretary, though no gazetteer names it)
            others = [o for o in re.finditer(rf"\b{title}\s+(?:of|for)\s", text)
                      if not any(x.start == o.start() for x in named)]
            # offices of the title named only after the last bare use ("(2) The Secretary of Agriculture" in a
            # later list of members) cannot be what it means
            last = bare[-1].start()
            named = [x for x in named if x.start < last]
            others = [o for o in others if o.start() < last]
            if len({x.id for x in named}) == 1 and not others and named[0].start < bare[0].start():
                self.gaz.add(title, named[0].id, "office", acronym=True)
                self.bare_titles.add(title)

    def define_said_titles(self, text: str) -> None:
        """"The said Director shall report directly to the Secretary of State" (EO 10610): "the said <title>" is the
        office of that title named last before it, as in older orders it always is. Only where every such use in
        the order points to the same office."""
        if self.said_titles is None:  # (once per order: it is asked again after each block's establishments)
            self.said_titles = [t for t in _BARE_TITLES if re.search(rf"\b[Tt]he\s+said\s+{t}\b", text)]
        for title in self.said_titles:
            uses = list(re.finditer(rf"\b[Tt]he\s+said\s+{title}\b(?!\s+(?:of|for)\s)", text))
            if not uses or f"said {title}" in self.gaz.names:
                continue
            targets = set()
            for use in uses:
                named = [x for x in self.actors(text[: use.start()]) if x.kind == "office"
                         and re.match(rf"{title}\s+(?:of|for)\s", normalize(text[x.start : x.end]))]
                targets.add(max(named, key=lambda x: x.start).id if named else None)
            if len(targets) == 1 and None not in targets:
                self.gaz.add(f"said {title}", targets.pop(), "office", acronym=True)

    def _matches(self, pattern: re.Pattern[str]) -> list[re.Match[str]]:
        """pattern's matches in the order's whole text (the same for every block), found once."""
        if pattern not in self._found:
            self._found[pattern] = list(pattern.finditer(self.text))
        return self._found[pattern]

    def define_boards_of_directors(self, text: str) -> None:
        """"The board of directors of the Reconstruction Finance Corporation ... shall ... submit the reports" (EO
        9665): a corporation's board, named in lower case after its corporation, is a body of its own,
        `org/<corporation>-board-of-directors` (the gold files' id), that the order may direct."""
        for m in self._matches(_BOARD_OF_DIRECTORS):
            corporation = next((x for x in self.bodies(text[m.end() : m.end() + 200]) if x.start == 0), None)
            if corporation is None:
                continue
            name = normalize(text[m.start(1) : m.end() + corporation.end])
            if name not in self.gaz.names:
                node_id = f"{corporation.id}-board-of-directors"
                self.x.new_nodes.append(NewNode(node_id, "Board", name))
                self.gaz.add(name, node_id, "organization")

    def define_staff_heads(self, text: str) -> None:
        """"There shall be an Executive Director of the Working Group" (EO 13688), "The Commission shall have an
        Executive Director, who shall be designated by the President" (EO 11256): "the Executive Director" is an office
        of that body, `office/executive-director-of-<body>`, as the gold files mint it. Only where each title the
        order uses this way belongs to one body."""
        if self.staff_titles is None:  # (once per order: asked again after each block's establishments)
            self.staff_titles = sorted({normalize(m.group(0)) for m in _STAFF_TITLE.finditer(text)})
        for title in self.staff_titles:
            if title in self.gaz.names:
                continue
            heads: set[str | None] = set()  # (None: a use whose body is not known, so the title is not one body's)
            spaced = title.replace(" ", r"\s+")
            for m in re.finditer(rf"\b(?:[Aa]n?|[Tt]he)\s+{spaced}\b", text):
                of = re.match(r"\s+of\s+(?:the\s+)?", text[m.end() :])
                have = re.search(r"\bshall\s+have\s+$", text[max(0, m.start() - 20) : m.start()])
                held = re.search(r"\bshall\s+(?:be|serve\s+as)\s+$", text[max(0, m.start() - 20) : m.start()])
                lead = re.split(r"[.;:]\s+|\n", text[max(0, m.start() - 300) : m.start()])[-1]
                if of and held and (_UNKNOWN_OFFICE.search(lead) or any(x.kind == "office" for x in self.actors(lead))):
                    body = None  # "The Science Adviser to the President shall be the Executive Secretary of the
                    # Council" (EO 11472): a role an office named holds, not an office of its own
                elif of:
                    body = next((x.id for x in self.bodies(text[m.end() + of.end() : m.end() + of.end() + 200])
                                 if x.start == 0), None)
                elif have and re.match(r"\s*an?\s", text[m.start() :]):
                    lead = text[max(0, m.start() - 300) : m.start() - len(have.group(0))]
                    lead = re.split(r"[.;:]\s+|\n", lead)[-1]
                    found = [x for x in self.bodies(lead) if not lead[x.end :].strip()]
                    body = found[-1].id if found else None
                else:
                    continue
                heads.add(body)
            if len(heads) == 1 and None not in heads:
                body = str(heads.pop())
                node_id = self._new_office(_office_of(title, body), f"{title}, {body}")
                self.gaz.add(title, node_id, "office", acronym=True)
        # "The Office shall be under the immediate supervision and direction of a Director, who shall be designated by
        # the President" (EO 11599): "the Director" heads the body the sentence's subject names
        for m in self._matches(_BODY_HEADED_BY):
            title = m.group("title")
            lead = re.split(r"[.;:]\s+|\n", text[max(0, m.start() - 300) : m.start()])[-1]
            found = [x for x in self.bodies(lead) if not lead[x.end :].strip()]
            if title in self.gaz.names or not found or found[-1].id not in self.bodies_here:
                continue
            body, body_name = found[-1], re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", lead[found[-1].start : found[-1].end])
            # (the id the order's other mentions of "the Director of <body>" get, whichever comes first)
            self.gaz.add(title, self._head_office(title, body, body_name, f"{title} of {body_name}"), "office",
                         acronym=True)
        for m in self._matches(_AT_THE_HEAD_OF):
            title, named = m.group("title"), m.group("body")
            if title in self.gaz.names:
                continue
            found = [x for x in self.bodies(named) if x.start <= 4]
            kinds = {n.id: n.label for n in self.x.new_nodes}
            # ("the Office": the kind word of the body the order established, when it names one body of that word)
            here = [b for b in dict.fromkeys(self.bodies_here) if kinds.get(b, "").endswith(" " + named.split()[-1])]
            if found:
                body, body_name = found[0], re.sub(r"^(?:[Tt]he|[Aa]n?)\s+", "", named[found[0].start : found[0].end])
            elif len(here) == 1:
                body, body_name = Mention(0, len(named), here[0], "organization"), kinds[here[0]]
            else:
                continue
            self.gaz.add(title, self._head_office(title, body, body_name, f"{title} of {body_name}"), "office",
                         acronym=True)

    def define_bare_bodies(self, text: str) -> None:
        """"The Council shall consist of ..." in an order that establishes no body and gives no short name, but
        names one council in full before it ("... to activate immediately the Energy Resources Council ..."): the
        bare kind is that body, as a defined short name would be. Not where two bodies of the kind are named
        before the bare word (the Council on Environmental Quality and the Energy Resources Council)."""
        if _ESTABLISH.search(text) or _ESTABLISHED.search(text):
            return  # (an established body's kind word names it once it is minted: _new_body)
        for word in _KIND_WORDS:
            if word in self.gaz.names or re.search(rf"\b{word}s\b", text) or re.search(
                    rf"\b(?:[Aa]|[Aa]n)\s+(?:[a-z]+\s+){{0,3}}(?i:{word})\b", text):
                continue  # several bodies of the kind ("Each Council"), or one the order makes ("create a Board")
            bare = next((m for m in re.finditer(rf"\b[Tt]he\s+{word}\b", text)
                         if self._bare_title(text, m.end() - len(word), m.end())), None)
            if bare is None:
                continue
            before = text[: bare.start()]
            named: dict[str, tuple[str, str | None]] = {}  # lowered name -> (name, gazetteer id)
            for m in re.finditer(r"(?:^|(?<=[\s(]))(?:[Aa]|[Aa]n|[Tt]he)\s+(?=[A-Z])", before):
                parsed = self._parse_name(before[m.start() :])
                lead = before[: m.start()]
                if parsed is None or len(parsed[0].split()) < 2 or (
                        lead.count("“") > lead.count("”") or lead.count('"') % 2):
                    continue  # (not a name in a quoted title: 'EO 10898, entitled "Establishing the X Board,"')
                name = parsed[0]
                head = re.split(r"\s+(?:on|for|of|to|in)\s+", name, maxsplit=1)[0]
                if not re.search(rf"(?<![\w-]){word}$", head) and not re.search(rf"(?<![\w-]){word}$", name):
                    continue
                known = next((x for x in self.gaz.find(name) if x.start == 0 and x.end >= len(name) - 1), None)
                if known is not None and known.kind != "organization":
                    continue
                named.setdefault(name.lower(), (name, known.id if known else None))
            if len(named) != 1:
                continue
            name, known_id = next(iter(named.values()))
            if known_id is None:
                kind = self._kind(name)
                if kind is None:
                    continue
                self.bodies_named.add(self._new_body(name, None, kind))  # (its kind word now names it)
            else:
                self.gaz.add(word, known_id, "organization", acronym=True)

    @staticmethod
    def _bare_title(text: str, start: int, end: int) -> bool:
        """The title stands alone ("The Secretary shall"), not inside a longer one ("the Secretary of the Department
        in which ...", "the Executive Secretary", "the Secretary General")."""
        return not (re.match(r"\s+(?:of|for|to|General|[A-Z])\b|[-’']", text[end:])
                    or re.search(r"\b(?!The\b)[A-Z][\w-]*\s+$", text[max(0, start - 30) : start]))

    def define_acts(self, text: str) -> None:
        """An Act the text names by its title, though the curated gazetteer does not know it ("the
        Burmese Freedom and Democracy Act of 2003", "the National Defense Authorization Act for
        Fiscal Year 2018"): a statute node, so that it is cited (tests/gold/README.md: a named Act
        counts as cited). Its id is the title, with its year ("tariff-act-of-1930"; an NDAA:
        `ndaa-fy<year>`); the title without the year then names the same Act in that order."""
        known = [x for x in self.gaz.find(text) if x.kind == "statute"]
        for m in _ACT_TITLE.finditer(text):
            if any(x.start < m.end() and m.start() < x.end and x.end >= m.end("name") - 2 for x in known):
                continue  # part of a name the gazetteer knows ("Robert T. Stafford Disaster Relief ... Act"); but "the
                # GPRA Modernization Act of 2010" is an Act of its own, though "GPRA" names another
            if re.search(r"[A-Z][\w’'-]*,\s+(?:and\s+)?$", text[max(0, m.start() - 60) : m.start()]):
                continue  # the tail of a title with commas ("Foreign Operations, and Related Programs ... Act")
            if re.match(r"\s+\d+\s+of\s+(?:18|19|20)\d\d\b", text[m.end() :]):
                continue  # another country's law, numbered in its year ("Expropriation Act 13 of 2024", EO 14204)
            # "Title III of the Bankhead-Jones Farm Tenant Act": the part cited is not the Act's name
            name = _PART_OF_ACT.sub("", normalize(m.group("name")))
            if re.search(r"\b(?:[Tt]itle|[Ss]ection|[Pp]art|[Cc]hapter|[Ss]ubtitle|[Dd]ivision)\s+$",
                         text[max(0, m.start() - 20) : m.start()]):
                # "title III of the Prioritizing Resources ... Act": the name starts after the part's number
                name = re.sub(r"^(?:[IVXLC]+|\d+[A-Za-z]?)\s+of\s+(?:the\s+)?", "", name)
            words = _act_named_alone(name, self.text).split()
            if words and re.fullmatch(r"[A-Z]{2,}['’]s", words[0]):
                # "the EPA's Water Infrastructure Finance and Innovation Act": an agency's acronym is no part of the
                # name (but "America's Water Infrastructure Act of 2018" keeps its possessive)
                words.pop(0)
            while words and words[0] in _ACT_LEAD and (words[0] != "Public" or words[1:2] == ["Law"]):
                # ("Public Law 101-611", but "the Public Works and Economic Development Act"; "Law" goes only with
                # "Public": "the Law Enforcement Officers Safety Act of 2004" keeps it)
                del words[: 2 if words[0] == "Public" else 1]
            if len(words) < 2 or all(w.isupper() for w in words[:-1]) or re.search(
                    r"\((?:the\s+)?[“\"]?\s*$", text[: m.start()]) or (not m.group("year") and re.search(
                    rf"(?:\(|here(?:in)?after\s+referred\s+to\s+as\s+)(?:the\s+)?[“\"]?(?:the\s+)?"
                    rf"{re.escape(' '.join(words))}(?:[”\"]?\)|,?[”\"]?[,;.])", self.text)):
                continue  # "(NQI Act)", "the NQI Act", "(the Trade Act)": a short name the text defines, not a title
            name = " ".join(words)
            inner = (re.match(r"[A-Z][a-z]+ing\s.*\b(?:of|under|to|by|in)\s+the\s+(?=[A-Z])", name)
                     or _TITLE_LEAD.match(name))
            if inner:  # a document's title: "Prescribing Regulations ... of the Career Compensation Act of 1949",
                # "Administration of the Agricultural Trade Development and Assistance Act Of 1954" (EO 10915)
                name = name[inner.end() :]
            if re.search(r"\b[Tt]o\s+Act$", name):
                continue  # "Prescribing the Order of Succession of Officers To Act as Secretary": a verb
            if re.search(r"\b(?:and|or)\s+the\s+Act$", name):
                continue  # "consistent with the provisions of these Regulations and the Act" (EO 9786): two things
            if name.endswith("Code") and not m.group("year") and not (
                _CITED_INTO.search(text[max(0, m.start() - 60) : m.start()])
                or re.match(r"\s*\(\d+A?\s+Stat", text[m.end() :])
            ):
                continue  # a Code is a statute where the text cites into it ("Title 2 of the Canal Zone Code"), not a
                # model code ("the International Energy Conservation Code")
            year = m.group("year") or _the_one_year(name, self.text)
            full = name + (f" of {year}" if year else "")
            full += f", {m.group('comma_year')}" if m.group("comma_year") else ""
            known_full = next((x for x in self.gaz.find(full) if x.start == 0 and x.end >= len(full) - 1), None)
            if known_full is not None and year and not m.group("year"):
                self.gaz.add(name, known_full.id, "statute")  # ("the Rehabilitation Act" after "... Act of 1973")
            if known_full is not None or (
                    not year and any(x.start == 0 and x.end >= len(name) for x in self.gaz.find(name))):
                continue  # known; but "the Internal Revenue Code of 1954" after "... of 1939" is another Code
            twin = _ocr_twin(full, self.gaz.names, self.text)
            if twin is not None:  # "the Federal Civii Defense Act of 1950" (EO 10958): a scan's slip, not another Act
                self.gaz.add(full, twin, "statute")
                continue
            fy = m.group("fy")
            if fy and name.endswith("National Defense Authorization Act"):
                # (also one named for a member: "the Duncan Hunter National Defense Authorization Act for Fiscal Year
                # 2009", EO 13483)
                node_id, full = f"statute/ndaa-fy{fy}", f"{name} for Fiscal Year {fy}"
            elif fy:
                continue
            else:  # the year is part of the short title: the Foreign Service Acts of 1946 and 1980 differ
                node_id = "statute/" + slug(re.sub(r"['’]", "", full))
            # "the Mutual Educational and Cultural Exchange Act of 1961 (Public Law 87-256), also known as the
            # Fulbright-Hays Act" (EO 13750): the other name of the Act just named
            aka = _ALSO_KNOWN_AS.search(text, max(0, m.start() - 120), m.start())
            named = [x for x in self.gaz.find(text[: aka.start()]) if x.kind == "statute"] if aka else []
            # (only a cite may stand between the two names: ", Public Law 87-256, as amended")
            if named and text[named[-1].end : aka.start()].strip(" ,;()").count(" ") <= 4:
                self.gaz.add(full, named[-1].id, "statute")
                self.gaz.add(name, named[-1].id, "statute")
                continue
            self.x.new_nodes.append(NewNode(node_id, "Statute", full))
            self.gaz.add(full, node_id, "statute")
            if not fy:
                self.gaz.add(name, node_id, "statute")
        self._bare_title_is_the_dated_one(text)
        self._define_long_titles(text)

    def _bare_title_is_the_dated_one(self, text: str) -> None:
        """"section 4916(b) of the Internal Revenue Code of 1954", then "section 4911 of the Internal Revenue Code":
        in an order that names one dated version of a title, the title alone is that version, though the gazetteer
        knows the title alone as another (tests/gold/README.md, heldout35: EO 11224)."""
        dated: dict[str, set[str]] = {}
        for x in self.gaz.find(text):
            year = re.fullmatch(r"(.+?)\s+of\s+(?:18|19|20)\d{2}", text[x.start : x.end].strip())
            if x.kind == "statute" and year:
                dated.setdefault(normalize(re.sub(r"^(?:the\s+)", "", year.group(1))), set()).add(x.id)
        for title, ids in dated.items():
            known = self.gaz.names.get(title)
            if len(ids) == 1 and known and known[1] == "statute" and known[0] not in ids:
                self.gaz.repoint(title, next(iter(ids)), "statute")

    def _define_long_titles(self, text: str) -> None:
        """An Act named only by its long title: 'section 4 of the act entitled "An Act to authorize ... and for
        other purposes."' is an Act of its own, its id made from the title (tests/gold/README.md, heldout20; so is a
        joint resolution named by its title, heldout61), unless
        the gazetteer knows the title ("An Act to Promote the Defense of the United States": the Lend-Lease Act)."""
        for m in [*_LONG_TITLE.finditer(text), *_RESOLUTION_TITLE.finditer(text)]:
            title = normalize(m.group("title")).rstrip(".,; ")
            if any(x.start == 0 and x.end >= len(title) - 1 for x in self.gaz.find(title)):
                continue
            node_id = "statute/" + slug(re.sub(r"['’]", "", title))
            if node_id not in {n.id for n in self.x.new_nodes}:
                self.x.new_nodes.append(NewNode(node_id, "Statute", title))
            self.gaz.add(title, node_id, "statute")

    def define_the_act(self, text: str) -> None:
        """'the Act' in an order that names exactly one Act before it (the statement of authority
        "including the Federal Vacancies Reform Act of 1998, as amended", then "the limitations
        set forth in the Act") is that Act; with two or more Acts named it stays unresolved."""
        if "Act" in self.gaz.names or "the Act" in self.gaz.names:
            return
        for defined in _HEREINAFTER_ACT.finditer(text):
            # "... under the National Science and Technology Policy, Organization, and Priorities Act of 1976,
            # hereinafter referred to as the Act (90 Stat. 459 ...)": the Act named just before, however many others
            # the order names (EO 12039)
            before = text[max(0, defined.start() - 300) : defined.start()]
            named = [x for x in self.gaz.find(before) if x.kind == "statute"
                     and re.fullmatch(r"[\s,]*(?:as\s+amended[\s,]*)?", before[x.end :])]
            if named:
                self.gaz.add(f"the {defined.group('act')}", named[-1].id, "statute", acronym=True)
                self._the_act_in_lower_case(named[-1].id)
                return
        # ("The provisions of said Act shall apply only to ...", EO 9834: the same)
        first = re.search(r"\b(?:the|said)\s+Act\b(?!\s+of\b)", text)
        if not first:
            return
        named = {x.id for x in self.gaz.find(text[: first.start()]) if x.kind == "statute"}
        if len(named) == 1:
            act = named.pop()
            self.gaz.add("the Act", act, "statute", acronym=True)
            self.gaz.add("said Act", act, "statute", acronym=True)
            self._the_act_in_lower_case(act)

    def _the_act_in_lower_case(self, act: str) -> None:
        """An Act the order calls "the Act" is also "the act" in its older copies ("... 22 U.S.C. 2454 (hereinafter
        referred to as the Act)", then "sections 102 (b) (8) and 104 (e) of the act", EO 11820); not where "the act of
        May 18, 1933" names another Act by its date, or "the act entitled "An Act to ..."" by its title (EO 11749)."""
        if not re.search(r"\bthe\s+act\s+(?:of|entitled)\b", self.text):  # (anywhere in the order: "the act of an
            # individual casting a non-provisional ballot", EO 13799, is no Act)
            self.gaz.add("the act", act, "statute", acronym=True)

    def define_that_act(self, text: str) -> None:
        """'that Act' where every use of it follows the same one Act and no other ("Certain functions under the
        Federal Civil Defense Act of 1950 ... as follows: (a) All functions ... under section 201 (h) of that Act",
        EO 10958): that Act. With two Acts named before its last use it stays unresolved."""
        uses = list(re.finditer(r"\bthat\s+Act\b(?!\s+of\b)", text))
        if not uses or "that Act" in self.gaz.names:
            return
        named = {x.id for x in self.gaz.find(text[: uses[-1].start()]) if x.kind == "statute"}
        first = {x.id for x in self.gaz.find(text[: uses[0].start()]) if x.kind == "statute"}
        if len(named) == 1 and named == first:
            self.gaz.add("that Act", named.pop(), "statute", acronym=True)

    def define_bodies(self, text: str) -> None:
        """A body the text names and gives a short name, though this order does not establish it
        ("The Council shall convene a Users' Advisory Group (Group) pursuant to section 121 of
        Public Law 101-611"): a node, so that what the body is directed to do is read."""
        for m in re.finditer(r"(?:^|(?<=[\s(]))(?:[Aa]|[Aa]n|[Tt]he)\s+(?=[A-Z])", text):
            parsed = self._parse_name(text[m.start() :])
            if parsed is None or _ESTABLISH.search(text[max(0, m.start() - 80) : m.start()]):
                continue
            name, end, short = parsed
            if short is not None and short.lower().startswith(name.lower() + " "):
                continue  # "the Task Force (Task Force agency)": a term for its members, not the body's short name
            if short is None:
                # "The Committee on Interest and Dividends established by section 9 of EO 11627 is hereby
                # continued. The Committee shall be composed of ...": a body named as the subject of what
                # only a body does, though no gazetteer knows it and this order does not establish it
                if (m.group(0)[:1] == "T" and _BODY_PREDICATE.match(text, m.start() + end)
                        and not _ESTABLISH.search(text) and not _ESTABLISHED.search(text)
                        and not re.search(r"\band\s+the\b", name)  # two bodies: "the Board of X and the Board of Y"
                        # not the short name of a body the order establishes: "(Senior Advisory Committee)"
                        and not re.search(r"\((?:the\s+)?[“\"]?" + re.escape(name) + r"[”\"]?\)", self.text)
                        and self._kind(name) not in (None, "Agency") and len(name.split()) >= 3
                        # not the head of a longer name the order gives ("... Coordinating Council on Access and
                        # Mobility" established, then "the Interagency Transportation Coordinating Council shall:")
                        and not re.search(re.escape(name) + r"\s+(?:on|of|for|to)\s+[A-Z]", self.text)
                        # nor an official of a body: "the Director of the National Reconnaissance Office shall:",
                        # "the Members of the Nuclear Regulatory Commission shall:"
                        and not _BODY_OFFICIAL.match(name)
                        and name.lower() not in (n.lower() for n in self.gaz.names)
                        and not any(x.start == 0 and x.end >= len(name) - 1 for x in self.gaz.find(name))):
                    self.bodies_named.add(self._new_body(name, None, self._kind(name)))  # type: ignore[arg-type]
                continue
            kind = self._kind(name)
            if kind is None or len(name.split()) < 2 or _ROLE.fullmatch(short) or re.search(r"\d", short):
                continue
            if _NAME_TAIL.search(text[max(0, m.start() - 40) : m.start()]) and re.search(
                    r",\s*here(?:in)?after", text[m.start() : m.start() + end]):
                continue  # "The Chief of the United States Diplomatic Mission to ..., hereinafter referred to as the
                # Chief of Mission": the official's short name, not the Mission's
            if re.search(r"\band\s+the\s+[A-Z]", name) or _ROLE_HEAD.match(name):
                continue  # "the Deputy Director ... and the Chair of the President's Management Council (PMC)"
            if re.search(rf"\b{re.escape(short)}\s+of\s+$", text[max(0, m.start() - 60) : m.start()]):
                # "the Director of the Office of X (hereinafter referred to as the Director)": the official's name
                continue
            if any(n.lower() == name.lower() for n in self.gaz.names) or any(
                    x.start == 0 and x.end >= len(name) - 1 for x in self.gaz.find(name)):  # not a part ("President")
                continue
            acronym = short if re.fullmatch(r"[A-Z][A-Z&-]+", short) else None
            node_id = _body_id(name)  # the name, not the acronym (see _new_body)
            self.x.new_nodes.append(NewNode(node_id, kind, name, acronym))
            self.gaz.add(name, node_id, "organization")
            if short not in self.gaz.names:
                self.gaz.add(short, node_id, "organization", acronym=True)

    def _parse_name(self, rest: str) -> tuple[str, int, str | None] | None:
        """A body's name at the start of rest: (name, end offset, short name or None)."""
        m = re.match(r"(?:(?:[Aa]|[Aa]n|[Tt]he)\s+)?(?:new\s+)?(?:(?:interagency|inter-agency|interdepartmental)\s+)?"
                     r"([“\"]|``)?", rest)
        assert m is not None
        pos, quoted = m.end(), bool(m.group(1))
        words: list[tuple[int, int]] = []
        while True:
            ws = re.match(r"\s*(?:,\s*(?=(?:and\s+)?[A-Z]))?", rest[pos:])
            at = pos + (ws.end() if ws else 0)
            w = _NAME_WORD.match(rest, at) or (
                # "... Council on Emergency Preparedness and Individuals with Disabilities" (not "the Council with the
                # Secretary of State as its Chair")
                _NAME_WITH.match(rest, at) if words else None)
            if not w or (not words and not w.group(0)[:1].isupper()):
                break
            words.append((w.start(), w.end()))
            pos = w.end()
        # "the Board of Visitors for Testing in the Department of Education": the place is not the name
        for i in range(1, len(words)):
            word = rest[words[i][0] : words[i][1]]
            if word in ("in", "within", "at") and any(
                x.start == 0 for x in self.bodies(re.sub(r"^(?:the\s+)", "", rest[words[i][1] :].lstrip()))
            ):
                words = words[:i]
                break
        while words and rest[words[-1][0] : words[-1][1]] in ("of", "on", "for", "and", "the", "to", "in", "at"):
            words.pop()
        if not words:
            return None
        start, end = words[0][0], words[-1][1]
        if quoted and rest[start:end].endswith("''"):  # ``Name'': the closing quotes are not the name's
            end -= 2
        name = normalize(rest[start:end]).rstrip(",")
        if quoted:
            close = re.match(r"\.?\s*(?:[”\"]|'')", rest[end:])
            if close:
                end += close.end()
        short = _SHORT.match(rest[end:])
        acronym = None
        if short:
            acronym = short.group("short").strip()
            end += short.end()
        return name, end, acronym

    def _name_after_place(self, text: str) -> int | None:
        """In "Department of Commerce for administrative purposes, the Interagency Working Group on
        X", where the body's name starts: the latest "the/a/an Name" whose name is a kind of body."""
        best: tuple[int, int] | None = None
        for m in re.finditer(r"(?:^|[\s,])(?:the|a|an)\s+(?=[A-Z])", text[:400]):
            at = m.start() + (1 if text[m.start()] in " \t\n," else 0)
            if text.count("(", 0, at) > text.count(")", 0, at):
                continue  # ("... Cooperation (hereinafter referred to as the Institute)": its short name)
            parsed = self._parse_name(text[at:])
            if parsed is None or self._kind(parsed[0]) is None:
                continue
            end = at + text[at:].find(parsed[0]) + len(parsed[0])
            if best is None or end >= best[1]:
                best = (at, end)
        return best[0] if best else None

    @staticmethod
    def _kind(name: str) -> str | None:
        """The kind of body a name says: its head noun ("Council on X"), else its last word ("United States
        Court of Military Appeals Nominating Commission")."""
        heads = [name[: m.start()].lower() for m in re.finditer(r"\s+(?:on|for|of|to|in)\s+", name)] or [name.lower()]
        # a longer head, when the first words name no kind and no office: "Cost of Living Council Committee on
        # Health" is a committee (not "Director of the Office of X", an office's title)
        longer = [] if _TITLE_WORD.search(name[: len(heads[0])]) else heads[1:]
        for candidate in (heads[0], *longer, name.lower()):
            for word in sorted(_KINDS, key=len, reverse=True):
                if candidate.endswith(word):
                    return _KINDS[word]
        return None

    def established_subjects(self, block: Block, s: int, e: int) -> None:
        """'The Council on X (Council) is hereby established within the Department of Y.': the name is
        the subject of the sentence (after a list marker), a relative clause between commas skipped."""
        sentence = self.text[s:e]
        for m in _WHICH_ESTABLISHED.finditer(sentence):
            # the nearest "the/a/an Name" whose name (and short name) runs to the comma
            window = max(0, m.start() - 200)
            for art in reversed(list(re.finditer(r"\b(?:the|a|an)\s+(?=[A-Z])", sentence[window : m.start()]))):
                at = window + art.start()
                parsed = self._parse_name(sentence[at : m.start()])
                if parsed is None or not _SHORT_ONLY.fullmatch(sentence[at + parsed[1] : m.start()]):
                    continue
                # (also a Service: "an Interim Research and Intelligence Service, which is hereby established in")
                if kind := self._kind(parsed[0]) or ("Agency" if parsed[0].endswith(" Service") else None):
                    body = self._new_body(parsed[0], parsed[2], kind)
                    ev = self._establish(block, s, e, body)
                    # "..., which is hereby established in the Department of State,": housed there
                    within = _WITHIN.match(sentence, m.end() + 1 if sentence.startswith(" ", m.end()) else m.end())
                    place = None
                    if within:
                        place = next((x for x in self.bodies(sentence[within.end() :]) if x.start == 0), None)
                    if place is not None and place.id != body:
                        self.edge(body, "housed_at", place.id, ev)
                break
        if re.match(_MARKER + r"There\b", sentence):
            return
        declared = _DECLARED.search(sentence)
        verbs = list(_ESTABLISHED.finditer(sentence))
        if declared:  # (the declaration is the act: "... is established under the provisions of Title II of the Act")
            verbs += [v for v in _DECLARED_VERB.finditer(sentence, declared.end())
                      if not any(v.start() == w.start() for w in verbs)]
        for m in verbs:
            subject = sentence[: m.start()]
            if re.search(r"\bThere\s*$", subject):
                continue  # a heading run into "There is established ...": read by establishments()
            # a list marker, and a heading run into the text ("Establishment The President's Council ...")
            lead = re.match(
                _MARKER + r"(?:[A-Z][\w-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w-]*){0,4}\.?\s+(?=The\s+[A-Z]))?",
                subject,
            )
            # the name starts the sentence, or follows a leading clause ("To ensure that ..., the X
            # Advisory Committee (Committee) is hereby established"; "In 2001, the X ...")
            starts = [lead.end() if lead else 0] + [
                c.end() for c in re.finditer(r",\s+(?=(?:the|a|an)\s+(?:new\s+|inter-?agency\s+)?[A-Z])", subject)
            ] + ([declared.end()] if declared and declared.end() <= m.start() else [])
            found = None
            for at in starts:
                parsed = self._parse_name(subject[at:])
                known = next((x for x in self.bodies(subject[at:]) if x.start <= 4), None)
                if parsed is None and known is None:
                    continue
                if known is not None and parsed is not None and self._kind(parsed[0]) and (
                    len(normalize(subject[at:][known.start : known.end])) < len(parsed[0]) - 4
                ):
                    known = None  # "the National Quantum Initiative Advisory Committee": not the Initiative
                if at != starts[0] and known is None and self._kind(parsed[0]) is None:  # type: ignore[index]
                    continue
                name_end = at + (known.end if known is not None else parsed[1])  # type: ignore[index]
                between = subject[name_end:]
                between = re.sub(r"^\s*\([^()]{1,60}\)", "", between)
                # (also "..., consisting of representatives of the Departments of State, the Treasury, Commerce, and
                # Labor, with the representative of the Department of Commerce as Chairman, is hereby established",
                # EO 11651)
                if re.fullmatch(r"\s*(?:,[^,]*,|,\s*(?:which|who|that|as|consisting\s+of|composed\s+of)\b.*,)?\s*"
                                r"(?:\([^()]*\)\s*)?", between, re.S):
                    found = (parsed, known)
                    break
            if found is None:
                continue  # the subject is more than the name: "The head of the Council ... is established"
            parsed, known = found
            if known is not None:
                target = known.id
            else:
                name, _, short_name = parsed  # type: ignore[misc]
                kind = _established_kind(name, self._kind(name))
                if kind is None:
                    continue
                target = self._new_body(name, short_name, kind)
            ev = self._establish(block, s, e, target)
            place = re.match(r"\s*,?\s+(?:with)?in\s+(?:the\s+)?", sentence[m.end() :])  # (", within the OMB")
            if place:
                spot = next((x for x in self.bodies(sentence[m.end() + place.end() :]) if x.start == 0), None)
                if spot and spot.id != target:
                    self.edge(target, "housed_at", spot.id, ev)

    def _new_body(self, name: str, short_name: str | None, kind: str) -> str:
        """Mint a body the text establishes; its name, short name and capitalised kind then name it."""
        acronym = short_name if short_name and re.fullmatch(r"[A-Z][A-Z&-]+", short_name) else None
        numbered = short_name if short_name and re.search(r"\d", short_name) else None
        # the id is a numbered short name ("Task Force 250"), else the full name; an acronym is only
        # lex:acronym ("the President's Council of Advisors on Science and Technology (PCAST)" ->
        # org/presidents-council-of-advisors-on-science-and-technology, as the labels write it)
        # (an initialism the order spells out elsewhere is spelled out: "an NSCI Executive Council", after "the National
        # Strategic Computing Initiative (NSCI)", is the National Strategic Computing Initiative Executive Council)
        node_id = _body_id(numbered or self._spelled_out(name))
        if numbered is None and _GENERIC_BODY.fullmatch(name):
            # "a Steering Committee", "an Advisory Board": a name many orders give to different bodies, so one id
            # would merge them; the body is named after the one this order established before it ("There is
            # established within the Council a Steering Committee"), else after the order
            parent = next((b for b in reversed(self.bodies_here) if b != node_id), None)
            node_id = f"{parent}-{node_id[4:]}" if parent else f"org/{self.inst.id.replace('/', '-')}-{node_id[4:]}"
        self.x.new_nodes.append(NewNode(node_id, kind, name, acronym))
        self.gaz.add(name, node_id, "organization")
        if short_name and short_name not in self.gaz.names:
            self.gaz.add(short_name, node_id, "organization", acronym=True)
        self._name_by_kind(name, node_id)
        return node_id

    def _name_by_kind(self, name: str, node_id: str) -> None:
        """The capitalised kind word of a body this order establishes names it ("the Council"), unless it already
        names another; a second council of the order takes it over from the first."""
        head = re.split(r"\s+(?:on|for|of|to|in)\s+", name, maxsplit=1)[0]
        word = next((w for w in sorted(_KINDS, key=len, reverse=True) if head.lower().endswith(w)), None)
        if word is None:  # "the Cost of Living Council": the kind is the name's last word
            head = name
            word = next((w for w in sorted(_KINDS, key=len, reverse=True) if head.lower().endswith(w)), None)
        if word is not None:
            title = head[len(head) - len(word) :]
            if title[:1].isupper() and title.lower() not in (n.lower() for n in self.gaz.names):
                self.gaz.add(title, node_id, "organization", acronym=True)
            elif title in self.gaz.names and self.gaz.names[title][0] in (*self.bodies_here, *self.bodies_named):
                # a second council of this order: "the Council" now means the latest ("(1) ..., who shall be
                # Chairperson of the Council" in the second council's list of members)
                self.gaz.repoint(title, node_id, "organization")

    def _establish(self, block: Block, s: int, e: int, target: str) -> TextEvidence:
        """This order establishes target, once: "The Panel is established within X for administrative purposes"
        after "There is established the Panel" only houses it. The sentence's evidence, for the edges that follow."""
        again = target in self.bodies_here
        self.bodies_here.append(target)
        ev = self.evidence(block, s, e)
        if not again:
            self.edge(self.inst.id, "establishes", target, ev)
        return ev

    def establishments(self, block: Block, s: int, e: int) -> None:
        sentence = self.text[s:e]
        for m in _ESTABLISH.finditer(sentence):
            rest = sentence[m.end() :]
            # "There is established, as a subcommittee of the Committee, a Trade Negotiating Committee"
            # ", in accordance with section 205 (b) of the Act, the Development Loan Committee" (a phrase first)
            # ("There is hereby established, as a part of the Council on Environmental Quality and for administrative
            # purposes only, the Committee on Ocean Policy": the body it is part of houses it, EO 13366)
            part = re.match(r"[\s,]*as\s+(?:a\s+)?part\s+of\s+(?:the\s+)?(?=[A-Z])", rest)
            home = next((x for x in self.bodies(rest[part.end() :]) if x.start == 0), None) if part else None
            rest = _LEADING_PHRASE.sub("", rest)
            # "shall establish, with the offices, personnel, and facilities transferred ... by section 102 (a) of this
            # order, an agency in the Department of State which shall be known as ..." (EO 10610): a "with" phrase first
            rest = re.sub(r"^with\s+[^;]{1,220}?,\s*(?=(?:an?|the)\s+" + _NAMED_AS.pattern + ")", "", rest, flags=re.I)
            # "There is established as an interagency committee the President's Council on Integrity ..."
            rest = re.sub(r"^as\s+(?:a|an)\s+(?:[a-z-]+\s+){1,4}(?=the\s+[A-Z])", "", rest)
            place = home.id if home is not None else None
            # (also "within the structure of the National Security Council the Operations Coordinating Board", EO 10700)
            within = re.match(r"[\s,]*(?:with)?in\s+(?:the\s+(?:structure|framework)\s+of\s+)?(?:the\s+)?(?=[A-Z])",
                              rest)
            if within:  # "There is hereby established within the Executive Office of the President the ..."
                hit = next((x for x in self.bodies(rest[within.end() :]) if x.start == 0), None)
                if hit is not None:
                    place = hit.id
                    rest = rest[within.end() + hit.end :]
                    rest = re.sub(
                        r"^\s*(?:\([^()]{1,40}\))?\s*(?:for\s+administrative\s+purposes(?:\s+only)?)?[\s,]*", "", rest
                    )
                    # "within the Department of State, in accordance with section 3161 of title 5, United States
                    # Code, a temporary organization to be known as the ..."
                    rest = _LEADING_PHRASE.sub("", rest)
                else:  # a place the gazetteer does not know: the body's name is the last one with a kind
                    after = within.end()
                    if m.group(0).rstrip().endswith(",") or rest.lstrip().startswith(","):
                        # ", in the Office for Emergency Management of the Executive Office of the President, a War
                        # Assets Administrator": the place runs to its closing comma; the name comes after it
                        close = rest.find(",", within.end())
                        after = close + 1 if close >= 0 else after
                    named = self._name_after_place(rest[after:])
                    if named is not None:
                        rest = rest[after + named :]
                    elif _NAMED_AS.match(rest[after:].lstrip()):  # (", a Presidential advisory committee entitled
                        rest = rest[after:].lstrip()  # the “President's Board of Advisors on ...”": read below)
                    else:
                        continue
            # "... shall establish within the Department of Commerce an office named the United States Investment
            # Accelerator (Investment Accelerator)": the generic noun says the kind, the name follows
            if within and place is not None and re.match(r"\s*(?:,|and\b)", rest):
                # "within the Executive Office of the President and exclusively to advise ..., the President's X Board"
                named = self._name_after_place(rest)
                if named is not None:
                    rest = rest[named:]
            # "There is hereby created in connection with the Department of Labor a board to be known as ..."
            # (also "... the Department of Labor a Board, to be known as the ...", EO 6751)
            rest = re.sub(r"^in\s+connection\s+with\s+the\s+[A-Z][\w'’ ]{2,80}?\s+(?=an?\s+[A-Za-z])", "", rest)
            generic = _NAMED_AS.match(rest)
            if generic:
                if place is None and generic.group("place"):
                    place = next((x.id for x in self.bodies(generic.group("place")) if x.start <= 4), None)
                rest = rest[generic.end() :]
            parsed = self._parse_name(rest)
            known = next((x for x in self.actors(rest) if x.start <= 4 and x.kind == "organization"), None)
            if parsed is None and known is None:
                continue
            target = None
            if known is not None and (parsed is None or known.end >= len(parsed[0]) + rest.find(parsed[0])):
                target, end_at = known.id, known.end
                short = _SHORT.match(rest[end_at:])
                if short and short.group("short") not in self.gaz.names:
                    self.gaz.add(short.group("short").strip(), known.id, "organization", acronym=True)
                    end_at += short.end()
                # ("... to be known as the Economic Stabilization Agency, hereafter in this Part referred to as the
                # Agency": a body the gazetteer knows, established here, is named by its kind word as a new one is)
                self._name_by_kind(normalize(rest[known.start : known.end]), known.id)
            elif parsed is not None:
                name, end_at, short_name = parsed
                kind = self._kind(name) or (_KINDS.get(generic.group(1).lower()) if generic else None)
                kind = _established_kind(name, kind)
                if kind is None:
                    continue  # not a named body: "an office to provide ..." names nothing
                target = self._new_body(name, short_name, kind)
            if target is None:
                continue
            ev = self._establish(block, s, e, target)
            tail = rest[end_at:]
            if place is None:
                housed = re.search(
                    r"(?:^[\s,]*|\bhoused\s+(?:at|in|within)\s+|\blocated\s+(?:with)?in\s+)(?:within|in)?\s*(?:the\s+)?(?=[A-Z])",
                    tail,
                )
                if housed and (housed.start() == 0 and re.match(r"[\s,]*(?:with)?in\b", tail) or housed.start() > 0):
                    spot = next((x for x in self.bodies(tail[housed.end() :]) if x.start == 0), None)
                    if spot:
                        place = spot.id
            if place:
                self.edge(target, "housed_at", place, ev)
            report = re.search(r"\breport\s+to\s+the\s+President\s+through\s+(?:the\s+)?", tail)
            if report:
                via = next((x for x in self.actors(tail[report.end() :]) if x.start == 0), None)
                if via:
                    self.edge(target, "reports_to", via.id, ev)

    # -- citations -------------------------------------------------------------------------------

    def _authority(self, block: Block, spans: list[tuple[int, int]]) -> tuple[str, re.Match, int] | None:
        """A preamble's text, its statement of authority and the end of that statement's sentence (in the text;
        `spans` are the block's sentences, read once by the caller)."""
        text = self.text[block.start : block.end]
        m = AUTHORITY_RE.search(text)
        if not m:
            return None
        at = block.start + m.start()
        return text, m, next((e for s, e in spans if s <= at < e), block.end) - block.start

    def _said_act_authority(self, block: Block, spans: list[tuple[int, int]], text: str, cites: list[Cite],
                            authority: tuple[int, int]) -> None:
        """"WHEREAS by section 1 of the act of August 1, 1892, ... (40 U.S.C. 321), ...; NOW, THEREFORE, by virtue of
        the authority vested in me by section 1 of the said act of August 1, 1892": the statement of authority names
        the Code section the recital gave (EO 10443, EO 10764); so too "pursuant to section 9A of the RLA (45 U.S.C.
        159a)", then "by the authority vested in me ..., including section 9A of the RLA" (EO 14128); and "by the above
        quoted statutory provisions" names every Act and Code section of the recitals before it (EO 10840)."""
        start, end = authority[0] - block.start, authority[1] - block.start
        # (also "Section 9A of the Act", EO 12558)
        said_act = rf"\b[Ss]ection\s+(\d+\w*)\s+of\s+the\s+said\s+act\s+of\s+({MONTH}\s+\d{{1,2}},\s+\d{{4}})"
        # (and "section 91 of the said Hawaiian Organic Act", after "section 91 of the Hawaiian Organic Act as amended
        # (48 U.S.C. 511)", EO 10603)
        named_act = (r"\b[Ss]ection\s+(\d+\w*)\s+of\s+(?:the\s+)?(?:said\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)"
                     r"(?!\s*\()")
        for said in [*re.finditer(said_act, text[start:end]), *re.finditer(named_act, text[start:end])]:
            act = (rf"the\s+act\s+of\s+{re.escape(said.group(2))}[^()]{{0,200}}" if said.re.pattern == said_act
                   else rf"(?:the\s+)?{re.escape(said.group(2))}(?:,?\s+as\s+amended)?,?\s*")
            first = re.search(rf"\b[Ss]ection\s+{re.escape(said.group(1))}\s+of\s+{act}\(", text[:start])
            if first is None:
                continue
            close = text.find(")", first.end())
            at = block.start + start + said.start()
            s, e = next(((s, e) for s, e in spans if s <= at < e), (block.start, block.end))
            for cite in cites:
                if first.end() <= cite.start < close and cite.target.startswith("usc/"):
                    self.edge(self.inst.id, "authorized_by", cite.target, self.evidence(block, s, e))
        # "WHEREAS the Assignment of Claims Act of 1940 ... (31 U.S.C. 203), contains the following provisions: ...
        # NOW, THEREFORE, by virtue of the authority vested in me by the above quoted statutory provisions" (EO
        # 10840): the Acts and Code sections the recitals quote are the authority
        if quoted := _QUOTED_PROVISIONS.search(text, start, end):
            at = block.start + quoted.start()
            s, e = next(((s, e) for s, e in spans if s <= at < e), (block.start, block.end))
            for cite in cites:
                if cite.start < start and cite.kind in ("usc", "statute"):
                    self.edge(self.inst.id, "authorized_by", cite.target, self.evidence(block, s, e))

    def authority_span(self, block: Block, spans: list[tuple[int, int]]) -> tuple[int, int]:
        """The statement of authority in a preamble: 'By the authority vested in me ... including
        ...' up to the purpose, the President's name or 'it is hereby ordered'."""
        found = self._authority(block, spans)
        if found is None:
            return block.start, block.start
        text, m, first = found
        end = _AUTHORITY_END.search(text, m.end(), first)
        return block.start + m.start(), block.start + (end.start() if end else first)

    def order_start(self, block: Block, spans: list[tuple[int, int]]) -> int | None:
        """Where the body of an order without sections begins: after its ordering words ("... it is ordered as
        follows:"), where "The Civil Service Commission shall ..." directs as a section's sentence would; None
        without a statement of authority."""
        found = self._authority(block, spans)
        if found is None:
            return None
        text, m, first = found
        ordered = _ORDERED.search(text, m.end()) or _DIRECTED_AFTER_AUTHORITY.search(text, m.end(), first)
        return block.start + (ordered.end() if ordered else first)

    def _code_section_item(self, block: Block, text: str) -> None:
        """"1-101. ... the following provisions of Title 10 of the United States Code is suspended. (a) Section
        5707(c), restricting ..." (EO 12239): an item that names a section of the title its chapeau gave cites it."""
        item = _CODE_SECTION_ITEM.match(text)
        if item is None or block.path is None or len(block.path) < 2 or block not in self.blocks:
            return
        parent = next((b for b in reversed(self.blocks[: self.blocks.index(block)])
                       if b.path == block.path[:-1] and not b.continuation), None)
        title = _CODE_TITLE_CHAPEAU.search(self.text[parent.start : parent.end]) if parent else None
        if title is None:
            return
        written = f"{title.group(1)} U.S.C. " + re.sub(r"\s+(?=\()", "", item.group(1))
        cites, _warnings = find_citations(written, self.ctx, self.inst.eo_number, self.gaz)
        for cite in cites:
            if cite.kind == "usc":
                s, e = block.start + item.start(1), block.start + item.end(1)
                self.edge(self.inst.id, "cites", cite.target, self.evidence(block, s, e))

    def citations(self, block: Block, spans: list[tuple[int, int]]) -> None:
        text = self.text[block.start : block.end]
        cites, warnings = find_citations(text, self.ctx, self.inst.eo_number, self.gaz)
        self.x.warnings.extend(f"{self.x.path.name} § {block.label}: {w}" for w in warnings)
        authority = self.authority_span(block, spans) if block.label == "preamble" else (0, 0)
        for cite in cites:
            if cite.target == self.inst.id:
                continue
            at = block.start + cite.start
            in_authority = authority[0] <= at < authority[1] and cite.kind != "eo" and not cite.in_title
            kind = "authorized_by" if in_authority else "cites"
            s, e = next(((s, e) for s, e in spans if s <= at < e), (block.start, block.end))
            self.edge(self.inst.id, kind, cite.target, self.evidence(block, s, e))
            if cite.alt_label:
                self.x.alt_labels.setdefault(cite.target, set()).add(cite.alt_label)
        self._code_section_item(block, text)
        if block.label == "preamble":
            self._said_act_authority(block, spans, text, cites, authority)
            # (the statement's own "by the Constitution", not a recital's before it: "WHEREAS the President, in the
            # exercise of the powers conferred upon him by the Constitution ..., directed ...", EO 9572)
            m = next((m for m in re.finditer(r"\bby the Constitution\b", text)
                      if authority[0] <= block.start + m.start() < authority[1]), None)
            if m:
                at = block.start + m.start()
                s, e = next(((s, e) for s, e in spans if s <= at < e), (block.start, block.end))
                self.edge(self.inst.id, "authorized_by", "constitution", self.evidence(block, s, e))
        if block.heading and block.marker is not None and block.path and len(block.path) == 1:
            # the heading names an Act or an order ("Sec. 5. Implementing the Revocation of Executive Order 14004.")
            head_text = self.text[block.marker : block.start]
            named = [m.id for m in self.gaz.find(head_text) if m.kind == "statute"]
            named += [r.id for r in find_refs(head_text, self.inst.eo_number)]
            for node_id in dict.fromkeys(named):
                self.edge(self.inst.id, "cites", node_id, self.evidence(block, block.marker, block.start))

    # -- revocations, supersessions, amendments ----------------------------------------------------

    def _governed(self, sentence: str, refs: list[Ref], verb: re.Match, prev_end: int, next_start: int) -> list[Ref]:
        """The references a verb acts on: after an active one ("This order supersedes A", "... and revoke
        that order, EO B and EO C"), the first of them and those listed with it; before a passive one
        ("A, B and C are revoked"), the last group named before the verb, past the orders that only
        describe it ("EO 12863 ..., as amended by Executive Orders 13070 ... and 13301 ..., is further
        amended")."""
        active = bool(_ACTIVE.fullmatch(verb.group(0).strip()))
        # "The following orders are revoked: A, B, and C." (but "Executive Order 12962 ... is hereby amended:
        # (a) in the preamble, ...": the subject names the order)
        after_colon = re.match(r"\s*:", sentence[verb.end() :]) and not any(
            r.tail_end <= verb.start() + 1 and not r.in_parens for r in refs
        )
        if active or after_colon:  # "... supersedes A" / "The following ... are revoked: A, B, and C."
            rows = re.match(r"\s*:[ \t]*\n\s*", sentence[verb.end() :]) if after_colon and not active else None
            if rows and _TABLE_ROW.match(sentence, verb.end() + rows.end()):
                return []  # a table of rows "8744 Authorizing ..." follows (_table_rows), not orders named later
            pool = [r for r in refs if verb.end() <= r.start < next_start and not r.in_parens]
            chosen = self._that_order(sentence, refs, verb) if active else []
            if not pool or re.search(r"\b(?:established|created|constituted)\s+(?:by|in|under)\s+$",
                                     sentence[verb.end() : pool[0].start]):
                return chosen  # ("This Council supersedes the Council established by EO 11526": a body, not the order)
            chosen.append(pool[0])
            last = pool[0]  # the last order named in the list, or one that describes it
            for ref in pool[1:]:
                if _amending_ref(sentence, ref):
                    if _DESCRIBING_GAP.fullmatch(sentence[last.tail_end : ref.start]):
                        last = ref
                    continue
                # ("This order shall supersede EO 9386 ..., as amended by EO 9561 ...; EO 9744-C ...; and EO 9825",
                # EO 9871: past what describes an order, a semicolon goes on with the list)
                if not joined(sentence, chosen[-1], ref) and not (
                        last is not chosen[-1] and re.match(r"\s*;", sentence[last.tail_end : ref.start])
                        and joined(sentence, last, ref)):
                    break
                chosen.append(ref)
                last = ref
            return chosen
        place = [r for r in refs if r.paths and prev_end <= r.start < verb.start()
                 and _IN_PLACE.fullmatch(sentence, prev_end, r.start)
                 and _PLACE_OBJECT.fullmatch(sentence, r.tail_end, verb.start())]
        if place:  # "In Section 2-101(b) of EO 12107, the reference to EO 11636 is deleted": the place, not the words
            return place[:1]
        cls = _CLASS_INCLUDING.search(sentence, prev_end, verb.start())
        if cls:
            return [dataclasses.replace(r, in_parens=False) for r in refs
                    if cls.start("inside") <= r.start < cls.end("inside") and not _amending_ref(sentence, r)]
        pool = [r for r in refs if prev_end <= r.start and r.tail_end <= verb.start() + 1 and not r.in_parens
                # (not an order named in another's quoted title: 'EO 11407, entitled "Amending EO 11174, ..."')
                and not any(o.end < r.start < o.tail_end and re.search(r"[“\"]", sentence[o.end : r.start])
                            for o in refs)]
        describing = [r for r in pool if _amending_ref(sentence, r)]
        if not re.match(r"are\b", verb.group(0)):
            # "EO 10789, as amended by EO 11051 ..., and EO 11382 ..., be further amended": with a verb in the
            # singular, an order listed after one that describes the subject describes it too
            for before, ref in zip(pool, pool[1:], strict=False):
                if before in describing and ref not in describing and joined(sentence, before, ref):
                    describing.append(ref)
        # (not an order named in what qualifies a class: "All prior Executive orders insofar as they interpret or amend
        # Executive Order No. 9 are hereby revoked", EO 11408: those orders, not EO 9)
        subjects = [r for r in pool
                    if r not in describing and not _CLASS_QUALIFIER.search(sentence[prev_end : r.start])]
        if not subjects:
            return []

        def past_describing(end: int, until: int) -> int:
            # past the orders that describe the one before: "..., as amended by EO B and by EO C"
            for ref in describing:
                if end <= ref.start < until and _DESCRIBING_GAP.fullmatch(sentence[end : ref.start]):
                    end = ref.tail_end
            return end

        chosen = [subjects[-1]]
        for ref in reversed(subjects[:-1]):
            gap = sentence[past_describing(ref.tail_end, chosen[0].start) : chosen[0].start]
            # (a participial phrase describing the order before: "EO 10758 ..., establishing a career executive
            # program within the civil-service system, and EO 10777 ...")
            # (its comma may be taken by the date before it: "EO No. 2586, dated April 6, 1917, withdrawing ...")
            short = re.sub(r"^\s*,?\s*[a-z]+ing\b[^,;()]{1,150}(?=,)", "", gap)
            # (a longer one, with commas of its own, up to the next order: "EO 7972 of ..., prescribing regulations
            # governing payment of losses sustained by officers, enlisted men, and employees ..., and EOs Nos. 8018")
            # (and a parenthesis inside it: "EO No. 2462 ..., placing the administration ... of the Alaskan Engineering
            # Commission (later the Alaska Railroad) under the Chairman of that Commission, and EO 4182", EO 9804)
            gap = short if LIST_GAP.fullmatch(short) else re.sub(
                r"^\s*,?\s*[a-z]+ing\b(?:(?!Executive\s+Order|E\.\s?O\.)[^;()]|\([^();]{0,80}\)){1,400}?"
                r"(?=,\s*(?:and\s+)?$)", "", gap)
            # (its own exception: "Executive Order No. 12050, except for Section 6, and Executive Order No. 12057")
            gap = _EXCEPT_GAP.sub("", gap)
            if not LIST_GAP.fullmatch(gap) or (len(chosen) == 1 and re.match(r"is\b", verb.group(0))
                                                 and not re.search(r"\b(?:and|or)\b", gap)):
                # ("In accord with the termination ... by Section 5 of EO 12319, Section 5-213 of EO 12148 is
                # revoked", EO 12381: with a verb in the singular, no list without "and" before the last order)
                break
            chosen.insert(0, ref)
        end = past_describing(chosen[-1].tail_end, verb.start() + 1)
        # a passive verb's subject ends at the verb: "In order to reflect EO 14003, Civil Service Rule VI is
        # amended" does not amend EO 14003; "This order supersedes EO 12977 (Title), which is hereby revoked":
        # the relative clause acts on it
        between = re.sub(r"\([^()]*\)", "", sentence[end : verb.start()])
        # "section 6 of EO 13111, relating to the functions of the Advisory Committee ..., is amended"
        # "Executive Order No. 10633 ..., which describes the area ..., is hereby amended"
        # (also with no closing comma: "EO No. 7165 of August 29, 1935, relating to ... is hereby revoked")
        # ("..., temporarily withdrawing for classification all vacant, unreserved, and unappropriated lands ...,")
        between = re.sub(r"^\s*,?\s*(?:(?:[a-z]+ly\s+)?[a-z]+ing|entitled|titled|headed|which|issued|made|promulgated"
                         r"|signed|published|amendatory)\b(?:[^;:]|:(?=\s?\d)|;(?=\s*(?:and\s+)?T\.\s*\d))*?"
                         r"(?:,[\"”]?|[\"”],?|)(?=\s*$)", "", between)  # (a time "9: 00 p.m." in the description;
        # townships listed with semicolons: "which withdrew the public lands in T. 1 S., R. 2 W.; T. 3 S., R.4 W.; and")
        between = _BESIDE_SUBJECT.sub("", between)
        also = re.fullmatch(rf"\s*,?\s*and\s+(?:[Ss]ub)?[Ss]ections?\s+({SEC_LIST})\s+of\s+(?:that|the\s+said|such"
                            r"|the\s+same)\s+[Oo]rder\s*,?\s*", between)
        if also and chosen[-1].paths:
            # "Section 402 of the said EO 10000, as amended, and section 403 of that order are hereby revoked"
            chosen[-1] = dataclasses.replace(chosen[-1], paths=chosen[-1].paths + expand_list(also.group(1)))
            between = ""
        # ("... shall be and it is hereby amended": the verb match starts at "be"; a stray quotation mark the copy
        # left after the subject: '..., as amended by EO No. 10217 of February 26, 1951," is hereby further amended')
        if not re.fullmatch(r"[\s,]*(?:[\"”][\s,]*)?(?:respectively[\s,]*|which\s+)?(?:shall\s+)?", between):
            return []
        return chosen

    @staticmethod
    def _anaphor(sentence: str, refs: list[Ref], verb: re.Match, previous: list[Ref]) -> list[Ref]:
        """'those orders are revoked', 'that order is hereby revoked': the orders an earlier verb of this
        sentence acted on ("This order supersedes EO A and EO B, and those orders are revoked"), else the
        last order this sentence names ("... pursuant to section 8 of Executive Order 13519 and that order
        is hereby revoked": the whole order), else those of the sentence before."""
        if previous and any(p is r for p in previous for r in refs):
            return [dataclasses.replace(r) for r in previous]
        named = [r for r in refs if r.tail_end <= verb.start() and not r.in_parens and not _amending_ref(sentence, r)]
        if named:
            group = [named[-1]]
            for ref in reversed(named[:-1]):
                if not joined(sentence, ref, group[0]):
                    break
                group.insert(0, ref)
            return [dataclasses.replace(r, paths=[], annex=False) for r in group]
        return [dataclasses.replace(r) for r in previous]

    def _regulations_of(self, block: Block, s: int, e: int) -> None:
        """'I hereby prescribe the following amendments of the Selective Service Regulations prescribed by
        Executive Orders No. 9979 of July 2, 1948, No. 9988 of ..., and constituting portions of ...': each
        order that prescribed the regulations is amended (as the disposition tables record it)."""
        sentence = self.text[s:e]
        m = _REGULATIONS_OF.search(sentence)
        if not m:
            return
        refs = [r for r in find_refs(sentence, self.inst.eo_number) if r.start >= m.end() and not r.in_parens]
        if not refs or refs[0].start != m.end():
            return
        chosen = [refs[0]]
        for ref in refs[1:]:  # "prescribed in part by EO A, in part by EO B, and in part by EO C"
            gap = sentence[chosen[-1].tail_end : ref.start]
            if not (joined(sentence, chosen[-1], ref) or _IN_PART_BY.fullmatch(gap)):
                break
            chosen.append(ref)
        for ref in chosen:
            self.edge(self.inst.id, "amends", ref.id, self.evidence(block, s, e))

    def _that_order(self, sentence: str, refs: list[Ref], verb: re.Match) -> list[Ref]:
        """'I hereby terminate the national emergency declared in Executive Order 13348, revoke that order,
        and ...': the order named before the verb; 'revoke those and all related orders (Executive Orders
        12810 of ..., 12831 of ..., and 13192 of ...)': the orders in the parenthesis."""
        m = _THAT_ORDER.match(sentence, verb.end())
        if not m:
            return []
        paren = re.match(r"\s*\(", sentence[m.end() :])
        if paren:
            close = sentence.find(")", m.end() + paren.end())
            inside = [r for r in refs if m.end() + paren.end() <= r.start < (close if close > 0 else len(sentence))]
            if inside:
                return [dataclasses.replace(r, in_parens=False) for r in inside]
        earlier = [r for r in refs if r.tail_end <= verb.start() and not r.in_parens and not _amending_ref(sentence, r)]
        return [dataclasses.replace(earlier[-1])] if earlier and m.group("one") else []

    def dispositions(self, block: Block, s: int, e: int, children: list[Block]) -> None:
        """Revocations, supersessions and amendments of other orders made in one sentence."""
        sentence = self.text[s:e]
        for m in _ADDED_TO.finditer(sentence):
            ref = next((r for r in find_refs(sentence[m.end() :], self.inst.eo_number) if r.start == 0), None)
            if ref is not None:
                for path in [pin_path(m.group("one"))] if m.group("one") else expand_list(m.group("list")):
                    self.edge(self.inst.id, "amends", _section(ref.id, path), self.evidence(block, s, e))
        verbs = sorted(
            [(m, "revokes") for m in _REVOKE.finditer(sentence)]
            + [(m, "supersedes") for m in _SUPERSEDE.finditer(sentence)]
            + [(m, "amends") for m in _AMEND.finditer(sentence)]
            + [(m, "amends") for m in _BE_AMENDED.finditer(sentence) if _ORDERED_THAT.search(sentence, 0, m.start())],
            key=lambda pair: pair[0].start(),
        )
        # a savings clause disposes of nothing: "Nothing in this order shall supersede ...", and its list items
        # "(i) supersede, impede, or otherwise affect: (A) EO 10450 ..." under "Nothing in this order shall:"
        verbs = [(m, kind) for m, kind in verbs
                 if not _SAVINGS.search(sentence, 0, m.start()) and not _SAVINGS_VERBS.match(sentence, m.end())
                 and not (kind == "supersedes" and _ACT_SUBJECT.search(sentence, 0, m.start()))]
        self._regulations_of(block, s, e)
        if not verbs or _AND_NEW_UNNUMBERED.search(sentence):
            self._added_place(block, s, e)
            return
        refs = find_refs(sentence, self.inst.eo_number)
        ev = self.evidence(block, s, e)
        prev_end = 0
        # "(1) Section 1 of Executive Order 11539 ... is amended ... (2) Section 4 of such order is amended":
        # "such order" may name the order of an earlier sentence or item
        previous: list[Ref] = self.last_disposed[-1:]
        for i, (verb, kind) in enumerate(verbs):
            next_start = verbs[i + 1][0].start() if i + 1 < len(verbs) else len(sentence)
            governed = self._governed(sentence, refs, verb, prev_end, next_start)
            if not governed and _ANAPHOR.search(sentence[prev_end : verb.start()]):
                governed = self._anaphor(sentence, refs, verb, previous)
            same = _SAME_ORDER.search(sentence[prev_end : verb.start()])
            if same and same.group("the") and self.amended_as_follows is None:
                same = None  # "Subsection 7(d) of the order is deleted" names the order amended "as follows:" only
            if not governed and len({r.number for r in previous}) == 1 and same:
                # "Sections 1 and 3 of EO N are hereby revoked, and section 2 of that order is amended"
                governed = [dataclasses.replace(previous[0], paths=expand_list(same.group(1)), annex=False)]
            if (not governed and kind == "amends" and len({r.number for r in previous}) == 1
                    and _OTHER_PARTS.search(sentence, prev_end, verb.start())):
                # "Section 4 of EO 10717 ... is hereby amended to read "...", and the other sections of that Order are
                # amended conformably" (EO 11085): the rest of the order, unnumbered, is the order
                governed = [dataclasses.replace(previous[0], paths=[], annex=False)]
            bare = _BARE_SUBJECT.search(sentence[prev_end : verb.start()])
            whole = (_WHOLE_SUBJECT.search(sentence[prev_end : verb.start()])
                     if kind == "amends" and self.amended_as_follows is not None else None)
            if whole and (whole.group("also") or not governed):
                # "The "Table of Contents" is amended as follows:": the order itself; "The title of the Order and
                # Section 1(a) are amended by deleting ...": the order itself as well as section 1(a)
                self.edge(self.inst.id, "amends", self.amended_as_follows.id, ev)
                self.whole_items.add((self.amended_as_follows.id, ev.section, ev.quote))
                if not whole.group("also"):
                    prev_end = verb.end()
                    continue
            if not governed and kind in ("amends", "revokes") and bare and self.amended_as_follows is not None:
                # "EO 13241 ... is further amended as follows:" then "Section 2 is amended to read as follows:"
                governed = [dataclasses.replace(self.amended_as_follows, paths=expand_list(bare.group(1)), annex=False)]
            if not governed and kind in ("amends", "revokes") and self.amended_as_follows is not None:
                # ... "Part 9 is amended as follows:", "Paragraph (5) of subsection 2(b) is amended to read:",
                # "Subsection (c) of Section 201 is revoked."
                subject = sentence[prev_end : verb.start()]
                # "1. The last sentence of subsection (a) thereof is amended to read:" under "Section 14 of EO 10450 ...
                # is hereby amended as follows:" (EO 10550): a place of the chapeau's section
                thereof = _SUB_THEREOF.search(subject) if len(self.amended_as_follows.paths) == 1 else None
                if thereof:
                    governed = [dataclasses.replace(
                        self.amended_as_follows, paths=[[*self.amended_as_follows.paths[0], thereof.group(1)]],
                        annex=False)]
                elif place := _PLACE_SUBJECT.search(subject):
                    paths = ([[place.group("part")]] if place.group("part")
                             else [pin_path(place.group("within"))] if place.group("within")
                             else [[*pin_path(place.group("sec")), para]
                                   for para in (place.group("para"), place.group("para2")) if para])
                    governed = [dataclasses.replace(self.amended_as_follows, paths=paths, annex=False)]
            if kind == "amends" and len(governed) == 1 and len(governed[0].paths) <= 1 and re.match(
                    # ("section 2 of EO 10501 ... is hereby further amended as follows:" then "Subsection (a) of
                    # section 2 is amended": the items name places of the order, the chapeau one of its sections)
                    # (and "is further amended, in order to make additional delegations of authority, as follows:",
                    # EO 12210)
                    r"\s*(?:,[^,:;]{1,80},)?\s*as\s+follows\s*:", sentence[verb.end() : next_start]) or (
                    # "I ... do hereby further amend Executive Order No. 6260, as amended, as follows:"
                    kind == "amends" and len(governed) == 1 and not governed[0].paths
                    and _ACTIVE.fullmatch(verb.group(0).strip()) and re.match(
                        r"\s*(?:,\s*as\s+amended\s*,?)?\s*as\s+follows\s*:",
                        sentence[governed[0].tail_end : next_start])):
                self.amended_as_follows = governed[0]
            if kind == "amends" and len(governed) == 1 and not governed[0].paths and not governed[0].annex and (
                    added := _NEW_PART.match(self.doc.text, s + verb.end())):
                # "EO 10422 is further amended by adding the following new part at the end thereof: "PART IV ...":
                # the new Part, by the number its quoted text gives it
                governed = [dataclasses.replace(governed[0], paths=[[part_number(added.group("n"))]])]
            if kind == "amends" and len(governed) == 1 and not governed[0].paths and (
                    by_revoking := _BY_REVOKING.match(sentence, governed[0].tail_end)):
                # "I hereby amend Executive Order 13310 of July 28, 2003, by revoking sections 3 and 8 of that
                # order": the amendment is the revocation of those sections, not a change to the whole order
                for path in expand_list(by_revoking.group(1)):
                    self.edge(self.inst.id, "revokes", _section(governed[0].id, path), ev)
                self.last_disposed = previous = governed
                prev_end = verb.end()
                continue
            if governed:
                previous = governed
                self.last_disposed = governed
            clause = sentence[verb.end() : next_start]
            prev_start, prev_end = prev_end, verb.end()
            if not governed:
                intro = _TABLE_INTRO.search(sentence, verb.start() - 200 if verb.start() > 200 else 0)
                if intro and intro.start() < verb.end() and self._table_rows(block, s, s + intro.end(), kind):
                    pass
                elif (sentence.rstrip().endswith((":", "—", "--")) or (
                        # ("** The following Executive orders are hereby revoked**" then "(a) EO No. 11222 ...", EO
                        # 12674: no colon, the items below it)
                        children and _FOLLOWING_ORDERS.search(sentence, 0, verb.start())
                        and not sentence[verb.end() :].strip(" \t\n*."))) and i == len(verbs) - 1 and (
                        kind != "amends" or _ACTIVE.fullmatch(verb.group(0).strip())
                        or _FOLLOWING_ORDERS.search(sentence, 0, verb.start())):
                    # "The following ... are hereby revoked:", "I hereby amend: (a) Executive Order 13464 ..., by ..."
                    self._list_items(block, sentence, kind, children, e)
                continue
            # the qualifier of this act, not of what follows it ("..., as well as all provisions of prior
            # Executive orders to the extent that they are in conflict")
            first = re.split(
                r"[;]|,\s+and\s+(?=Executive|E\.O\.|[Ss]ection)|,?\s+as\s+well\s+as\b|,\s+and\s+all\b|,\s+but\b", clause
            )[0]
            # "(all other) provisions of that order are hereby revoked": some of it, not the whole
            # (or inside the verb: "EO No. 6143 ... is, insofar as it pertains to the following-described lands,
            # hereby revoked")
            qualified = governed and (_QUALIFIED.search(sentence, governed[-1].tail_end, verb.start())
                                      or _QUALIFIED.search(sentence, verb.start(), verb.end()))
            leading = _LEADING_QUALIFIER.match(sentence, 0, verb.start()) if governed else None
            partial = bool(_PARTIAL.search(first) or _PROVISIONS_OF_THAT.search(sentence, prev_start, verb.start())
                           or qualified or (leading and leading.end() <= governed[0].start)
                           or (not governed[0].paths and _ACT_MADE_BY.search(sentence, prev_start, governed[0].start)))
            # "EO A; EO B; and EO C, insofar as it affects ..., are revoked": "it" qualifies only the last
            only_last = bool(qualified and len(governed) > 1 and not _PARTIAL.search(first) and re.match(
                r"(?:as|that)?\s*it\b", sentence[qualified.end() : verb.start()].lstrip()))
            if kind == "amends" and _INCONSISTENT.search(first):
                # "all other provisions of that order are hereby amended to the extent that they are inconsistent
                # with this order": the old text yields where the new conflicts, supersession in part
                for ref in governed:
                    self.edge(self.inst.id, "supersedes_in_part", ref.id, ev)
                continue
            added = _NEW_SECTION.search(clause)
            if added and len(governed) == 1:
                # "Section 2 of EO 13088 ... is revoked and a new section 2 is added to read as follows"
                self.edge(self.inst.id, "amends", _section(governed[0].id, pin_path(added.group(1))), ev)
            elif kind == "revokes" and len(governed) == 1 and governed[0].paths and _SUBSTITUTED.match(clause):
                # "Section 105 is revoked and the following new section is substituted therefor:"
                for target in governed[0].targets():
                    self.edge(self.inst.id, "amends", target, ev)
            if kind == "amends" and re.search(r"renumbered|redesignated", verb.group(0)):
                self._remember_renumbering(governed, clause)
            for ref in governed:
                if ref.renumbered and ref.number in self.renumbered:
                    names = self.renumbered[ref.number]
                    ref.paths = [[names.get(p[0], p[0]), *p[1:]] for p in ref.paths]
                elif not ref.paths and (now := _WHICH_WERE_RENUMBERED.match(sentence, ref.end)):
                    # "the provisions of EO 11954 which were redesignated as Section 4 by Section 1 (c) of this Order
                    # are amended" (EO 12030): the provision by its original number
                    names = self.renumbered.get(ref.number, {})
                    ref.paths = [[names.get(now.group(1), now.group(1))]]
                in_part = partial and (not only_last or ref is governed[-1])
                own = clause
                if kind in ("revokes", "supersedes") and not ref.paths:
                    # "Executive Order No. 12050, except for Section 6, and ... are revoked" (EO 12135): its own
                    # exception, read as one after the verb would be; "(except for the purpose ...)": in part
                    after_ref = sentence[ref.tail_end : verb.start()]
                    if _EXCEPT.match(after_ref):
                        own = after_ref
                    elif _EXCEPT_IN_PARENS.search(sentence, ref.end, ref.tail_end):
                        in_part = True
                self._dispose(block, ev, ref, kind, in_part, own, sentence, children, i == len(verbs) - 1,
                              s + verb.end())

    def _added_place(self, block: Block, s: int, e: int) -> None:
        """Under "EO N ... is further amended as follows:", an item that adds or rewrites a part without an
        "is amended" verb: the part by its new number ("Add a new part after Part 14 as follows: "Part 14A-..."
        amends Part 14A; "The following new subsection 11 is added to Section A" amends Section A); a new section
        numbered only inside its quotation amends the order itself; otherwise an added part whose number the text does
        not give is left out, not guessed."""
        if self.amended_as_follows is None:
            return
        m = _ADDED_PLACE.match(self.text[s:e]) or _AND_NEW_UNNUMBERED.search(self.text[s:e])
        if not m:
            return
        if m.groupdict().get("thereof") is not None:
            paths = self.amended_as_follows.paths
            target = _section(self.amended_as_follows.id, paths[0]) if len(paths) == 1 else self.amended_as_follows.id
            self.edge(self.inst.id, "amends", target, self.evidence(block, s, e))
            return
        if m.group("unnumbered"):
            ev = self.evidence(block, s, e)
            self.edge(self.inst.id, "amends", self.amended_as_follows.id, ev)
            self.whole_items.add((self.amended_as_follows.id, ev.section, ev.quote))
            return
        if m.group("to") is not None:  # ("Section A" of an older order: its lettered section)
            path = pin_path(m.group("to")) if m.group("to")[0].isdigit() else [m.group("to").lower()]
        elif m.group("at") is not None:
            if block.path is None or len(block.path) != 1 or block.continuation or self.text[block.start : s].strip():
                return  # "(a) In section 901(1) delete ..." under "Part 9 is amended as follows:": a place in Part 9
            path = pin_path(m.group("at"))
        else:
            number = m.group("new") or m.group("amend") or m.group("numbered") or m.group("added") or m.group("there")
            if number is None and (quoted := _QUOTED_NUMBER.match(self.doc.text[s + m.end() : s + m.end() + 120])):
                number = quoted.group(1)
            if number is None:
                return
            path = [number]
        self.edge(self.inst.id, "amends", _section(self.amended_as_follows.id, path), self.evidence(block, s, e))

    def _dispose(self, block: Block, ev: TextEvidence, ref: Ref, kind: str, partial: bool, clause: str,
                 sentence: str, children: list[Block], last: bool, after_at: int | None = None) -> None:
        """One reference's disposition; `after_at` is where the verb ends in the text (for amendment items
        left in the block after it)."""
        whole = ref.id
        if kind in ("revokes", "supersedes"):
            if not ref.paths and (kept := _EXCEPT.match(clause)):
                # "EO 13834 ... is hereby revoked except for sections 6, 7, and 11": every other section
                # of that order, read from its text in data/; without that text, the order in part
                excepted = {p[0] for p in expand_list(kept.group(1))}
                numbers = self.ctx.sections_of(ref.number)
                if numbers is None:
                    self.edge(self.inst.id, f"{kind}_in_part", whole, ev)
                else:
                    for number in numbers:
                        if number not in excepted:
                            self.edge(self.inst.id, kind, f"{whole}/sec/{number}", ev)
                return
            if partial or ref.annex:
                self.edge(self.inst.id, _in_part(kind, clause), whole, ev)
            else:
                for target in ref.targets():
                    self.edge(self.inst.id, kind, target, ev)
            return
        # amendments: the place the text gives for the change
        if ref.paths:
            for target in ref.targets():
                self.edge(self.inst.id, "amends", target, ev)
            return
        if ref.annex:
            self.edge(self.inst.id, "amends", whole, ev)
            return
        if re.match(r"\s*(?:as\s+follows\s*)?:", clause) and not children:
            # "... it is hereby ordered that Executive Order 13183 ..., as amended, is further amended as follows:
            # (1) Section 2 is amended by ... (2) By deleting section 4 ...": items the layout left in the block
            after = self.text[after_at : block.end] if after_at is not None else ""
            paths = [p for m in _ITEM_LINE.finditer(after) for p in self._places(m.group("text"), item=True)[:1]]
            if paths:
                for path in dict.fromkeys(tuple(p) for p in paths):
                    self.edge(self.inst.id, "amends", _section(whole, list(path)), ev)
                return
        places = self._places(clause)
        if places:
            for path in places:
                self.edge(self.inst.id, "amends", _section(whole, path), ev)
            return
        if last and sentence.rstrip().endswith(":") and children:
            # (not the words an item substitutes, 'by substituting "section 402" for "sections 402 and 505"'; nor an
            # item that revokes its place, "(d) Section 102(a) (4) is revoked.", which its own sentence reads; EO 10822)
            children = [c for c in children if not _REVOKED_ITEM.search(self.text[c.start : c.end])]
            places = [self._places(_QUOTED_SHORT.sub(lambda q: " " * len(q.group(0)), self.text[c.start : c.end]),
                                   item=True) for c in children]
            if not any(places):  # "... are hereby amended by: (i) substituting ... (ii) ...": the orders
                self.edge(self.inst.id, "amends", whole, ev)
                return
            seen: set[str | None] = set()
            for child, paths in zip(children, places, strict=True):
                child_text = self.doc.text[child.start : child.end]
                close = child_text.find("”")
                if child.label in seen or (close >= 0 and "“" not in child_text[:close]):
                    # "(c) Adding the following new subsection 3(c): (c) Additional support ...”.": the added
                    # words (their opening quotation mark lost), not an item of the amendment
                    continue
                seen.add(child.label)
                cev = self._item_evidence(block, sentence, child)
                for target in [_section(whole, path) for path in paths] or [whole]:
                    self.edge(self.inst.id, "amends", target, cev)
            return
        self.edge(self.inst.id, "amends", whole, ev)

    def _remember_renumbering(self, governed: list[Ref], clause: str) -> None:
        """'Sections 2, 6, and 8 ... are renumbered as Sections 1, 2, and 3': later references to
        'Section 1 ..., as renumbered' name the provision by its original number (section 2)."""
        m = re.match(rf"\s*as\s+[Ss](?:ections?|ec\.)\s+({SEC_LIST})", clause)
        if not m:
            return
        new = expand_list(m.group(1))
        for ref in governed:
            if len(ref.paths) == len(new):
                names = self.renumbered.setdefault(ref.number, {})
                for old, now in zip(ref.paths, new, strict=True):
                    names[now[0]] = old[0]

    def _places(self, text: str, item: bool = False) -> list[list[str]]:
        """Where an amendment changes the order: "in section 2(b)"; else the provisions named as
        revised, struck, redesignated, renumbered or added (not their new numbers: "as sections
        2(h) and 2(i)"), or the preamble; [] for the order as a whole."""
        # ("in sections 1(c) and 1(d) (the second time it appears), 5 (wherever it appears), and 7", EO 13284: the
        # remarks on where in a section are no places)
        text = re.sub(r"\s*\((?:the\s+\w+\s+time|wherever|each\s+(?:place|time)|every\s+place|both\s+places)"
                      r"[^()]{0,30}\)", "", text)
        for m in _PLACE.finditer(text):
            # ("... is further amended by inserting the words ... in section 21 of that order after ...", EO 13232:
            # "that order" is the one amended; "of this order" is the amending one's)
            if not re.match(r"\s*,?\s*of\s+(?:this|that)\b", text[m.end() :]) or re.match(
                    r"\s*,?\s*of\s+that\s+[Oo]rder\b", text[m.end() :]):
                return [pin_path(m.group(1))]
        # "EO 13202 ... is amended by adding to section 5 of that order the following new subsection" (EO 13208)
        if (to := _ADDING_TO.search(text)) and not re.match(r"\s*,?\s*of\s+this\b", text[to.end() :]):
            return [pin_path(to.group(1))]
        found: list[list[str]] = []
        for paren in _PAREN_PLACE.finditer(text):
            # "(b) striking subsections (1)(a)(i)(B)-(F) and inserting ..." (EO 14142): section 1's (a)(i)(B) to (F)
            tokens = re.findall(r"\(([A-Za-z0-9]{1,4})\)", paren.group(1))
            last, end = tokens[-1], paren.group(2)
            ends = [last]
            if end and len(last) == len(end) == 1 and last.isalpha() == end.isalpha() and last < end:
                ends = [chr(c) for c in range(ord(last), ord(end) + 1)]
            elif end and last.isdigit() and end.isdigit() and int(last) < int(end) <= int(last) + 26:
                ends = [str(n) for n in range(int(last), int(end) + 1)]
            for one in ends:
                if (path := [*tokens[:-1], one]) not in found:
                    found.append(path)
        if found:
            return found
        for sub in _SUB_OF_SECTION.finditer(text):
            # "(a) revising subsection (g) of section 1-209 to read as follows:" (EO 13480): 1-209(g), not 1-209
            for marks in sub_paths(sub.group(1)):
                if (path := [*pin_path(sub.group(2)), *marks]) not in found:
                    found.append(path)
        if found:
            return found
        for s in _BARE_SECTIONS.finditer(text):
            before = text[max(0, s.start() - 12) : s.start()]
            after = text[s.end() : s.end() + 40]
            # (but "(b) By revising section 1 of that order to read as follows:" under "EO 12353 ... is further amended
            # as follows:", EO 13743: "that order" is the one amended)
            # ("by inserting after section 5 the following new section 6", EO 10915: where the new one goes)
            if re.search(r"\b(?:as|preceding|after|before)\s+$", before) or re.match(
                    r"\s*,?\s*of\s+(?:this|that|the)\b", after) and not (
                    item and re.match(r"\s*,?\s*of\s+(?:that|the\s+said|said)\s+[Oo]rder\b", after)):
                continue
            if re.search(r"\b(?:redesignated|renumbered)\s+(?:as\s+)?$", text[max(0, s.start() - 20) : s.start()]):
                continue  # "Subsections 3(1) and 3(2) are redesignated subsections 2(6) and 2(7)": the new numbers
            if re.match(r"\s*,?\s*of\s+(?:Executive\s+Order|E\.O\.)", after):
                continue
            for path in expand_list(s.group(1)):
                if path not in found:
                    found.append(path)
        if not found and item and re.search(r"\b[Tt]he\s+preamble\b", text):
            return [["preamble"]]
        # "by deleting the preamble, by substituting ... in the first sentence of Section 1, and revising Sections 3, 4,
        # and 5" (EO 12106), "(a) By revising the introductory paragraph by deleting ..." (EO 13743), "(a) The
        # paragraph preceding section 1 is amended" (EO 14085): the order's preamble (the gold files' `sec/preamble`)
        if _PREAMBLE_PLACE.search(text) and ["preamble"] not in found:
            found.insert(0, ["preamble"])
        return found

    def _item_evidence(self, block: Block, sentence: str, child: Block) -> TextEvidence:
        quote = normalize(sentence) + " ... " + normalize(
            self.doc.text[child.marker if child.marker is not None else child.start : child.end]
        )
        return self.evidence(child, child.start, child.end, _shorten(quote))

    def _table_rows(self, block: Block, s: int, e: int, kind: str) -> bool:
        """'... the following Executive Orders, and any amendments thereto, are revoked:' then a table of
        rows '723 Providing for examination ...', '9553 Creating an emergency board ...' (EO 12553, EO 12608):
        one edge per row, the row quoted after the words that introduce the table (s to e)."""
        text = self.text[e : block.end]
        found = False  # none: the list is of items "(a) Executive Order 14042 ...", read as such
        for row in _TABLE_ROW.finditer(text):
            number = int(row.group(1).replace(",", ""))
            if self.inst.eo_number is not None and number >= self.inst.eo_number:
                continue
            line_end = text.find("\n", row.start())
            line = text[row.start() : line_end if line_end >= 0 else len(text)]
            quote = _shorten(normalize(self.doc.text[s:e]) + " ... " + normalize(line))
            self.edge(self.inst.id, kind, f"eo/{number}", self.evidence(block, s, e, quote))
            found = True
        return found

    def _list_items(self, block: Block, sentence: str, kind: str, children: list[Block], after: int) -> None:
        """'The following executive actions are hereby revoked:' then one item per order: the paragraphs
        under the sentence, or, where the items are not paragraphs of their own, the numbered items
        that follow it in the same paragraph ("...: 1. Executive Order No. 10011 of October 22, 1948.
        2. Executive Order No. 10085 ...")."""
        items = [(child.start, child.end, child) for child in children] or [
            (a, b, None) for a, b in _inline_items(self.text, after, block.end)
        ]
        for start, end, child in items:
            child_text = self.text[start:end]
            refs = [r for r in find_refs(child_text, self.inst.eo_number) if not r.in_parens]
            if not refs:
                continue
            chosen = [refs[0]]
            for ref in refs[1:]:
                if joined(child_text, chosen[-1], ref):
                    chosen.append(ref)
            if refs[0].start > 12:  # the item does not begin with the order it names
                continue
            ev = (self._item_evidence(block, sentence, child) if child is not None else self.evidence(
                block, start, end, _shorten(normalize(sentence) + " ... " + normalize(child_text))))
            if kind == "amends":  # the place the item names ("..., by removing ... in section 1(b)(ii)")
                # "Section 3(2) of each of the following-described Executive orders is amended by ...—"
                each = _OF_EACH.match(sentence)
                for ref in chosen:
                    places = [] if ref.paths else self._places(child_text[chosen[-1].tail_end :], item=True)
                    places = [pin_path(re.sub(r"\s+", "", each.group(1)))] if each and not ref.paths else places
                    targets = [_section(ref.id, p) for p in places] or ref.targets()
                    for target in targets:
                        self.edge(self.inst.id, "amends", target, ev)
                continue
            partial = bool(_PARTIAL.search(child_text[chosen[-1].tail_end :]) or _PARTS_OF_LISTED.search(sentence))
            for ref in chosen:
                if partial or ref.annex:
                    self.edge(self.inst.id, _in_part(kind, child_text[chosen[-1].tail_end :]), ref.id, ev)
                else:
                    for target in ref.targets():
                        self.edge(self.inst.id, kind, target, ev)

    # -- bodies: replacement, members, chairs, reporting ---------------------------------------------

    def _body_in(self, text: str) -> str | None:
        found = self.bodies(text)
        if found:
            return found[-1].id
        return None

    def organisation(self, block: Block, s: int, e: int, children: list[Block]) -> None:
        sentence = self.text[s:e]
        mentions = self.actors(sentence)
        ev = None

        def evidence() -> TextEvidence:
            nonlocal ev
            if ev is None:
                ev = self.evidence(block, s, e)
            return ev

        for m in re.finditer(r"\bshall\s+replace\s+(?:the\s+)?", sentence):
            before = [x for x in mentions if x.end <= m.start()]
            after = next((x for x in mentions if x.start == m.end()), None)
            if before and after:
                self.edge(before[-1].id, "replaces", after.id, evidence())
        members = re.search(
            # ("..., which consists of the X", "the Development Loan Committee, consisting of the X, who shall be ...")
            r"(?:\bshall\s+(?:also\s+|" + _FROM_NOW + r"\s+)?"
            r"|\bwhich\s+(?=consists\b)|\bto\s+(?=be\s+composed\s+of\s+the\s+(?:[A-Z]|following\s+members\s*:))|(?:,\s*|(?<=[\w)])\s+)(?=consisting\s+(?:exclusively\s+)?of\s+the\s+(?:[A-Z]|following\s*:))"
            # ("a Steering Committee consisting of the Secretaries of ...", "... shall be chaired by the Director of
            # Central Intelligence and composed of the Vice President, ...")
            r"|\band\s+(?=composed\s+of\s+the\s+[A-Z])"
            # ("there is hereby established a Missile Sites Labor Commission composed of: the Secretary of Labor, ...")
            r"|(?<=[a-z])\s+(?=composed\s+of\s*:\s*the\s+[A-Z])"
            # ("there is hereby established ... a Cabinet Committee on Palestine and Related Problem (hereinafter
            # referred to as the Committee) composed of the Secretaries of State, War, and the Treasury", EO 9735)
            r"|(?P<participle>(?<=[\w)])\s+)(?=composed\s+of\s+the\s+[A-Z])"
            # ("In addition to the Co-Chairs, the membership of the Council consists of the following members:")
            r"|(?<=\s)(?=consists\s+of\s+the\s+following\b)"
            # ("The ATC is hereby established, with the following members:")
            r"|(?<=established,\s)(?=with\s+the\s+following\s+members\s*:))"
            r"(?:be\s+(?:composed|comprised|made\s+up)\s+(?:exclusively\s+)?of|(?<=[\w)]\s)composed\s+of"
            # ("Its other members shall be the following senior officials or their designees:")
            r"|be(?P<be_following>(?=\s+the\s+following\s+(?:senior\s+)?(?:officials|officers|members)\b))"
            # ("The membership of the Council shall be as follows:", "The Council shall have membership as follows:")
            r"|(?:be|have\s+(?:a\s+)?membership)\s+as\s+follows(?P<as_follows>(?=\s*:))"
            # ("..., which shall also include:", "Council members shall include:": read only after such a subject)
            r"|include(?P<colon_only>(?=\s*:))"
            r"|consist(?:s|ing)?\s+(?:exclusively\s+|only\s+)?of|include(?=\s+(?:the\s+following|as\s+members|among\s+its\s+members))"
            r"|comprise(?=\s+(?:the\s+following\b|the\s+[A-Z]))"  # ("The Council shall comprise the Secretaries")
            # ("The Task Force shall be limited to the following members or employees designated by them ...:")
            r"|be\s+limited\s+to(?=\s+the\s+following\s+members\b)"
            r"|include(?P<bare>(?=\s+the\s+[A-Z]))"
            # ("the membership of the Council shall be expanded to include the following: the Secretary of ...")
            r"|be\s+expanded\s+to\s+include(?=\s+the\s+following\s*:)"
            # "The Board shall have as members, the following:", "shall continue to have as members the Secretary ..."
            r"|(?:continue\s+to\s+)?have\s+as\s+(?:its\s+)?members|with(?=\s+the\s+following\s+members\s*:)"
            # ("Subject to section 4 of this order, the Task Force shall have the following members:")
            r"|have(?=\s+the\s+following\s+(?:members|officials|officers)\b))\b"
            r"(?P<rest>[^:]*)(?P<colon>:)?",
            sentence,
        )
        if members and members.group("bare") is not None and not self._body_subject(sentence[: members.start()]):
            members = None  # "The report shall include the Secretary's ...": only a body (or its membership)
        subject = sentence[: members.start()] if members else ""
        if members and members.group("as_follows") is not None and "membership" in members.group(0):
            pass  # "The Council shall have membership as follows:": the word says what follows
        elif members and (members.group("colon_only") is not None or members.group("be_following") is not None
                          or members.group("as_follows") is not None) and not _MEMBERSHIP_SUBJECT.search(subject):
            members = None  # "The report shall include:": what it says, not who sits on a body
        if members and members.group("participle") is not None and (
                not re.search(r"(?:\)|\b[A-Z][\w'’-]*)$", subject) or re.match(r"\s*WHEREAS\b", sentence)):
            # a body named just before "composed of" (not "a governing body composed of the Chairman of the Council",
            # EO 11654; nor a recital's "WHEREAS a committee composed of the Secretaries of ...", EO 10077)
            members = None
        if members and re.search(r"\b(?:provides?|provided|required?s?|states?)\s+that\b", subject):
            members = None  # "Executive Order No. 11399 ... provides that the Council shall be composed of": another's
        if members:
            body = self._body_in(subject)
            # "The Surgeon General shall serve as the Chair of the Council, which shall be composed of:", "(b)
            # Committee members shall include:" (a body the actors leave out: a chair's or its members' home)
            before_which = re.search(r"([A-Z][^,;]*?)\s*,\s*which\s+$", subject) or re.search(
                r"(?:^|\s)((?:the\s+)?[A-Z][\w'’ -]*?)\s+members\s*$", subject)
            if body is None and before_which:
                body = self._organisation_ending(before_which.group(1))
            if body is None and re.match(r"\s*(?:\(\w{1,4}\)\s*)?[Ii]ts\s+(?:other\s+)?members\s*$", subject):
                body = self.bodies_here[-1] if self.bodies_here else None  # "Its other members shall be ...:"
            if body is None and re.fullmatch(r"\s*(?:\(\w{1,4}\)\s*)?It\s*", subject):
                # "A Council on X is hereby established. It shall comprise ...": the body the paragraph last named
                named = self.bodies(self.text[block.start : s])
                body = named[-1].id if named else None
            listed = bool(members.group("colon")) and (
                re.search(r"\bfollowing\b", members.group(0)) or not members.group("rest").strip()
                # ("... twelve members as follows: (1) The Secretary of Labor, ... (2) the Director of ...", not items
                # that are provisions: "as follows: (a) The President shall appoint twenty-four members ...")
                or re.search(r"\bas\s+follows\s*:$", members.group(0)) and not _provision_items(self.text, children)
            ) or bool(  # "shall be composed of the following, and such other members as the President may designate."
                re.match(r"\s*the\s+following\s*(?:members\s*)?[,.;]", members.group("rest") + ".") and children)
            if body and members.group("as_follows") is not None and _provision_items(self.text, children):
                body = None  # "The membership of the Commission shall be as follows: (a) Five members shall be ...":
                # provisions, whose own sentences are read, not a list of members
            if body:
                if listed and children:
                    lead = re.match(r"\s*(the\s+[A-Z].*?),\s*(?:and\s+)?"
                                    r"(?=(?:representatives|officials|members|the\s+heads?)\b[^:]*\bfollowing\b)",
                                    members.group("rest"))
                    if lead:  # "composed of the Coordinator, who shall chair it, and representatives from the following
                        # departments ...:": a member named before the list
                        self._inline_members(lead.group(1), body, evidence)
                    parts = [normalize(self.doc.text[s:e])] + [
                        normalize(self.doc.text[c.marker if c.marker is not None else c.start : c.end])
                        for c in children
                    ]
                    lev = self.evidence(block, s, e, _shorten(" ".join(parts)))
                    for child in children:
                        text = self.text[child.start : child.end]
                        found = self._item_members(text)
                        if not found and re.search(r"\bfollowing\s+(?:officials|officers|members)\b[^:]*:\s*$", text):
                            # "(c) the following officials or their designees: (i) ... (v)": one level down
                            for grandchild in self._children_of(child):
                                found += self._item_members(self.text[grandchild.start : grandchild.end])
                        for member in found:
                            if member.id != body and member.kind == "office":  # office -> body, not departments
                                self.edge(member.id, "member_of", body, lev)
                        self._chair_item(child, text, body)
                else:  # the members in the sentence itself ("... of the following members: A and B.")
                    self._inline_members(sentence[members.start("rest") :], body, evidence)
        for paren in _MEMBERS_IN_PARENS.finditer(sentence):
            # "the Cabinet Council on Human Resources (composed of the Vice President, ...)": a body and, in a
            # parenthesis after its name, its members
            body = self._body_named_before(sentence[: paren.start()])
            if body:
                self._inline_members(paren.group("list"), body, evidence)
        listing = re.search(
            r"\b[Tt]he\s+members\s+of\s+(?:the\s+|such\s+|this\s+)?(?P<body>[\w\s]{2,80}?)\s+shall\s+be\s+(?=the\s+[A-Z])",
            sentence,
        )
        if listing:  # "The members of such subcommittee shall be the Trade Representative (Chair), the Secretary ..."
            named = next((x.id for x in self.bodies(listing.group("body")) if x.start <= 4), None)
            if named is None and self._kind(listing.group("body").strip().title()) and self.bodies_here:
                named = self.bodies_here[-1]
            if named:
                self._inline_members(sentence[listing.end() :], named, evidence)
        below = _HEADS_LISTED_BELOW.search(sentence)
        if below and children:
            # "the members of the Council shall be the heads of the executive branch departments, agencies, and offices
            # listed below" (EO 13254): the offices its items name ("(iii) Secretary of State;")
            named = next((x.id for x in self.bodies(below.group("body")) if x.start <= 4), None)
            if named:
                lev = self.evidence(block, s, e)
                for child in children:
                    for member in self._item_members(self.text[child.start : child.end]):
                        if member.kind == "office" and member.id not in (named, _PRESIDENT):
                            self.edge(member.id, "member_of", named, lev)
        be_members = re.search(
            r"(?:\bshall\s+(?:also\s+)?(?:be|serve\s+as|participate\s+as)"
            # ("the Secretary of Defense is added as a member of the East-West Foreign Trade Board", EO 11894)
            r"|\b(?:is|are)\s+(?:hereby\s+)?added\s+as"
            # ("The Secretary of State and the Secretary of Labor are hereby designated to be members of the Board")
            r"|\b(?:is|are)\s+(?:hereby\s+)?designated\s+(?:to\s+be|as))\s+(?:a\s+|an\s+)?(?:standing\s+|full\s+|voting\s+|non-?voting\s+|advisory\s+"
            r"|ex[\s-]officio\s+)?members?\s+of\s+(?:the\s+)?",
            sentence,
        )
        if be_members:
            body = next((x for x in self.bodies(sentence[be_members.end() :]) if x.start == 0), None)
            subject = sentence[: be_members.start()]
            if body and children and re.search(r"\b[Tt]he\s+following\b", subject) and sentence.rstrip().endswith(":"):
                # "the following heads of departments, agencies, or offices shall be members of the Committee: (i) The
                # United States Trade Representative; ..." (EO 13456): the members are the items
                lev = self.evidence(block, s, e)
                for child in children:
                    for member in self._item_members(self.text[child.start : child.end]):
                        if member.id != body.id and member.kind == "office":
                            self.edge(member.id, "member_of", body.id, lev)
                body = None
            if body:
                # ("The President of the National Academy of Sciences shall be an ex officio member of the Committee")
                unknown = self._office_subject(subject)
                for member in [unknown] if unknown else self._subjects(subject):
                    if member.id != body.id:
                        self.edge(member.id, "member_of", body.id, evidence())
        # "... and shall include the Secretary of the Treasury as a member of the Committee"
        for inc in _INCLUDE_AS_MEMBER.finditer(sentence):
            body = next((x for x in self.bodies(sentence[inc.end() :]) if x.start == 0), None)
            if body:
                for member in self._item_members(inc.group("who")):
                    if member.kind == "office" and member.id != body.id:
                        self.edge(member.id, "member_of", body.id, evidence())
        chair = re.search(
            # ("The Secretary of the Treasury shall continue as Chairman of the Council on International Economic ...")
            # ("The Director of the Cost of Living Council shall thereafter serve as Chairman of the Council")
            r"\bshall\s+(?:(?:each|alternately|alternatively|in\s+turn)\s+){0,2}"  # ("shall each alternatively serve")
            r"(?:" + _FROM_NOW + r"\s+)?(?:continue\s+to\s+(?:serve\s+as|be)|continue\s+as|serve\s+as|be)"
            r"\s+(?:the\s+|one\s+|a\s+)?"
            r"(?P<co>[Cc]o-?)?[Cc]hair(?:s|m[ae]n|persons?)?\b"
            r"(?!\s+of\s+the\s+Board\s+of)",
            sentence,
        ) or re.search(r"\bshall\s+(?P<co>co-?)?chair\s+(?:the\s+)?", sentence)
        if chair and not _RELATIVE.search(sentence[: chair.start()]):
            after = sentence[chair.end() :]
            of = re.match(r"\s+of\s+(?:the\s+)?", after)
            body = None
            if of:
                body = next((x.id for x in self.bodies(after[of.end() :]) if x.start == 0), None)
            elif chair.group(0).rstrip().endswith(("chair", "chair the")):
                body = next((x.id for x in self.bodies(after) if x.start <= 4), None)
            named = body
            body = body or (self.bodies_here[-1] if self.bodies_here else None)
            if body:
                kind = "co_chairs" if chair.group("co") else "chairs"
                subject = sentence[: chair.start()]
                offices = [x for x in self._subjects(subject) if x.kind == "office"]
                if not offices and named:
                    # an office no gazetteer knows, "The Federal Recycling Coordinator shall serve as Chair", or one set
                    # off by a comma, "The Deputy Director for Management, Office of Management and Budget, shall ..."
                    unknown = self._office_subject(subject, bare_title=True)
                    offices = [unknown] if unknown else []
                for office in offices:
                    if office.id != body:
                        self.edge(office.id, kind, body, evidence())
        who = re.search(
            r",\s*who\s+shall\s+(?:serve\s+as|be)\s+(?:the\s+)?(?P<co>Co-?)?Chair(?:man|person)?(?P<plural>s)?\b"
            r"(?:\s+of\s+(?:the\s+)?)?",
            sentence,
        )
        if who:
            # "The Council shall be led by the Assistant to the President for Economic Policy ..., who
            # shall serve as Chair of the Council": the offices just before "who" chair the body named
            body = None
            if who.group(0).rstrip().endswith(("of", "the")):
                body = next((x.id for x in self.bodies(sentence[who.end() :]) if x.start == 0), None)
            elif members and members.start() < who.start():
                # "The Committee shall be composed of the Chairman of the CEA, who shall serve as Chairman; and ..."
                body = self._body_in(sentence[: members.start()])
            elif led := _LED_BY.search(sentence, 0, who.start()):
                # "The Working Group shall be led by the Secretaries of Education and the Interior, or their designees
                # under this section, who shall serve as Co-Chairs" (EO 13336)
                body = self._body_in(sentence[: led.start()])
            head = sentence[: who.start()]
            cut = max((m.end() for m in _MEMBERS_FROM.finditer(head)), default=0)
            offices = [x for x in self.actors(head[cut:]) if x.kind == "office"]
            if not who.group("co") and not who.group("plural"):
                # "..., the Deputy Administrator of EPA, and the Associate Director of OMB, who shall serve as the
                # Chairman of the Group" (EO 11647): one chair, the office just before "who"
                offices = offices[-1:]
            if body:
                for office in offices:
                    self.edge(office.id, "co_chairs" if who.group("co") else "chairs", body, evidence())
        # "The Chairman of the Council shall be the Secretary of Labor": the office after "shall be"
        named_chair = re.search(r"\b[Tt]he\s+(?P<co>Co-?)?Chair(?:man|person)?s?\s+of\s+(?:the\s+)?"
                                r"(?P<body>[^,;]{2,90}?)\s+shall\s+be\s+(?:the\s+)?(?=[A-Z])", sentence)
        if named_chair and not re.search(r"\b[Vv]ice\s+$", sentence[: named_chair.start()]):
            body = next((x.id for x in self.bodies(named_chair.group("body")) if x.start == 0), None)
            office = next((x for x in self.actors(sentence[named_chair.end() :]) if x.start == 0), None)
            if body and office is not None and office.kind == "office":
                self.edge(office.id, "co_chairs" if named_chair.group("co") else "chairs", body, evidence())
        # "shall be chaired by", "..., chaired by the Secretary of Health and Human Services (Chair)"
        chaired = re.search(
            # ("there is established an NSCI Executive Council to be co-chaired by the Director of OSTP", EO 13702; not
            # "ad hoc committees, task forces, or interagency groups, each to be chaired by the Director", EO 13794)
            r"(?:\bshall\s+be\s+|\b(?:is|are)\s+|,\s*(?:to\s+be\s+)?|\)\s*(?:,\s*)?(?:to\s+be\s+)?|(?<!\beach\s)\bto\s+be\s+)"
            r"(?P<co>[Cc]o-?)?chaired\s+by\s+",
            sentence
        )
        if chaired:
            body = self._body_in(sentence[: chaired.start()])
            # "shall be co-chaired by the Secretary of State and the Secretary of Defense": each office
            for office in self._item_members(sentence[chaired.end() :]):
                if body and office.kind == "office":
                    self.edge(office.id, "co_chairs" if chaired.group("co") else "chairs", body, evidence())
        # "there is hereby established under the Chairmanship of the Secretary of State, a Cabinet Committee on
        # Palestine ..." (EO 9735): the office chairs the body the sentence goes on to name
        under = re.search(r"\bunder\s+the\s+(?P<co>[Cc]o-?)?[Cc]hair(?:man|person)?ship\s+of\s+", sentence)
        if under:
            named = self.actors(sentence[under.end() :])
            office = next((x for x in named if x.start <= 4 and x.kind == "office"), None)
            body = next((x.id for x in named if office and x.start >= office.end and x.kind == "organization"), None)
            if office and body is None:
                # "An Inter-Agency Coordinating Committee on South Africa is hereby established, under the
                # Chairmanship of the Secretary of State" (EO 12571): the body the sentence named before
                body = self._body_in(sentence[: under.start()])
            if office and body:
                self.edge(office.id, "co_chairs" if under.group("co") else "chairs", body, evidence())
        co = re.search(r"\bshall\s+co-chair\b", sentence)
        if co:
            chairs = [x for x in mentions if x.end <= co.start()]
            body = next((x for x in mentions if x.start >= co.end()), None)
            if body:
                for c in chairs:
                    self.edge(c.id, "co_chairs", body.id, evidence())
                if re.match(r"\s+and\s+direct\b", sentence[co.end() :]):
                    self.edge(self.inst.id, "directs", body.id, evidence())
        housed = re.search(  # (also "shall be established for administrative purposes within the Department of ...")
            r"\b(?:shall\s+be|is|are)\s+(?:hereby\s+)?(?:housed|located|established|reconstituted)"
            r"(?:\s+for\s+administrative\s+purposes(?:\s+only)?)?\s+(?:at|in|within)\s+(?:the\s+)?", sentence
        )
        if housed and not _RELATIVE.search(sentence[: housed.start()]):
            body = self._body_in(sentence[: housed.start()])
            if body is None and re.search(r"housed|located", housed.group(0)):
                # "The Advisor shall be housed in the Office of Public Liaison": an office, the sentence's subject
                body = next((x.id for x in mentions if x.start <= 4 and x.kind == "office"), None)
            place = next((x.id for x in self.bodies(sentence[housed.end() :]) if x.start == 0), None)
            parsed = self._parse_name(sentence[housed.end() :]) if body and place is None else None
            if parsed and re.match(r"Office\s+of\s+[A-Z]", parsed[0]) and self._kind(parsed[0]):
                # "housed in the Office of Public Liaison": an office of the White House no curated file knows
                place = self._new_body(parsed[0], parsed[2], self._kind(parsed[0]))
            if body and place and body != place:
                self.edge(body, "housed_at", place, evidence())
        report = _REPORT_LINE.search(sentence)
        if report and not _RELATIVE.search(sentence[: report.start()]):
            behalf = report.group("behalf")  # "The Chairperson shall, on behalf of the Councils, report to ..."
            found = [x.id for x in self.bodies("the " + behalf) if x.start <= 4] if behalf else []
            # (the subject of the sentence's first "shall": "the Board shall conduct a review of all functions of
            # the Central Intelligence Agency, and shall report thereon to the President" is the Board's line)
            first = re.search(r"\bshall\b", sentence)
            reporters = found or [self._body_in(sentence[: first.start() if first else report.start()])]
            if reporters == [None] and (_RECURRING_ADVERB.search(sentence) or "regularly" in report.group(0)
                                        or not _DEADLINE.search(sentence)):
                # an office's recurring report: "Not later than December 31 of each year, the Secretary shall
                # report to the President on ..."; or its standing one, without a date: "The Chairman of the
                # Commission shall report to the President through the Council" (a report due by a date, "within
                # two years", is a one-off: no report line)
                reporters = [x.id for x in self._subjects(sentence[: report.start()]) if x.kind == "office"]
            # (each listed: "report to the President, the Secretary of Energy, and the Secretary of ...")
            listed = [x for x in self._listed_actors(sentence[report.end() :], 0) if x.id != _CONGRESS]
            for body in reporters:
                for to in listed:
                    if body and body != to.id:
                        self.edge(body, "reports_to", to.id, evidence())

    def _organisation_ending(self, text: str) -> str | None:
        """The organisation the gazetteer knows whose name ends text, as a name (not as an actor)."""
        named = [x for x in self.gaz.find(text) if x.kind == "organization" and x.end == len(text)]
        return named[-1].id if named else None

    def _body_named_before(self, text: str) -> str | None:
        """The body whose name ends `text`: known, else named in full (three words or more, its head a kind of
        body), and then a node, as a subject's name is."""
        text = text.rstrip()
        known = [x for x in self.bodies(text) if x.end == len(text)]
        if known:
            return known[-1].id
        m = re.search(
            r"\b[Tt]he\s+((?:[A-Z][\w'’-]*\s+(?:(?:on|of|for)\s+(?:the\s+)?|and\s+(?!the\b))?){2,}[A-Z][\w'’-]*)$", text
        )
        if m is None or self._kind(m.group(1)) is None or self.gaz.find(m.group(1)):
            return None
        return self._add_named_body(normalize(m.group(1)), self._kind(m.group(1)))

    def _add_named_body(self, name: str, kind: str) -> str:
        """A body the text names (not one it establishes), as a node the gazetteer then knows."""
        node_id = _body_id(name)
        self.x.new_nodes.append(NewNode(node_id, kind, name, None))
        self.gaz.add(name, node_id, "organization")
        return node_id

    def _inline_members(self, tail: str, body: str, evidence) -> None:  # noqa: ANN001
        """Members named in the sentence: "... of the following officers: the Administrator of the EPA (who
        shall chair the Task Force), the Secretary of State, ..."; a chair marked in parentheses."""
        flat = re.sub(r"\([^()]*\)", lambda p: " " * len(p.group(0)), tail)  # "(who shall chair ...)" is no clause
        # nor is ", who shall be chairman of the Committee," or ", who shall be designated by the President,"
        # between two members: the list goes on after it
        flat = _without_asides(flat)
        known = self.actors(tail, members=True)
        # (an item after its marker too: "...; (ii) the Chairman of the Advisory Council on Historic Preservation;")
        for item in re.finditer(r"(?:^\s*|[:,;]\s*|\band\s+)(?:\(\w{1,4}\)\s*)?(?=[Tt]he\s+[A-Z])", tail):
            if not any(k.start <= item.end() < k.end or item.end() <= k.start < item.end() + 8 for k in known):
                unknown = self._unknown_office(tail, item.end())
                known += [unknown] if unknown else []
        for member in sorted(known, key=lambda x: x.start):
            if member.kind != "office":
                continue  # member_of is office -> body ("representatives from the Department of X")
            before = flat[: member.start]
            as_chair = re.search(r"\bwith\s+(?:the\s+)?$", before) and re.match(
                r"\s*,?\s*as\s+(?:its\s+|the\s+)?(?P<co>Co-?)?[Cc]hair(?:man|person)?\b(?!\s+of\s+(?:the\s+)?[A-Z])",
                tail[member.end :])
            if as_chair:
                # "... the Secretaries of State, ..., Commerce, and Labor with the Secretary of Commerce as Chairman"
                self.edge(member.id, "member_of", body, evidence())
                self.edge(member.id, "co_chairs" if as_chair.group("co") else "chairs", body, evidence())
                continue
            # not "... 25 persons who shall be appointed by the President", "... designated by X"
            if (_NOT_SUBJECT.search(before) or re.search(r"\b(?:who|which|that)\b[^;]*$", before)
                    or _BY_LIST.search(before) or _REPRESENTATIVES.search(before)):
                continue
            if flat[member.start : member.end].strip() != tail[member.start : member.end].strip():
                continue  # named inside a parenthesis
            if member.id in (body, _PRESIDENT) or re.search(r"\bas\s+(?:the\s+)?$", before):
                continue  # "such number of members as the President may appoint"
            self.edge(member.id, "member_of", body, evidence())
            chair = re.match(
                r"\s*\((?:who\s+shall\s+(?:(?P<co1>co-?)?chair|serve\s+as\s+(?:the\s+)?(?P<co2>Co-?)?[Cc]hair)\b[^()]*"
                r"|(?P<co3>Co-?)?[Cc]hair(?:man|person)?)\)"
                # "... composed of the Secretary of Labor, as Chairman, the Secretary of Commerce, ..."
                r"|\s*,?\s*as\s+(?:the\s+)?(?P<co4>Co-?)?[Cc]hair(?:man|person)?\b(?!\s+of\s+(?:the\s+)?[A-Z])"
                # "... of the following members: The Secretary of Commerce, Chairman; the Attorney General; ..."
                r"|\s*,\s*(?P<co6>Co-?)?[Cc]hair(?:man|person)?\s*(?=[;.]|$)"
                # "... composed of the Secretary of Labor, who shall be the Chairman of the Committee, the ..."
                # (or "the Secretary of Labor, hereby designated as Chairman;")
                r"|\s*,?\s*(?:who\s+(?:shall\s+(?:also\s+)?(?:be|serve\s+as)|is\s+hereby\s+designated(?:\s+as)?)"
                r"|,\s*hereby\s+designated\s+as)\s+(?:the\s+|its\s+|an?\s+)?"
                r"(?P<co5>Co-?)?[Cc]hair(?:man|person)?\b"
                r"|\s*,?\s*who\s+shall\s+(?P<co7>co-?)?chair\b",  # ("composed of the Coordinator, who shall chair it")
                # ("The Vice President of the United States who shall be the chairman of the Council")
                re.sub(r"^\s+of\s+the\s+United\s+States(?:\s+of\s+America)?(?=[\s,])", "", tail[member.end :]),
            )
            if chair:
                co = any(chair.groupdict().values())  # (every group of the pattern is a "Co-" of one of its forms)
                self.edge(member.id, "co_chairs" if co else "chairs", body, evidence())

    def _body_subject(self, subject: str) -> bool:
        """The subject is a body or its membership: "The Council", "The membership of the Council"."""
        # ("In addition to the Chair, the membership of the Advisory Board shall include the Secretary of State")
        subject = re.sub(r"^\s*In\s+addition\s+to\s+the\s+(?:Co-?)?Chair[^,]{0,40},\s*", "", subject)
        lead = re.match(_MARKER + r"(?:[Tt]he\s+)?(?:(?:membership|members)\s+of\s+(?:the\s+)?)?",
                        subject)
        at = lead.end() if lead else 0
        body = next((x for x in self.bodies(subject[at:]) if x.start == 0), None)
        rest = subject[at + body.end :] if body is not None else ""
        # (or a body with a first predicate before this one: "The Subcabinet shall be co-chaired by A and B, and")
        return body is not None and _AFTER_BODY.fullmatch(rest) is not None

    def _children_of(self, block: Block) -> list[Block]:
        """The list items directly under block (its sub-items), in order."""
        if block.path is None or block not in self.blocks:
            return []
        out = []
        for later in self.blocks[self.blocks.index(block) + 1 :]:
            if later.path is None or later.path[: len(block.path)] != block.path or later.continuation:
                break
            if len(later.path) == len(block.path) + 1:
                out.append(later)
        return out

    def _item_members(self, text: str) -> list[Mention]:
        """The offices an item of a members list names: those it begins with ("(b) the Secretary of
        State;", "the Secretary of State and the Secretary of Defense"), not one named later in a
        sentence ("(xii) As appropriate, the Chair may invite ... the Executive Office of the President")."""
        out: list[Mention] = []
        # (a class before the offices: "(i) the heads of executive departments, the Administrator of the EPA, ...")
        lead_class = re.match(_MARKER + r"the\s+heads\s+of\s+(?:the\s+)?(?:executive\s+)?(?:departments|agencies)"
                              r"(?:\s+and\s+agencies)?\s*,\s*(?=the\s+[A-Z])", text)
        at = lead_class.end() if lead_class else 0
        # (an aside between two offices of the item: "(1) The Secretary of Labor, who is hereby designated as the
        # Chairman of the Commission, (2) the Director of ...")
        masked = _without_asides(text)
        for actor in [*self.actors(text, members=True), None]:
            # (after a first office, one no gazetteer knows: "(1) the Under Secretary of State, (2) the Director of
            # the Foreign Operations Administration, and (3) ...")
            while out and (actor is None or not _MEMBER_GAP.fullmatch(masked[at : actor.start])):
                step = _LIST_STEP.match(masked, at)
                unknown = self._unknown_office(text, step.end()) if step else None
                if unknown is None or actor is not None and unknown.end > actor.start:
                    break
                out.append(unknown)
                at = unknown.end
            if actor is None:
                break
            if re.fullmatch(r"\s*\(", text[at : actor.start]) and text[actor.end : actor.end + 1] == ")":
                at = actor.end + 1  # a short name: "the Director of the Office of Personnel Management (OPM) and ..."
                continue
            if not _MEMBER_GAP.fullmatch(masked[at : actor.start]):
                break
            out.append(actor)
            at = actor.end
        lead = re.match(_MARKER, text).end()
        # (a title then a comma and the organisation: "the Assistant Secretary for Indian Affairs, Department of the
        # Interior" is that department's office, not a deputy minted from the bare title "Secretary")
        if not out or (all(x.kind == "organization" or x.id in self.heads for x in out)
                       and _TITLE_COMMA_ORG.match(text, lead)):
            unknown = self._unknown_office(text, lead) or (None if out else self._title_item(text, lead))
            out = [unknown] if unknown else out
        portfolio = _PORTFOLIO.match(text, out[0].end) if len(out) == 1 and out[0].kind == "office" else None
        if portfolio and _short_name(portfolio.group("portfolio"), text[out[0].start : out[0].end]):
            portfolio = None
        if portfolio:
            # "the Assistant Attorney General (Civil Rights Division)": an office of its own, not the title alone
            name = f"{normalize(text[out[0].start : out[0].end])} {portfolio.group('portfolio')}"
            name = re.sub(r"^[Tt]he\s+", "", name)
            out = [Mention(out[0].start, portfolio.end(), self._new_office(_office_id(name), name), "office")]
        return out

    def _title_item(self, text: str, at: int) -> Mention | None:
        """A members list's item that is an office's title alone, no gazetteer naming any office in it: that office,
        minted under its title."""
        m = _TITLE_ITEM.match(text, at)
        if m is None:
            return None
        name = normalize(m.group("name"))
        if not _TITLE_WORD.search(name) or not name.split()[-1][:1].isupper() or any(
                x.kind == "office" and not (x.id == _PRESIDENT and re.search(r"\bto\s+the\s+$", name[: x.start]))
                for x in self.gaz.find(name)):
            return None
        return Mention(m.start(), m.end(), self._new_office(_office_id(name), name), "office")

    def _office_subject(self, subject: str, bare_title: bool = False) -> Mention | None:
        """An office no gazetteer knows that is the whole subject (after a list marker): "The President of the National
        Academy of Sciences", "The Deputy Director for Management, Office of Management and Budget,"; with bare_title
        also a title alone that has a word of its own ("The Federal Recycling Coordinator", not "The Secretary")."""
        subject = subject.rstrip(" ,")
        office = self._unknown_office(subject, re.match(_MARKER, subject).end())
        the = re.match(_MARKER + r"[Tt]he\s+", subject)
        if office is None and bare_title and the and _NAMED_TITLE.search(subject[the.end() :]):
            office = self._title_item(subject, the.end())
        return office if office is not None and office.end == len(subject) else None

    def _unknown_office(self, text: str, at: int) -> Mention | None:
        """An office named by title at `at` that no gazetteer knows, minted under its own name; None where
        the gazetteer knows any name inside it (that name is the member, or the title is a role of it)."""
        comma = _TITLE_COMMA_ORG.match(text, at)
        if comma:  # "the Privacy Officer, Department of Homeland Security;": that department's office
            org = next((x for x in self.gaz.find(text[comma.end() :])
                        if x.start == 0 and x.kind == "organization"), None)
            # (not "the Intellectual Property Enforcement Coordinator, Executive Office of the President": an office
            # of the President's own staff is named by its title alone)
            if org is not None and org.id != _EOP and re.match(r"\s*(?:[;,.]|who\b|and\b|$)",
                                                                    text[comma.end() + org.end :]):
                title = _title_before_comma(comma.group("title"))
                org_name = text[comma.end() : comma.end() + org.end]
                node_id = _head_id(title, org.id, org_name, f"{title} of {org_name}")
                return Mention(comma.start(), comma.end() + org.end, self._new_office(node_id, f"{title}, {org_name}"),
                               "office")
            unit = _UNIT_AFTER_COMMA.match(text, comma.end())
            if org is None and unit is not None:
                title, unit_name = _title_before_comma(comma.group("title")), normalize(unit.group("unit"))
                return Mention(comma.start(), unit.end(), self._new_office(
                    _office_id(f"{title} of {unit_name}"), f"{title}, {unit_name}"), "office")
        second = _SECOND_TITLE.match(text, at)
        if second:
            name = normalize(second.group("name"))
            known = next((x for x in self.gaz.find(name) if x.start == 0 and x.end == len(name)), None)
            node_id = known.id if known and known.kind == "office" else self._new_office(_office_id(name), name)
            return Mention(second.start(), second.end(), node_id, "office")
        m = _UNKNOWN_OFFICE.match(text, at)
        if m is None or re.match(r"\s+and\s+[A-Z]", text[m.end() :]):
            return None  # "the Assistant to the President and Chief of Staff": one office with two titles
        name = m.group("name")
        # (a bare title this order defines is no name inside "the Administrator of Veterans Affairs", nor the kind
        # word of a body it establishes inside "the Chairman of the National Security Resources Board")
        known = [x for x in self.gaz.find(name)
                 if not (name[x.start : x.end] in self.bare_titles and not self._bare_title(name, x.start, x.end))
                 and not self._tail_of_other_name(name, x)
                 # ("the Chair of the ... Subcommittee of the Attorney General's Advisory Committee": a possessive)
                 and not re.match(r"['’]s\b", name[x.end :])]
        if known and not all(x.id == _PRESIDENT for x in known):
            return None
        # ("Inspector General, Veterans Administration": the head's title set off by a comma is "of")
        name = _HEAD_COMMA_OF.sub(r"\1 of ", normalize(name))
        end = m.end()
        if charge := _IN_CHARGE_OF.match(text, end):  # ("the Senior Advisor to the President in charge of ...")
            name, end = f"{name} {normalize(text[end : charge.end()])}", charge.end()
        return Mention(m.start(), end, self._new_office(_office_id(name), name), "office")

    def _chair_item(self, child: Block, text: str, body: str) -> None:
        m = re.search(
            # (and "(ii) the Secretary of Defense, who shall be a Co-Chair of the Working Group;", EO 13486)
            r",?\s*who\s+(?:shall\s+(?:serve\s+as|be)|is\s+hereby\s+designated(?:\s+as)?)\s+(?:the\s+|an?\s+)?"
            r"(?P<co>[Cc]o-?)?[Cc]hair(?:man|person)?s?\b"
            # "(1) The Secretary of the Treasury (Chairman).": the item's parenthesis
            r"|\s*\((?P<co2>Co-?)?Chair(?:man|person)?\)\s*[.;,]?\s*(?:and\s*)?$", text
        )
        if not m or m.group(0).lstrip().startswith("(") and re.search(
                r"\b(?:Co-?)?Chair(?:man|person)?\s+of\s+[^,;()]*$", text[: m.start()]):
            return  # "..., who shall be designated by the Chair of the Steering Committee (Chair)": a short name
        # (the office the item begins with, though no gazetteer knows it: "(i) Federal Transition Coordinator, who ...";
        # each of two: "(1) The Chairman of CEQ (CEQ) and the Director of OSTP (OSTP), who shall serve as Co-Chairs")
        listed = [x for x in self._item_members(text[: m.start()]) if x.kind == "office"]
        offices = listed if len(listed) > 1 and re.search(r"[Cc]hair\w*s\b", m.group(0)) else (listed or [
            x for x in self.actors(text[: m.start()]) if x.kind == "office"])[:1]
        for office in offices:
            self.edge(office.id, "co_chairs" if m.group("co") or m.group("co2") else "chairs", body,
                      self.evidence(child, child.start, child.end))

    def _subjects(self, subject: str) -> list[Mention]:
        """The offices and bodies a clause's subject names: not those in a subordinate clause
        ("unless the OMB Director provides otherwise"), a parenthesis, or after "through",
        "in consultation with", "assisted by" ..."""
        blanked = list(subject)
        spans = [(m.start(), m.end()) for r in (_SUBORDINATE, _QUOTED_WORDS) for m in r.finditer(subject)]
        commas = [c.end() for c in re.finditer(r",\s+(?=(?:the\s+|an?\s+)?[A-Z])", subject)]
        if case := _IN_CASE_OF.match(subject):
            # "In case of the death, resignation, ... of both the Postmaster General and the Deputy Postmaster General
            # the officer holding ... shall": the condition runs to the comma before the subject, or to the verb
            spans.append((case.start(), commas[-1] if commas else len(subject)))
        elif (cond := _CONDITION_FIRST.match(subject)) and commas and "," not in subject[commas[-1] :]:
            spans.append((cond.start(), commas[-1]))
        for a, b in spans:
            for i in range(a, b):
                blanked[i] = " "
        text = "".join(blanked)
        # "The Director of OSTP, in consultation with the Secretary of HHS, the Director of OMB, ..., and the heads
        # of other agencies, shall": the list after "in consultation with" is all consulted, not directed
        helper = _CONSULTED.search(subject)
        out = []
        skipped = -1  # the end of the last actor that is not a subject
        for actor in self.actors(text):
            before = text[: actor.start]
            # ("In consonance with programs developed by the Department of Defense, the Attorney General shall": after
            # an opening phrase and its comma, the name that ends the subject is the subject)
            opening = not text[actor.end :].strip() and re.fullmatch(r"\s*,\s*(?:the\s+)?", text[skipped : actor.start])
            if _NOT_SUBJECT.search(before) or (skipped >= 0 and not opening and re.fullmatch(
                    r"[\s,]*(?:(?:and|or)\s+)?(?:the\s+)?", text[skipped : actor.start])):
                skipped = actor.end  # "taken by the President, the Director of X, or the Director of Y": the whole list
                continue
            if helper and actor.start >= helper.start() and any(a.end <= helper.start() for a in out):
                continue
            if before.count("(") > before.count(")"):
                continue
            if re.search(r"\bas\s+(?:the\s+)?$", before):
                continue
            if _BODY_AS_MODIFIER.fullmatch(text, actor.end):
                continue  # "The White House OFBCI operations shall begin" (EO 13199): the body's operations, not it
            if re.match(r"\s+(?:Circular|Bulletin|Memorandum|Handbook|Manual)s?\b", text[actor.end :]):
                continue  # "pursuant to EO 12291 and OMB Circular No. A19, Executive departments ... shall" (EO 12612)
            out.append(actor)
        return out

    def _named_subject(self, subject: str) -> None:
        """A body the gazetteer does not know, named in full as the subject of "shall" ("The National
        Quantum Coordination Office shall provide ..."): a node, so that its direction is read. Only a
        name of three words or more whose head is a kind of body, and nothing else in the subject
        but a phrase between commas ("..., in consultation with X, shall")."""
        lead = re.match(_MARKER + r"(?:[^,]{0,120},\s+)?(?=[Tt]he\s+[A-Z])", subject)
        if not lead:
            return
        # "The Controller of the Office of Federal Financial Management shall ...": an office no gazetteer
        # knows, named by its title, is the subject; named, so that its direction is read
        office = self._unknown_office(subject, lead.end())
        if office is not None:
            if re.fullmatch(r"\s*(?:,[^,]*,)?\s*", subject[office.end :]):
                name = re.sub(r"^[Tt]he\s+", "", normalize(subject[office.start : office.end]))
                self.gaz.add(name, office.id, "office")
            return
        parsed = self._parse_name(subject[lead.end() :])
        if parsed is None or parsed[2] is not None:
            return
        name, end, _ = parsed
        kind = self._kind(name)
        rest = subject[lead.end() + end :]
        place = re.match(r"\s+(?:in|within)\s+(?:the\s+)?", rest)
        home = self.bodies(rest[place.end() :]) if place else []
        if place and any(x.start == 0 and not rest[place.end() + x.end :].strip() for x in home):
            rest = ""  # "The Biomedical Advanced Research Development Authority in HHS shall": a body and its home
        # (or the name and an open alternative: "The National Wage Stabilization Board or other wage or salary
        # stabilization agency having jurisdiction ... shall approve", EO 9697)
        if kind is None or len(name.split()) < 3 or not re.fullmatch(
                r"\s*(?:,[^,]*,)?\s*|\s+or\s+(?:any\s+)?other\s+[a-z][^,;A-Z]*", rest):
            return
        if self.gaz.find(name):
            return
        full = self._spelled_out(name)
        node_id = self._add_named_body(full, kind)
        if full != name:
            self.gaz.add(name, node_id, "organization")

    def _spelled_out(self, name: str) -> str:
        """A name with the initialisms this order defines spelled out: "the Federal CFO Council", after "The Chief
        Financial Officers (CFOs)", is the Federal Chief Financial Officers Council."""
        def spell(word: re.Match) -> str:
            n = len(word.group(1))
            # (a word in capitals too: "the United States DOGE Service (USDS)")
            words = rf"((?:[A-Z][A-Za-z]+\s+){{{n - 1}}}[A-Z][A-Za-z]+)"
            defined = re.search(rf"\b{words}\s+\({word.group(1)}s?\)", self.text)
            if defined and "".join(w[0] for w in defined.group(1).split()) == word.group(1):
                return defined.group(1)
            return word.group(0)

        return re.sub(r"\b([A-Z]{2,6})\b", spell, name)

    def _report_line(self, sentence: str, shall: re.Match, ev: TextEvidence) -> None:
        """A recurring report the subjects of "shall" make, to each office or body it is made to (to X
        "through Y": to Y, as the Task Force of EO 14060 reports)."""
        report = _SUBMITS_REPORT.match(sentence, shall.start())
        if report is None or re.search(r"\bprogress\s+reports?\b|^\s*Until\b", sentence):
            return  # (a progress report until a task is done is no standing line: dev EO 13411 reading)
        words = report.group("words")
        noun = re.search(r"\b[Rr]eports?\b", words)
        assert noun is not None
        after = re.split(r"\b(?:that|which|who|describing|reflecting|concerning|regarding|setting|including|on"
                         r"(?!\s+an?\s+\w+\s+basis))\b", words[noun.end() :], maxsplit=1)[0]
        # the report recurs: "Annually, the Committee shall", "shall submit an annual report", "shall make a joint
        # report to the President annually" (not "the annual FOIA reports" in the subject, nor "aid provided annually"
        # in what the report is about)
        if not (_RECURRING_ADVERB.search(sentence[: shall.start()]) or _RECURRING.search(words[: noun.end()])
                or _RECURRING_ADVERB.search(after) or re.search(r"\bon\s+each\s+anniversary\b", words)):
            return
        to: list[str] = []
        for at in re.finditer(r"\bto\s+", words):
            listed = self._listed_actors(words, at.end())
            # (also after a phrase of when: "to the President each year beginning 1 year after the date of this
            # order, through the Assistant to the President for Homeland Security, a report")
            through = (re.match(r"(?:[^,;]{0,80}?,)?\s*,?\s*through\s+(?:the\s+)?", words[listed[-1].end :])
                       if listed else None)
            if through:
                via = [x for x in self.actors(words) if x.start == listed[-1].end + through.end()]
                listed = via or listed
            to += [x.id for x in listed if x.id not in to and x.id != _CONGRESS]
        for reporter in self._subjects(sentence[: shall.start()]):
            for recipient in to:
                if reporter.id not in (recipient, _PRESIDENT):
                    self.edge(reporter.id, "reports_to", recipient, ev)

    def _listed_actors(self, text: str, at: int) -> list[Mention]:
        """The offices and bodies listed from `at`: "the President, the Vice President, and the Cabinet Council"."""
        out: list[Mention] = []
        actors = self.actors(text)
        for p in re.finditer(r"\bPresident\b(?!['’]s)", text):  # ("to the President": dropped by actors())
            if not any(a.start <= p.start() < a.end for a in actors):
                actors.append(Mention(p.start(), p.end(), _PRESIDENT, "office"))
        for p in re.finditer(r"\bCongress\b", text):  # (no node: "to the Congress through the President" still lists)
            actors.append(Mention(p.start(), p.end(), _CONGRESS, "organization"))
        for actor in sorted(actors, key=lambda x: x.start):
            first = not out and re.fullmatch(r"(?:the\s+)?", text[at : max(at, actor.start)]) and actor.start >= at
            listed = out and actor.start > out[-1].end and re.fullmatch(
                r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", text[out[-1].end : actor.start]
            )
            if first or listed:
                out.append(actor)
            elif out and actor.start > out[-1].end:
                break
        return out

    def _item_report_line(self, block: Block, s: int, e: int) -> None:
        """"(b) Not later than January 31 of each year, the Commission shall: (1) submit to the President and Congress
        a report ...": the chapeau's subject makes the item's report (pinned at the item)."""
        sentence = self.text[s:e]
        # ("(v) monitor implementation ... and report thereon from time to time as appropriate to the Director": the
        # item's second verb, EO 13450)
        second = re.search(r"\band\s+(?=report\s+(?:thereon\s+)?(?:from\s+time\s+to\s+time|periodically|annually"
                           r"|regularly)\b)", sentence)
        # ("(c) ... the Director shall ... (7) report to the President, from time to time, concerning the foregoing", EO
        # 11599: the item's own verb)
        # (recurring: "a one-off report is no report line", tests/gold/README.md)
        second = second or (re.match(r"\s*(?=report\s+to\b)", sentence) if _RECURRING.search(sentence) else None)
        if block.path is None or len(block.path) < 2 or block.continuation or s > block.start + 2 or not (re.match(
                r"\s*(?:submit|make|provide|transmit|prepare\s+and\s+submit)\b", sentence, re.I) or second):
            return  # (also a capital "(5) Submit a report to the President ... on each anniversary")
        parent = next((b for b in reversed(self.blocks[: self.blocks.index(block)])
                       if b.path == block.path[:-1] and not b.continuation), None)
        if parent is None:
            return
        # (the colon may be missing: "(c) In addition, the Director shall\n(1) ...", EO 11599)
        chapeau = re.search(r"[^.;:]*\bshall\s*:?\s*$", self.text[parent.start : parent.end])
        if chapeau is None:
            return
        item = sentence[second.end() :] if second else sentence.lstrip()
        joined = re.sub(r"\s*:\s*$", " ", chapeau.group(0)) + item[:1].lower() + item[1:]
        shall = list(re.finditer(r"\bshall\s", joined))[-1]
        line = _REPORT_LINE.match(joined, shall.start()) if second else None
        if line is None:
            self._report_line(joined, shall, self.evidence(block, s, e))
            return
        for reporter in self._subjects(joined[: shall.start()]):  # ("shall report thereon from time to time to X")
            for to in self._listed_actors(joined[line.end() :], 0):
                if to.id not in (reporter.id, _CONGRESS):
                    self.edge(reporter.id, "reports_to", to.id, self.evidence(block, s, e))

    def _chapeau_shall_items(self, block: Block, s: int, e: int) -> None:
        """"2. In carrying out ..., the Treasury Department: (a) Shall perform ...; (b) Shall furnish ...", "(b) In
        carrying out any of its responsibilities under this Order, FEMA: (1) ...; (2) shall take care ...": the subject
        before the colon is directed, at the chapeau."""
        sentence = self.text[s:e]
        if e < block.end - 2 or _SHALL.search(sentence) or re.match(
                r"\s*(?:\(\w{1,4}\)\s*)?(?:The\s+)?(?:Members|Employees|Officers)\b", sentence):
            return  # ("Members of the PIAB and the IOB ...:": the members are the subject, not the bodies)
        # a colon before the items, or a subject alone before them without one ("SEC. 2. The Committee (1) shall
        # review ...; (2) shall stimulate ...", EO 10940)
        if not re.search(r":\s*$", sentence) and not any(
                not sentence[x.end :].strip() and re.fullmatch(r"\s*(?:[Tt]he\s+)?", sentence[: x.start])
                for x in self.actors(sentence)):
            return
        later = self.blocks[self.blocks.index(block) + 1 :]
        child = next((b for b in later if b.path and block.path and len(b.path) == len(block.path) + 1), None)
        if child is None or child.path[:-1] != block.path or not re.match(
                r"\s*[Ss]hall\b", self.text[child.start : child.end]):
            return
        for actor in self._subjects(sentence):
            if actor.id != _PRESIDENT:
                self.edge(self.inst.id, "directs", actor.id, self.evidence(block, s, e))

    def directed_by_the_president(self, block: Block, s: int, e: int) -> None:
        """"I hereby authorize and direct the Secretary of State to affix ...": the office directed, in a
        provision or in the preamble that orders it."""
        sentence = self.text[s:e]
        for d in _I_DIRECT.finditer(sentence):
            rest = sentence[d.end() :]
            targets: list[Mention] = []  # the offices directed, one or a list ("the Secretaries of A, B, and C")
            for x in sorted(self.actors(rest), key=lambda x: x.start):
                gap = rest[targets[-1].end : x.start] if targets else ""
                if x.start == 0 or targets and re.fullmatch(r"\s*,?\s*(?:and\s+)?(?:the\s+)?", gap):
                    targets.append(x)
                elif targets:
                    break
            if targets and re.match(r"(?:\s*,[^,;]{1,80},)?\s+to\s+[a-z]", rest[targets[-1].end :]):
                for target in targets:
                    self.edge(self.inst.id, "directs", target.id, self.evidence(block, s, e))

    def _office_includes(self, block: Block, s: int, e: int, sentence: str) -> None:
        """"The Secretary of Education shall include education freedom as a priority in ..." (EO 14191): an office
        that includes something acts ("shall include" is no act of a body, whose members it names)."""
        # (also "The USTR ... shall include the Secretary of the Treasury as a member of the Committee", heldout6)
        inc = re.search(r"\bshall\s+include\b(?!\s+(?:the\s+following|representatives?|members?)\b)", sentence)
        if inc is None or re.search(r"\bshall\b|[“\"]|\b(?:which|who|that)\b", sentence[: inc.start()]):
            return
        subjects = self._subjects(sentence[: inc.start()])
        if subjects and all(x.kind == "office" and x.id != _PRESIDENT for x in subjects):
            for actor in subjects:
                self.edge(self.inst.id, "directs", actor.id, self.evidence(block, s, e))

    def _later_who_shall(self, block: Block, s: int, e: int, sentence: str, after: int) -> None:
        """"... such department or agency head shall ... refer the issue to the Assistant to the President for National
        Security Affairs, who shall ensure expeditious resolution of the issue" (EO 12742): past the sentence's own
        direction, an office named before ", who shall" is directed too."""
        for later in _SHALL.finditer(sentence, after):
            self._who_shall(block, s, e, sentence, later)

    def _who_shall(self, block: Block, s: int, e: int, sentence: str, shall: re.Match[str]) -> bool:
        """"... are assigned to the U.S. Trade Representative, who shall conduct ...": the office just before ", who"
        is directed (not "delegated to X, who shall exercise such authority", "(1) the Under Secretary of State, who
        shall represent the Secretary of State"). False when the shall is not such a clause's."""
        before = sentence[: shall.start()]
        who = _WHO.search(before)
        if who is None or re.match(r"\s*(?:exercise|represent)\b", sentence[shall.end() :]):
            return False
        for actor in self.actors(before[: who.start()]):
            if actor.end == who.start() and actor.kind == "office" and actor.id != _PRESIDENT:
                self.edge(self.inst.id, "directs", actor.id, self.evidence(block, s, e))
        return True

    def directions(self, block: Block, s: int, e: int) -> None:
        sentence = self.text[s:e]
        if re.match(r"[ \t]*[\"“]", self.text[self.text.rfind("\n", 0, s) + 1 : s + 1]):
            return  # a line the order quotes ('"1-204. ... the Administrator ... shall hold ...",'): another's words
        self._item_report_line(block, s, e)
        self._chapeau_shall_items(block, s, e)
        if re.match(_MARKER + r"[Tt]here\b", sentence):
            return  # ("(a) there shall be established ... a War Assets Administrator, who shall ...": no direction)
        self.directed_by_the_president(block, s, e)
        # "The Attorney General shall chair the Council and provide staff for its operation": the second verb acts
        chair_and = _CHAIR_AND_ACT.search(sentence)
        if chair_and and not _RELATIVE.search(sentence[: chair_and.start()]):
            for actor in self._subjects(sentence[: chair_and.start()]):
                if actor.id != _PRESIDENT:
                    self.edge(self.inst.id, "directs", actor.id, self.evidence(block, s, e))
        self._office_includes(block, s, e, sentence)
        pos = 0
        m = None
        while True:
            m = _SHALL.search(sentence, pos)
            if not m:
                return
            before = sentence[: m.start()]
            if before.count("“") > before.count("”"):  # inside quoted words ("to read “The Director shall ...”")
                pos = m.end()
                continue
            if _RELATIVE.search(before):
                # "housed in the Department of Defense, which shall provide funding": the organisation
                # just before ", which" (not in a sentence that establishes a body: there "which" may be either)
                rel = re.search(r",\s*which\s*$", before)
                if designated := _DESIGNATED_AS.search(before):
                    # "The Department of State is hereby designated as the agency which shall provide ...": the
                    # subject designated is the one that acts
                    for actor in self._subjects(before[: designated.start()]):
                        if actor.id != _PRESIDENT:
                            self.edge(self.inst.id, "directs", actor.id, self.evidence(block, s, e))
                elif self._who_shall(block, s, e, sentence, m):
                    pass
                elif rel and not _ESTABLISH.search(sentence):
                    antecedent = [x for x in self.bodies(before[: rel.start()]) if x.end == rel.start()]
                    # "the CHIPS Program Office within the Department of Commerce, which shall": the office
                    place = antecedent and re.search(r"\s+within\s+(?:the\s+)?$", before[: antecedent[0].start])
                    if place:
                        antecedent = [x for x in self.bodies(before[: place.start()]) if x.end == place.start()]
                    for actor in antecedent:
                        self.edge(self.inst.id, "directs", actor.id, self.evidence(block, s, e))
                pos = m.end()
                continue
            if re.search(r"\b(?:" + _SUBORDINATOR + r")\s+(?:he|she|it|they)\s*$", before):
                pos = m.end()  # "The Administrator may ... terminate any function ... when he shall deem such action
                continue  # to be in the national interest": a subordinate clause's shall (EO 9638)
            if _OBJECT_RELATIVE.match(before) or _AS_CLAUSE.search(before) or re.search(r"\bas\s*$", before):
                # ("... may be exercised by the Administrator in such manner ... as shall best serve to ...")
                pos = m.end()  # "(l) any other Executive agency that the Director ... shall deem appropriate": a
                continue  # list item's noun phrase, its shall the relative clause's
            main = _MAIN_VERB.search(before)
            if main and re.search(r"\b(?:who|whom|whose|which)\b(?:(?!,\s*$).)*$", before[main.end() :], re.S):
                # "The Secretary is hereby authorized to issue a ribbon to any officer who ... has rendered, or during
                # the present war shall render, service": the shall is the relative clause's, after the subject's verb
                pos = m.end()
                continue
            self._later_who_shall(block, s, e, sentence, m.end())
            break
        if _PROHIBITED.match(sentence[: m.start()]) or _BUT_NO.search(sentence, 0, m.start()):
            # "Neither the Attorney General, nor ... shall designate": a prohibition (as "shall not"); so is "the
            # Executive Director is authorized to appoint such personnel ... but no individual so appointed shall
            # receive compensation" (EO 11076)
            return
        ev = self.evidence(block, s, e)
        subject = sentence[: m.start()]
        if (line := _ROW_THEN_SUBJECT.search(subject)) is not None:
            # a sentence run on past a list's row ("... each of the following:\nDepartment of the Interior  ...
            # Administration\nThe Committee shall act"): the subject is on the line of the verb
            subject = subject[line.end() :]
        clauses = subject.split(";")
        if len(clauses) > 1 and re.search(r"\b(?:shall|may|is|are|was|were|will|has|have)\b", clauses[-2]):
            # a clause of its own after a semicolon ("... the same may be exercised by each of the following, namely,
            # the Secretary of War, ...; and all officers ... shall give"): its subject, not the first clause's names
            # (but a list's items stay: "...: the Secretaries of Defense, ...; the Administrator of General Services;
            # and the Director of OPM shall implement")
            subject = clauses[-1]
        subject = self._after_undirected_clause(subject)
        if heading := _RUN_IN_HEADING.match(subject):
            # "Establishment of the Interagency Working Group on Youth Programs The Secretary of Health and Human
            # Services (Secretary) shall establish" (EO 13459): a heading run into the sentence with no stop
            subject = subject[heading.end() :]
        first = list(_FIRST_OF_CLAUSES.finditer(subject))
        if len(first) == 1 and not re.search(r"\(\w{1,4}\)", subject[: first[0].start()]):
            # "..., and as necessary to effectuate the purposes of this order, (1) The White House Office shall provide
            # ... and (2) each Federal department ... shall furnish" (EO 11452, EO 11453): the first clause's subject
            subject = subject[first[0].end() :]
        if not self._subjects(subject):
            self._named_subject(subject)
        subjects = self._subjects(subject)
        if not subjects and (he := re.search(r",\s*he\s*$", subject)):
            # "To advise the Director of OSTP on the performance of those functions delegated to him ..., he shall
            # establish ...": the one office the opening phrase names (EO 12039)
            named = {x.id for x in self.actors(subject[: he.start()]) if x.kind == "office" and x.id != _PRESIDENT}
            subjects = [x for x in self.actors(subject[: he.start()]) if x.id in named][:1] if len(named) == 1 else []
        for actor in subjects:
            if actor.id != _PRESIDENT:  # an order states what the President does; it does not direct him
                self.edge(self.inst.id, "directs", actor.id, ev)
        self._report_line(sentence, m, ev)
        for c in _SECOND_SUBJECT.finditer(sentence, m.end()):
            # "... shall consult the Department of Justice, and the Department of Justice shall provide ...": a
            # second clause with a subject of its own, named and nothing else
            subject = c.group("subject")
            actor = next((x for x in self.actors(subject) if x.start <= 4 and x.end == len(subject)), None)
            if actor is not None and actor.id != _PRESIDENT:
                self.edge(self.inst.id, "directs", actor.id, ev)
        for d in re.finditer(r"\bshall\s+direct\s+(?:the\s+)?", sentence):
            target = next((x for x in self.actors(sentence[d.end() :]) if x.start == 0), None)
            if target:
                self.edge(self.inst.id, "directs", target.id, ev)


    def _after_undirected_clause(self, subject: str) -> str:
        """The subject of a "shall" that follows a clause whose own "shall" directs no one: "The Special Task Force
        shall be established ... within the Department of Justice and the Department of Justice shall provide ..."
        (EO 13493), "The Board ... shall have all the power ..., and the War Shipping Administration shall furnish"
        (EO 9611) -- the name after that clause's "and", if it is a name and nothing else; else the subject as given
        (a list after a colon or semicolon stays whole: "... on the following schedule: the Secretaries of ...; and the
        Director of OPM shall implement", EO 13714; so does a clause of comparison: "under such regulations as the
        Secretaries ... and the Secretary of the Treasury shall prescribe", EO 10163)."""
        earlier = list(re.finditer(r"\bshall\s+(?:be|have)\b", subject))
        if not earlier:
            return subject
        after = subject[earlier[-1].end() :]
        first = subject[: earlier[0].start()]
        if (re.fullmatch(r"[^;:]*?,?\s+and\s*", after) and not _AND_NEXT_SUBJECT.search(after)
                and (self._subjects(first) or _UNKNOWN_OFFICE.match(first.strip()))):
            # "The Science Adviser to the President shall be the Executive Secretary of the Council and shall assist
            # the President" (EO 11472): the second "shall" has the first one's subject, an actor (not "The Chief of
            # Special Mission shall have the rank of Minister and shall act", EO 10063, no body)
            return first
        for conj in _AND_NEXT_SUBJECT.finditer(after):
            # (the "and" of the clause's own words is passed: "The ASO shall be jointly based in Washington, D.C., and
            # Afghanistan, and the Secretary of State shall seek", EO 13487)
            if re.search(r"[;:]|\b(?:as|which|whom|that)\b", after[: conj.start()]):
                break
            own = after[conj.end() :]
            if (any(x.start <= 4 and x.end >= len(own.rstrip(" ,")) for x in self.actors(own))
                    or _NAME_ONLY.fullmatch(own)):
                return own  # (also a name the gazetteer may not know: "the War shipping Administration")
        return subject


_OCR_SAME = str.maketrans("i1|!", "llll")  # (lower-cased) letters and marks a scan confuses in a title's words


def _ocr_twin(title: str, names: dict[str, tuple[str, str]], text: str) -> str | None:
    """The statute a title names though a scan misread one letter of one word ("Civii" for "Civil"): the one known
    title with the same words but one, which differs only in characters a scan confuses (i, l, I, 1), or in one
    letter of a long word typed for another ("Refuges"). Other digits must agree, so "the Civil Rights Act of 1968" is
    never "... of 1964". A small word typed in, or a word's ending typed wrong, is a slip only for a title the order
    itself also names rightly."""
    words = title.split()
    if len(title) < 20:
        return None
    found = set()
    for label, (node_id, kind) in names.items():
        other = label.split()
        if kind != "statute":
            continue
        named_here = label in text
        if named_here and len(words) == len(other) + 1 and any(
                words[:i] + words[i + 1 :] == other for i, w in enumerate(words) if w in ("and", "of", "the")):
            found.add(node_id)  # a small word typed in ("the War and Labor Disputes Act", EO 9548)
            continue
        if len(other) != len(words):
            continue
        diff = [(a, b) for a, b in zip(words, other, strict=True) if a != b]
        if len(diff) == 1 and (len(label) == len(title) and (
                diff[0][0].lower().translate(_OCR_SAME) == diff[0][1].lower().translate(_OCR_SAME)
                or _one_letter_typed_for_another(*diff[0])) or named_here and _same_stem(*diff[0])):
            found.add(node_id)
    return found.pop() if len(found) == 1 else None


def _same_stem(word: str, known: str) -> bool:
    """"Commissioners" for "Commissioned" (EO 11023's "Coast and Geodetic Survey Commissioners Officers Act of
    1948"): a word typed with another ending, the first ten letters the same, neither ending longer than three."""
    stem = len(os.path.commonprefix([word, known]))
    return stem >= 10 and max(len(word), len(known)) - stem <= 3 and word.isalpha() and known.isalpha()


def _one_letter_typed_for_another(word: str, known: str) -> bool:
    """"Refuges" for "Refugee" (EO 11922's copy of "the Migration and Refugee Assistance Act of 1962"): a word of
    six letters or more that differs from the known one in one letter, neither a digit."""
    if len(word) < 6 or len(word) != len(known):
        return False
    pairs = [(a, b) for a, b in zip(word, known, strict=True) if a != b]
    return len(pairs) == 1 and pairs[0][0].isalpha() and pairs[0][1].isalpha()


def _minted(kind: str, name: str) -> str:
    """An id minted under a name as the labels and curated files write it: apostrophes dropped, then slugged."""
    return f"{kind}/" + slug(re.sub(r"['’]", "", name))


# "the board of directors of the Reconstruction Finance Corporation" (not "the Board of Directors", a name)
_BOARD_OF_DIRECTORS = re.compile(r"\b[Tt]he\s+(board\s+of\s+directors\s+of\s+)(?:the\s+)?(?=[A-Z])")


def _body_id(name: str) -> str:
    """A body minted under its own name ("the President's Council on ..." -> org/presidents-council-on-...)."""
    return _minted("org", name)


def _short_name(paren: str, title: str) -> bool:
    """A parenthesis after an office's title that names it shortly ("(HUD)", "(Coordinator)", "(Chair)"), not a
    portfolio that is part of the office ("the Assistant Attorney General (Civil Rights Division)")."""
    words = paren.split()
    return bool(re.fullmatch(r"[A-Z0-9&-]+s?", paren) or words and words[-1] in title.split() or _ROLE.fullmatch(paren))


def _title_before_comma(title: str) -> str:
    """The title of "the Coordinator (Coordinator), Executive Office of the President" without its short name; a
    portfolio ("the Assistant Secretary (Terrorist Financing), Department of the Treasury") stays."""
    title = normalize(title)
    paren = re.search(r"\s*\(([^()]*)\)$", title)
    return title[: paren.start()] if paren and _short_name(paren.group(1), title[: paren.start()]) else title


def _office_id(name: str) -> str:
    """An office minted under its own name, as curated offices are written ("Special Assistant to the
    President for Consumer Affairs" -> office/special-assistant-to-the-president-for-consumer-affairs)."""
    return _minted("office", name)


def _head_id(title: str, org_id: str, org_name: str, phrase: str) -> str:
    """The id of an office that heads an organisation: after an acronym id, title and acronym
    (`office/director-of-cdc`, as curated offices are written); after an id that is the organisation's
    name, the words as written (`office/administrator-of-the-federal-energy-administration`)."""
    if org_id.split("/", 1)[1] == slug(re.sub(r"['’]", "", org_name)):
        # ("Inspector General, Veterans Administration": a comma after the title reads "of")
        return _office_id(re.sub(r"^([^,]+?),\s+(?=[A-Z])", r"\1 of ", normalize(phrase)))
    return _office_of(title, org_id)


def _within(label: str | None, section: str | None) -> bool:
    """'1(a)' is within '1'; '1' is not within itself."""
    return bool(label and section and label != section and label.startswith(section + "("))


def _office_of(title: str, org_id: str) -> str:
    """An office by its title and the id of the organisation it belongs to (`office/director-of-cdc`,
    `office/executive-director-of-<a body this order establishes>`), as curated offices and the gold files write it."""
    return f"office/{slug(title)}-of-{org_id.split('/', 1)[1]}"


def _amending_ref(sentence: str, ref: Ref) -> bool:
    """'... , as amended by Executive Order 13559 ...': a reference that describes another one; also each
    number of a plural list that does ("as amended by Executive Orders 13070 of ..., and 13301 of ...")."""
    before = sentence[max(0, ref.start - 40) : ref.start]
    # ("Civil Service Rule 9, as established by EO N, is revoked": the rule, not the order, is revoked)
    if re.search(r"\b(?:as\s+)?(?:(?:last|further|most\s+recently)\s+)?(?:amended|renumbered|superseded|supplemented"
                 r"|extended|continued|modified|revised"
                 # ("Paragraph (q) of section 1 of EO 10530 ..., as added by EO No. 10889 ..., is hereby amended",
                 # EO 10960)
                 r"|replaced|(?<=as\s)established|(?<=as\s)created|(?<=as\s)added"
                 r"(?:\s+in\s+scope)?|expanded(?:\s+in\s+scope)?|affected)(?:\s+or\s+affected)?\s+by\s+(?:the\s+)?$",
                 before):
        return True
    # "..., and EO 10777 ..., amending Executive Order No. 10758 to increase ..., are hereby revoked"
    if re.search(r"\b(?:amending|revoking|superseding|modifying|supplementing|extending)\s+(?:the\s+)?$", before):
        return True
    # "Executive Order 12836 ..., which, among other things, revoked Executive Order 12818 ..., is revoked"
    if re.search(r"\bwhich\b[^;()]{0,60}\b(?:revoked|amended|superseded|established|created|replaced)\s+(?:the\s+)?$",
                 sentence[max(0, ref.start - 90) : ref.start]):
        return True
    # "EO No. 9615 ..., making certain time limitations imposed by the said paragraph 8 of EO No. 4601 inapplicable
    # ..., is hereby superseded": an order named inside the participial phrase that describes an earlier one
    if re.search(r"(?:Executive\s+Orders?|E\.\s?O\.)\s+(?:No\.?\s*)?\d[\d,]*[^;:()]{0,80}?,\s*(?:[a-z]+ly\s+)?"
                 r"(?!including\b|according\b|notwithstanding\b)[a-z]+ing\b[^,;()]{1,200}$",
                 sentence[max(0, ref.start - 300) : ref.start]):
        return True
    if ref.start == ref.eo_start and re.search(
        rf"\b(?:amended|renumbered|superseded|supplemented|extended|continued|modified(?:\s+in\s+scope)?)\s+by\s+(?:the\s+)?"
        rf"Executive\s+(?:Orders\s+(?:[Nn]os?\.?\s*)?|[Oo]rders?\s+Nos\.\s*)"
        rf"(?:\d[\d,]*(?:\s+of\s+{DATE})?(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:No\.\s*)?)+$",
        sentence[max(0, ref.start - 300) : ref.start],
    ):
        return True
    # "as amended by Executive Order 13286 ... and by Executive Order 13373": the second amender too
    return bool(re.search(r"\band\s+by\s+(?:the\s+)?$", before)) and bool(
        re.search(r"\bamended\s+by\b", sentence[max(0, ref.start - 300) : ref.start])
    )


def _in_part(kind: str, clause: str) -> str:
    """The qualified type of a partial revocation or supersession. "Revoked to the extent (that
    it is) inconsistent with this order" leaves the old text in force except where the new one
    conflicts: that is supersession in part (graph/edge_types.py), whatever the verb; "revoked in
    part" and an annex revoked stay `revokes_in_part`."""
    if kind == "revokes" and _INCONSISTENT.search(clause):
        return "supersedes_in_part"
    return f"{kind}_in_part"


_INLINE_ITEM = re.compile(
    r"(?:^|(?:(?<=[.;:])|(?<=[.;:][”\"’])|(?<=;\sand)|(?<=;\sor))[ \t\n]+)"
    r"(?:\d{1,2}\.|\(\d{1,2}\)|\([a-z]\))[ \t]+(?=[A-Z])"
)


def _inline_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of numbered items ("1. ...", "(2) ...") that run on after a sentence ending in a colon,
    each from its text to the next item; [] if the text there does not open with an item."""
    marks = list(_INLINE_ITEM.finditer(text, start, end))
    if not marks or text[start : marks[0].start()].strip():
        return []
    return [(m.end(), marks[i + 1].start() if i + 1 < len(marks) else end) for i, m in enumerate(marks)]


def _section(whole: str, path: list[str]) -> str:
    if path == ["preamble"]:
        return whole + "/sec/preamble"
    return whole + "/sec/" + "/".join(p.lower() for p in path)


def _shorten(quote: str, limit: int = 1200) -> str:
    return quote if len(quote) <= limit else quote[: limit - 4].rstrip() + " ..."


def extract_edges(
    extraction: Extraction, instrument: Instrument, blocks: list[Block], doc: TextDoc, ctx: Context,
    quoted: list[tuple[int, int]] | None = None,
) -> None:
    """Fill extraction.edges from the blocks of one instrument."""
    reader = ClauseReader(extraction, instrument, doc, ctx, quoted)
    reader.blocks = blocks
    for block in blocks:
        reader.define_acts(reader.text[block.start : block.end])
    reader.define_the_act(reader.text)
    reader.define_that_act(reader.text)
    for block in blocks:
        reader.define_offices(reader.text[block.start : block.end])
        reader.define_titles_before_administrator(reader.text[block.start : block.end])
        reader.define_short_names(reader.text[block.start : block.end])
        reader.define_bodies(reader.text[block.start : block.end])
    reader.define_titles(reader.text)
    reader.define_bare_bodies(reader.text)
    for i, block in enumerate(blocks):
        spans = sentences(reader.text[block.start : block.end], block.start)
        children = []
        if block.path is not None and not block.continuation:
            for later in blocks[i + 1 :]:
                if later.path is None or later.path[: len(block.path)] != block.path or later.continuation:
                    break
                if len(later.path) == len(block.path) + 1:
                    children.append(later)
        for s, e in spans:
            reader.establishments(block, s, e)
            reader.established_subjects(block, s, e)
        reader.define_said_titles(reader.text)  # (the office may head a body a sentence above establishes)
        reader.define_staff_heads(reader.text)
        reader.define_boards_of_directors(reader.text)
        reader.citations(block, spans)
        order_at = reader.order_start(block, spans) if block.label == "preamble" else None
        for s, e in spans:
            reader.dispositions(block, s, e, children)
            reader.organisation(block, s, e, children)
            if block.label != "preamble" or order_at is not None and s >= order_at:
                reader.directions(block, s, e)
            elif order_at is not None and s < order_at < e and reader.text[order_at:e].strip():
                # ("... it is ordered as follows:\nThe Secretary of Agriculture shall take ...": one sentence)
                reader.directed_by_the_president(block, s, order_at)
                reader.directions(block, order_at, e)
            else:
                reader.directed_by_the_president(block, s, e)
    # "EO 11708 ... is further amended as follows:" then "1. Section 1 of that order ... is amended": the places
    # the items name are the amendments, not the whole order (tests/gold/README.md: the object is the place)
    placed = {e.object.split("/sec/")[0] for e in extraction.edges if e.type == "amends" and "/sec/" in e.object}
    whole = {order for order, _section, _quote in reader.whole_items}
    chapeaux = [e for e in extraction.edges
                if e.type == "amends" and _AS_FOLLOWS.search(e.evidence.quote.rstrip())
                # (not "EO 11157 ... is further amended by revising Part II thereof to read as follows:", EO 12094:
                # the new text follows, not items that name places of the order)
                and not _TO_READ_AS_FOLLOWS.search(e.evidence.quote.rstrip())
                and (e.object, e.evidence.section, e.evidence.quote) not in reader.whole_items]
    # an item that amends the order only as a whole ("The second paragraph is amended to read"): under a statement
    # of authority, which names the order amended as follows (EO 12633), the item holds the amendment; under a
    # section, the section does, and its items are its words (heldout6 EO 14085: "1. EO 9158 ... is further amended
    # as follows: (a) The first paragraph is amended-")
    dropped = {id(e) for e in chapeaux
               if e.object in placed or e.object in whole and e.evidence.section == "preamble"}
    held = {(e.object, e.evidence.section) for e in chapeaux
            if id(e) not in dropped and e.evidence.section != "preamble"}
    dropped |= {id(e) for e in extraction.edges
                if e.type == "amends" and (e.object, e.evidence.section, e.evidence.quote) in reader.whole_items
                and any(obj == e.object and _within(e.evidence.section, section) for obj, section in held)}
    extraction.edges[:] = [e for e in extraction.edges if id(e) not in dropped]
    # what a provision names as its authority it need not also be said to cite ("NOW, THEREFORE, by virtue of
    # ... section 10 of the Railway Labor Act ..." and "As provided by section 10 of the Railway Labor Act")
    authority = {(e.subject, e.object, e.evidence.section) for e in extraction.edges if e.type == "authorized_by"}
    extraction.edges[:] = [
        e for e in extraction.edges if e.type != "cites" or (e.subject, e.object, e.evidence.section) not in authority
    ]
