#!/usr/bin/env python3
"""Builds the split stage's language model: Sources/Stages/Split/LanguageModelData.swift.

Two logistic regressions over hashed features of words (the whole word and its character
1- to 4-grams, with word-boundary marks), sharing one table of 2^BITS slots:
  - Latin script: English against other Latin-script languages;
  - Arabic script: Arabic against Persian, Urdu and Sorani Kurdish.
Each is trained on texts sampled from word frequency lists: wordfreq (CC-BY-SA 4.0,
https://github.com/rspeer/wordfreq) for the languages it has, stopwords-iso (MIT, package
`stopwordsiso`) for a few more, and made-up words of syllables so that text of a language
neither source has looks unlike English. No evaluation data is read.

Run (needs Python 3.10+; installs nothing itself):
    python3 -m venv /tmp/lidvenv && /tmp/lidvenv/bin/pip install wordfreq==3.1.1 stopwordsiso==0.7.1 \
        numpy==2.4.6 scipy==1.17.1 scikit-learn==1.9.1
    /tmp/lidvenv/bin/python scripts/build_langid_model.py [--out Sources/Stages/Split/LanguageModelData.swift]

The hashing and normalisation here must match LanguageFeatures.swift exactly.
"""

import argparse
import base64
import random
import struct
import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp
import stopwordsiso
import wordfreq
from sklearn.linear_model import SGDClassifier

BITS = 19
# English vocabulary: a bit set over whole-word hashes, so that English must be recognised word by
# word (Welsh or Latin words, unknown to every list, then count against English).
VOCAB_BITS = 21
VOCAB_WORDS = 50000
SEED = 20261125

# ---------------------------------------------------------------- features (mirror of Swift)

PRIME = 16777619
NGRAM_SEEDS = {1: 0x811C9DC5, 2: 0x050C5D1F, 3: 0x1B873593, 4: 0x5BD1E995}
WORD_SEED = 0x3C6EF372
BEGIN, END = 0x02, 0x03
MASK = 0xFFFFFFFF


def is_latin_letter(v):
    return (0x41 <= v <= 0x5A or 0x61 <= v <= 0x7A or (0xC0 <= v <= 0x24F and v not in (0xD7, 0xF7))
            or 0x1E00 <= v <= 0x1EFF)


def is_arabic_letter(v):
    return (0x621 <= v <= 0x63F or 0x641 <= v <= 0x64A or 0x66E <= v <= 0x66F or 0x671 <= v <= 0x6D3
            or v == 0x6D5 or 0x6EE <= v <= 0x6EF or 0x6FA <= v <= 0x6FF or 0x750 <= v <= 0x77F
            or 0x8A0 <= v <= 0x8FF)


def is_ignored(v):
    """Marks that are neither letters nor breaks: Arabic harakat, tatweel, Latin combining marks."""
    return 0x64B <= v <= 0x65F or v == 0x670 or v == 0x640 or 0x300 <= v <= 0x36F


def fold(v):
    if v < 0x250:
        low = chr(v).lower()
        return ord(low) if len(low) == 1 else v
    if v == 0x2019:
        return 0x27
    return v


def tokens(text):
    """Words as lists of folded scalars: runs of Latin or Arabic letters, ZWNJ and apostrophes."""
    out, cur = [], []
    for ch in text:
        v = fold(ord(ch))
        if is_ignored(v):
            continue
        if is_latin_letter(v) or is_arabic_letter(v) or v == 0x200C or v == 0x27:
            cur.append(v)
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    cleaned = []
    for w in out:
        while w and w[0] in (0x27, 0x200C):
            w = w[1:]
        while w and w[-1] in (0x27, 0x200C):
            w = w[:-1]
        if w:
            cleaned.append(w)
    return cleaned


def slot(h):
    return ((h * 0x9E3779B1) & MASK) >> (32 - BITS)


def word_hash(word):
    h = WORD_SEED
    for c in word:
        h = ((h ^ c) * PRIME) & MASK
    return h


def vocab_slot(word):
    return ((word_hash(word) * 0x9E3779B1) & MASK) >> (32 - VOCAB_BITS)


def word_features(word):
    feats = []
    h = WORD_SEED
    for c in word:
        h = ((h ^ c) * PRIME) & MASK
    feats.append(slot(h))
    padded = [BEGIN] + word + [END]
    n_len = len(padded)
    for n in (1, 2, 3, 4):
        seed = NGRAM_SEEDS[n]
        for i in range(n_len - n + 1):
            if n == 1 and (i == 0 or i == n_len - 1):
                continue
            h = seed
            for c in padded[i:i + n]:
                h = ((h ^ c) * PRIME) & MASK
            feats.append(slot(h))
    return feats


# ---------------------------------------------------------------- word lists

LATIN_WORDFREQ = ["ca", "cs", "da", "de", "es", "fi", "fil", "fr", "hu", "id", "is", "it", "lt", "lv", "ms",
                  "nb", "nl", "pl", "pt", "ro", "sh", "sk", "sl", "sv", "tr", "vi"]
LATIN_STOPWORDS = ["af", "br", "eo", "et", "eu", "ga", "gl", "ha", "la", "so", "st", "sw", "tl", "yo", "zu"]
ARABIC_OTHER_WORDFREQ = ["fa", "ur"]
ARABIC_OTHER_STOPWORDS = ["ku"]
# The guess models (which language an "other" text is) name languages by ISO 639-1 or 639-3 code;
# some lists are named otherwise: wordfreq's Serbo-Croatian, stopwords-iso's Kurdish (Sorani).
GUESS_CODES = {"sh": "hbs", "ku": "ckb"}
GUESS_BITS = 13
# Function words of our own for two languages neither source lists: Pashto and Kurmanji (Latin-script
# Kurdish). Enough for a guess, not for training the ar/en decisions.
PASHTO_WORDS = """
د په او چې ته له سره کې یې دې هم دا هغه دغه څخه لپاره وو دی ده دي شو شوې شوی شول کړ کړې کړی کوي کوو
وي نه پر تر کړل ورکړ ځکه خو ولې څه زه موږ تاسو هغوی ټول نور کال ملي حکومت ولسمشر وویل ویلي وايي ښار ښه
ډېر ډیر لوی کوچنی ورځ شپه خلک خلکو هېواد هیواد افغانستان ځای ځینې نړۍ نړیوال پوځ امنیتي چارو وزارت مشر
ګوند ټاکنو کلونو میاشت مخکې وروسته اوس بیا لا تېر راتلونکی ښځې ماشومان ژبه پښتو پښتنو لیکل کېږي کیږي
شوي دوی دلته هلته کوم یو دوه درې څلور پنځه سل زر ګټه زیان خبرې خبره وروستیو اړه اړوند
""".split()
# Swahili has only a short stopword list: frequent words of news text of our own join it.
SWAHILI_WORDS = """
serikali rais nchi watu wananchi kwa ya wa na za katika kwamba hiyo hii huo hayo kama lakini pia sana tu
bado baada kabla kuwa ni si alisema amesema walisema mkoa wilaya mji habari mwaka miaka siku leo jana kesho
elimu afya maji kazi uchaguzi chama bunge waziri mkuu polisi wakati hadi hapa wao yeye sisi kila baadhi
wengi mengi moja mbili tatu shule wanafunzi walimu hospitali wagonjwa wakulima mazao chakula mvua ukame
barabara ujenzi mradi fedha shilingi bei soko biashara uchumi maendeleo jamii familia watoto wanawake
vijana mkutano taarifa kuhusu zaidi kutoka kupitia dhidi ambao ambayo ambapo wanaweza anaweza itakuwa
imesema kwenye mwezi wiki mara tena sasa hivyo pamoja
""".split()
KURMANJI_WORDS = """
û di de ku li bi ji ya yê ên jî ev ew wê wî ez tu em hûn ne na hatiye hat kir dike dikin bû bûn re ra ser
nav hemû pir zêde gelek divê heye hene tune mirov welat kurdistanê kurd kurdî ziman xwe xwendin nivîs çi
çawa kengî piştî berî heta an lê lewra jiber ango dema roj sal car tişt herêm bajar gund rêxistin partî
hikûmet serok hevdîtin got dibêje gotin şer aştî mafên dibe nabe dixwaze dixwazin çêkirin karên wek wekî
hêj hîn êdî niha paşê pêş bajarê welatê zimanê gelê dewletê malê jinên zarokên navbera derbarê têkildarî
""".split()


def frequency_list(lang, limit):
    words, weights = [], []
    for word, freq in wordfreq.get_frequency_dict(lang).items():
        toks = tokens(word)
        if len(toks) != 1:
            continue
        words.append(toks[0])
        weights.append(freq)
        if len(words) >= limit:
            break
    return words, np.array(weights)


# Persian web text is often typed with the Arabic letters ي and ك for ی and ک: then only its
# words (است، هستند، شهرستان…) tell it from Arabic.
ARABIC_KEYBOARD = {0x6CC: 0x64A, 0x6A9: 0x643}


def arabic_keyboard(words, weights):
    return [[ARABIC_KEYBOARD.get(c, c) for c in w] for w in words], weights


def stopword_list(lang):
    words = [t[0] for t in (tokens(w) for w in sorted(stopwordsiso.stopwords(lang))) if len(t) == 1]
    return words, np.ones(len(words))


def syllable_words(rng, count):
    """Made-up words of consonant-vowel syllables: text of a language no list covers."""
    onsets = ["", "b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "y", "z", "ng",
              "nd", "mb", "kh", "hl", "tsh", "ny", "ts", "dz", "gb", "kw", "bw", "mw", "ch", "dh", "ph", "tl", "j"]
    vowels = ["a", "e", "i", "o", "u", "a", "i", "o", "aa", "ee", "oo", "ẹ", "ọ", "ā", "ō"]
    words = set()
    while len(words) < count:
        syll = rng.choice([1, 2, 2, 3, 3, 4, 5])
        w = "".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(syll))
        words.add(w)
    words = [tokens(w)[0] for w in sorted(words)]
    return words, np.ones(len(words))


# ---------------------------------------------------------------- samples

LENGTHS = [1] * 10 + [2] * 30 + [3] * 8 + [4] * 6 + [6] * 6 + [9] * 10 + [14] * 12 + [20] * 12 + [30] * 6


class Sampler:
    def __init__(self, words, weights, rng, cache):
        self.words = words
        p_real = weights / weights.sum()
        flat = weights ** 0.4
        p_flat = flat / flat.sum()
        self.p_real, self.p_flat = p_real, p_flat
        self.rng = rng
        self.cache = cache

    def features(self, i):
        w = self.words[i]
        key = tuple(w)
        f = self.cache.get(key)
        if f is None:
            f = word_features(w)
            self.cache[key] = f
        return f

    def sample(self, n_samples):
        lengths = [self.rng.choice(LENGTHS) for _ in range(n_samples)]
        total = sum(lengths)
        real = iter(np.random.choice(len(self.words), size=total, p=self.p_real).tolist())
        flat = iter(np.random.choice(len(self.words), size=total, p=self.p_flat).tolist())
        rows = []
        for n in lengths:
            source = flat if n <= 3 or self.rng.random() < 0.3 else real
            feats = []
            for _ in range(n):
                feats.extend(self.features(next(source)))
            rows.append(feats)
        return rows


def matrix(rows, bits=BITS):
    indptr = np.zeros(len(rows) + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(r) for r in rows])
    indices = np.fromiter((i for r in rows for i in r), dtype=np.int32, count=int(indptr[-1]))
    data = np.ones(len(indices), dtype=np.float32)
    m = sp.csr_matrix((data, indices, indptr), shape=(len(rows), 1 << bits))
    m.sum_duplicates()
    return m


def train(positive, negatives, rng, cache, label):
    """positive: (words, weights, n); negatives: list of (name, words, weights, n)."""
    rows, ys = [], []
    words, weights, n = positive
    rows += Sampler(words, weights, rng, cache).sample(n)
    ys += [1] * n
    for name, words, weights, n in negatives:
        rows += Sampler(words, weights, rng, cache).sample(n)
        ys += [0] * n
    order = list(range(len(rows)))
    rng.shuffle(order)
    rows = [rows[i] for i in order]
    ys = np.array([ys[i] for i in order])
    cut = len(rows) * 9 // 10
    x_train, x_test = matrix(rows[:cut]), matrix(rows[cut:])
    clf = SGDClassifier(loss="log_loss", alpha=2e-7, max_iter=12, tol=None, random_state=SEED)
    clf.fit(x_train, ys[:cut])
    acc = (clf.predict(x_test) == ys[cut:]).mean()
    print(f"{label}: {x_train.shape[0]} training texts, held-out accuracy {acc:.4f}", file=sys.stderr)
    return clf.coef_[0].astype(np.float64), float(clf.intercept_[0])


def train_guess(classes, rng, cache, label):
    """One-vs-rest logistic regressions over GUESS_BITS hashed features: per-language scores.
    classes: list of (code, words, weights, n). Returns codes, Int8 table (slot-major), scale, biases."""
    rows, ys = [], []
    for k, (code, words, weights, n) in enumerate(classes):
        rows += Sampler(words, weights, rng, cache).sample(n)
        ys += [k] * n
    order = list(range(len(rows)))
    rng.shuffle(order)
    shift = BITS - GUESS_BITS
    rows = [[f >> shift for f in rows[i]] for i in order]
    ys = np.array([ys[i] for i in order])
    cut = len(rows) * 9 // 10
    x_train, x_test = matrix(rows[:cut], GUESS_BITS), matrix(rows[cut:], GUESS_BITS)
    clf = SGDClassifier(loss="log_loss", alpha=1e-6, max_iter=8, tol=None, random_state=SEED)
    clf.fit(x_train, ys[:cut])
    acc = (clf.predict(x_test) == ys[cut:]).mean()
    print(f"{label}: {len(classes)} languages, {x_train.shape[0]} training texts, held-out accuracy {acc:.4f}",
          file=sys.stderr)
    q, scale = quantize(clf.coef_)
    return [c[0] for c in classes], np.ascontiguousarray(q.T), scale, clf.intercept_.astype(np.float32)


def guess_blob(codes, table, scale, biases):
    """Guess model: bits, class count, codes (length-prefixed ASCII), Float32 scale, Float32 biases,
    then 2^bits rows of one Int8 weight per class."""
    out = struct.pack("<BB", GUESS_BITS, len(codes))
    for code in codes:
        out += struct.pack("<B", len(code)) + code.encode("ascii")
    out += struct.pack("<f", scale) + biases.astype("<f4").tobytes() + table.astype(np.int8).tobytes()
    return out


def quantize(weights):
    scale = float(np.percentile(np.abs(weights[weights != 0]), 99.95)) / 127 or 1.0
    q = np.clip(np.round(weights / scale), -127, 127).astype(np.int8)
    return q, scale


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="Sources/Stages/Split/LanguageModelData.swift")
    args = parser.parse_args()
    rng = random.Random(SEED)
    np.random.seed(SEED)
    cache = {}

    en = frequency_list("en", 80000)
    negatives = [(lang, *frequency_list(lang, 40000), 9000) for lang in LATIN_WORDFREQ]
    negatives += [(lang, *stopword_list(lang), 2500) for lang in LATIN_STOPWORDS]
    negatives.append(("syllables", *syllable_words(rng, 20000), 25000))
    w_en, b_en = train((*en, 240000), negatives, rng, cache, "English / other Latin")

    ar = frequency_list("ar", 80000)
    negatives = [(lang, *frequency_list(lang, 40000), 60000) for lang in ARABIC_OTHER_WORDFREQ]
    negatives += [(lang, *stopword_list(lang), 6000) for lang in ARABIC_OTHER_STOPWORDS]
    negatives.append(("fa typed with Arabic letters", *arabic_keyboard(*frequency_list("fa", 40000)), 30000))
    w_ar, b_ar = train((*ar, 120000), negatives, rng, cache, "Arabic / other Arabic script")

    def code(lang):
        return GUESS_CODES.get(lang, lang)

    latin = [("en", *en, 4000)] + [(code(lang), *frequency_list(lang, 40000), 4000) for lang in LATIN_WORDFREQ]
    latin += [(code(lang), *stopword_list(lang), 3000) for lang in LATIN_STOPWORDS if lang != "sw"]
    sw_words = stopword_list("sw")[0] + [tokens(w)[0] for w in SWAHILI_WORDS]
    latin.append(("sw", sw_words, np.ones(len(sw_words)), 3000))
    latin.append(("ku", [tokens(w)[0] for w in KURMANJI_WORDS], np.ones(len(KURMANJI_WORDS)), 3000))
    latin_guess = train_guess(latin, rng, cache, "Latin-script guess")
    fa_words, fa_weights = frequency_list("fa", 40000)
    fa_typed, _ = arabic_keyboard(fa_words, fa_weights)
    arabic = [("ar", *ar, 8000), ("fa", fa_words + fa_typed, np.concatenate([fa_weights, fa_weights / 2]), 8000),
              ("ur", *frequency_list("ur", 40000), 8000)]
    arabic += [(code(lang), *stopword_list(lang), 6000) for lang in ARABIC_OTHER_STOPWORDS]
    arabic.append(("ps", [tokens(w)[0] for w in PASHTO_WORDS], np.ones(len(PASHTO_WORDS)), 6000))
    arabic_guess = train_guess(arabic, rng, cache, "Arabic-script guess")

    q_en, s_en = quantize(w_en)
    q_ar, s_ar = quantize(w_ar)
    table = np.empty(2 << BITS, dtype=np.int8)
    table[0::2], table[1::2] = q_en, q_ar
    vocab = np.zeros(1 << VOCAB_BITS, dtype=bool)
    for word in en[0][:VOCAB_WORDS]:
        vocab[vocab_slot(word)] = True
    print(f"English vocabulary: {VOCAB_WORDS} words, {vocab.sum()} bits set", file=sys.stderr)
    blob = (b"LID3" + struct.pack("<Bffff", BITS, s_en, b_en, s_ar, b_ar) + table.tobytes()
            + struct.pack("<B", VOCAB_BITS) + np.packbits(vocab, bitorder="little").tobytes()
            + guess_blob(*latin_guess) + guess_blob(*arabic_guess))
    text = base64.b64encode(blob).decode("ascii")
    lines = [text[i:i + 120] for i in range(0, len(text), 120)]
    swift = (
        "// Generated by scripts/build_langid_model.py: do not edit. Word lists: wordfreq (CC-BY-SA 4.0),\n"
        "// stopwords-iso (MIT). Base64 of: \"LID2\", bits (UInt8), then Float32 scale and bias of the\n"
        "// English and Arabic models, then 2^bits pairs of Int8 weights (English, Arabic), then the\n"
        "// English vocabulary: its bits (UInt8) and a bit set over word hashes, least significant bit first,\n"
        "// then the Latin-script and Arabic-script guess models: bits (UInt8), class count (UInt8), codes\n"
        "// (length-prefixed ASCII), Float32 scale and biases, 2^bits rows of Int8 weights, one per class.\n"
        "enum LanguageModelData {\n"
        "    static let base64 = \"\"\"\n" + "\n".join(lines) + "\n\"\"\"\n}\n"
    )
    Path(args.out).write_text(swift)
    print(f"wrote {args.out}: {len(swift)} bytes, scales {s_en:.4f} {s_ar:.4f}, biases {b_en:.3f} {b_ar:.3f}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
