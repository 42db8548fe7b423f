import Foundation

/// Removes the bodies of `<script>` and `<style>` elements from a page before libxml2 parses
/// it. They are half the bytes of a typical news page, libxml2 reads them a character at a
/// time, and no walk ever reads them: only JSON-LD scripts are kept (metadata reads them).
///
/// The tags stay, so the tree is the same apart from the missing text. To stay faithful the
/// scan follows libxml2's HTML tokenizer (2.9): comments, `<!…>` and `<?…>` are skipped, a
/// start tag's attributes are read with its quoting rules, a raw element ends at the first
/// `</script` or `</style` in any case (as libxml2 does, even inside a JS string), and
/// `<script … />` has no body. A body holding control characters is left alone: libxml2
/// versions differ on them.
enum RawTextStripper {
    /// The page without its script and style bodies; nil when there is nothing to remove.
    static func stripped(_ page: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var scanner = Scanner(page)
        var cuts: [Range<Int>] = []
        while let body = scanner.nextRawBody() { cuts.append(body) }
        guard !cuts.isEmpty else { return nil }
        var result: [UInt8] = []
        result.reserveCapacity(page.count - cuts.reduce(0) { $0 + $1.count })
        var start = 0
        for cut in cuts {
            result.append(contentsOf: page[start..<cut.lowerBound])
            start = cut.upperBound
        }
        result.append(contentsOf: page[start...])
        return result
    }

    private struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        var position = 0

        init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// The next removable raw-text body, or nil at the end of the page.
        mutating func nextRawBody() -> Range<Int>? {
            while let open = nextByte(UInt8(ascii: "<"), from: position) {
                position = open + 1
                guard position < bytes.count else { return nil }
                switch bytes[position] {
                case UInt8(ascii: "!"):
                    if byte(at: position + 1) == UInt8(ascii: "-"), byte(at: position + 2) == UInt8(ascii: "-") {
                        position = commentEnd(from: position + 3)
                    } else {
                        position = after(UInt8(ascii: ">"), from: position)
                    }
                case UInt8(ascii: "?"):
                    position = after(UInt8(ascii: ">"), from: position)
                case UInt8(ascii: "/"):
                    if let first = byte(at: position + 1), Self.startsName(first) {
                        position = after(UInt8(ascii: ">"), from: position)
                    } else {
                        position += 1
                    }
                case let first where Self.startsName(first):
                    if let body = startTag() { return body }
                default:
                    continue
                }
            }
            position = bytes.count
            return nil
        }

        /// Reads the start tag whose name begins at `position`; the body to remove when it
        /// opens a script (not JSON-LD) or a style.
        private mutating func startTag() -> Range<Int>? {
            let nameStart = position
            while position < bytes.count, Self.continuesName(bytes[position]) { position += 1 }
            let closer: StaticString
            if equalsIgnoringCase(nameStart..<position, "script") {
                closer = "</script"
            } else if equalsIgnoringCase(nameStart..<position, "style") {
                closer = "</style"
            } else {
                skipAttributes()
                return nil
            }
            let attributesStart = position
            guard skipAttributes() == .open else { return nil }
            if closer.utf8CodeUnitCount == 8, contains("ld+json", in: attributesStart..<position) { return nil }
            position += 1  // the '>'
            let bodyStart = position
            guard let end = rawTextEnd(closer, from: bodyStart) else { return nil }
            position = end
            return bodyStart < end ? bodyStart..<end : nil
        }

        private enum TagEnd { case open, selfClosing, endOfPage }

        /// Skips a start tag's attributes as libxml2's `htmlParseStartTag` does, stopping at
        /// the `>` or the `/>` that ends it.
        @discardableResult
        private mutating func skipAttributes() -> TagEnd {
            skipBlanks()
            while position < bytes.count {
                let current = bytes[position]
                if current == UInt8(ascii: ">") { return .open }
                if current == UInt8(ascii: "/"), byte(at: position + 1) == UInt8(ascii: ">") { return .selfClosing }
                if Self.startsAttributeName(current) {
                    while position < bytes.count, Self.continuesName(bytes[position]) { position += 1 }
                    skipBlanks()
                    if byte(at: position) == UInt8(ascii: "=") {
                        position += 1
                        skipBlanks()
                        skipValue()
                    }
                } else {
                    // A bogus attribute: libxml2 drops it up to the next blank or the tag's end.
                    while position < bytes.count, !Self.isBlank(bytes[position]), bytes[position] != UInt8(ascii: ">"),
                        !(bytes[position] == UInt8(ascii: "/") && byte(at: position + 1) == UInt8(ascii: ">"))
                    {
                        position += 1
                    }
                }
                skipBlanks()
            }
            return .endOfPage
        }

        private mutating func skipValue() {
            guard let first = byte(at: position) else { return }
            if first == UInt8(ascii: "\"") || first == UInt8(ascii: "'") {
                position = after(first, from: position + 1)
                return
            }
            while position < bytes.count, !Self.isBlank(bytes[position]), bytes[position] != UInt8(ascii: ">") {
                position += 1
            }
        }

        /// Where libxml2 ends a comment whose text starts at `start` (after `<!--`): after
        /// `-->` or `--!>`, or right away for `<!-->` and `<!--->`.
        private func commentEnd(from start: Int) -> Int {
            if byte(at: start) == UInt8(ascii: ">") { return start + 1 }
            if byte(at: start) == UInt8(ascii: "-"), byte(at: start + 1) == UInt8(ascii: ">") { return start + 2 }
            var index = start
            while let dash = nextByte(UInt8(ascii: "-"), from: index) {
                if byte(at: dash + 1) == UInt8(ascii: "-") {
                    if byte(at: dash + 2) == UInt8(ascii: ">") { return dash + 3 }
                    if byte(at: dash + 2) == UInt8(ascii: "!"), byte(at: dash + 3) == UInt8(ascii: ">") { return dash + 4 }
                }
                index = dash + 1
            }
            return bytes.count
        }

        /// The start of the first `closer` (any case) from `start`, or the page's end when
        /// there is none; nil when the body holds a control character.
        private func rawTextEnd(_ closer: StaticString, from start: Int) -> Int? {
            var index = start
            let base = UnsafeRawPointer(bytes.baseAddress!)
            while index < bytes.count {
                // Eight bytes at a time while none is `<` or below 0x20.
                while index + 8 <= bytes.count,
                    !Self.mayEnd(base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                {
                    index += 8
                }
                guard index < bytes.count else { break }
                let current = bytes[index]
                if current == UInt8(ascii: "<"), byte(at: index + 1) == UInt8(ascii: "/"),
                    equalsIgnoringCase(index..<min(index + closer.utf8CodeUnitCount, bytes.count), closer)
                {
                    return index
                }
                if current < 0x20, current != 0x09, current != 0x0A, current != 0x0D { return nil }
                index += 1
            }
            return bytes.count
        }

        /// Whether any of eight bytes (a little-endian word) is `<` or below 0x20.
        private static func mayEnd(_ word: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highs: UInt64 = 0x8080_8080_8080_8080
            let below0x20 = (word &- ones &* 0x20) & ~word & highs
            let lessThan = word ^ (ones &* 0x3C)
            return below0x20 | ((lessThan &- ones) & ~lessThan & highs) != 0
        }

        private func equalsIgnoringCase(_ range: Range<Int>, _ lowercase: StaticString) -> Bool {
            guard range.count == lowercase.utf8CodeUnitCount else { return false }
            let expected = lowercase.utf8Start
            for offset in 0..<range.count where Self.lowered(bytes[range.lowerBound + offset]) != expected[offset] {
                return false
            }
            return true
        }

        private func contains(_ lowercase: StaticString, in range: Range<Int>) -> Bool {
            let count = lowercase.utf8CodeUnitCount
            guard range.count >= count else { return false }
            for start in range.lowerBound...(range.upperBound - count)
            where equalsIgnoringCase(start..<(start + count), lowercase) {
                return true
            }
            return false
        }

        private func byte(at index: Int) -> UInt8? { index < bytes.count ? bytes[index] : nil }

        private func nextByte(_ target: UInt8, from start: Int) -> Int? {
            guard start < bytes.count, let base = bytes.baseAddress,
                let found = memchr(base + start, Int32(target), bytes.count - start)
            else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }

        /// Just after the next `target` from `start`, or the page's end.
        private func after(_ target: UInt8, from start: Int) -> Int {
            nextByte(target, from: start).map { $0 + 1 } ?? bytes.count
        }

        private mutating func skipBlanks() {
            while position < bytes.count, Self.isBlank(bytes[position]) { position += 1 }
        }

        private static func lowered(_ byte: UInt8) -> UInt8 {
            byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
        }

        private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

        /// Element names start with an ASCII letter (others are never script or style).
        private static func startsName(_ byte: UInt8) -> Bool { isLetter(byte) }

        private static func startsAttributeName(_ byte: UInt8) -> Bool {
            isLetter(byte) || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".")
        }

        private static func continuesName(_ byte: UInt8) -> Bool {
            isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }

        /// libxml2's `IS_BLANK_CH`: no form feed.
        private static func isBlank(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
        }
    }
}
