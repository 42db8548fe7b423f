import XCTest

@testable import Stages

/// The orthography options fold `text` before annotating, and annotation offsets point into
/// the folded text.
final class OrthographyTests: XCTestCase {
    private func run(_ text: String, _ configure: (inout NormalizeStage.Options) -> Void) throws -> (String, [Annotation]) {
        var options = NormalizeStage.Options()
        configure(&options)
        let out = try NormalizeStage(options: options).normalize(text, published: "2022-01-28T12:00:00+03:00")
        return (out.text, out.annotations)
    }

    func testOffByDefault() throws {
        let text = "قُتِلَ ثلاثـــة أشخاص"
        let (folded, _) = try run(text) { _ in }
        XCTAssertEqual(folded, text)
    }

    func testTatweelAndDiacriticsRemovedWithOffsetsIntoTheFoldedText() throws {
        let (folded, annotations) = try run("قُتِلَ ثلاثـــة أشخاص في ١٥ رَمَضَان ١٤٤٥ هـ") {
            $0.removeTatweel = true
            $0.removeDiacritics = true
        }
        XCTAssertEqual(folded, "قتل ثلاثة أشخاص في 15 رمضان 1445 ه")
        let scalars = Array(folded.unicodeScalars)
        for a in annotations {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[a.start..<a.end])), a.surface)
        }
        XCTAssertEqual(annotations.first { $0.kind == .number }?.value, .number(3))
        XCTAssertEqual(annotations.first { $0.kind == .date }?.value, .text("2024-03-25"))
    }

    func testLetterFoldingAndPresentationForms() throws {
        let (folded, _) = try run("إلى مدرسة ﻻ") {
            $0.foldLetters = true
            $0.nfkc = true
        }
        XCTAssertEqual(folded, "الي مدرسه لا")
    }
}
