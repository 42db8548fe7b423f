import Foundation

/// Reads a gazetteer file: a JSON array of entries (`GazetteerEntry`), each reported with the
/// line it starts on, so that a bad entry can be named by file and line.
enum GazetteerFile {
    /// The entries of `data`; `name` is how errors name the file (its path).
    static func entries(in data: [UInt8], name: String) throws -> [GazetteerEntry] {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(data))
        } catch {
            throw GazetteerError(origin: name, message: "not valid JSON (\(describe(error)))")
        }
        guard let array = parsed as? [Any] else {
            throw GazetteerError(origin: name, message: "expected a JSON array of entries")
        }
        let lines = elementLines(data)
        var entries: [GazetteerEntry] = []
        entries.reserveCapacity(array.count)
        for (index, object) in array.enumerated() {
            let line = index < lines.count ? lines[index] : nil
            let origin = line.map { "\(name):\($0)" } ?? "\(name) (entry \(index + 1))"
            entries.append(try GazetteerEntry.parse(object, origin: origin).get())
        }
        return entries
    }

    /// The 1-based line on which each element of the top-level array starts. A light scan
    /// that tracks strings and nesting: JSONSerialization reports no positions.
    static func elementLines(_ data: [UInt8]) -> [Int] {
        var lines: [Int] = []
        var line = 1
        var depth = 0
        var inString = false
        var escaped = false
        var expectingElement = false
        for byte in data {
            if byte == UInt8(ascii: "\n") { line += 1 }
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
            if expectingElement, depth == 1, !isSpace, byte != UInt8(ascii: "]") {
                lines.append(line)
                expectingElement = false
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth == 1 { expectingElement = true }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            case UInt8(ascii: ","): if depth == 1 { expectingElement = true }
            default: break
            }
        }
        return lines
    }

    private static func describe(_ error: Error) -> String {
        let ns = error as NSError
        return (ns.userInfo[NSDebugDescriptionErrorKey] as? String) ?? ns.localizedDescription
    }
}
