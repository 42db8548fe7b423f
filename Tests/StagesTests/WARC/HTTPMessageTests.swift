import XCTest

@testable import Stages

final class HTTPMessageTests: XCTestCase {
    private let text = Array(String(repeating: "السلام عليكم ورحمة الله. ", count: 200).utf8)

    private func message(_ headers: [String], _ body: [UInt8]) -> [UInt8] {
        Array(("HTTP/1.1 200 OK\r\n" + headers.map { $0 + "\r\n" }.joined() + "\r\n").utf8) + body
    }

    func testChunkedThenGzip() throws {
        let gzipped = try GzipMember.compress(text)
        var chunked: [UInt8] = []
        var start = 0
        while start < gzipped.count {
            let piece = gzipped[start..<min(start + 100, gzipped.count)]
            chunked += Array(String(piece.count, radix: 16).uppercased().utf8) + [13, 10] + piece + [13, 10]
            start += 100
        }
        chunked += Array("0\r\n\r\n".utf8)
        let parsed = try HTTPMessage.parse(
            message(["Transfer-Encoding: chunked", "content-encoding: gzip", "Content-Type: text/html"], chunked),
            maxBodyBytes: 1 << 20)
        XCTAssertEqual(parsed.statusCode, 200)
        XCTAssertEqual(parsed.body, text)
        XCTAssertEqual(parsed.headers.value("content-type"), "text/html")
    }

    func testDeflateZlibWrappedAndRaw() throws {
        let gzipped = try GzipMember.compress(text)
        // The raw deflate data sits between gzip's 10-byte header and 8-byte trailer.
        let raw = Array(gzipped[10..<(gzipped.count - 8)])
        XCTAssertEqual(
            try HTTPMessage.parse(message(["Content-Encoding: deflate"], raw), maxBodyBytes: 1 << 20).body, text)
        let zlibWrapped = [0x78, 0x9C] + raw + Self.adler32(text)
        XCTAssertEqual(
            try HTTPMessage.parse(message(["Content-Encoding: deflate"], zlibWrapped), maxBodyBytes: 1 << 20).body, text
        )
    }

    func testLimitsAndUnsupportedCodings() throws {
        let bomb = try GzipMember.compress(Array(repeating: 0x20, count: 5_000_000))
        XCTAssertThrowsError(try HTTPMessage.parse(message(["Content-Encoding: gzip"], bomb), maxBodyBytes: 100_000)) {
            XCTAssertTrue(String(describing: $0).contains("passes the limit of 100000"), String(describing: $0))
        }
        XCTAssertThrowsError(try HTTPMessage.parse(message(["Content-Encoding: br"], [1, 2, 3]), maxBodyBytes: 100)) {
            XCTAssertEqual(String(describing: $0), "Content-Encoding 'br' is not supported")
        }
        XCTAssertThrowsError(
            try HTTPMessage.parse(message(["Transfer-Encoding: chunked"], Array("zz\r\nabc".utf8)), maxBodyBytes: 100))
        XCTAssertThrowsError(try HTTPMessage.parse(Array("HTTP/1.1 200 OK\r\nServer: x\r\n".utf8), maxBodyBytes: 100))
    }

    func testStatusCodeNeedsThreeDigits() throws {
        XCTAssertEqual(try HTTPMessage.parse(Array("HTTP/1.0 404\n\n".utf8), maxBodyBytes: 10).statusCode, 404)
        XCTAssertNil(try HTTPMessage.parse(Array("HTTP/1.1 +20 OK\r\n\r\n".utf8), maxBodyBytes: 10).statusCode)
        XCTAssertNil(
            try HTTPMessage.parse(Array("GET / HTTP/1.1\r\nHost: a\r\n\r\n".utf8), maxBodyBytes: 10).statusCode)
    }

    func testCutOffChunkedBodyKeepsWholeChunks() throws {
        let body = Array("5\r\nhello\r\n6\r\n world\r\n".utf8)
        let parsed = try HTTPMessage.parse(message(["Transfer-Encoding: chunked"], body), maxBodyBytes: 100)
        XCTAssertEqual(String(decoding: parsed.body, as: UTF8.self), "hello world")
    }

    private static func adler32(_ bytes: [UInt8]) -> [UInt8] {
        var a: UInt32 = 1
        var b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65521
            b = (b + a) % 65521
        }
        let value = b << 16 | a
        return [UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)]
    }
}
