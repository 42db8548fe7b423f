import CZlib

/// One gzip member (RFC 1952): WARC files compress each record as its own member, so a
/// reader can seek to a record's offset and inflate just that member.
public enum GzipMember {
    /// Compresses `bytes` into one complete gzip member.
    public static func compress(_ bytes: [UInt8], level: Int32 = 6) throws -> [UInt8] {
        guard bytes.count < Int(UInt32.max) else { throw GzipError.tooLarge(limit: Int(UInt32.max)) }
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer {
            stream.deinitialize(count: 1)
            stream.deallocate()
        }
        // windowBits 31: a 32 KB window with a gzip header and trailer; memLevel 8 is zlib's default.
        let status = deflateInit2_(
            stream, level, Z_DEFLATED, 31, 8, Z_DEFAULT_STRATEGY, zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        guard status == Z_OK else { throw GzipError.corrupt("deflateInit2 returned \(status)") }
        defer { deflateEnd(stream) }
        var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, uLong(bytes.count))) + 64)
        var result: Int32 = Z_OK
        bytes.withUnsafeBufferPointer { input in
            output.withUnsafeMutableBufferPointer { out in
                stream.pointee.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
                stream.pointee.avail_in = UInt32(input.count)
                stream.pointee.next_out = out.baseAddress
                stream.pointee.avail_out = UInt32(out.count)
                // deflateBound sizes the output for a single Z_FINISH call.
                result = deflate(stream, Z_FINISH)
            }
        }
        guard result == Z_STREAM_END else { throw GzipError.corrupt("deflate returned \(result)") }
        output.removeLast(Int(stream.pointee.avail_out))
        return output
    }

    /// Inflates the one member that starts at `offset` of `buffer`.
    ///
    /// - Returns: the decompressed bytes and how many compressed bytes the member took, so the
    ///   next member starts at `offset + consumed`.
    /// - Throws: `GzipError.tooLarge` as soon as the output would pass `limit` (gzip bombs stop
    ///   there), `.truncated` if the buffer ends inside the member, `.notGzip` or `.corrupt`.
    public static func decompress(_ buffer: [UInt8], at offset: Int = 0, limit: Int) throws
        -> (bytes: [UInt8], consumed: Int)
    {
        guard offset >= 0, offset + 2 <= buffer.count, buffer[offset] == 0x1f, buffer[offset + 1] == 0x8b else {
            throw GzipError.notGzip
        }
        let inflater = try ZlibInflater(windowBits: 31)
        var output: [UInt8] = []
        var position = offset
        while true {
            let room = limit - output.count
            let step = try buffer.withUnsafeBytes { raw in
                try inflater.inflate(
                    UnsafeRawBufferPointer(rebasing: raw[position...]), appendingTo: &output,
                    maxOutput: min(max(room, 1), 1 << 20))
            }
            position += step.consumed
            if output.count > limit { throw GzipError.tooLarge(limit: limit) }
            if step.ended { return (output, position - offset) }
            if step.consumed == 0 && step.produced == 0 {
                if room <= 0 { throw GzipError.tooLarge(limit: limit) }
                throw GzipError.truncated
            }
        }
    }
}
