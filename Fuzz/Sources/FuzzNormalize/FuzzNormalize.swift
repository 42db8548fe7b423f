import FuzzSupport
import Stages

/// The number and date normalizer on any text, with a published date so that relative dates
/// ("yesterday", "أمس", "28 يناير") are resolved too.
private let stage = try! NormalizeStage(options: NormalizeStage.Options())

/// Exported under libFuzzer's name too: the toolchain's libFuzzer `main` is linked in (and
/// then shadowed by SwiftPM's) and needs the symbol.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalize(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    var article = ArticleInfo()
    article.published = "2024-05-20T10:30:00+03:00"
    let record = SplitRecord(
        identity: RecordIdentity(id: "fuzz#ar", docID: "fuzz", source: "fuzz"), fetch: FetchInfo(),
        article: article, lang: nil, confidence: nil, segments: [], blocks: [], text: FuzzInput.text(data, size))
    _ = try? stage.process(record, context: FuzzInput.context)
    return 0
}
