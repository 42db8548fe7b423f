import Foundation

/// The tagger's weights file: pruned, quantized to Int16, little-endian.
///
/// Layout: "ETG1"; feature version (UInt8); kind count (UInt8) and each kind's raw value
/// (length-prefixed ASCII); the weight unit (Float64); (T + 1) × T transition weights (Int16);
/// the row count (UInt32); each row's key as a LEB128 delta from the previous key; then per row
/// a UInt16 mask of its non-zero tags and those weights (Int16).
public enum TaggerModelFile {
    enum ReadError: Error { case unreadable(String) }

    /// Rows whose largest weight is below `prune` (training units) are dropped, and so is any
    /// single weight below it.
    public static func encode(_ weights: TaggerWeights, prune: Double) -> [UInt8] {
        let t = weights.tags.count
        var maxAbs = weights.transitions.map(abs).max() ?? 1
        for row in weights.rows { maxAbs = max(maxAbs, row.weights.map(abs).max() ?? 0) }
        let quantum = max(maxAbs, 1e-9) / 32767
        func q(_ w: Double) -> Int16 { abs(w) < prune ? 0 : Int16((w / quantum).rounded()) }
        var kept: [(UInt32, [Int16])] = []
        for row in weights.rows {
            let r = row.weights.map(q)
            if r.contains(where: { $0 != 0 }) { kept.append((row.key, r)) }
        }
        var out = Array("ETG1".utf8)
        out.append(TaggerFeatures.version)
        out.append(UInt8(weights.tags.kinds.count))
        for kind in weights.tags.kinds {
            out.append(UInt8(kind.rawValue.utf8.count))
            out += kind.rawValue.utf8
        }
        let bits = quantum.bitPattern
        for i in 0..<8 { out.append(UInt8(truncatingIfNeeded: bits >> (8 * i))) }
        func int16(_ v: Int16) { out.append(UInt8(truncatingIfNeeded: v)); out.append(UInt8(truncatingIfNeeded: v >> 8)) }
        for w in weights.transitions { int16(Int16((w / quantum).rounded())) }
        let n = UInt32(kept.count)
        for i in 0..<4 { out.append(UInt8(truncatingIfNeeded: n >> (8 * i))) }
        var previous: UInt32 = 0
        for (key, _) in kept {
            var delta = key - previous
            previous = key
            repeat {
                let low = UInt8(delta & 0x7F)
                delta >>= 7
                out.append(delta == 0 ? low : low | 0x80)
            } while delta != 0
        }
        for (_, row) in kept {
            var mask: UInt16 = 0
            for (y, w) in row.enumerated() where w != 0 { mask |= 1 << UInt16(y) }
            out.append(UInt8(truncatingIfNeeded: mask))
            out.append(UInt8(truncatingIfNeeded: mask >> 8))
            for w in row where w != 0 { int16(w) }
        }
        precondition(t <= 16)
        return out
    }

    static func decode(_ bytes: [UInt8]) throws -> TaggerModel {
        var p = 0
        func need(_ n: Int) throws {
            guard p + n <= bytes.count else { throw ReadError.unreadable("truncated at byte \(p)") }
        }
        func byte() throws -> UInt8 { try need(1); p += 1; return bytes[p - 1] }
        func int16() throws -> Int16 {
            try need(2); p += 2
            return Int16(bitPattern: UInt16(bytes[p - 2]) | UInt16(bytes[p - 1]) << 8)
        }
        try need(4)
        guard bytes[0..<4].elementsEqual("ETG1".utf8) else { throw ReadError.unreadable("not a tagger model") }
        p = 4
        let version = try byte()
        guard version == TaggerFeatures.version else {
            throw ReadError.unreadable("features version \(version), expected \(TaggerFeatures.version)")
        }
        var kinds: [EntityMention.Kind] = []
        for _ in 0..<(try byte()) {
            let length = Int(try byte())
            try need(length)
            let name = String(decoding: bytes[p..<(p + length)], as: UTF8.self)
            p += length
            guard let kind = EntityMention.Kind(rawValue: name) else { throw ReadError.unreadable("kind \(name)") }
            kinds.append(kind)
        }
        let tags = TaggerTagSet(kinds: kinds)
        let t = tags.count
        guard t <= 16 else { throw ReadError.unreadable("too many kinds") }
        var bits: UInt64 = 0
        for i in 0..<8 { bits |= UInt64(try byte()) << (8 * UInt64(i)) }
        let quantum = Double(bitPattern: bits)
        var transitions: [Int32] = []
        for _ in 0..<((t + 1) * t) { transitions.append(Int32(try int16())) }
        var n: UInt32 = 0
        for i in 0..<4 { n |= UInt32(try byte()) << (8 * UInt32(i)) }
        var keys: [UInt32] = []
        keys.reserveCapacity(Int(n))
        var key: UInt32 = 0
        for _ in 0..<n {
            var delta: UInt32 = 0
            var shift: UInt32 = 0
            while true {
                let b = try byte()
                guard shift < 32 else { throw ReadError.unreadable("bad key at byte \(p)") }
                delta |= UInt32(b & 0x7F) << shift
                shift += 7
                if b & 0x80 == 0 { break }
            }
            key &+= delta
            keys.append(key)
        }
        var rows: [(key: UInt32, weights: [Int16])] = []
        rows.reserveCapacity(keys.count)
        for key in keys {
            let mask = UInt16(try byte()) | UInt16(try byte()) << 8
            var row = [Int16](repeating: 0, count: t)
            for y in 0..<t where mask & (1 << UInt16(y)) != 0 { row[y] = try int16() }
            rows.append((key, row))
        }
        guard p == bytes.count else { throw ReadError.unreadable("\(bytes.count - p) bytes left over") }
        return TaggerModel(tags: tags, quantum: quantum, transitions: transitions, rows: rows)
    }
}
