import XCTest
@testable import Stages

final class IOBCorpusReaderTests: XCTestCase {
    func testNestedNamesFlattenToTheOutermostMappedOne() {
        // Written for this test: an organisation holding a place, a place inside an
        // unmapped occupation, and the sentence mark the corpus uses.
        let corpus = """
            درس O
            في O
            جامعة B-ORG
            حلب I-ORG B-GPE
            ثم O
            عمل O
            مدرسا B-OCC
            في I-OCC
            حمص I-OCC B-GPE
            $#$ O

            وصل O
            سمير B-PERS
            الخطيب I-PERS
            """
        let sentences = IOBCorpusReader.sentences(from: corpus, kindOf: IOBCorpusReader.wojoodKind)
        XCTAssertEqual(sentences.count, 2)
        XCTAssertEqual(sentences[0].words.count, 9)
        XCTAssertEqual(sentences[0].names, [
            .init(kind: .organisation, start: 2, end: 4),
            .init(kind: .place, start: 8, end: 9),
        ])
        XCTAssertEqual(sentences[1].names, [.init(kind: .person, start: 1, end: 3)])
    }

    func testEveryNestingLevelIsRead() {
        let tags: [[Substring]] = [["B-ORG"], ["I-ORG", "B-GPE"], ["I-ORG", "I-GPE"], ["O"]]
        let spans = IOBCorpusReader.spans(tags, IOBCorpusReader.wojoodKind)
            .sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        XCTAssertEqual(spans, [.init(kind: .organisation, start: 0, end: 3), .init(kind: .place, start: 1, end: 3)])
    }
}
