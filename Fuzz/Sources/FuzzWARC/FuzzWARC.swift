import Stages

/// Small limits: a fuzzer runs millions of inputs and a 1 MB block is already plenty.
private let limits: WARCReader.Limits = {
    var limits = WARCReader.Limits()
    limits.maxHeaderBytes = 64 * 1024
    limits.maxBlockBytes = 1 << 20
    return limits
}()

/// The WARC reader on any bytes as one file held in memory: every record in order (HTTP
/// responses also decoded as the `warc` source would), then random access at the offsets
/// found and at one offset taken from the input's size (usually inside a record).
/// Exported under libFuzzer's name too: the toolchain's libFuzzer `main` is linked in (and
/// then shadowed by SwiftPM's) and needs the symbol.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWARC(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let reader = try? WARCReader(bytes: bytes, name: "fuzz.warc", limits: limits) else { return 0 }
    var offsets: [Int] = []
    while offsets.count < 10_000, let entry = try? reader.next() {
        offsets.append(entry.offset)
        _ = try? WARCResponse(record: entry.record, maxBodyBytes: 1 << 20)
    }
    for offset in offsets.prefix(4) + [size / 3] {
        _ = try? reader.record(at: offset)
    }
    return 0
}
