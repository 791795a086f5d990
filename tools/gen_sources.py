#!/usr/bin/env python3
"""Regenerate src/domain/sources.rs from the shared reference's numbered source list.

Run by hand when the reference changes:
    python3 tools/gen_sources.py ../shared/reference/uk-trafficking-facts.md > src/domain/sources.rs

The reference records where each fact was *read*, often a copy (studylib,
docslib, a bookseller's listing, Wikisource, a download mirror). Users must
see the original (reference §10): ORIGINALS below names it where it is known;
any other entry read from a copy host keeps its title and publisher and loses
the link. The generator fails if a denied host or copy wording would remain,
and tests/citations.rs checks the generated file again.
"""
import re, sys

# Hosts that only copy, sell or discuss a document: never shown to users.
DENIED_HOSTS = [
    "studylib", "scribd", "docslib", "paperzz", "documents.pub", "vdocuments",
    "wikisource", "dandybooksellers", "amazon.", "waterstones", "abebooks",
    "gzipwtf", "nalanistore", "quora", "brainly", "coursehero", "studocu",
    "yumpu", "issuu", "slideshare", "pdfcoffee", "dokumen", "fliphtml5", "wn.com",
    "silo.tips", "kipdf", "cupdf", "manualzz", "readkong", "pdf4pro",
    "humantraffickingsearch", "vlex", "legalize.dev",
]
# Wording that reveals a copy, a listing or a file id.
DENIED_WORDS = ["copy", "copies", "file id", "read via", "bookseller", "q&a", "listing",
                "wikisource", "studylib", "docslib", "scribd", "paperzz", "secondary / unverified"]

LEG = "https://www.legislation.gov.uk/ukpga/2015/30"
# key -> (citation, url): the original document, from reference §10 and the
# publishers' own addresses. An empty url means the original's address is not
# known: cite by title, publisher and date only.
ORIGINALS = {
    "2": ("ILO and European Commission, Operational indicators of trafficking in human beings (March 2009, revised September 2009)",
          "https://www.ilo.org/wcmsp5/groups/public/---ed_norm/---declaration/documents/publication/wcms_105023.pdf"),
    "7": ("Modern Slavery Act 2015, s2", LEG + "/section/2"),
    "9": ("Modern Slavery Act 2015, Explanatory Notes", LEG + "/notes"),
    "21": ("National Crime Agency, National Referral Mechanism Statistics – End of Year Summary 2018 (20 March 2019)", ""),
    "26": ("ILO, Forced Labour Convention, 1930 (No. 29), Article 2",
           "https://normlex.ilo.org/dyn/normlex/en/f?p=NORMLEXPUB:12100:0::NO::P12100_ILO_CODE:C029"),
    "43": ("Home Office, Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK, end of year summary 2024",
           "https://www.gov.uk/government/collections/national-referral-mechanism-statistics"),
    "46a": ("HM Government, Modern Slavery Strategy (November 2014)",
            "https://www.gov.uk/government/publications/modern-slavery-strategy"),
    "66b": ("National Crime Agency, Strategic Assessment: The Nature and Scale of Human Trafficking in 2013 (30 September 2014)", ""),
    "73": ("Home Office, Modern slavery: statutory guidance for England and Wales (under s49 of the Modern Slavery Act 2015) and non-statutory guidance for Scotland and Northern Ireland",
           "https://www.gov.uk/government/publications/modern-slavery-how-to-identify-and-support-victims"),
    "76": ("Home Office, Modern Slavery Awareness Booklet", ""),
    "77": ("Local Government Association and Independent Anti-Slavery Commissioner, Modern slavery: a council guide (2017)", ""),
    "85": ("Gangmasters Licensing Authority and Home Office, Spotting the signs of slavery", ""),
    "102": ("Modern Slavery Act 2015, s51 (presumption about age)", LEG + "/section/51"),
    "117": ("Local Government Association, Tackling labour abuse and modern slavery in the hand car wash sector: council guidance", ""),
    "172": ("Council of Europe Convention on Action against Trafficking in Human Beings, UK Treaty Series No. 37 (2012), Cm 8414", ""),
    "29": ("Human Trafficking and Exploitation (Scotland) Act 2015 (asp 12)",
           "https://www.legislation.gov.uk/asp/2015/12"),
    "191": ("Modern Slavery Act 2015, s17(4) and s18", LEG + "/section/17"),
    "201": ("Centre for Social Justice, It Happens Here: Equipping the United Kingdom to fight modern slavery (March 2013)", ""),
}
# Originals this app cites that the reference's list lacks, each read on the
# publisher's own site: (constant, key, citation, url).
EXTRA = [
    ("S_HTES_S12", "hte-s12",
     "Human Trafficking and Exploitation (Scotland) Act 2015, s12 (presumption of age)",
     "https://www.legislation.gov.uk/asp/2015/12/section/12"),
    ("S_HTENI_S25", "hte-ni-s25",
     "Human Trafficking and Exploitation (Criminal Justice and Support for Victims) Act (Northern Ireland) 2015, s25 (interpretation; presumption of age in s25(3))",
     "https://www.legislation.gov.uk/nia/2015/2/section/25"),
    # Not in the reference's list; read on NSPCC's own page (checked 2026-12-02).
    ("S_NSPCC_CTAC", "nspcc-ctac",
     "NSPCC, Child Trafficking Advice Centre (CTAC): advice and support for professionals worried that a young person may be a victim of trafficking (web page, undated)",
     "https://www.nspcc.org.uk/services-and-resources/childrens-services/child-trafficking-advice-centre-ctac/"),
]
# Secondary notes, not sources (reference §10): kept out of what users see.
NOT_SHOWN = {"124", "140"}

text = open(sys.argv[1], encoding="utf-8").read()
section = text.split("## 10. Sources", 1)[1]
out = ["//! Every source the app cites, generated from the shared reference's numbered list",
       "//! by tools/gen_sources.py, which names each original document instead of the copy",
       "//! it was read from. Content and data cite these by constant, so a missing or",
       "//! misspelt source is a compile error.", "",
       "use super::source::Source;", ""]
seen = []
problems = []
def strip_copy(cite):
    # "(… copy)", "(Wikisource p.6)", "— studylib copy", "(scribd/wn.com copies)"
    cite = re.sub(r"\s*\((?:[^()]*?)(?:copy|copies|Wikisource[^()]*)\)", "", cite)
    cite = re.sub(r"\s*[—-]\s*\w+ copy\b", "", cite)
    return cite.strip().rstrip(" .,;")
for line in section.splitlines():
    m = re.match(r"^\[(\d+[a-z]?)\]\s+(.*)$", line.strip())
    if not m:
        continue
    key, rest = m.groups()
    if key in [k for k, _ in seen]:
        continue
    urls = re.findall(r"https?://\S+", rest)
    url = urls[0].rstrip(";") if urls else ""
    cite = re.split(r"\s+https?://", rest)[0].strip()
    cite = cite.replace("**", "").replace("*", "").rstrip(" .")
    if key in ORIGINALS:
        cite, url = ORIGINALS[key]
    else:
        if any(h in url.lower() for h in DENIED_HOSTS):
            url = ""
        cite = strip_copy(cite)
        # Wikisource pages of the Act and its notes: the original is on legislation.gov.uk.
        if "wikisource" in rest.lower() and "Modern_Slavery_Act_2015.pdf" in rest:
            sec = re.search(r"s(\d+)", cite)
            url = LEG + (f"/section/{sec.group(1)}" if sec else "")
        elif "wikisource" in rest.lower() and "Explanatory_Notes" in rest:
            url = LEG + "/notes"
    if "…" in url:
        # A truncated address: keep the part before the cut when it still
        # names a page on the publisher's site, otherwise the title only.
        url = url.split("…")[0]
        url = url[: url.rstrip("/").rfind("/") + 1] if not url.endswith("/") else url
        url = url.rstrip("/")
        if url.count("/") < 4:
            url = ""
    if cite.startswith("Home Office, … "):
        cite = cite.replace("Home Office, … ", "Home Office, Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK, ", 1)
    low = (cite + " " + url).lower()
    if key not in NOT_SHOWN and (any(w in low for w in DENIED_WORDS) or any(h in url.lower() for h in DENIED_HOSTS)):
        problems.append(f"[{key}] {cite} {url}")
    cite = cite.replace("\\", "\\\\").replace('"', '\\"')
    url = url.replace('"', '\\"')
    if key in NOT_SHOWN:
        # A reading note, not a source: no constant, so nothing can cite it.
        continue
    name = "S" + key.upper()
    seen.append((key, name))
    out.append(f'pub const {name}: Source = Source {{ key: "{key}", citation: "{cite}", url: "{url}" }};')
for name, key, cite, url in EXTRA:
    seen.append((key, name))
    out.append(f'pub const {name}: Source = Source {{ key: "{key}", citation: "{cite}", url: "{url}" }};')
if problems:
    sys.stderr.write("Copy hosts or copy wording would reach users; add an ORIGINALS entry:\n" + "\n".join(problems) + "\n")
    sys.exit(1)
out.append("")
out.append("/// Every source users can see, for the checks in tests/citations.rs.")
out.append("pub static ALL: &[&Source] = &[" + ", ".join(f"&{n}" for k, n in seen) + "];")
out.append("")
out.append("/// The reference's numbers for secondary notes (reference §10): never a source,")
out.append("/// so they have no constant here and tests/citations.rs checks nothing cites them.")
out.append("pub static NOT_SHOWN: &[&str] = &[" + ", ".join(f'"{k}"' for k in sorted(NOT_SHOWN)) + "];")
out.append("")
sys.stdout.write("\n".join(out))
