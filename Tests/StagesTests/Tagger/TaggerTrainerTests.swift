import XCTest
@testable import Stages

/// A tiny corpus written for these tests: people after titles and verbs, places after
/// prepositions and "مدينة", organisations after "وزارة" / "شركة".
enum TinyCorpus {
    static func sentence(_ text: String, _ names: [(EntityMention.Kind, Int, Int)]) -> TrainingSentence {
        TrainingSentence(
            words: text.split(separator: " ").map(String.init),
            names: names.map { .init(kind: $0.0, start: $0.1, end: $0.2) })
    }

    static let sentences: [TrainingSentence] = [
        sentence("زار سمير الخطيب مدينة طرابلس أمس .", [(.person, 1, 3), (.place, 4, 5)]),
        sentence("قال سمير الخطيب إن الوضع هادئ .", [(.person, 1, 3)]),
        sentence("وصل الوفد إلى مدينة طرابلس صباحا .", [(.place, 4, 5)]),
        sentence("أعلنت وزارة الصحة عن حملة جديدة .", [(.organisation, 1, 3)]),
        sentence("التقى الرئيس نبيل حداد بوفد من وزارة الصحة .", [(.person, 2, 4), (.organisation, 7, 9)]),
        sentence("سافر نبيل حداد إلى بيروت .", [(.person, 1, 3), (.place, 4, 5)]),
        sentence("افتتحت شركة النور فرعا في بيروت .", [(.organisation, 1, 3), (.place, 5, 6)]),
        sentence("هبطت الطائرة في مطار بيروت الدولي .", [(.facility, 3, 6)]),
        sentence("عاد الوزير إلى منزله في طرابلس .", [(.place, 5, 6)]),
        sentence("قالت مصادر إن الاجتماع انتهى .", []),
    ]
}

final class TaggerTrainerTests: XCTestCase {
    private func tagger(_ weights: TaggerWeights) throws -> EntityTagger {
        try EntityTagger(modelBytes: TaggerModelFile.encode(weights, prune: 0))
    }

    private func names(_ tagger: EntityTagger, _ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return tagger.entities(in: text).map {
            "\($0.kind.rawValue):" + String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
        }
    }

    func testLearnsTheTinyCorpusAndTagsSeenNamesInNewSentences() throws {
        let weights = TaggerTrainer(epochs: 10, seed: 7).train(TinyCorpus.sentences)
        let tagger = try tagger(weights)
        let found = names(tagger, "وقال سمير الخطيب إن الحملة نجحت في بيروت .")
        XCTAssertTrue(found.contains("person:سمير الخطيب"), "\(found)")
        XCTAssertTrue(found.contains("place:بيروت"), "\(found)")
        XCTAssertFalse(found.contains { $0.contains("الحملة") }, "\(found)")
        for entity in tagger.entities(in: "وقال سمير الخطيب إن الحملة نجحت في بيروت .") {
            let score = try XCTUnwrap(entity.score)
            XCTAssertTrue((0...1).contains(score))
        }
    }

    func testTrainingIsDeterministic() {
        let a = TaggerTrainer(epochs: 5, seed: 3).train(TinyCorpus.sentences)
        let b = TaggerTrainer(epochs: 5, seed: 3).train(TinyCorpus.sentences)
        XCTAssertEqual(a, b)
        XCTAssertEqual(TaggerModelFile.encode(a, prune: 0.1), TaggerModelFile.encode(b, prune: 0.1))
        XCTAssertGreaterThan(a.featureCount, 100)
    }

    func testAWordTheTokenizerSplitsGivesBThenI() {
        let sentence = TinyCorpus.sentence("زار Jean-Paul باريس", [(.person, 1, 2)])
        let tags = TaggerTagSet(kinds: [.person, .organisation, .place, .facility])
        let (tokens, gold) = sentence.tokens(tags: tags)
        XCTAssertEqual(tokens.count, 5)  // زار Jean - Paul باريس
        XCTAssertEqual(gold, [0, tags.begin(0), tags.inside(0), tags.inside(0), 0])
    }

    func testModelFileRejectsDamagedBytes() throws {
        let bytes = TaggerModelFile.encode(TaggerTrainer(epochs: 1).train(TinyCorpus.sentences), prune: 0)
        XCTAssertNoThrow(try EntityTagger(modelBytes: bytes))
        XCTAssertThrowsError(try EntityTagger(modelBytes: Array(bytes.dropLast(3))))
        XCTAssertThrowsError(try EntityTagger(modelBytes: Array("ETG0".utf8) + bytes.dropFirst(4)))
        XCTAssertThrowsError(try EntityTagger(modelBytes: []))
    }
}
