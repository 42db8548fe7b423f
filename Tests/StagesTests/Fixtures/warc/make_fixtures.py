#!/usr/bin/env python3
"""Writes the WARC fixtures the way other crawlers do (not with our WARCWriter).

crawler-chunked-gzip.warc: uncompressed, as wget writes it: WARC/1.0, the HTTP response kept as
it crossed the wire (chunked, gzip), lower-case field names here and there, a metadata record.
warcio-written.warc.gz: written by warcio's WARCWriter (gzip per record).
Run once; the outputs are checked in: python3 make_fixtures.py (warcio needed for the second).
"""
import gzip, hashlib, base64, io

HTML = ('<html><head><meta charset="utf-8"><title>خبر عاجل</title></head><body>'
        '<p>قال المتحدث إن الاجتماع سيعقد يوم الأحد.</p></body></html>').encode('utf-8')

def sha1(b):
    return 'sha1:' + base64.b32encode(hashlib.sha1(b).digest()).decode()

def record(fields, block):
    head = ''.join(f'{k}: {v}\r\n' for k, v in fields)
    return b'WARC/1.0\r\n' + head.encode() + f'content-length: {len(block)}\r\n\r\n'.encode() + block + b'\r\n\r\n'

def chunked(data, size):
    out = b''
    for i in range(0, len(data), size):
        piece = data[i:i + size]
        out += f'{len(piece):x};ext=1\r\n'.encode() + piece + b'\r\n'
    return out + b'0\r\nX-Trailer: yes\r\n\r\n'

info = b'software: Wget/1.21.3 (linux-gnu)\r\nformat: WARC File Format 1.0\r\n'
request = (b'GET /news/1.html HTTP/1.1\r\nUser-Agent: Wget/1.21.3\r\nAccept: */*\r\n'
           b'Accept-Encoding: gzip\r\nHost: news.example\r\nConnection: Keep-Alive\r\n\r\n')
compressed = gzip.compress(HTML, mtime=0)
response = (b'HTTP/1.1 200 OK\r\nDate: Tue, 03 Mar 2026 10:00:00 GMT\r\n'
            b'Content-Type: text/html; charset=utf-8\r\nContent-Encoding: gzip\r\n'
            b'Transfer-Encoding: chunked\r\n\r\n') + chunked(compressed, 40)
body_start = response.index(b'\r\n\r\n') + 4
with open('crawler-chunked-gzip.warc', 'wb') as f:
    f.write(record([('WARC-Type', 'warcinfo'), ('WARC-Record-ID', '<urn:uuid:11111111-1111-4111-8111-111111111111>'),
                    ('WARC-Date', '2026-03-03T10:00:00Z'), ('WARC-Filename', 'crawl.warc'),
                    ('Content-Type', 'application/warc-fields')], info))
    f.write(record([('WARC-Type', 'request'), ('warc-target-uri', 'http://news.example/news/1.html'),
                    ('WARC-Date', '2026-03-03T10:00:00Z'), ('WARC-Record-ID', '<urn:uuid:22222222-2222-4222-8222-222222222222>'),
                    ('Content-Type', 'application/http;msgtype=request'), ('WARC-Block-Digest', sha1(request))], request))
    f.write(record([('WARC-Type', 'response'), ('WARC-Target-URI', 'http://news.example/news/1.html'),
                    ('WARC-Date', '2026-03-03T10:00:01Z'), ('WARC-Record-ID', '<urn:uuid:33333333-3333-4333-8333-333333333333>'),
                    ('WARC-Concurrent-To', '<urn:uuid:22222222-2222-4222-8222-222222222222>'),
                    ('WARC-IP-Address', '192.0.2.7'), ('content-type', 'application/http;msgtype=response'),
                    ('WARC-Block-Digest', sha1(response)), ('WARC-Payload-Digest', sha1(response[body_start:]))], response))
    meta = b'outlink: http://news.example/news/2.html E a/@href\r\n'
    f.write(record([('WARC-Type', 'metadata'), ('WARC-Target-URI', 'http://news.example/news/1.html'),
                    ('WARC-Date', '2026-03-03T10:00:01Z'), ('WARC-Record-ID', '<urn:uuid:44444444-4444-4444-8444-444444444444>'),
                    ('Content-Type', 'application/warc-fields')], meta))

try:
    from warcio.warcwriter import WARCWriter
    from warcio.statusandheaders import StatusAndHeaders
except ImportError:
    raise SystemExit('warcio not installed: only crawler-chunked-gzip.warc written')
with open('warcio-written.warc.gz', 'wb') as f:
    writer = WARCWriter(f, gzip=True)
    for i, (path, status) in enumerate([('/a.html', '200 OK'), ('/missing', '404 Not Found')]):
        body = HTML if status.startswith('200') else b'<html><body>not found</body></html>'
        headers = StatusAndHeaders(status, [('Content-Type', 'text/html; charset=utf-8'),
                                            ('Content-Length', str(len(body)))], protocol='HTTP/1.1')
        rec = writer.create_warc_record('http://other.example' + path, 'response', payload=io.BytesIO(body),
                                        http_headers=headers,
                                        warc_headers_dict={'WARC-Date': f'2026-03-0{i + 4}T08:30:00Z'})
        writer.write_record(rec)
