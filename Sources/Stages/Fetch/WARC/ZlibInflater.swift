import CZlib

/// One zlib inflate stream, fed input piece by piece. `windowBits` picks the format:
/// 31 gzip, 47 gzip or zlib (auto-detected), 15 zlib, -15 raw deflate.
///
/// The `z_stream` lives at a fixed heap address: zlib keeps a pointer back to it and refuses
/// a stream that has moved (a Swift `var` passed with `&` may not keep one address).
final class ZlibInflater {
    /// What one call did.
    struct Step {
        var consumed: Int
        var produced: Int
        /// The stream's end was reached (for gzip: the end of one member).
        var ended: Bool
    }

    private let stream: UnsafeMutablePointer<z_stream>
    /// zlib inflates into this, then the bytes produced are appended to the caller's array
    /// (no zero-filling of a large output area on every call).
    private let scratch = UnsafeMutableBufferPointer<Bytef>.allocate(capacity: 1 << 16)

    init(windowBits: Int32) throws {
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let status = inflateInit2_(stream, windowBits, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else {
            stream.deinitialize(count: 1)
            stream.deallocate()
            scratch.deallocate()
            throw GzipError.corrupt("inflateInit2 returned \(status)")
        }
    }

    deinit {
        inflateEnd(stream)
        stream.deinitialize(count: 1)
        stream.deallocate()
        scratch.deallocate()
    }

    /// Starts a new stream with the same settings (the next gzip member).
    func reset() {
        inflateReset(stream)
    }

    /// Inflates from `input`, appending at most `maxOutput` bytes to `output`. A step that
    /// consumes and produces nothing needs more input.
    func inflate(_ input: UnsafeRawBufferPointer, appendingTo output: inout [UInt8], maxOutput: Int) throws -> Step {
        let inputCount = min(input.count, Int(UInt32.max))
        let outputCount = min(max(maxOutput, 1), scratch.count)
        stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = UInt32(inputCount)
        stream.pointee.next_out = scratch.baseAddress
        stream.pointee.avail_out = UInt32(outputCount)
        let status = CZlib.inflate(stream, Z_NO_FLUSH)
        let consumed = inputCount - Int(stream.pointee.avail_in)
        let produced = outputCount - Int(stream.pointee.avail_out)
        stream.pointee.next_in = nil
        stream.pointee.next_out = nil
        output.append(contentsOf: UnsafeBufferPointer(start: scratch.baseAddress, count: produced))
        switch status {
        case Z_OK, Z_BUF_ERROR:  // Z_BUF_ERROR: no progress possible without more input
            return Step(consumed: consumed, produced: produced, ended: false)
        case Z_STREAM_END:
            return Step(consumed: consumed, produced: produced, ended: true)
        case Z_NEED_DICT:
            throw GzipError.corrupt("stream needs a preset dictionary")
        default:
            let message = stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)"
            throw GzipError.corrupt(message)
        }
    }
}
