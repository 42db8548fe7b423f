#!/usr/bin/env python3
"""Fetch-stage benchmark (issue 4) against a local HTTP server: speed, politeness, memory.

Starts a threaded HTTP server on 127.0.0.1 serving generated news pages (30-100 KB of
Arabic and English text, different on every page) with ETag and Last-Modified headers, a
robots.txt that allows everything and 304 answers to a matching If-None-Match; it notes
every request's arrival time and path. For each run it writes a config in a temporary
folder (a `urls` source listing the page URLs, and the run's `fetch` settings) and runs
`pipeline run --stage fetch`, measuring the child's peak RSS with wait4().

  A  politeness off (delay 0, 8 connections, robots off), N pages: pages/s, MB/s, peak RSS
  B  the same at two sizes: peak RSS must not grow with the number of pages
  C  politeness on (delay 0.2 s, 2 per host), 100 pages: gaps between request arrivals at the
     server must all be >= the delay (10 ms tolerance); duration vs N x delay
  D  the second night: run A's corpus again with a new run id; every page is asked for with
     If-None-Match and answers 304; time and the manifest's `not_modified` count

Build first:  swift build -c release
Usage: scripts/bench_fetch.py [--binary .build/release/pipeline] [--pages N] [--quick]
                              [--memory-pages 1000,4000] [--keep DIR]
Exits 1 when a check fails (a page not fetched, a gap under the delay, memory growth).
"""
import argparse
import collections
import hashlib
import itertools
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOLERANCE = 0.010  # seconds a gap may fall short of the delay (timer and scheduling jitter)
# Peak RSS may grow this much from the smaller to the larger run and still count as flat.
FLAT_RATIO = 1.5
FLAT_SLACK_MB = 40

# Our own text, written for this benchmark; {n}, {m} and {y} are filled per page.
ENGLISH = [
    "The city council voted {n} to {m} on Tuesday to approve a new budget for public transport, "
    "after a debate that lasted well into the night. Supporters said the plan would add bus routes "
    "to neighbourhoods that have waited years for a reliable service, while critics warned that the "
    "cost of fuel and maintenance had been underestimated by at least {n} percent.",
    "Officials at the port said container traffic rose for the third month in a row, reaching "
    "{n},{m}0 units in the last quarter. Shipping companies credited a faster customs process and "
    "the opening of a second terminal, although truck drivers complained of queues that still "
    "stretch for several kilometres on busy mornings.",
    "Farmers in the southern valley are preparing for a shorter harvest season after rainfall fell "
    "to its lowest level since {y}. The agriculture ministry has promised subsidies for drip "
    "irrigation, but many smallholders say the forms are too complicated and the money arrives "
    "months after the seeds must be bought.",
    "In a statement released late on Sunday, the health ministry said {n} new clinics would open "
    "before the end of the year, most of them in rural districts. Doctors' unions welcomed the "
    "announcement but asked how the clinics would be staffed, pointing to a shortage of nurses "
    "that has grown since {y}.",
    "The national football team travelled to the capital on Thursday for a friendly match that the "
    "coach described as a test of the younger players. Tickets sold out within {n} hours, and the "
    "federation said it would open a second stand for families with children under {m}.",
    "Economists expect inflation to ease slightly next quarter as food prices stabilise, though "
    "rents in the larger cities continue to climb. A survey of {n}00 households found that more "
    "than a third now spend over {m} percent of their income on housing.",
    "Archaeologists working near the old river crossing uncovered pottery and coins that appear to "
    "date back some {n} centuries. The site will be closed to visitors until the excavation is "
    "complete, which the team hopes will happen before the winter rains.",
    "The university announced a scholarship programme for {n} students from families with low "
    "incomes, covering tuition, books and a monthly allowance. Applications open next week and "
    "will be reviewed by a committee that includes teachers from public secondary schools.",
]
ARABIC = [
    "صوّت مجلس المدينة يوم الثلاثاء بأغلبية {n} صوتًا مقابل {m} على إقرار ميزانية جديدة للنقل العام، "
    "بعد نقاش امتد حتى ساعة متأخرة من الليل. وقال المؤيدون إن الخطة ستضيف خطوط حافلات إلى أحياء "
    "انتظرت سنوات طويلة خدمة منتظمة، بينما حذّر المعارضون من أن تكاليف الوقود والصيانة قُدّرت بأقل "
    "من قيمتها الحقيقية بنسبة لا تقل عن {n} في المئة.",
    "أعلنت إدارة الميناء أن حركة الحاويات ارتفعت للشهر الثالث على التوالي، لتصل إلى {n} ألف حاوية "
    "في الربع الأخير من العام. وعزت شركات الشحن هذا الارتفاع إلى تسريع الإجراءات الجمركية وافتتاح "
    "محطة ثانية، في حين اشتكى سائقو الشاحنات من طوابير ما زالت تمتد لعدة كيلومترات في ساعات الصباح.",
    "يستعد المزارعون في الوادي الجنوبي لموسم حصاد أقصر بعد أن تراجعت كميات الأمطار إلى أدنى مستوى "
    "لها منذ عام {y}. ووعدت وزارة الزراعة بدعم مشاريع الري بالتنقيط، لكن كثيرًا من صغار المزارعين "
    "يقولون إن الاستمارات معقدة وإن الأموال تصل بعد أشهر من موعد شراء البذور.",
    "قالت وزارة الصحة في بيان صدر مساء الأحد إن {n} عيادة جديدة ستفتح أبوابها قبل نهاية العام، "
    "معظمها في المناطق الريفية. ورحبت نقابة الأطباء بالإعلان، لكنها تساءلت عن كيفية توفير الكوادر "
    "اللازمة في ظل نقص في عدد الممرضين يتفاقم منذ عام {y}.",
    "وصل المنتخب الوطني لكرة القدم إلى العاصمة يوم الخميس استعدادًا لمباراة ودية وصفها المدرب "
    "بأنها اختبار حقيقي للاعبين الشباب. ونفدت التذاكر خلال {n} ساعات فقط، وأعلن الاتحاد فتح مدرج "
    "إضافي للعائلات المصحوبة بأطفال دون سن {m}.",
    "يتوقع الاقتصاديون أن يتراجع التضخم قليلًا في الربع المقبل مع استقرار أسعار الغذاء، رغم استمرار "
    "ارتفاع الإيجارات في المدن الكبرى. وأظهر استطلاع شمل {n}00 أسرة أن أكثر من ثلثها ينفق الآن ما "
    "يزيد على {m} في المئة من دخله على السكن.",
    "كشف علماء الآثار العاملون قرب المعبر القديم على النهر عن قطع فخارية وعملات يُرجَّح أنها تعود "
    "إلى القرن {n}. وسيبقى الموقع مغلقًا أمام الزوار حتى انتهاء أعمال التنقيب، التي يأمل الفريق أن "
    "تكتمل قبل هطول أمطار الشتاء.",
    "أعلنت الجامعة عن برنامج منح دراسية لـ{n} طالبًا من الأسر ذات الدخل المحدود، يغطي الرسوم والكتب "
    "ومخصصًا شهريًا. ويبدأ تقديم الطلبات الأسبوع المقبل، وستراجعها لجنة تضم معلمين من المدارس "
    "الثانوية الحكومية.",
]
NAV = ["Home", "World", "Business", "Sport", "Culture", "الرئيسية", "العالم", "اقتصاد", "رياضة", "ثقافة"]
FOOTER = ("<footer><p>© {y} The Evening Courier · <a href=\"/about\">About us</a> · "
          "<a href=\"/privacy\">Privacy</a> · جميع الحقوق محفوظة</p></footer>")


class Site:
    """The generated pages: page i is the same bytes on every request (deterministic in i).

    Paragraphs are rendered once into a pool of variants (numbers filled in, sentence order
    varied); a page is a random sequence of them, so pages differ and cost the server little.
    """

    VARIANTS = 1500
    SHARES = (0.9, 0.7, 0.5, 0.2)  # the Arabic share of a page's paragraphs

    def __init__(self, version="v1"):
        self.version = version
        rng = random.Random(4)
        self.pool = {"ar": [], "en": []}
        for k in range(self.VARIANTS):
            for lang, texts in (("ar", ARABIC), ("en", ENGLISH)):
                text = rng.choice(texts).format(n=rng.randint(2, 99), m=rng.randint(2, 99), y=rng.randint(1990, 2024))
                if rng.random() < 0.3:
                    sentences = re.split(r"(?<=[.،])\s+", text)
                    rng.shuffle(sentences)
                    text = " ".join(sentences)
                block = f"<p>{text}</p>\n" if rng.random() < 0.9 else f"<h2>{text[:50]}</h2>\n"
                self.pool[lang].append(block.encode())
        self.mixed = self.pool["ar"] + self.pool["en"]
        self.cumulative = {share: list(itertools.accumulate(
            [share] * self.VARIANTS + [1 - share] * self.VARIANTS)) for share in self.SHARES}

    def etag(self, i):
        return '"%s"' % hashlib.sha1(f"{self.version}/{i}".encode()).hexdigest()[:16]

    def page(self, i):
        rng = random.Random(i * 7919 + 17)
        target = rng.randint(30_000, 100_000)
        arabic_share = rng.choice(self.SHARES)
        title_ar = rng.random() < arabic_share
        first = rng.choice(self.pool["ar" if title_ar else "en"]).decode()
        first = re.sub(r"<[^>]+>", "", first)[:60]
        title = f"تقرير رقم {i}: {first}" if title_ar else f"Report {i}: {first}"
        head = (f"<!DOCTYPE html>\n<html lang=\"{'ar' if title_ar else 'en'}\" dir=\"{'rtl' if title_ar else 'ltr'}\"><head>"
                f"<meta charset=\"utf-8\"><title>{title}</title>"
                f"<meta name=\"description\" content=\"{title}\"><link rel=\"stylesheet\" href=\"/s.css\"></head><body>"
                "<header><nav>" + "".join(f"<a href=\"/{k}\">{name}</a>" for k, name in enumerate(NAV)) + "</nav></header>"
                f"<main><article><h1>{title}</h1><p class=\"byline\">By staff · {rng.randint(1, 28)}/"
                f"{rng.randint(1, 12)}/{rng.randint(2015, 2026)}</p>\n").encode()
        tail = ("</article><aside><h2>Most read</h2><ul>" + "".join(
            f"<li><a href=\"/page/{rng.randrange(100000)}.html\">{rng.choice(NAV)} {rng.randrange(1000)}</a></li>"
            for _ in range(8)) + "</ul></aside></main>" + FOOTER.format(y=2026) + "</body></html>\n").encode()
        parts = [head]
        size = len(head) + len(tail)
        # Draw blocks in bulk (one call per ~100 blocks keeps the server cheap), then trim.
        cumulative = self.cumulative[arabic_share]
        while size < target:
            for block in rng.choices(self.mixed, cum_weights=cumulative, k=100):
                parts.append(block)
                size += len(block)
                if size >= target:
                    break
        parts.append(tail)
        return b"".join(parts)


# One request as the server saw it: arrival and answer times (monotonic seconds), the client's port.
Request = collections.namedtuple("Request", "arrived answered path status size conditional port")


class BenchServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128
    allow_reuse_address = True

    def __init__(self, site, pages):
        super().__init__(("127.0.0.1", 0), Handler)
        self.site = site
        self.pages = pages  # pages 0..pages-1 exist; others are 404
        self.log = []  # Request, in the order answered

    def reset_log(self):
        log, self.log = self.log, []
        return log


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, as real servers do
    # Headers and body go out in two writes; with Nagle on, the body waits for the client's
    # delayed ACK (40 ms on Linux), which would measure the server, not the fetcher.
    disable_nagle_algorithm = True

    def log_message(self, *args):
        pass

    def do_GET(self):
        arrived = time.monotonic()
        server = self.server
        inm = self.headers.get("If-None-Match")
        status, body, headers = 404, b"not found\n", {"Content-Type": "text/plain"}
        if self.path == "/robots.txt":
            status, body = 200, b"User-agent: *\nAllow: /\n"
        else:
            match = re.fullmatch(r"/page/(\d+)\.html", self.path)
            if match and int(match.group(1)) < server.pages:
                i = int(match.group(1))
                etag = server.site.etag(i)
                headers = {"Content-Type": "text/html; charset=utf-8", "ETag": etag,
                           "Last-Modified": "Mon, 02 Nov 2026 08:00:00 GMT", "Cache-Control": "max-age=300"}
                if inm is not None and etag in [t.strip() for t in inm.split(",")]:
                    status, body = 304, b""
                else:
                    status, body = 200, server.site.page(i)
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        if status != 304:
            self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if body:
            self.wfile.write(body)
        server.log.append(Request(arrived, time.monotonic(), self.path, status, len(body), inm is not None,
                                  self.client_address[1]))


class Run:
    """One `pipeline run --stage fetch` in a workspace of its own."""

    def __init__(self, binary, base, name, server, pages, fetch):
        self.binary, self.server, self.pages = binary, server, pages
        self.folder = os.path.join(base, name)
        os.makedirs(self.folder, exist_ok=True)
        port = server.server_address[1]
        with open(os.path.join(self.folder, "urls.txt"), "w") as f:
            for i in range(pages):
                f.write(f"http://127.0.0.1:{port}/page/{i}.html\n")
        config = {"corpus": "corpus/out", "workers": 0,
                  "sources": [{"name": "bench", "type": "urls", "path": "urls.txt"}], "fetch": fetch}
        self.config = os.path.join(self.folder, "pipeline.json")
        with open(self.config, "w") as f:
            json.dump(config, f, indent=2)

    def run(self, run_id, timeout):
        """Runs the fetch stage; returns wall seconds, peak RSS MB, CPU seconds, the manifest, the server log."""
        self.server.reset_log()
        cmd = [self.binary, "run", "--config", self.config, "--stage", "fetch", "--run-id", run_id, "--quiet"]
        out = open(os.path.join(self.folder, f"{run_id}.out"), "w")
        err = open(os.path.join(self.folder, f"{run_id}.err"), "w")
        start, server_cpu = time.monotonic(), sum(os.times()[:2])
        child = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=self.folder)
        timer = threading.Timer(timeout, lambda: child.poll() is None and child.kill())
        timer.start()
        try:
            _, status, usage = os.wait4(child.pid, 0)  # the child's own rusage, peak RSS included
        except BaseException:  # interrupted: leave no fetcher behind
            child.kill()
            child.wait()
            raise
        finally:
            timer.cancel()
        wall = time.monotonic() - start
        server_cpu = sum(os.times()[:2]) - server_cpu  # this process is the server while it waits
        child.returncode = os.waitstatus_to_exitcode(status)
        out.close()
        err.close()
        log = self.server.reset_log()
        if child.returncode != 0:
            with open(err.name) as f:
                raise RuntimeError(f"{' '.join(cmd)} exited {child.returncode}:\n{f.read()[-2000:]}")
        manifest_path = os.path.join(self.folder, "corpus/out/runs", run_id, "fetch.manifest.json")
        with open(manifest_path) as f:
            manifest = json.load(f)
        return {"wall": wall, "rss_mb": usage.ru_maxrss / 1024, "cpu": usage.ru_utime + usage.ru_stime,
                "manifest": manifest, "log": log, "stage_seconds": manifest.get("seconds", wall),
                "server_cpu": server_cpu}

    def drop_outputs(self, run_id):
        shutil.rmtree(os.path.join(self.folder, "corpus/out/runs", run_id), ignore_errors=True)


def page_requests(log):
    return [entry for entry in log if entry.path.startswith("/page/")]


def concurrency(log):
    """The most requests the server was answering at once, and the connections the client opened."""
    events = sorted([(entry.arrived, 1) for entry in log] + [(entry.answered, -1) for entry in log])
    busy = peak = 0
    for _, step in events:
        busy += step
        peak = max(peak, busy)
    return peak, len({entry.port for entry in log})


def connection_starts(log):
    """Seconds from the first request to the first request on each client connection."""
    if not log:
        return []
    first = {}
    for entry in sorted(log, key=lambda entry: entry.arrived):
        first.setdefault(entry.port, entry.arrived)
    start = min(first.values())
    return sorted(t - start for t in first.values())


class Bench:
    def __init__(self, args):
        self.args = args
        self.failures = []
        self.rows = []  # summary table

    def check(self, ok, what):
        print(f"  {'PASS' if ok else 'FAIL'}: {what}")
        if not ok:
            self.failures.append(what)
        return ok

    def fetched_all(self, result, pages, label):
        counts = result["manifest"]["counts"]
        requests = page_requests(result["log"])
        distinct = len({entry.path for entry in requests})
        self.check(counts.get("records_out") == pages and counts.get("rejected") == 0,
                   f"{label}: {counts.get('records_out')} of {pages} pages written, {counts.get('rejected')} rejected "
                   f"{counts.get('reject_reasons') or ''}")
        self.check(distinct == pages and len(requests) == pages,
                   f"{label}: server saw {len(requests)} page requests for {distinct} distinct pages (want {pages})")

    def speed(self, run, pages, run_id, label):
        result = run.run(run_id, timeout=max(120, pages))
        served = sum(entry.size for entry in page_requests(result["log"]))
        wall, stage = result["wall"], result["stage_seconds"]
        print(f"  {pages} pages, {served / 1e6:.1f} MB in {wall:.2f} s wall ({stage:.2f} s in the stage): "
              f"{pages / wall:.0f} pages/s, {served / 1e6 / wall:.1f} MB/s; "
              f"stage alone {pages / stage:.0f} pages/s; CPU {result['cpu']:.1f} s "
              f"({result['cpu'] * 1000 / pages:.1f} ms/page), server CPU {result['server_cpu']:.1f} s; "
              f"peak RSS {result['rss_mb']:.0f} MB")
        peak, connections = concurrency(result["log"])
        starts = connection_starts(result["log"])
        opened = ", ".join(f"{t:.2f}" for t in starts[:6]) + (", ..." if len(starts) > 6 else "")
        print(f"  server side: {connections} client connections (first used at {opened} s), "
              f"at most {peak} requests in flight at once")
        self.fetched_all(result, pages, label)
        self.rows.append((label, pages, f"{wall:.2f}", f"{pages / wall:.0f}", f"{served / 1e6 / wall:.1f}",
                          f"{result['rss_mb']:.0f}", f"{result['cpu']:.1f}"))
        return result

    def run_a(self, server, base, pages):
        print(f"\nA. politeness off: delay 0, 8 per host, 8 connections, robots off; {pages} pages")
        run = Run(self.args.binary, base, "A", server, pages, fetch={
            "per_host_delay_seconds": 0, "per_host_connections": 8, "connections": 8, "obey_robots": False})
        result = self.speed(run, pages, "night1", f"A off N={pages}")
        return run, result["wall"]

    def run_b(self, server, base, sizes):
        print(f"\nB. memory as the pages grow: politeness off, N = {', '.join(map(str, sizes))}")
        peaks = []
        for pages in sizes:
            run = Run(self.args.binary, base, f"B{pages}", server, pages, fetch={
                "per_host_delay_seconds": 0, "per_host_connections": 8, "connections": 8, "obey_robots": False})
            result = self.speed(run, pages, "night1", f"B off N={pages}")
            peaks.append(result["rss_mb"])
            run.drop_outputs("night1")
        small, large = peaks[0], peaks[-1]
        print(f"  peak RSS {' -> '.join(f'{p:.0f} MB' for p in peaks)} for "
              f"{' -> '.join(map(str, sizes))} pages ({large / small:.2f}x for {sizes[-1] / sizes[0]:.0f}x the pages)")
        self.check(large <= small * FLAT_RATIO + FLAT_SLACK_MB,
                   f"memory flat: {large:.0f} MB <= {FLAT_RATIO} x {small:.0f} MB + {FLAT_SLACK_MB} MB")

    def run_c(self, server, base, pages, delay):
        print(f"\nC. politeness on: delay {delay} s, 2 per host, 8 connections, robots on; {pages} pages")
        run = Run(self.args.binary, base, "C", server, pages, fetch={
            "per_host_delay_seconds": delay, "per_host_connections": 2, "connections": 8, "obey_robots": True})
        result = run.run("night1", timeout=pages * delay * 3 + 120)
        log = result["log"]
        requests = page_requests(log)
        times = sorted(entry.arrived for entry in requests)
        gaps = [b - a for a, b in zip(times, times[1:])]
        robots = [entry for entry in log if entry.path == "/robots.txt"]
        if robots and times:
            print(f"  robots.txt to the first page request: {(times[0] - robots[0].arrived) * 1000:.1f} ms")
        self.check(len(robots) == 1, f"robots.txt fetched {len(robots)} time(s) (want 1)")
        self.fetched_all(result, pages, "C")
        if not gaps:
            self.check(False, "C: fewer than two page requests reached the server")
            return
        expected = pages * delay
        first_to_last = times[-1] - times[0]
        short = sum(1 for gap in gaps if gap < delay)
        # A request that reaches the server late shortens the gap after it; two gaps together
        # show whether the gate kept its pace (then they sum to at least twice the delay).
        pairs = [a + b for a, b in zip(gaps, gaps[1:])]
        print(f"  gaps between page requests: min {min(gaps) * 1000:.1f} ms, median "
              f"{statistics.median(gaps) * 1000:.1f} ms, max {max(gaps) * 1000:.1f} ms; "
              f"{short} of {len(gaps)} under {delay * 1000:.0f} ms"
              + (f"; min of two consecutive gaps {min(pairs) * 1000:.1f} ms" if pairs else ""))
        print(f"  expected at least {expected:.1f} s (N x delay; {(pages - 1) * delay:.1f} s first to last request); "
              f"measured {result['wall']:.2f} s wall, {first_to_last:.2f} s first to last request")
        self.check(min(gaps) >= delay - TOLERANCE,
                   f"min gap {min(gaps) * 1000:.1f} ms >= delay {delay * 1000:.0f} ms - {TOLERANCE * 1000:.0f} ms")
        self.rows.append((f"C polite {delay}s", pages, f"{result['wall']:.2f}", f"{pages / result['wall']:.1f}",
                          "", f"{result['rss_mb']:.0f}", f"{result['cpu']:.1f}"))

    def run_d(self, run, pages, first_wall):
        print(f"\nD. second night on A's corpus (new run id): conditional requests, every page 304; {pages} pages")
        result = run.run("night2", timeout=max(120, pages))
        counts = result["manifest"]["counts"]
        not_modified = counts.get("filter_reasons", {}).get("not_modified", 0)
        requests = page_requests(result["log"])
        conditional = sum(1 for entry in requests if entry.conditional)
        answered_304 = sum(1 for entry in requests if entry.status == 304)
        print(f"  {result['wall']:.2f} s wall ({result['stage_seconds']:.2f} s in the stage; first night "
              f"{first_wall:.2f} s): {pages / result['wall']:.0f} pages/s; not_modified {not_modified} of {pages}; "
              f"server: {conditional} conditional requests, {answered_304} answered 304; peak RSS {result['rss_mb']:.0f} MB")
        self.check(not_modified == pages, f"D: {not_modified} of {pages} pages filtered as not_modified")
        self.check(conditional == pages, f"D: {conditional} of {pages} page requests carried If-None-Match")
        self.rows.append(("D 2nd night 304", pages, f"{result['wall']:.2f}", f"{pages / result['wall']:.0f}", "",
                          f"{result['rss_mb']:.0f}", f"{result['cpu']:.1f}"))


def machine():
    model = "unknown"
    try:
        with open("/proc/cpuinfo") as f:
            model = next((line.split(":", 1)[1].strip() for line in f if line.startswith("model name")), model)
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"machine: {os.cpu_count()} cores (nproc {len(os.sched_getaffinity(0))}), {model}; load average {load}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/pipeline"),
                        help="the pipeline binary (default .build/release/pipeline; build it with swift build -c release)")
    parser.add_argument("--pages", type=int, default=2000, help="pages of run A (default 2000)")
    parser.add_argument("--memory-pages", default="1000,4000", help="the page counts of run B (default 1000,4000)")
    parser.add_argument("--polite-pages", type=int, default=100, help="pages of run C (default 100)")
    parser.add_argument("--delay", type=float, default=0.2, help="per-host delay of run C in seconds (default 0.2)")
    parser.add_argument("--quick", action="store_true", help="small runs: A 300, B 200 and 800, C 30 pages")
    parser.add_argument("--skip", default="", help="runs to leave out, e.g. BD")
    parser.add_argument("--keep", help="keep the workspaces in this folder instead of a temporary one")
    args = parser.parse_args()
    args.binary = os.path.abspath(args.binary)
    if not os.access(args.binary, os.X_OK):
        sys.exit(f"no pipeline binary at {args.binary}: run `swift build -c release` first, or pass --binary")
    sizes = [int(x) for x in args.memory_pages.split(",")]
    if args.quick:
        args.pages, sizes, args.polite_pages = 300, [200, 800], 30
    skip = set(args.skip.upper())
    sys.stdout.reconfigure(line_buffering=True)

    print(machine())
    print(f"binary: {args.binary}")
    site = Site()
    sample = [len(site.page(i)) for i in range(50)]
    print(f"pages: {min(sample) / 1000:.0f}-{max(sample) / 1000:.0f} KB, mean {statistics.mean(sample) / 1000:.0f} KB "
          f"(first 50), Arabic and English")
    server = BenchServer(site, pages=max([args.pages, args.polite_pages] + sizes))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"server: http://127.0.0.1:{server.server_address[1]}/ (ThreadingHTTPServer, keep-alive, no gzip)")
    base = args.keep or tempfile.mkdtemp(prefix="bench_fetch.")
    os.makedirs(base, exist_ok=True)
    bench = Bench(args)
    try:
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
        if "A" not in skip or "D" not in skip:
            run_a, first_wall = bench.run_a(server, base, args.pages)
            if "D" not in skip:
                bench.run_d(run_a, args.pages, first_wall)
            run_a.drop_outputs("night1")
            run_a.drop_outputs("night2")
        if "B" not in skip:
            bench.run_b(server, base, sizes)
        if "C" not in skip:
            bench.run_c(server, base, args.polite_pages, args.delay)
    except RuntimeError as error:
        bench.failures.append(str(error))
        print(f"\nERROR: {error}")
    finally:
        server.shutdown()
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)

    print("\nsummary")
    header = ("run", "pages", "wall s", "pages/s", "MB/s", "peak RSS MB", "CPU s")
    widths = [max(len(str(row[k])) for row in [header] + bench.rows) for k in range(len(header))]
    for row in [header] + bench.rows:
        print("  " + "  ".join(str(v).rjust(w) if k else str(v).ljust(w) for k, (v, w) in enumerate(zip(row, widths))))
    print(machine())
    if bench.failures:
        print(f"\n{len(bench.failures)} check(s) failed:")
        for failure in bench.failures:
            print(f"  - {failure.splitlines()[0]}")
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
