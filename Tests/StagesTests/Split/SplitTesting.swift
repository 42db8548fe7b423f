import XCTest

@testable import Stages

extension SplitStage {
    /// Splits an article made of paragraph blocks with these texts; fails the test on a reject.
    func parts(of blocks: [String], file: StaticString = #filePath, line: UInt = #line) throws -> [SplitRecord] {
        let record = CleanedRecord(
            identity: RecordIdentity(id: "doc", source: "test"), fetch: FetchInfo(), article: ArticleInfo(),
            blocks: blocks.map { Block(kind: .paragraph, text: $0) })
        guard case .emit(let parts) = try process(record, context: .testing()) else {
            XCTFail("expected parts", file: file, line: line)
            return []
        }
        return parts
    }
}
