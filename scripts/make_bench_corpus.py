#!/usr/bin/env python3
"""Makes a benchmark corpus of HTML pages from real pages, as files for a `files` source.

The pages are the AEB pages (../shared/eval/extraction/aeb), the Arabic pages
(../shared/eval/extraction/arabic) and the bundled corpus/sample/pages, copied many times
with varied names and dates. Every copy shifts its dates (ISO dates in meta tags, JSON-LD and
URLs, and visible English and Arabic dates) by one offset of its own, so a copy's metadata and
visible dates still agree. Most copies also replace a share of the words of their visible text
with other words of the same script (taken from the pages themselves), so their text is new to
dedupe; some are left for dedupe to find:

  unique   40% of the words replaced, dates shifted          (a new article)
  redated  an earlier copy's text, other dates               (exact duplicate text)
  near     an earlier copy's text with 3% of words replaced  (near duplicate)
  exact    an earlier copy's file, byte for byte             (exact duplicate)

Output: DIR/NNN/<slug>-<hex>.html (1,000 a folder) and DIR/index.tsv (index, path, kind, base
page, day offset, copied from). The same --seed gives the same files, and a corpus of 2N pages
starts with the N pages of a corpus of N (bench_peer.py uses this for its 2x run).

Never writes inside the repository: eval material stays out of it.
Usage: scripts/make_bench_corpus.py [--pages N] [--out DIR] [--seed S] [--arabic-share F]
"""
import argparse
import datetime as dt
import os
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval" / "extraction"

KINDS = (("unique", 0.78), ("redated", 0.07), ("near", 0.08), ("exact", 0.07))
UNIQUE_RATE, NEAR_RATE = 0.40, 0.03

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
             "أكتوبر", "نوفمبر", "ديسمبر"]
AR_ALIASES = {"إبريل": 3, "ابريل": 3, "اغسطس": 7, "اكتوبر": 9, "يونيه": 5, "يوليه": 6}
LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول"]

ISO = re.compile(r"(?<![\d.])((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?!\d)")
URL_DATE = re.compile(r"(?<=/)((?:19|20)\d\d)/([01]\d)/([0-3]\d)(?=/)")
EN_MDY = re.compile(r"\b(" + "|".join(EN_MONTHS + [a + r"\.?" for a in EN_ABBR]) + r")\s+(\d{1,2}),\s+((?:19|20)\d\d)\b")
EN_DMY = re.compile(r"\b(\d{1,2})\s+(" + "|".join(EN_MONTHS) + r")\s+((?:19|20)\d\d)\b")
AR_NAMES = AR_MONTHS + list(AR_ALIASES) + LEVANT
AR_DMY = re.compile(r"(?<!\d)(\d{1,2})\s+(" + "|".join(sorted(AR_NAMES, key=len, reverse=True)) + r")\s+((?:19|20)\d\d)(?!\d)")
# Markup and the parts of a page that are not visible text; the text between them is mutated.
MARKUP = re.compile(r"(<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>)", re.S | re.I)
# Month and weekday names stay, so visible dates survive the word replacement.
KEEP = set(EN_MONTHS + EN_ABBR + AR_MONTHS + list(AR_ALIASES) + " ".join(LEVANT).split()) | {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
    "الاثنين", "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"}
WORD = re.compile(r"(?<![&#\w])[^\W\d_]{2,}(?![\w;])")


def is_arabic(word):
    return "\u0600" <= word[0] <= "\u06ff"


def shifted(y, m, d, days):
    try:
        return dt.date(int(y), int(m), int(d)) + dt.timedelta(days=days)
    except ValueError:
        return None


def shift_dates(html, days):
    """Every recognised date moved by `days`, in its own format."""
    def iso(mt):
        n = shifted(mt[1], mt[2], mt[3], days)
        return mt[0] if n is None else f"{n.year:04d}-{n.month:02d}-{n.day:02d}"

    def url(mt):
        n = shifted(mt[1], mt[2], mt[3], days)
        return mt[0] if n is None else f"{n.year:04d}/{n.month:02d}/{n.day:02d}"

    def en_mdy(mt):
        name = mt[1].rstrip(".")
        month = EN_MONTHS.index(name) if name in EN_MONTHS else EN_ABBR.index(name)
        n = shifted(mt[3], month + 1, mt[2], days)
        if n is None:
            return mt[0]
        label = EN_MONTHS[n.month - 1] if name in EN_MONTHS else EN_ABBR[n.month - 1] + ("." if mt[1].endswith(".") else "")
        return f"{label} {n.day}, {n.year}"

    def en_dmy(mt):
        n = shifted(mt[3], EN_MONTHS.index(mt[2]) + 1, mt[1], days)
        return mt[0] if n is None else f"{n.day} {EN_MONTHS[n.month - 1]} {n.year}"

    def ar_dmy(mt):
        name = mt[2]
        levant = name in LEVANT
        month = LEVANT.index(name) if levant else AR_ALIASES.get(name, AR_MONTHS.index(name) if name in AR_MONTHS else 0)
        n = shifted(mt[3], month + 1, mt[1], days)
        if n is None:
            return mt[0]
        label = (LEVANT if levant else AR_MONTHS)[n.month - 1]
        day = f"{n.day:02d}" if len(mt[1]) == 2 else str(n.day)
        return f"{day} {label} {n.year}"

    html = ISO.sub(iso, html)
    html = URL_DATE.sub(url, html)
    html = EN_MDY.sub(en_mdy, html)
    html = EN_DMY.sub(en_dmy, html)
    return AR_DMY.sub(ar_dmy, html)


def mutate_words(html, rate, rng, vocab):
    """Replaces about `rate` of the words of the visible text with words of the same script."""
    if rate <= 0:
        return html

    def word(mt):
        w = mt[0]
        if rng.random() >= rate or w in KEEP:
            return w
        pool = vocab["ar"] if is_arabic(w) else vocab["latin"]
        return rng.choice(pool) if pool else w

    parts = MARKUP.split(html)
    for i in range(0, len(parts), 2):  # even parts are text, odd parts markup
        if parts[i].strip():
            parts[i] = WORD.sub(word, parts[i])
    return "".join(parts)


def load_pages():
    """(name, text or None, raw bytes) of every base page, Arabic pool and English pool."""
    def read(path):
        raw = path.read_bytes()
        try:
            return (path.stem, raw.decode("utf-8"), raw)
        except UnicodeDecodeError:
            return (path.stem, None, raw)  # e.g. the windows-1256 sample page: copied, dates shifted in ASCII only

    english = [read(p) for p in sorted((EVAL / "aeb" / "html").glob("*.html"))]
    arabic = [read(p) for p in sorted((EVAL / "arabic").glob("*.html"))]
    arabic += [read(p) for p in sorted((ROOT / "corpus" / "sample" / "pages").glob("*.html"))]
    return english, arabic


def build_vocab(pages):
    vocab = {"ar": [], "latin": []}
    for _, text, _ in pages:
        if text is None:
            continue
        parts = MARKUP.split(text)
        for i in range(0, len(parts), 2):
            for w in WORD.findall(parts[i]):
                vocab["ar" if is_arabic(w) else "latin"].append(w)
    return vocab


def render(page, days, mutations, vocab):
    """One copy of a base page: its words mutated by each (rate, seed) in turn, dates shifted."""
    name, text, raw = page
    if text is None:
        return shift_dates(raw.decode("latin-1"), days).encode("latin-1")
    for rate, seed in mutations:
        text = mutate_words(text, rate, random.Random(seed), vocab)
    return shift_dates(text, days).encode("utf-8")


def slug(name):
    s = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    return (s or "page")[:40]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=20000)
    ap.add_argument("--out", help="folder to write (default: a new temporary folder)")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--arabic-share", type=float, default=0.3, help="share of copies made from Arabic pages")
    args = ap.parse_args()
    if not (EVAL / "aeb" / "html").is_dir() or not (EVAL / "arabic").is_dir():
        print(f"make_bench_corpus: {EVAL} is absent (the shared eval sets sit beside the checkout); skipped")
        return 0
    out = Path(args.out) if args.out else Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    if out.resolve().is_relative_to(ROOT.resolve()):
        sys.exit(f"make_bench_corpus: {out} is inside the repository; eval pages must stay out of it (use a temp folder)")
    out.mkdir(parents=True, exist_ok=True)
    english, arabic = load_pages()
    vocab = build_vocab(english + arabic)
    rng = random.Random(args.seed)
    made = []  # per index: (path, base page, mutations, days)
    total_bytes = 0
    counts = {k: 0 for k, _ in KINDS}
    uniques = []  # indexes of the unique copies, which the others copy
    with open(out / "index.tsv", "w", encoding="utf-8") as index:
        index.write("index\tpath\tkind\tbase\tdays\tcopy_of\n")
        for i in range(args.pages):
            r = rng.random()
            kind = "unique"
            acc = 0.0
            for k, share in KINDS:
                acc += share
                if r < acc:
                    kind = k
                    break
            if kind != "unique" and not uniques:
                kind = "unique"
            days = rng.randint(-1500, 1500)
            tag = f"{rng.getrandbits(40):010x}"
            copy_of = ""
            if kind == "unique":
                page = rng.choice(arabic) if rng.random() < args.arabic_share else rng.choice(english)
                mutations = [(UNIQUE_RATE, rng.getrandbits(32))]
            else:
                j = rng.choice(uniques[-500:])  # copies of recent articles, as a syndicating site would
                copy_of = str(j)
                _, page, mutations, days0, _ = made[j]
                if kind == "near":
                    mutations = mutations + [(NEAR_RATE, rng.getrandbits(32))]
                elif kind == "exact":
                    days = days0
            folder = out / f"{i // 1000:03d}"
            folder.mkdir(exist_ok=True)
            path = folder / f"{slug(page[0])}-{tag}.html"
            data = render(page, days, mutations, vocab)
            path.write_bytes(data)
            total_bytes += len(data)
            made.append((path, page, mutations, days, kind))
            counts[kind] += 1
            if kind == "unique":
                uniques.append(i)
            index.write(f"{i}\t{path.relative_to(out)}\t{kind}\t{page[0]}\t{days}\t{copy_of}\n")
            if (i + 1) % 1000 == 0:
                print(f"make_bench_corpus: {i + 1} pages", file=sys.stderr)
    kinds = ", ".join(f"{k} {n}" for k, n in counts.items())
    print(f"make_bench_corpus: {args.pages} pages, {total_bytes / 1e6:.1f} MB in {out} ({kinds})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
