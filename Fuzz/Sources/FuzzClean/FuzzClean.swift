import FuzzSupport
import Stages

/// The HTML cleaner on any bytes: the input, decoded as UTF-8 with replacement, is a page's
/// `html`. Rejects are fine; a crash, leak or hang is not.
private let stage = CleanStage(options: CleanStage.Options())

/// Exported under libFuzzer's name too: the toolchain's libFuzzer `main` is linked in (and
/// then shadowed by SwiftPM's) and needs the symbol.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzClean(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    var fetch = FetchInfo()
    fetch.url = "https://example.com/news/2024/05/20/story.html"
    let record = FetchedRecord(
        identity: RecordIdentity(id: "fuzz", source: "fuzz"), fetch: fetch, html: FuzzInput.text(data, size))
    _ = try? stage.process(record, context: FuzzInput.context)
    return 0
}
