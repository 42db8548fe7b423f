/// The bytes of a WARC file after decompression, read forward by lines and by counts.
///
/// A `.warc.gz` is a series of gzip members (one per record when written properly, but a file
/// gzipped whole is one member holding every record); they are inflated one after another as
/// the reader asks for bytes, never more than `chunk` at a time, so memory stays bounded by
/// what the reader keeps. For each stretch of output the stream remembers which member it
/// came from, which gives a record's offset for random access.
final class WARCByteStream {
    private static let chunk = 1 << 16
    private let input: WARCInput
    private let inflater: ZlibInflater?

    private var buffer: [UInt8] = []
    private var position = 0
    /// Uncompressed: the input offset of `buffer[0]`.
    private var bufferBase: Int
    /// Compressed: where each member's output begins in `buffer`, and the member's offset.
    private var members: [(index: Int, offset: Int)] = []

    private var compressed: [UInt8] = []
    private var compressedPosition = 0
    /// Input offset of `compressed[0]`.
    private var compressedBase: Int
    private var inMember = false

    /// Starts reading at `offset` of `input`, inflating if `gzip`.
    init(input: WARCInput, offset: Int, gzip: Bool) throws {
        self.input = input
        inflater = gzip ? try ZlibInflater(windowBits: 31) : nil
        bufferBase = offset
        compressedBase = offset
    }

    /// The offset where the next unread byte's record would be found: its member's offset
    /// (compressed) or its own offset (uncompressed).
    var offset: Int {
        guard inflater != nil else { return bufferBase + position }
        return members.last { $0.index <= position }?.offset ?? compressedBase + compressedPosition
    }

    /// The next byte without consuming it; nil at the end of the input.
    func peek() throws -> UInt8? {
        if position == buffer.count, try !fill() { return nil }
        return buffer[position]
    }

    func skip() { position += 1 }

    /// Bytes up to the next LF, without the LF and a CR before it. Nil at the end of input
    /// with nothing read. Throws `.lineTooLong` past `maxBytes`, `.endOfInput` if the input
    /// ends inside the line.
    func readLine(maxBytes: Int) throws -> ArraySlice<UInt8>? {
        var scanned = position
        while true {
            if let newline = buffer[scanned...].firstIndex(of: 10) {
                guard newline - position <= maxBytes else { throw StreamError.lineTooLong }
                var end = newline
                if end > position && buffer[end - 1] == 13 { end -= 1 }
                let line = buffer[position..<end]
                position = newline + 1
                return line
            }
            guard buffer.count - position <= maxBytes else { throw StreamError.lineTooLong }
            let unread = buffer.count - position
            if try !fill() {
                if unread == 0 { return nil }
                throw StreamError.endOfInput
            }
            scanned = position + unread  // fill may have compacted the buffer
        }
    }

    /// Exactly `count` bytes, or `.endOfInput` (with how many there were).
    func read(_ count: Int) throws -> [UInt8] {
        while buffer.count - position < count {
            if try !fill() { throw StreamError.endOfInput }
        }
        let bytes = Array(buffer[position..<position + count])
        position += count
        return bytes
    }

    enum StreamError: Error {
        case lineTooLong
        case endOfInput
        case gzip(GzipError, memberOffset: Int)
        case trailingGarbage(offset: Int)
    }

    /// Appends more bytes to `buffer`; false at the end of the input.
    private func fill() throws -> Bool {
        compact()
        guard let inflater else {
            let more = try input.read(at: bufferBase + buffer.count, count: Self.chunk)
            buffer += more
            return !more.isEmpty
        }
        while true {
            if !inMember {
                guard try available(2) else {
                    if compressedPosition < compressed.count {
                        throw StreamError.trailingGarbage(offset: compressedOffset)
                    }
                    return false
                }
                guard compressed[compressedPosition] == 0x1f, compressed[compressedPosition + 1] == 0x8b else {
                    throw StreamError.trailingGarbage(offset: compressedOffset)
                }
                inflater.reset()
                inMember = true
                members.append((buffer.count, compressedOffset))
            }
            let memberOffset = members.last!.offset
            let step: ZlibInflater.Step
            do {
                step = try compressed.withUnsafeBytes { raw in
                    try inflater.inflate(
                        UnsafeRawBufferPointer(rebasing: raw[compressedPosition...]), appendingTo: &buffer,
                        maxOutput: Self.chunk)
                }
            } catch let error as GzipError {
                throw StreamError.gzip(error, memberOffset: memberOffset)
            }
            compressedPosition += step.consumed
            if step.ended { inMember = false }
            if step.produced > 0 { return true }
            if !step.ended && step.consumed == 0 {
                guard try available(compressed.count - compressedPosition + 1) else {
                    throw StreamError.gzip(.truncated, memberOffset: memberOffset)
                }
            }
        }
    }

    private var compressedOffset: Int { compressedBase + compressedPosition }

    /// Makes at least `count` unread compressed bytes available; false if the input ends first.
    private func available(_ count: Int) throws -> Bool {
        if compressed.count - compressedPosition >= count { return true }
        compressedBase += compressedPosition
        compressed.removeFirst(compressedPosition)
        compressedPosition = 0
        while compressed.count < count {
            let more = try input.read(at: compressedBase + compressed.count, count: Self.chunk)
            if more.isEmpty { return false }
            compressed += more
        }
        return true
    }

    /// Drops consumed bytes once they are most of the buffer.
    private func compact() {
        guard position >= Self.chunk, position * 2 >= buffer.count else { return }
        buffer.removeFirst(position)
        bufferBase += position
        let dropped = position
        position = 0
        if let last = members.last(where: { $0.index <= dropped }) {
            members =
                [(index: 0, offset: last.offset)]
                + members.filter { $0.index > dropped }.map { (index: $0.index - dropped, offset: $0.offset) }
        }
    }
}
