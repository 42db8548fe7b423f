import XCTest

@testable import Stages

/// Shortcuts for the normalize tests: run the stage's normalization on a text and look up
/// annotations by surface.
enum NormalizeTesting {
    static func annotations(_ text: String, published: String? = "2022-01-28T12:00:00+03:00", prefer: String = "past")
        throws -> [Annotation]
    {
        var options = NormalizeStage.Options()
        options.prefer = prefer
        return try NormalizeStage(options: options).normalize(text, published: published).annotations
    }

    static func record(text: String, published: String?, lang: Language? = .ar) -> SplitRecord {
        var article = ArticleInfo()
        article.published = published
        return SplitRecord(
            identity: RecordIdentity(id: "doc#ar", docID: "doc", source: "test"), fetch: FetchInfo(), article: article,
            lang: lang, confidence: 0.99, segments: [], blocks: [], text: text)
    }
}

extension Array where Element == Annotation {
    /// The annotation whose surface is exactly `surface`.
    func named(_ surface: String, file: StaticString = #filePath, line: UInt = #line) -> Annotation? {
        let hits = filter { $0.surface == surface }
        if hits.isEmpty {
            XCTFail("no annotation \"\(surface)\" in \(map(\.surface))", file: file, line: line)
        }
        return hits.first
    }

    /// Surfaces, for compact assertions.
    var surfaces: [String] { map(\.surface) }
}
