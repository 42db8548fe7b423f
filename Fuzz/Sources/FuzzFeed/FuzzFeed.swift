import FuzzSupport
import Stages

/// The feed parser (libxml2 in recovery mode, then the RSS/RDF/Atom readers) on any bytes.
private let parser = FeedParser()

/// Exported under libFuzzer's name too: the toolchain's libFuzzer `main` is linked in (and
/// then shadowed by SwiftPM's) and needs the symbol.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeed(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    _ = parser.parse(FuzzInput.bytes(data, size), url: "https://example.com/feeds/news.xml")
    return 0
}
