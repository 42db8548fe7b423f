import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reads a JSON-lines file one line at a time in constant memory.
///
/// Lines may be tens of MB (the buffer grows to the longest line), may end in `\r\n`, and the
/// last line needs no newline. Blank lines are skipped but still counted, so line numbers in
/// rejects match what an editor shows.
public final class JSONLReader {
    /// One line's bytes (without its line ending) and its 1-based number in the file.
    public struct Line: Sendable {
        public var number: Int
        public var bytes: Data
    }

    private let file: UnsafeMutablePointer<FILE>
    private let ownsFile: Bool
    private var buffer: UnsafeMutableRawBufferPointer
    private var start = 0
    private var end = 0
    private var atEOF = false
    private var lineNumber = 0

    public convenience init(path: String) throws {
        guard let file = fopen(path, "rb") else {
            throw IOError(path: path, operation: "open", code: errno)
        }
        self.init(file: file, ownsFile: true)
    }

    /// Reads from an open stream (standard input in filter mode), which it does not close.
    public init(file: UnsafeMutablePointer<FILE>, ownsFile: Bool = false) {
        self.file = file
        self.ownsFile = ownsFile
        self.buffer = .allocate(byteCount: 1 << 20, alignment: 1)
    }

    deinit {
        buffer.deallocate()
        if ownsFile { fclose(file) }
    }

    /// The next non-blank line, or nil at the end of the stream.
    public func next() -> Line? {
        while true {
            guard let (range, lineEnd) = nextRange() else { return nil }
            lineNumber += 1
            var upper = range.upperBound
            if upper > range.lowerBound, buffer[upper - 1] == UInt8(ascii: "\r") { upper -= 1 }
            start = lineEnd
            if isBlank(range.lowerBound..<upper) { continue }
            let bytes = Data(UnsafeRawBufferPointer(rebasing: buffer[range.lowerBound..<upper]))
            return Line(number: lineNumber, bytes: bytes)
        }
    }

    /// Up to `maxLines` lines or about `maxBytes` bytes, whichever comes first.
    public func nextBatch(maxLines: Int, maxBytes: Int) -> [Line] {
        var lines: [Line] = []
        var bytes = 0
        while lines.count < maxLines, bytes < maxBytes, let line = next() {
            bytes += line.bytes.count
            lines.append(line)
        }
        return lines
    }

    /// The byte range of the next line and where the line after it starts.
    private func nextRange() -> (Range<Int>, Int)? {
        var searchFrom = start
        while true {
            if searchFrom < end, let base = buffer.baseAddress,
                let hit = memchr(base + searchFrom, Int32(UInt8(ascii: "\n")), end - searchFrom)
            {
                let index = base.distance(to: UnsafeMutableRawPointer(hit))
                return (start..<index, index + 1)
            }
            searchFrom = end
            if atEOF {
                guard start < end else { return nil }
                let range = start..<end
                return (range, end)
            }
            searchFrom -= start
            fill()
        }
    }

    /// Moves the unread bytes to the front, grows the buffer when a line fills it, and reads more.
    private func fill() {
        if start > 0 {
            if end > start, let base = buffer.baseAddress {
                memmove(base, base + start, end - start)
            }
            end -= start
            start = 0
        }
        if end == buffer.count {
            let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: buffer.count * 2, alignment: 1)
            bigger.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[0..<end]))
            buffer.deallocate()
            buffer = bigger
        }
        let read = fread(buffer.baseAddress! + end, 1, buffer.count - end, file)
        end += read
        if read == 0 { atEOF = true }
    }

    private func isBlank(_ range: Range<Int>) -> Bool {
        for i in range {
            switch buffer[i] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): continue
            default: return false
            }
        }
        return true
    }
}

/// A file operation that failed, with the path and the system's reason.
public struct IOError: Error, CustomStringConvertible {
    public var path: String
    public var operation: String
    public var code: Int32

    public init(path: String, operation: String, code: Int32) {
        self.path = path
        self.operation = operation
        self.code = code
    }

    public var description: String {
        "cannot \(operation) \(path): \(String(cString: strerror(code)))"
    }
}
