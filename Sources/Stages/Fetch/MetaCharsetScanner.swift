/// Finds the charset a page declares in its first bytes: `<meta charset=...>` or
/// `<meta http-equiv="Content-Type" content="...; charset=...">`, skipping comments.
///
/// Works on bytes before any decoding, as the WHATWG prescan does; it reads only the first
/// `limit` bytes, since a declaration further down comes too late to be trusted.
struct MetaCharsetScanner: Sendable {
    var limit = 4096

    func declaredCharset(in bytes: [UInt8]) -> String? {
        let end = min(bytes.count, limit)
        var i = 0
        while i < end {
            if bytes[i] != UInt8(ascii: "<") {
                i += 1
            } else if matches(bytes, at: i, "<!--") {
                i = find(bytes, "-->", from: i + 4, end: end).map { $0 + 3 } ?? end
            } else if matches(bytes, at: i, "<meta"), i + 5 < end, isSpaceOrSlash(bytes[i + 5]) {
                let tagEnd = find(bytes, ">", from: i + 5, end: end) ?? end
                if let charset = charset(inMetaAttributes: attributes(bytes[(i + 5)..<tagEnd])) { return charset }
                i = tagEnd + 1
            } else {
                i += 1
            }
        }
        return nil
    }

    private func charset(inMetaAttributes attributes: [String: String]) -> String? {
        if let charset = attributes["charset"] { return charset }
        guard attributes["http-equiv"]?.lowercased() == "content-type", let content = attributes["content"] else {
            return nil
        }
        return CharsetLabel.parameter(in: content)
    }

    /// Attribute names (lowercased) and values of one tag's inside, first occurrence wins.
    private func attributes(_ tag: ArraySlice<UInt8>) -> [String: String] {
        var result: [String: String] = [:]
        var i = tag.startIndex
        func skipSpace() { while i < tag.endIndex, isSpaceOrSlash(tag[i]) { i += 1 } }
        while i < tag.endIndex {
            skipSpace()
            let nameStart = i
            while i < tag.endIndex, !isSpaceOrSlash(tag[i]), tag[i] != UInt8(ascii: "=") { i += 1 }
            let name = String(decoding: tag[nameStart..<i], as: UTF8.self).lowercased()
            while i < tag.endIndex, isSpace(tag[i]) { i += 1 }
            var value = ""
            if i < tag.endIndex, tag[i] == UInt8(ascii: "=") {
                i += 1
                while i < tag.endIndex, isSpace(tag[i]) { i += 1 }
                let quote = i < tag.endIndex && (tag[i] == 0x22 || tag[i] == 0x27) ? tag[i] : nil
                if quote != nil { i += 1 }
                let valueStart = i
                while i < tag.endIndex, quote.map({ tag[i] != $0 }) ?? !isSpace(tag[i]) { i += 1 }
                value = String(decoding: tag[valueStart..<i], as: UTF8.self)
                if quote != nil, i < tag.endIndex { i += 1 }
            }
            if !name.isEmpty, result[name] == nil { result[name] = value }
        }
        return result
    }

    private func matches(_ bytes: [UInt8], at i: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        let pointer = literal.utf8Start
        for k in 0..<count where lowercased(bytes[i + k]) != pointer[k] { return false }
        return true
    }

    private func find(_ bytes: [UInt8], _ literal: StaticString, from start: Int, end: Int) -> Int? {
        var i = start
        while i < end {
            if matches(bytes, at: i, literal) { return i }
            i += 1
        }
        return nil
    }

    /// ASCII letters lowered; the literals passed to `matches` are lowercase.
    private func lowercased(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }

    private func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private func isSpaceOrSlash(_ byte: UInt8) -> Bool { isSpace(byte) || byte == UInt8(ascii: "/") }
}
