import XCTest

@testable import Stages

final class GzipMemberTests: XCTestCase {
    func testRoundTripAndConsumedLengthAcrossMembers() throws {
        let first = Array("WARC/1.1\r\nfirst record".utf8)
        let second = Array(repeating: UInt8(ascii: "x"), count: 300_000)
        let a = try GzipMember.compress(first)
        let b = try GzipMember.compress(second)
        let file = a + b
        let one = try GzipMember.decompress(file, at: 0, limit: 1 << 20)
        XCTAssertEqual(one.bytes, first)
        XCTAssertEqual(one.consumed, a.count)
        let two = try GzipMember.decompress(file, at: one.consumed, limit: 1 << 20)
        XCTAssertEqual(two.bytes, second)
        XCTAssertEqual(two.consumed, b.count)
    }

    func testEmptyInputMakesAValidMember() throws {
        let member = try GzipMember.compress([])
        XCTAssertEqual(try GzipMember.decompress(member, limit: 10).bytes, [])
    }

    func testBombStopsAtTheLimit() throws {
        let bomb = try GzipMember.compress(Array(repeating: 0, count: 20_000_000))
        XCTAssertLessThan(bomb.count, 100_000)
        XCTAssertThrowsError(try GzipMember.decompress(bomb, limit: 1_000_000)) {
            XCTAssertEqual($0 as? GzipError, .tooLarge(limit: 1_000_000))
        }
        // Exactly at the limit is allowed.
        let exact = try GzipMember.compress(Array(repeating: 7, count: 5_000))
        XCTAssertEqual(try GzipMember.decompress(exact, limit: 5_000).bytes.count, 5_000)
    }

    func testTruncatedCorruptAndForeignInput() throws {
        let member = try GzipMember.compress(Array("some text that compresses a little, some text".utf8))
        XCTAssertThrowsError(try GzipMember.decompress(Array(member.dropLast(5)), limit: 1_000)) {
            XCTAssertEqual($0 as? GzipError, .truncated)
        }
        var corrupt = member
        corrupt[corrupt.count - 6] ^= 0xFF  // inside the CRC
        XCTAssertThrowsError(try GzipMember.decompress(corrupt, limit: 1_000)) {
            guard case .corrupt = $0 as? GzipError else { return XCTFail("expected corrupt, got \($0)") }
        }
        XCTAssertThrowsError(try GzipMember.decompress(Array("WARC/1.1".utf8), limit: 1_000)) {
            XCTAssertEqual($0 as? GzipError, .notGzip)
        }
    }

    func testBase32MatchesRFC4648Vectors() {
        let vectors = [
            "": "", "f": "MY======", "fo": "MZXQ====", "foo": "MZXW6===", "foob": "MZXW6YQ=",
            "fooba": "MZXW6YTB", "foobar": "MZXW6YTBOI======",
        ]
        for (input, expected) in vectors {
            XCTAssertEqual(Base32.encode(Array(input.utf8)), expected, input)
        }
        // The well-known digest of an empty payload, as in CDX files.
        XCTAssertEqual(WARCDigest.sha1([]), "sha1:3I42H3S6NNFQ2MSVX7XZKYAYSCX5QBYJ")
    }

    func testWARCDateFormatAndParse() {
        let date = Date(timeIntervalSince1970: 1_780_000_123.75)
        XCTAssertEqual(WARCDate.format(date), "2026-05-28T20:28:43Z")
        XCTAssertEqual(WARCDate.parse("2026-05-28T20:28:43Z"), Date(timeIntervalSince1970: 1_780_000_123))
        XCTAssertEqual(WARCDate.parse("2026-05-28T20:28:43.5Z"), Date(timeIntervalSince1970: 1_780_000_123.5))
        XCTAssertNil(WARCDate.parse("2026-05-28 20:28:43Z"))
        XCTAssertNil(WARCDate.parse("2026-05-28T20:28:43.1234567890123Z"))
    }
}
