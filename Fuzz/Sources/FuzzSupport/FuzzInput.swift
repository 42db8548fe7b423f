import Foundation
import Logging
import Stages

/// What every fuzz target needs besides its stage: the input as bytes or text, and a context.
public enum FuzzInput {
    /// A context whose logger drops everything: a fuzzer runs millions of inputs.
    public static let context = StageContext(
        logger: Logger(label: "fuzz", factory: { _ in SwiftLogNoOpLogHandler() }),
        baseDirectory: URL(fileURLWithPath: NSTemporaryDirectory()))

    public static func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
        Array(UnsafeBufferPointer(start: data, count: size))
    }

    /// The input decoded as UTF-8, ill-formed sequences replaced by U+FFFD (as the readers do).
    public static func text(_ data: UnsafePointer<UInt8>, _ size: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    }
}
