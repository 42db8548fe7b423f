#!/usr/bin/env python3
"""Extract-stage benchmark (not a test: nothing asserts).

Makes a gazetteer of 10,000 generated entities and >= 20 MB of Arabic news-like text that
names them, then runs `pipeline stage extract` (release build) with 1 and 2 workers and
prints MB/s of text, MB per CPU-second (the machine may be shared) and peak memory.

Usage: scripts/bench_extract.py [--mb 20] [--entries 10000] [--keep DIR]
"""
import argparse, json, os, random, re, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
# Everyday news words: the text around the names, as in an article.
WORDS = ("قال مصدر أمني إن الهجوم استهدف مواقع في ريف المدينة صباح اليوم بعد اشتباكات عنيفة مع "
         "عناصر الفصيل المسلح وأكدت مصادر محلية أن القصف أسفر عن مقتل وإصابة عدد من المدنيين "
         "وذكرت الصحيفة نقلاً عن مسؤول في الوزارة أن الوضع ما يزال متوتراً في الأحياء الشرقية "
         "بحسب شهود عيان فإن القوات انسحبت من الحي بعد ساعات من المعارك وسط تحليق للطيران "
         "وأضاف البيان أن الحكومة تعمل على إعادة الخدمات الأساسية إلى السكان الذين نزحوا خلال "
         "الأسابيع الماضية بسبب تدهور الأوضاع الاقتصادية وارتفاع الأسعار ونقص الوقود والكهرباء "
         "كما دعت المنظمات الإنسانية إلى فتح الطرق أمام قوافل المساعدات وتأمين وصولها إلى "
         "المناطق المحاصرة التي تعاني من أزمة حادة في المياه والغذاء والدواء منذ بداية العام").split()
NOUNS = ["مقاتلاً", "مدنياً", "شخصاً", "عنصراً", "آلية", "سيارة", "قذيفة", "منزلاً"]
CUES = ["بحسب", "وحسب", "نقلاً عن", "وفقاً لـ", "وذكرت", "وقال"]
TYPES = ["صحيفة", "مدينة", "بلدة", "حي", "سجن", "تنظيم"]


def fold(s):
    s = re.sub("[\u064B-\u065F\u0670\u0640]", "", s)
    return s.translate(str.maketrans("أإآٱىة", "اااايه")).lower()


def make_gazetteer(n, rng, taken):
    entries, names = [], []
    kinds = ["person", "organisation", "place", "facility", "publication"]
    while len(entries) < n:
        words = ["".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 7))) for _ in range(rng.randint(1, 3))]
        name = " ".join(words)
        alias = "ال" + words[0] + ("" if len(words) == 1 else " " + " ".join(words[1:]))
        en = "X" + "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(8))
        keys = {fold(name), fold(alias), fold(en)}
        if keys & taken:
            continue
        taken |= keys
        entries.append({"name": name, "type": rng.choice(kinds), "aliases": {"ar": [alias], "en": [en]}})
        names += [name, alias]
    return entries, names


def make_sentence(rng, names):
    """10-25 news words; about one name in two sentences, a number in four, a cue in seven."""
    words = rng.sample(WORDS, rng.randint(10, 25))
    def put(*items):
        at = rng.randint(0, len(words))
        words[at:at] = list(items)
    if rng.random() < 0.5:
        put(rng.choice(names))
    if rng.random() < 0.2:
        put("و" + rng.choice(names))
    if rng.random() < 0.25:
        put(rng.choice(["نحو", "أكثر من", "", ""]), str(rng.randint(2, 400)), rng.choice(NOUNS))
    if rng.random() < 0.15:
        put(rng.choice(CUES), rng.choice(WORDS))
    if rng.random() < 0.08:
        put(rng.choice(TYPES), "“" + rng.choice(names) + "”")
    return " ".join(w for w in words if w) + "."


def make_record(i, rng, names, size):
    parts = []
    length = 0
    while length < size:
        s = make_sentence(rng, names)
        parts.append(s)
        length += len(s.encode()) + 1
    text = " ".join(parts)
    annotations = [{"kind": "number", "start": m.start(), "end": m.end(), "surface": m.group(),
                    "value": float(m.group())} for m in re.finditer(r"[0-9]+", text)]
    return {"id": f"bench-{i}#ar", "doc_id": f"bench-{i}", "source": "bench", "lang": "ar",
            "text": text, "annotations": annotations}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--mb", type=float, default=20)
    ap.add_argument("--entries", type=int, default=10000)
    ap.add_argument("--keep", help="write the inputs here and keep them")
    args = ap.parse_args()
    rng = random.Random(7)
    work = args.keep or tempfile.mkdtemp(prefix="bench-extract-")
    os.makedirs(work, exist_ok=True)
    bundled = json.load(open(os.path.join(ROOT, "Sources/Stages/Extract/Gazetteer/gazetteer.json"), encoding="utf-8"))
    taken = {fold(a) for e in bundled for a in [e["name"]] + e["aliases"]["ar"] + e["aliases"]["en"]}
    entries, names = make_gazetteer(args.entries, rng, taken)
    names += [a for e in bundled for a in [e["name"]] + e["aliases"]["ar"]]
    gazetteer = os.path.join(work, "gazetteer.json")
    with open(gazetteer, "w", encoding="utf-8") as f:
        f.write("[\n" + ",\n".join(json.dumps(e, ensure_ascii=False) for e in entries) + "\n]\n")
    config = os.path.join(work, "config.json")
    json.dump({"extract": {"gazetteers": [gazetteer]}}, open(config, "w"))
    data = os.path.join(work, "input.jsonl")
    text_bytes = 0
    with open(data, "w", encoding="utf-8") as f:
        i = 0
        while text_bytes < args.mb * 1e6:
            r = make_record(i, rng, names, rng.randint(2000, 8000))
            text_bytes += len(r["text"].encode())
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
            i += 1
    size = os.path.getsize(data)
    print(f"gazetteer: {len(entries)} generated + {len(bundled)} bundled entries; "
          f"input: {i} records, {text_bytes / 1e6:.1f} MB of Arabic text ({size / 1e6:.1f} MB of JSON lines)")
    subprocess.run(["swift", "build", "-c", "release", "--product", "pipeline", "--package-path", ROOT],
                   check=True, stdout=subprocess.DEVNULL)
    pipeline = os.path.join(ROOT, ".build/release/pipeline")
    for workers in (1, 2):
        stats = os.path.join(work, "time.txt")
        with open(data, "rb") as stdin, open(os.devnull, "wb") as out:
            subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", stats, pipeline, "stage", "extract",
                            "--config", config, "--workers", str(workers), "--rejects", os.path.join(work, "rejects.jsonl")],
                           stdin=stdin, stdout=out, check=True)
        wall, user, system, peak = open(stats).read().split()[-4:]
        wall, cpu = max(float(wall), 0.01), max(float(user) + float(system), 0.01)
        print(f"extract  workers {workers}: {wall:.2f} s wall, {cpu:.2f} s CPU: "
              f"{text_bytes / 1e6 / wall:.1f} MB/s of text, {text_bytes / 1e6 / cpu:.1f} MB per CPU-second, "
              f"peak memory {int(peak) / 1024:.0f} MB")
    if not args.keep:
        subprocess.run(["rm", "-rf", work])


if __name__ == "__main__":
    sys.exit(main())
