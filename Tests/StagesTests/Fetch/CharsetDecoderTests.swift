import Foundation
import Stages
import XCTest

/// How pages are decoded: declarations, byte order marks, mislabelled pages, detection.
final class CharsetDecoderTests: XCTestCase {
    private let decoder = CharsetDecoder()
    private let arabic = "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد بسعة 300 سرير"

    func testWindows1256PageWithMetaCharsetDecodesToArabic() throws {
        let page = decoder.decode([UInt8](try Fixtures.data("fetch/windows-1256.html")))

        XCTAssertEqual(page.charset, "windows-1256")
        XCTAssertEqual(page.source, .meta)
        XCTAssertTrue(page.text.contains(arabic), page.text)
        XCTAssertTrue(page.text.contains("<title>افتتاح مستشفى جديد</title>"))
    }

    func testISO88596PageWithMetaCharsetDecodesToArabic() throws {
        let page = decoder.decode([UInt8](try Fixtures.data("fetch/iso-8859-6.html")))

        XCTAssertEqual(page.charset, "iso-8859-6")
        XCTAssertEqual(page.source, .meta)
        XCTAssertTrue(page.text.contains("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد بسعة 300 سرير,"), page.text)
    }

    func testUTF8BytesLabelledWindows1256AreReadAsUTF8() {
        let html = "<html><head><meta charset=\"windows-1256\"></head><body><p>\(arabic)</p></body></html>"

        let fromMeta = decoder.decode(Array(html.utf8))
        let fromHeader = decoder.decode(Array(html.utf8), contentType: "text/html; charset=windows-1256")

        for page in [fromMeta, fromHeader] {
            XCTAssertEqual(page.charset, "utf-8")
            XCTAssertEqual(page.source, .detected)
            XCTAssertEqual(page.text, html)
        }
    }

    func testByteOrderMarkWinsAndIsRemoved() {
        let html = "<meta charset=windows-1256><p>\(arabic)</p>"
        let utf8 = decoder.decode([0xEF, 0xBB, 0xBF] + Array(html.utf8), contentType: "text/html; charset=iso-8859-6")
        var utf16 = [UInt8]([0xFF, 0xFE])
        for unit in html.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let little = decoder.decode(utf16)

        XCTAssertEqual(utf8.charset, "utf-8")
        XCTAssertEqual(utf8.source, .bom)
        XCTAssertEqual(utf8.text, html)
        XCTAssertEqual(little.charset, "utf-16le")
        XCTAssertEqual(little.source, .bom)
        XCTAssertEqual(little.text, html)
    }

    func testHeaderCharsetWinsOverMetaAndLabelsAreCanonical() throws {
        let bytes = FetchTesting.replacing(
            "charset=windows-1256", with: "charset=utf-8", in: [UInt8](try Fixtures.data("fetch/windows-1256.html")))

        let page = decoder.decode(bytes, contentType: "text/html;charset=\"CP1256\"")

        XCTAssertEqual(page.charset, "windows-1256")
        XCTAssertEqual(page.source, .http)
        XCTAssertTrue(page.text.contains(arabic))
    }

    func testUndeclaredArabicIsDetectedInEitherLegacyCharset() throws {
        let windows = FetchTesting.replacing(
            "charset=windows-1256", with: "", in: [UInt8](try Fixtures.data("fetch/windows-1256.html")))
        let iso = FetchTesting.replacing(
            "charset=\"ISO-8859-6\"", with: "", in: [UInt8](try Fixtures.data("fetch/iso-8859-6.html")))

        let fromWindows = decoder.decode(windows)
        let fromISO = decoder.decode(iso)

        XCTAssertEqual(fromWindows.charset, "windows-1256")
        XCTAssertEqual(fromWindows.source, .detected)
        XCTAssertTrue(fromWindows.text.contains(arabic))
        XCTAssertEqual(fromISO.charset, "iso-8859-6")
        XCTAssertEqual(fromISO.source, .detected)
        XCTAssertTrue(fromISO.text.contains("افتتاح مستشفى جديد في الرياض"), fromISO.text)
    }

    func testUndeclaredWesternTextFallsBackToWindows1252() {
        // "Café crème, déjà vu — 5 €" in windows-1252.
        let bytes: [UInt8] =
            Array("<p>Caf".utf8) + [0xE9] + Array(" cr".utf8) + [0xE8] + Array("me, d".utf8) + [0xE9, 0x6A, 0xE0]
            + Array(" vu ".utf8) + [0x97] + Array(" 5 ".utf8) + [0x80] + Array("</p>".utf8)

        let page = decoder.decode(bytes)

        XCTAssertEqual(page.charset, "windows-1252")
        XCTAssertEqual(page.source, .default)
        XCTAssertEqual(page.text, "<p>Café crème, déjà vu — 5 €</p>")
    }

    func testLatin1LabelMeansWindows1252() {
        let page = decoder.decode([0x93, 0x68, 0x69, 0x94], contentType: "text/html; charset=ISO-8859-1")

        XCTAssertEqual(page.charset, "windows-1252")
        XCTAssertEqual(page.source, .http)
        XCTAssertEqual(page.text, "“hi”")
    }

    func testPlainASCIIIsDetectedAsUTF8() {
        let page = decoder.decode(Array("<p>plain</p>".utf8))

        XCTAssertEqual(page.charset, "utf-8")
        XCTAssertEqual(page.source, .detected)
    }

    func testDeclarationsThatCannotBeTrustedAreSkipped() throws {
        let windows = [UInt8](try Fixtures.data("fetch/windows-1256.html"))
        // Declared UTF-8 over bytes that are not UTF-8; an unknown label; a meta in a comment.
        let wrongUTF8 = decoder.decode(windows, contentType: "text/html; charset=utf-8")
        let unknown = decoder.decode(FetchTesting.replacing("windows-1256", with: "x-no-such-charset", in: windows))
        let commented = decoder.decode(
            Array("<!-- <meta charset=\"iso-8859-6\"> --><meta charset=\"utf-8\"><p>\(arabic)</p>".utf8))

        XCTAssertEqual(wrongUTF8.charset, "windows-1256")
        XCTAssertEqual(wrongUTF8.source, .meta)
        XCTAssertEqual(unknown.charset, "windows-1256")
        XCTAssertEqual(unknown.source, .detected)
        XCTAssertEqual(commented.charset, "utf-8")
        XCTAssertEqual(commented.source, .meta)
    }

    func testHTTPEquivMetaIsRead() {
        let html = "<head><meta content=\"text/html; charset=ISO-8859-6\" http-equiv=\"content-type\"></head>"

        let page = decoder.decode(Array(html.utf8) + [0xC7, 0xE4, 0xC7])

        XCTAssertEqual(page.charset, "iso-8859-6")
        XCTAssertEqual(page.source, .meta)
        XCTAssertTrue(page.text.hasSuffix("الا"), page.text)
    }
}
