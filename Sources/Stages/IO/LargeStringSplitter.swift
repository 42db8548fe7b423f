/// Finds one top-level string field of a JSON object and decodes it, in one pass over bytes.
///
/// Strict: any doubt (the key absent, repeated or escaped, the value not a string, a raw
/// control character, a bad escape or lone surrogate, invalid UTF-8, a malformed object)
/// gives nil, and the caller falls back to JSONDecoder, which reports errors as it always did.
enum LargeStringSplitter {
    struct Split {
        /// The value's bytes in the line, quotes included.
        var value: Range<Int>
        var string: String
    }

    static func split(_ bytes: UnsafeBufferPointer<UInt8>, key: StaticString) -> Split? {
        var index = skipSpace(bytes, 0)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
        index += 1
        var found: Split?
        index = skipSpace(bytes, index)
        guard index < bytes.count, bytes[index] != UInt8(ascii: "}") else { return nil }
        while true {
            index = skipSpace(bytes, index)
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            let keyStart = index + 1
            guard let keyEnd = stringEnd(bytes, from: keyStart), !contains(bytes, keyStart..<keyEnd, UInt8(ascii: "\\"))
            else { return nil }
            index = skipSpace(bytes, keyEnd + 1)
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
            index = skipSpace(bytes, index + 1)
            guard index < bytes.count else { return nil }
            if equal(bytes, keyStart..<keyEnd, key) {
                guard found == nil, bytes[index] == UInt8(ascii: "\""),
                    let (string, end) = unescaped(bytes, from: index + 1)
                else { return nil }
                found = Split(value: index..<(end + 1), string: string)
                index = end + 1
            } else {
                guard let end = valueEnd(bytes, from: index) else { return nil }
                index = end
            }
            index = skipSpace(bytes, index)
            guard index < bytes.count else { return nil }
            if bytes[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard bytes[index] == UInt8(ascii: "}") else { return nil }
            break
        }
        return found
    }

    /// Decodes the string whose first byte (after the quote) is at `start`; with the index of
    /// its closing quote.
    static func unescaped(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (String, Int)? {
        var out: [UInt8] = []
        var index = start
        var runStart = start
        var reserved = false
        let base = UnsafeRawPointer(bytes.baseAddress!)
        while index < bytes.count {
            // Eight ordinary bytes at a time: most of a page has no quote, backslash or control byte.
            while index + 8 <= bytes.count, !SWAR.hasSpecial(base.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                index += 8
            }
            guard index < bytes.count else { break }
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                if !reserved { return String(validating: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self).map { ($0, index) } }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
                guard let string = String(validating: out, as: UTF8.self) else { return nil }
                return (string, index)
            }
            if byte < 0x20 { return nil }
            if byte != UInt8(ascii: "\\") {
                index += 1
                continue
            }
            if !reserved {
                out.reserveCapacity(bytes.count - start)
                reserved = true
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
            guard index + 1 < bytes.count else { return nil }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "u"):
                guard var scalar = hex4(bytes, index) else { return nil }
                index += 4
                if scalar >= 0xD800, scalar < 0xDC00 {
                    guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u"),
                        let low = hex4(bytes, index + 2), low >= 0xDC00, low < 0xE000
                    else { return nil }
                    index += 6
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if scalar >= 0xDC00, scalar < 0xE000 {
                    return nil
                }
                guard let unicode = Unicode.Scalar(scalar) else { return nil }
                out.append(contentsOf: UTF8.encode(unicode)!)
            default:
                return nil
            }
            runStart = index
        }
        return nil
    }

    private static func hex4(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> UInt32? {
        guard start + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for index in start..<(start + 4) {
            let byte = bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The index of the quote that ends the string starting at `start`.
    private static func stringEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""): return index
            case UInt8(ascii: "\\"): index += 2
            default: index += 1
            }
        }
        return nil
    }

    /// Just past the value starting at `start`: a string, an object or array (nesting
    /// counted, strings inside skipped) or a number or literal. JSONDecoder checks it later.
    private static func valueEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        var depth = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "\""):
                guard let end = stringEnd(bytes, from: index + 1) else { return nil }
                index = end + 1
                if depth == 0 { return index }
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if depth == 0 { return index }
                depth -= 1
                if depth == 0 { return index + 1 }
            case UInt8(ascii: ","), 0x20, 0x09, 0x0A, 0x0D:
                if depth == 0 { return index }
            default: break
            }
            index += 1
        }
        return depth == 0 ? index : nil
    }

    private static func skipSpace(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A || bytes[index] == 0x0D {
            index += 1
        }
        return index
    }

    private static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ target: UInt8) -> Bool {
        range.contains { bytes[$0] == target }
    }

    private static func equal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ key: StaticString) -> Bool {
        guard range.count == key.utf8CodeUnitCount else { return false }
        let expected = key.utf8Start
        for offset in 0..<range.count where bytes[range.lowerBound + offset] != expected[offset] { return false }
        return true
    }
}

/// Byte tests on eight bytes at once (little-endian words).
private enum SWAR {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highs: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte is a control character, `"` or `\\`.
    static func hasSpecial(_ word: UInt64) -> Bool {
        let below0x20 = (word &- ones &* 0x20) & ~word & highs
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let zeros = ((quote &- ones) & ~quote | (backslash &- ones) & ~backslash) & highs
        return below0x20 | zeros != 0
    }
}
