import Stages
import XCTest

/// Builds extract inputs the way the normalize stage would, for texts written in the tests:
/// offsets are Unicode-scalar offsets found by plain search.
enum ExtractInput {
    static func record(
        _ text: String, annotations: [Annotation] = [], lang: Language = .ar, blocks: [Block] = []
    ) -> NormalizedRecord {
        let part = SplitRecord(
            identity: RecordIdentity(id: "doc#\(lang.rawValue)", source: "test"), fetch: FetchInfo(),
            article: ArticleInfo(), lang: lang, confidence: 1, segments: [], blocks: blocks, text: text)
        return NormalizedRecord(part: part, originalText: text, annotations: annotations)
    }

    /// The annotations normalize gives the seed article: digit runs, the two duals, two dates.
    static func seedAnnotations(in text: String) -> [Annotation] {
        var annotations = digitNumbers(in: text)
        annotations.append(number("شاحنتين", value: 2, in: text))
        annotations.append(number("شخصان", value: 2, in: text))
        annotations.append(date("January 28, 2022", value: "2022-01-28", grain: .day, in: text))
        annotations.append(date("عام 2019", value: "2019", grain: .year, in: text))
        return annotations
    }

    /// A number annotation for every run of ASCII digits (a normalizer that knows no better:
    /// it also marks digits inside links and years inside dates, which extract must skip).
    static func digitNumbers(in text: String) -> [Annotation] {
        let scalars = Array(text.unicodeScalars)
        var result: [Annotation] = []
        var i = 0
        while i < scalars.count {
            guard scalars[i].properties.numericType == .decimal, scalars[i].isASCII else {
                i += 1
                continue
            }
            var end = i
            while end < scalars.count, scalars[end].isASCII, scalars[end].properties.numericType == .decimal {
                end += 1
            }
            let surface = String(String.UnicodeScalarView(scalars[i..<end]))
            result.append(
                Annotation(kind: .number, start: i, end: end, surface: surface, value: .number(Double(surface)!)))
            i = end
        }
        return result
    }

    /// A number annotation over the first occurrence of `word` (an Arabic dual, a numeral word).
    static func number(_ word: String, value: Double, in text: String) -> Annotation {
        let r = range(of: word, in: text)
        return Annotation(kind: .number, start: r.lowerBound, end: r.upperBound, surface: word, value: .number(value))
    }

    static func date(_ surface: String, value: String, grain: Annotation.Grain, in text: String) -> Annotation {
        let r = range(of: surface, in: text)
        return Annotation(
            kind: .date, start: r.lowerBound, end: r.upperBound, surface: surface, value: .text(value), grain: grain)
    }

    /// Scalar offsets of the first occurrence of `needle` in `text`.
    static func range(of needle: String, in text: String) -> Range<Int> {
        let hay = Array(text.unicodeScalars)
        let n = Array(needle.unicodeScalars)
        for start in 0...(hay.count - n.count) where Array(hay[start..<(start + n.count)]) == n {
            return start..<(start + n.count)
        }
        XCTFail("\(needle) not in text")
        return 0..<0
    }
}

/// Runs the stage on one record and returns its facts.
func extractFacts(
    _ text: String, annotations: [Annotation] = [], options: ExtractStage.Options = .init(),
    file: StaticString = #filePath, line: UInt = #line
) throws -> Facts {
    let stage = try ExtractStage(options: options)
    switch try stage.process(ExtractInput.record(text, annotations: annotations), context: .testing()) {
    case .emit(let records):
        XCTAssertEqual(records.count, 1, file: file, line: line)
        let facts = try XCTUnwrap(records.first, file: file, line: line).facts
        assertSpansMatch(facts, in: text, file: file, line: line)
        return facts
    case .reject(let reason, let detail):
        XCTFail("rejected: \(reason) \(detail)", file: file, line: line)
    case .filter(let reason):
        XCTFail("filtered: \(reason)", file: file, line: line)
    }
    return Facts()
}

/// Every span's text must be the text at its offsets.
func assertSpansMatch(_ facts: Facts, in text: String, file: StaticString = #filePath, line: UInt = #line) {
    let scalars = Array(text.unicodeScalars)
    let spans =
        facts.quantities.map(\.span) + facts.dates.map(\.span) + facts.hashtags + facts.mentions
        + facts.urls + facts.attributions.map(\.source) + facts.entities.map(\.span) + facts.embeds.compactMap(\.span)
    for span in spans {
        guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else {
            XCTFail("span \(span) outside the text", file: file, line: line)
            continue
        }
        let atOffsets = String(String.UnicodeScalarView(scalars[span.start..<span.end]))
        XCTAssertEqual(atOffsets, span.text, "span \(span.start)..<\(span.end)", file: file, line: line)
    }
}
