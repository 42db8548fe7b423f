import Foundation
import FuzzSupport
import Stages

#if canImport(Glibc)
import Glibc
#endif

/// The JSONL reader and record decoding on any bytes: the input is a whole JSONL file, read
/// from memory (`fmemopen`, no temp file per input), and every line is decoded as each record
/// type a stage reads from disk. Decoding errors are fine; a crash, leak or hang is not.
private let decoder = RecordCoding.makeDecoder()

/// Exported under libFuzzer's name too: the toolchain's libFuzzer `main` is linked in (and
/// then shadowed by SwiftPM's) and needs the symbol.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONL(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard let data else { return 0 }
    guard size > 0, let file = fmemopen(UnsafeMutableRawPointer(mutating: data), size, "rb") else { return 0 }
    // The reader closes the stream when it is released.
    let reader = JSONLReader(file: file, ownsFile: true)
    var lastNumber = 0
    while true {
        let batch = reader.nextBatch(maxLines: 3, maxBytes: 1 << 16)
        if batch.isEmpty { break }
        for line in batch {
            precondition(line.number > lastNumber, "line numbers must increase")
            lastNumber = line.number
            _ = try? decoder.decode(FetchedRecord.self, from: line.bytes)
            _ = try? decoder.decode(CleanedRecord.self, from: line.bytes)
            _ = try? decoder.decode(SplitRecord.self, from: line.bytes)
        }
    }
    return 0
}
